import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates the exported HTML, true from the render after it (and at once in a
 * component mounted later). Controls whose work needs scripts stay disabled until then: the page
 * is drawn before its scripts arrive (scripts/after-paint.ts), and an answer chosen or a code
 * typed into HTML that React has not taken over yet would be lost, or submit the form natively.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
