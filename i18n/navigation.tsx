'use client';

import NextLink from 'next/link';
import { usePathname as useNextPathname, useRouter as useNextRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { type ComponentProps, useMemo } from 'react';
import { type Href, LOCALE_PREFIX, localizedHref } from './href';
import type { Locale } from './routing';

export type { Href };

/*
 * Links and navigation within one interface language: `/practice` is `/zh/practice/` on a
 * Chinese page. The site's routing is the simplest next-intl has (every locale prefixed, no
 * localized path names, a static export with trailing slashes), so these few lines over Next's
 * own Link and router do what next-intl's `createNavigation` did, without its 2.5 KB (gzip) of
 * script on every page (npm run analyze --modules).
 */

/**
 * A link to a page in this interface language (or another with `locale`), without Next's
 * prefetching. Prefetching fetched and parsed the page data of every linked page as soon as a
 * page loaded (a dozen links in the header alone), which kept a slow phone's main thread busy
 * just when the learner starts to use the page. The service worker keeps every page visited, so
 * a click costs little. A link may still ask for prefetching with `prefetch`.
 */
export function Link({
  href,
  locale,
  ...rest
}: Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }) {
  const current = useLocale() as Locale;
  return <NextLink prefetch={false} href={localizedHref(href, locale ?? current)} {...rest} />;
}

/** This page's path without the locale and without a trailing slash: '/decks/x', or '/'. */
export function usePathname(): string {
  const pathname = useNextPathname() ?? '/';
  return pathname.replace(LOCALE_PREFIX, '').replace(/\/+$/, '') || '/';
}

/** Next's router, taking the same addresses as Link. */
export function useRouter() {
  const router = useNextRouter();
  const locale = useLocale() as Locale;
  return useMemo(
    () => ({
      push: (href: Href, options?: { scroll?: boolean }) =>
        router.push(localizedHref(href, locale), options),
      replace: (href: Href, options?: { scroll?: boolean }) =>
        router.replace(localizedHref(href, locale), options),
      back: () => router.back(),
    }),
    [router, locale],
  );
}
