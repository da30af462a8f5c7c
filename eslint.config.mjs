import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'screenshots/**',
  ]),
  {
    rules: {
      // Domain code stays free of React and Next (house style): enforce it.
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'next', 'next/*', 'next-intl', 'next-intl/*'],
              message: 'lib/ is plain TypeScript: no React or Next imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/content/server.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]);
