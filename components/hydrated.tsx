'use client';

import { type ReactNode, useEffect } from 'react';
import { GATE, replayEarlyTaps } from './earlyTaps';

/*
 * Whether the app has hydrated in this tab yet.
 *
 * - appHydrated() is read by a page that must tell its hydration (render what the HTML holds)
 *   from a mount after a move within the app (there is no HTML to match).
 * - Controls whose work needs scripts sit in a gate (HydrationGate, marked data-until-hydrated).
 *   The page is drawn before its scripts have run, and a tap on such a control in that time
 *   would be lost (a choice React has not taken over) or do the wrong thing (a form submitting
 *   itself). A script in <head> (components/earlyTaps.ts) keeps those taps instead, and the
 *   provider makes them again once hydrated: no tap is lost. Marking is done by hand, not by a
 *   React update (state, context or useSyncExternalStore), which cost practice a 40 ms task
 *   right after hydration, about 170 ms of Lighthouse's blocking time.
 *
 * Gates must hydrate with the page, not in a Suspense boundary that hydrates later: such a gate
 * would render enabled against the HTML's disabled, and React keeps the HTML's attributes.
 */
let hydrated = false;

export function appHydrated(): boolean {
  return hydrated;
}

/** What HydrationProvider does once hydrated: acts on the taps kept until now and unmarks the
 * gates. Component tests call it first, since they render in the browser with no HTML to hydrate. */
export function markHydrated(): void {
  hydrated = true;
  document.documentElement.setAttribute('data-hydrated', '');
  void replayEarlyTaps();
  for (const element of document.querySelectorAll(`[${GATE}]`)) element.removeAttribute(GATE);
}

/**
 * Marks controls whose work needs scripts: taps on them before the page has hydrated are kept
 * and made again once it has (components/earlyTaps.ts). It draws no box of its own. Never gate a
 * control with its own disabled prop: a tap on it before hydration would be lost.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  return (
    <fieldset className="hydration-gate" {...(hydrated ? {} : { [GATE]: '' })}>
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
