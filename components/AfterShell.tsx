import { type ReactNode, Suspense } from 'react';

/*
 * A reading page's body, hydrated after the page's shell (the header with its menus).
 *
 * React hydrates a page in one piece, then runs its effects: on a phone slowed four times, a deck
 * page's long timeline held the header's profile menu and the kept early taps
 * (components/hydrated.tsx) back by half a second. A Suspense boundary is hydrated apart: the
 * shell commits first, and the body follows in its own tasks (at once if a tap lands in it, as
 * React hydrates a boundary that receives an event before the event). Nothing here suspends:
 * the boundary only splits hydration; the HTML is the same.
 *
 * Only for bodies without gated controls (components/hydrated.tsx): a gate inside would be
 * unmarked with the shell, before its own handlers are attached.
 */
export function AfterShell({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
