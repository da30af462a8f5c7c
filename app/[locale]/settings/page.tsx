import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { DisplaySwitch } from '@/components/DisplaySwitch';
import { LazyDataSection, LazyProfileManager } from '@/components/settings/LazyDataSection';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { CLIENT_MESSAGES } from '@/i18n/client-messages';
import { Link } from '@/i18n/navigation';
import { type Locale, routing } from '@/i18n/routing';
import { LANG_TAGS } from '@/lib/display';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Settings' });
  return { title: t('title') };
}

export default async function SettingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Settings');
  const languages = await getTranslations('LocaleSwitcher');
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES.settings}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section className="settings-section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('languageHeading')}</h2>
        <div className="settings-field">
          <p id="interface-language" className="segmented-legend">
            {t('interfaceLanguage')}
          </p>
          <ul className="segmented settings-locales" aria-labelledby="interface-language">
            {routing.locales.map((l) => (
              <li key={l}>
                <Link
                  href="/settings"
                  locale={l}
                  lang={LANG_TAGS[l]}
                  hrefLang={LANG_TAGS[l]}
                  aria-current={l === locale ? 'page' : undefined}
                  className={l === locale ? 'segment is-active' : 'segment'}
                >
                  {languages(l)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className="settings-field">
          <DisplaySwitch describedBy="question-language-hint" />
          <p id="question-language-hint" className="hint">
            {t('questionLanguageHint')}
          </p>
        </div>
      </section>
      <SettingsForm />
      <LazyProfileManager />
      <LazyDataSection />
    </ClientMessages>
  );
}
