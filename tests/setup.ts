import { afterEach } from 'vitest';

// Testing Library does not clean up by itself when Vitest globals are off.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
