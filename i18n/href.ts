import { type Locale, routing } from './routing';

/** A page of the site, without the locale: '/practice', or with a query. */
export type Href =
  string | { pathname: string; query?: Record<string, string | number | undefined> };

export const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join('|')})(?=/|$)`);

/** The exported page's address: '/zh/practice/?deck=x' for '/practice' with { deck: 'x' }. */
export function localizedHref(href: Href, locale: Locale): string {
  const { pathname, query } = typeof href === 'string' ? { pathname: href } : href;
  const [path = '', inline] = pathname.split('?');
  const trimmed = path.replace(/\/+$/, '');
  const pairs = Object.entries(query ?? {}).flatMap(([k, v]) =>
    v === undefined ? [] : [[k, String(v)]],
  );
  const search = inline ?? new URLSearchParams(pairs).toString();
  return `/${locale}${trimmed}/${search ? `?${search}` : ''}`;
}
