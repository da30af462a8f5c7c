'use client';

import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

export function LocaleSwitcherLinks({
  current,
  labels,
}: {
  current: string;
  labels: Record<string, string>;
}) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <ul className="locale-links">
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={href}
            locale={locale}
            lang={locale === 'zh' ? 'zh-CN' : 'en'}
            hrefLang={locale === 'zh' ? 'zh-CN' : 'en'}
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
