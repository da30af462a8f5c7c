'use client';

import type { SyntheticEvent } from 'react';
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
 * The query (which deck, which quiz) joins the link when it is used, not when it is drawn: the
 * exported HTML cannot know it, and reading it while rendering would keep the whole switch out of
 * the HTML until scripts run. Click, middle-click, the context menu and keyboard focus all see
 * the full address.
 */
function withQuery(event: SyntheticEvent<HTMLAnchorElement>) {
  const link = event.currentTarget;
  link.href = `${link.pathname}${window.location.search}${window.location.hash}`;
}

/**
 * The language links to this page. Plain links: changing language loads the other language's
 * page, as it would with scripts off, and nothing here re-renders after hydration.
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
            onClick={withQuery}
            onAuxClick={withQuery}
            onContextMenu={withQuery}
            onFocus={withQuery}
            onPointerEnter={withQuery}
          >
            {labels[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
