import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    // next-intl's navigation imports 'next/navigation', which Node's ESM resolver cannot find in
    // Next's package (no exports map); processed by Vite, it resolves as in the app.
    server: { deps: { inline: ['next-intl'] } },
  },
});
