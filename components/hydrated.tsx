'use client';

import { type ReactNode, useEffect } from 'react';

/*
 * Whether the app has hydrated in this tab yet.
 *
 * - appHydrated() is read by a page that must tell its hydration (render what the HTML holds)
 *   from a mount after a move within the app (there is no HTML to match).
 * - Controls whose work needs scripts are disabled in the exported HTML until the page has
 *   hydrated: the page is drawn before its scripts arrive (scripts/after-paint.ts), and an
 *   answer chosen or a code typed into HTML that React has not taken over would be lost, or
 *   submit its form natively. HydrationGate renders them in a disabled fieldset, marked with
 *   data-until-hydrated, and the provider enables it by hand once hydrated. A React
 *   update instead (state, context or useSyncExternalStore) cost practice a 40 ms task right
 *   after hydration, about 170 ms of Lighthouse's blocking time.
 *
 * Gates must hydrate with the page, not in a Suspense boundary that hydrates later: such a gate
 * would render enabled against the HTML's disabled, and React keeps the HTML's attributes.
 */
let hydrated = false;
const GATE = 'data-until-hydrated';

export function appHydrated(): boolean {
  return hydrated;
}

/** What HydrationProvider does once hydrated: enables the gated controls on the page. Component
 * tests call it first, since they render in the browser with no HTML to hydrate. */
export function markHydrated(): void {
  hydrated = true;
  document.documentElement.setAttribute('data-hydrated', '');
  for (const element of document.querySelectorAll(`[${GATE}]`)) {
    element.removeAttribute('disabled');
    element.removeAttribute(GATE);
  }
}

/**
 * Disables every control inside it until the page has hydrated. It draws no box of its own.
 * Gate a control with it, never with the control's own disabled prop: React drops a click on an
 * element whose props say disabled, even once the attribute has gone.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  return (
    <fieldset className="hydration-gate" {...(hydrated ? {} : { disabled: true, [GATE]: '' })}>
      {children}
    </fieldset>
  );
}

/**
 * In the layout, around every page: marks the app hydrated, on <html data-hydrated> too (no style
 * reads it; the end-to-end tests wait for it), and enables the gated controls.
 */
export function HydrationProvider({ children }: { children: ReactNode }) {
  useEffect(markHydrated, []);
  return children;
}
