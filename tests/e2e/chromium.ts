import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags Debian's Chromium needs here: the closed network refuses its background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A Chromium to drive: CHROME_PATH, then Playwright's own browser, then /usr/bin/chromium.
 * Returns undefined for Playwright's own; throws with instructions when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here; look for the system's.
  }
  for (const candidate of [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-wqy-microhei`), ' +
      'or run `npx playwright install chromium`, or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}
