/**
 * npm run screenshots [-- --base http://localhost:3000] — photographs every page at phone and
 * desktop size in both languages into screenshots/, for looking at the app as a user would.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:3000' },
    out: { type: 'string', default: 'screenshots' },
  },
});

const pages = [
  ['home', '/'],
  ['deck-article', '/decks/sco-ssc-2024-article/'],
  ['deck-timeline', '/decks/sco-ssc-timeline/'],
  ['practice', '/practice/?seed=7'],
];
const sizes = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
mkdirSync(values.out, { recursive: true });
for (const locale of ['zh', 'en']) {
  for (const [sizeName, viewport] of sizes) {
    const page = await browser.newPage({ viewport });
    for (const [name, path] of pages) {
      await page.goto(`${values.base}/${locale}${path}`);
      await page.waitForLoadState('networkidle');
      const file = `${values.out}/${name}-${locale}-${sizeName}.png`;
      await page.screenshot({ path: file, fullPage: name !== 'practice' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
