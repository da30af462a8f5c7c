import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LANG_TAGS } from '@/lib/display';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : 'zh',
    namespace: 'Metadata',
  });
  return { title: t('title'), description: t('description') };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');

  return (
    <html lang={LANG_TAGS[locale]}>
      <body>
        <NextIntlClientProvider>
          <DisplayLanguageProvider initial={locale}>
            <ProgressProvider>
              <a href="#main" className="skip-link">
                {t('skipToContent')}
              </a>
              <header className="site-header">
                <Link href="/" className="brand">
                  <span className="brand-mark" aria-hidden="true">
                    时
                  </span>
                  <span className="brand-name">{t('appName')}</span>
                </Link>
                <nav aria-label={t('navLabel')} className="site-nav">
                  <Link href="/">{t('home')}</Link>
                  <Link href="/practice">{t('practice')}</Link>
                </nav>
                <LocaleSwitcher />
              </header>
              <main id="main" className="page" tabIndex={-1}>
                {children}
              </main>
              <footer className="site-footer">
                <p>{t('footer')}</p>
              </footer>
            </ProgressProvider>
          </DisplayLanguageProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
