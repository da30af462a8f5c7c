import path from 'node:path';
import { exportedPages } from '../../scripts/bench/js-size';
import { expect, test } from './fixtures';

/*
 * Every exported page, in both languages, runs under its Content-Security-Policy (scripts/csp.ts)
 * without a single violation: the policy allows exactly the page's own scripts. The fixture fails
 * a test on any console error too, and Chromium reports each violation there.
 */

const OUT = path.resolve(import.meta.dirname, '../../out');
const PAGES = exportedPages(OUT).filter((route) => route !== '/' && route !== '/404/');

// The policy is the same on any screen: the desktop project alone checks it.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

for (const route of PAGES) {
  test(`${route} runs under its policy with no violation`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    // The app's pages hydrate (the offline and not-found pages have no app around them).
    if (/^\/(zh|en)\//.test(route))
      await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
    // A little time for scripts loaded on idle (the generator and the content file).
    await page.waitForTimeout(500);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
  });
}
