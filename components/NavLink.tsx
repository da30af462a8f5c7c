'use client';

import type { ComponentProps } from 'react';
import { Link, usePathname } from '@/i18n/navigation';

/**
 * A link of the site navigation that marks the page it leads to as the current one
 * (aria-current="page"), so a learner on a phone sees where they are.
 */
export function NavLink({ href, ...rest }: ComponentProps<typeof Link> & { href: string }) {
  const pathname = usePathname().replace(/\/$/, '') || '/';
  const target = href.replace(/\/$/, '') || '/';
  const current =
    target === '/' ? pathname === '/' : pathname === target || pathname.startsWith(`${target}/`);
  return <Link href={href} aria-current={current ? 'page' : undefined} {...rest} />;
}
