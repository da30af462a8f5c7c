import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { NavLink } from '@/components/NavLink';
import { ClassroomNavLink } from '@/components/classroom/ClassroomNavLink';
import { ClientMessages } from '@/components/ClientMessages';
import { DisplayLanguageProvider } from '@/components/DisplayLanguage';
import { LocaleSwitcher } from '@/components/LocaleSwitcher';
import { EARLY_TAP_SCRIPT } from '@/components/earlyTaps';
import { HydrationProvider } from '@/components/hydrated';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { StorageNotices } from '@/components/progress/StorageNotices';
import { ProfileSwitcher } from '@/components/settings/ProfileSwitcher';
import { ServiceWorkerRegistration } from '@/components/ServiceWorkerRegistration';
import { ThemeApplier } from '@/components/settings/ThemeApplier';
import { THEME_SCRIPT } from '@/components/settings/themeScript';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LANG_TAGS } from '@/lib/display';
import { HEAD_SCRIPT_ATTRIBUTE } from '@/lib/head-script';

/** The header's last element: the first frame waits for it (rel=expect below). */
const HEADER_END_ID = 'header-end';

export const viewport = { themeColor: '#b42318' };

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
  return { title: t('title'), description: t('description'), manifest: '/manifest.webmanifest' };
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
  const tProgress = await getTranslations('ProgressPage');
  const tSettings = await getTranslations('Settings');
  const tTimeline = await getTranslations('TimelineGame');

  return (
    // The head script sets data-theme and data-motion before React hydrates; React must not undo them.
    <html lang={LANG_TAGS[locale]} suppressHydrationWarning>
      <head>
        {/* Moved before the stylesheets after the build (scripts/head-order.ts). */}
        <script
          {...{ [HEAD_SCRIPT_ATTRIBUTE]: '' }}
          dangerouslySetInnerHTML={{ __html: THEME_SCRIPT + EARLY_TAP_SCRIPT }}
        />
        {/* Nothing is drawn before the whole header is parsed. A first frame drawn mid-header
            (the HTML arrives in pieces) put the profile menu where the language links then
            came: a tap aimed at the menu opened the other language. The mark at the header's
            end is what is awaited (Chromium draws once the element awaited is there, not its
            content). Browsers without rel=expect ignore it. */}
        <link rel="expect" href={`#${HEADER_END_ID}`} blocking="render" />
      </head>
      <body>
        <ClientMessages namespaces={CLIENT_MESSAGES.layout}>
          <HydrationProvider>
            <ProgressProvider>
              <DisplayLanguageProvider initial={locale} locale={locale}>
                <ThemeApplier />
                <a href="#main" className="skip-link">
                  {t('skipToContent')}
                </a>
                <header className="site-header">
                  <Link href="/" className="brand">
                    <span className="brand-mark" aria-hidden="true" lang="zh-CN">
                      时
                    </span>
                    <span className="brand-name">{t('appName')}</span>
                  </Link>
                  <nav aria-label={t('navLabel')} className="site-nav">
                    <NavLink href="/">{t('home')}</NavLink>
                    <NavLink href="/practice">{t('practice')}</NavLink>
                    <NavLink href="/test">{t('test')}</NavLink>
                    <NavLink href="/cards">{t('cards')}</NavLink>
                    <NavLink href="/timeline">{tTimeline('nav')}</NavLink>
                    <NavLink href="/mistakes">{t('mistakes')}</NavLink>
                    <NavLink href="/progress">{tProgress('nav')}</NavLink>
                    <ClassroomNavLink />
                    <NavLink href="/settings">{tSettings('nav')}</NavLink>
                  </nav>
                  <ProfileSwitcher />
                  <LocaleSwitcher />
                  <span id={HEADER_END_ID} hidden />
                </header>
                <main id="main" className="page" tabIndex={-1}>
                  <StorageNotices />
                  <ServiceWorkerRegistration />
                  {children}
                </main>
                <footer className="site-footer">
                  <p>{t('footer')}</p>
                </footer>
              </DisplayLanguageProvider>
            </ProgressProvider>
          </HydrationProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
