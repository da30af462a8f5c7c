import type { ComponentProps } from 'react';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link without Next's prefetching. Prefetching fetched and parsed the page data of
 * every linked page as soon as a page loaded (a dozen links in the header alone), which kept a
 * slow phone's main thread busy just when the learner starts to use the page. The service worker
 * already keeps every page on the device after the first visit, so a click costs little.
 * A link may still ask for prefetching with `prefetch`.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={false} {...props} />;
}
