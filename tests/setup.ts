// DOM matchers such as toBeDisabled, for component tests.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library does not clean up by itself when Vitest globals are off.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});

// Component tests render in the browser with no exported HTML to hydrate, so controls gated
// until hydration (components/hydrated.tsx) start enabled, as they are after hydration.
// tests/components/hydration-gate.test.tsx tests the gate itself on a fresh copy of the module.
if (typeof document !== 'undefined') {
  const { markHydrated } = await import('@/components/hydrated');
  markHydrated();
}

// jsdom lays nothing out and has no scrollIntoView; the quiz card calls it after Check.
if (typeof Element !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}
