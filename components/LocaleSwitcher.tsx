import { useLocale, useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { routing } from '@/i18n/routing';
import { LocaleLinks, LocaleSwitcherLinks } from './LocaleSwitcherLinks';

/** The interface language switch; the client leaf keeps the visitor on the same page. */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  const labels = Object.fromEntries(routing.locales.map((l) => [l, t(l)]));
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <Suspense fallback={<LocaleLinks current={locale} labels={labels} />}>
        <LocaleSwitcherLinks current={locale} labels={labels} />
      </Suspense>
    </nav>
  );
}
