import { expect, type Page, test as base } from '@playwright/test';

/** Pages whose scripts never run (withEmptyBundles): nothing waits for them to hydrate. */
const withoutScripts = new WeakSet<Page>();

/**
 * Once a page has loaded, the app's controls take taps before it has hydrated and make them
 * once it has (components/earlyTaps.ts); a learner sees nothing wrong, but Playwright's check()
 * and selectOption() read the state at once. So goto and reload also wait for hydration, as a
 * learner's next look would (on pages with such controls); tests of the page before its scripts
 * use withEmptyBundles or withoutHydration.
 */
async function settled(page: Page) {
  if (withoutScripts.has(page)) return;
  await page
    .waitForFunction(
      () =>
        document.documentElement.hasAttribute('data-hydrated') ||
        !document.querySelector('[data-until-hydrated]'),
      null,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

/** From now on, goto and reload do not wait for this page to hydrate (its scripts are blocked). */
export function withoutHydration(page: Page) {
  withoutScripts.add(page);
}

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await settled(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await settled(page);
      return response;
    };
    await provide(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Every script bundle arrives empty: what is left is the exported HTML and the head script. */
export async function withEmptyBundles(page: Page) {
  withoutHydration(page);
  await page.route('**/_next/static/chunks/*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
}

/** Waits until React has taken the page over (components/hydrated.tsx): before, a link is a
 * plain link that loads a new page, and controls that need scripts are disabled. */
export async function waitForHydration(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
}

/** Nothing on the page is wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
