'use client';

import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LANG_TAGS } from '@/lib/display';

interface Props {
  current: string;
  labels: Record<string, string>;
}

/** The language links to this page, keeping its query (which deck, which quiz). */
export function LocaleSwitcherLinks(props: Props) {
  const search = useSearchParams().toString();
  return <LocaleLinks {...props} search={search} />;
}

/**
 * The same links without the query: what the exported HTML holds, since the query is only known
 * in the browser. The links work before any script runs and take no space when they arrive.
 */
export function LocaleLinks({ current, labels, search = '' }: Props & { search?: string }) {
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <ul className="locale-links">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={href}
            locale={locale}
            lang={LANG_TAGS[locale]}
            hrefLang={LANG_TAGS[locale]}
            aria-current={locale === current ? 'true' : undefined}
            className={locale === current ? 'locale-link is-active' : 'locale-link'}
          >
            {labels[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
