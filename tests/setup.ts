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
