'use client';

import { usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LANG_TAGS } from '@/lib/display';

interface Props {
  current: string;
  labels: Record<string, string>;
}

/** `/en/decks/x/` for `/decks/x` in English: the exported pages' addresses (trailing slash). */
function localizedPath(locale: string, pathname: string): string {
  const path = pathname.replace(/\/+$/, '');
  return `/${locale}${path}/`;
}

/**
 * The language links to this page. Plain links: changing language loads the other language's
 * page, as it would with scripts off, and nothing here re-renders after hydration. The query
 * (which deck, which quiz) joins a link when it is used, not when it is drawn: the exported HTML
 * cannot know it, and reading it while rendering would keep the switch out of the HTML. The head
 * script does it (LOCALE_LINK_SELECTOR in components/settings/themeScript.ts), so it works
 * before the page's scripts have run too.
 */
export function LocaleSwitcherLinks({ current, labels }: Props) {
  const pathname = usePathname();
  return (
    <ul className="locale-links">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <a
            href={localizedPath(locale, pathname)}
            lang={LANG_TAGS[locale]}
            hrefLang={LANG_TAGS[locale]}
            aria-current={locale === current ? 'true' : undefined}
            className={locale === current ? 'locale-link is-active' : 'locale-link'}
          >
            {labels[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
