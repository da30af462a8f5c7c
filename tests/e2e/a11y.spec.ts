import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { exportedPages } from '../../scripts/bench/js-size';
import { expect, test } from './fixtures';

// Viewport-independent checks: the desktop project runs them once.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

/*
 * axe-core on every exported page, found from the build (out/**\/index.html) so that pages added
 * later are checked too, in both colour schemes. `/` is left out: it only sends the browser on to
 * /zh/ or /en/, which are checked themselves; /_not-found/ is the same page as /404/.
 */

const OUT = path.resolve(import.meta.dirname, '../../out');
const SKIP = new Set(['/', '/_not-found/']);
const PAGES = exportedPages(OUT).filter((route) => !SKIP.has(route));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The service worker's precaching would keep the network busy; it has nothing to do with this.
test.use({ serviceWorkers: 'block' });
// Two full axe runs on a long page take a while on a slow machine.
test.describe.configure({ timeout: 120_000 });

test('the build has pages to check in both locales', () => {
  expect(PAGES.filter((p) => p.startsWith('/zh/')).length).toBeGreaterThan(3);
  expect(PAGES.filter((p) => p.startsWith('/en/')).length).toBe(
    PAGES.filter((p) => p.startsWith('/zh/')).length,
  );
});

/**
 * Violations as lines a person can act on: rule, impact, where, and why.
 *
 * The colour scheme is CSS alone (app/globals.css: custom properties under prefers-color-scheme;
 * no script reads it), so switching it changes colours and nothing else: in the dark scheme only
 * axe's colour rules (its category cat.color) can find what the light run did not. The test
 * checks that the page is the same page after the switch.
 */
async function violations(page: Page, rules: 'all' | 'colour'): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(rules === 'all' ? TAGS : ['cat.color'])
    .analyze();
  return results.violations
    .filter((v) => v.tags.some((tag) => TAGS.includes(tag)))
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
      ),
    );
}

/**
 * Where Chinese and English mix, each is marked with its language: Han text on an English page
 * sits inside lang="zh…", and an English phrase on a Chinese page inside lang="en".
 */
async function unmarkedLanguage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, [hidden], [aria-hidden="true"]'))
        continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      const han = /\p{Script=Han}/u.test(text);
      const english = !han && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(text);
      if (han && !lang.startsWith('zh')) problems.push(`Chinese in lang="${lang}": ${text}`);
      if (english && !lang.startsWith('en')) problems.push(`English in lang="${lang}": ${text}`);
    }
    return problems.slice(0, 10);
  });
}

for (const route of PAGES) {
  test(`axe finds nothing on ${route}, light and dark; languages are marked`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    expect(await violations(page, 'all'), `${route} in the light scheme`).toEqual([]);
    expect(await unmarkedLanguage(page), route).toEqual([]);
    const light = await page.content();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(), 'the dark scheme is on').not.toBe(lightBackground);
    expect(await page.content(), 'the dark scheme changes colours only').toBe(light);
    expect(await violations(page, 'colour'), `${route} in the dark scheme`).toEqual([]);
  });
}
