import { useLocale, useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { LocaleSwitcherLinks } from './LocaleSwitcherLinks';

/** The interface language switch; the client leaf keeps the visitor on the same page. */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  const labels = Object.fromEntries(routing.locales.map((l) => [l, t(l)]));
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <LocaleSwitcherLinks current={locale} labels={labels} />
    </nav>
  );
}
