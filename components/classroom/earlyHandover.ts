import type { EarlyStart } from './earlyPresent';

/** Where the early script draws (EarlyPresentScript.tsx). */
export const EARLY_PRESENT_ID = 'early-present';

/**
 * What the early projector (earlyPresent.ts) leaves the stage for this quiz: when Start was
 * pressed on its join slide, or null (the stage then starts at the join slide, as it always did).
 * The stage goes on from its first question, the one the early slide showed (a unit test holds
 * them equal), or the one it had no file for yet.
 */
export function earlyStartOf(code: string): number | null {
  const early: EarlyStart | undefined =
    typeof window === 'undefined' ? undefined : window.__earlyPresent;
  if (!early || early.started === null) return null;
  return early.code === code ? early.started : null;
}

/**
 * The keys pressed on the early slide (earlyPresent.ts), for the stage to act on in order, each
 * once it has drawn the one before. Taken once.
 */
export function takeEarlyKeys(): string[] {
  const early = typeof window === 'undefined' ? undefined : window.__earlyPresent;
  return early ? early.keys.splice(0) : [];
}

/** Takes the early slide away once the page shows its own stage, or what stops the quiz. */
export function clearEarlyPresent(): void {
  if (typeof window === 'undefined') return;
  if (window.__earlyPresent) window.__earlyPresent.done = true;
  document.getElementById(EARLY_PRESENT_ID)?.replaceChildren();
  document.documentElement.removeAttribute('data-early-present');
}
