import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * The floor: a bare Next.js and next-intl page (the floor) with one heading and one client
 * counter whose label is a translated message, exported the way the app is (static export,
 * trailing slashes), with the same Next, React and next-intl from this project's node_modules. Whatever it ships is what Next itself costs; the app's budgets are measured above
 * it. The counter is what the first-tap measure taps (scripts/bench/first-tap.ts).
 */

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2),
  'next.config.mjs': `import createNextIntlPlugin from 'next-intl/plugin';

// next-intl set up as the app sets it up (messages compiled at build time), so that the floor
// is what Next and next-intl cost at their lightest.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.js',
  experimental: {
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

export default withNextIntl({
  output: 'export',
  trailingSlash: true,
  // node_modules is a link to the project's: let Turbopack resolve through it.
  turbopack: { root: ${JSON.stringify(path.parse(process.cwd()).root)} },
});
`,
  'i18n/request.js': `import { getRequestConfig } from 'next-intl/server';

export default getRequestConfig(async () => ({
  locale: 'en',
  messages: (await import('../messages/en.json')).default,
}));
`,
  'messages/en.json': JSON.stringify({ Floor: { title: 'Floor', count: 'Count: {count}' } }),
  'app/layout.jsx': `import { NextIntlClientProvider } from 'next-intl';

export const metadata = {
  title: 'Floor',
  description: 'A bare Next.js and next-intl page with one heading and one counter, the floor of the app budgets.',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
`,
  'app/page.jsx': `import { getTranslations } from 'next-intl/server';
import { Counter } from './counter';

export default async function Page() {
  const t = await getTranslations('Floor');
  return (
    <main>
      <h1>{t('title')}</h1>
      <Counter />
    </main>
  );
}
`,
  'app/counter.jsx': `'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export function Counter() {
  const t = useTranslations('Floor');
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {t('count', { count })}
    </button>
  );
}
`,
};

export interface Floor {
  /** The floor app's folder; its export is in `out/`. */
  dir: string;
  outDir: string;
  remove: () => void;
}

/** Builds the floor app in a fresh folder under the system's temp folder. */
export function buildFloor(projectRoot: string): Floor {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-floor-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `The floor app did not build (in ${dir}):\n${result.stdout}\n${result.stderr}`.trim(),
    );
  }
  return {
    dir,
    outDir: path.join(dir, 'out'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
