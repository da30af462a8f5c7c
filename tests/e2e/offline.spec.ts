import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerCorrectly, expectedQuiz } from './quiz-helpers';

// The service worker caches alike on any screen: the desktop project alone runs these.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

// These tests are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

const DECK = 'sco-ssc-timeline';

test.describe.configure({ timeout: 120_000 });

/** Whether the service worker's caches hold this page or file (by its folder, without query). */
async function cached(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    async (u) => (await caches.match(u, { ignoreSearch: true })) !== undefined,
    url,
  );
}

/** The scripts, map files and content files (the flashcards' cards file) this page has loaded. */
function loadedFiles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter(
        (p) =>
          (p.startsWith('/_next/static/') && p.endsWith('.js')) ||
          p.startsWith('/maps/') ||
          p.startsWith('/content/'),
      ),
  );
}

/** Opens a first page and waits until the service worker controls it and has cached it. */
async function firstVisit(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect.poll(() => cached(page, url)).toBe(true);
}

test('a first visit caches only a little: the fallback page, the icons and what it loaded', async ({
  page,
}) => {
  await firstVisit(page, '/zh/');
  const precached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const lists = await Promise.all(
      names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    return lists.flat().map((url) => new URL(url).pathname);
  });
  expect(precached).toContain('/offline/');
  expect(precached.length).toBeLessThanOrEqual(8);
  // The page it was installed on, and its scripts, are kept for the next visit.
  const scripts = await loadedFiles(page);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) await expect.poll(() => cached(page, script)).toBe(true);
  // Pages not visited are not downloaded yet.
  expect(await cached(page, '/zh/progress/')).toBe(false);
  expect(await cached(page, '/en/')).toBe(false);
});

test('the pages a learner visited work with the network off; others get the fallback page', async ({
  page,
  context,
}) => {
  await firstVisit(page, '/zh/');
  for (const url of [`/zh/decks/${DECK}/`, '/zh/practice/', '/zh/cards/']) {
    await page.goto(url);
    await expect.poll(() => cached(page, url)).toBe(true);
    // The flashcards read their cards from a file of their own, not the content.
    if (url === '/zh/cards/')
      await expect
        .poll(async () => (await loadedFiles(page)).some((p) => /^\/content\/cards-/.test(p)))
        .toBe(true);
    // What the page loaded is being written to the cache: a learner leaves it a moment longer.
    for (const script of await loadedFiles(page))
      await expect.poll(() => cached(page, script)).toBe(true);
  }

  await context.setOffline(true);
  try {
    await page.goto('/zh/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`a[href="/zh/decks/${DECK}/"]`).first()).toBeVisible();

    await page.goto(`/zh/decks/${DECK}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Its maps' countries are files of their own, kept with the page.
    await expect
      .poll(() =>
        page
          .locator('.map-svg use')
          .evaluateAll((uses) =>
            Math.min(...uses.map((u) => (u as SVGGraphicsElement).getBBox().width)),
          ),
      )
      .toBeGreaterThan(100);

    // Practice with a query it was never opened with: the page is the same file.
    const seed = 21;
    const [first] = expectedQuiz(seed);
    await page.goto(`/zh/practice/?seed=${seed}`);
    await expect(page.locator('.quiz-prompt')).toHaveText(first!.prompt.zh);
    await answerCorrectly(page, first!);
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('.feedback')).toContainText('回答正确');

    await page.goto('/zh/cards/');
    await page.getByRole('button', { name: '显示答案' }).click();
    await expect(page.locator('.grade-buttons')).toBeVisible();
    await page.locator('.grade-buttons button').nth(2).click();
    await expect(page.getByRole('button', { name: '撤销上一次评分' })).toBeVisible();

    // A link to a visited page works too.
    await page.getByRole('navigation').getByRole('link', { name: '练习' }).click();
    await expect(page.locator('.quiz-prompt')).toBeVisible();

    // A page never visited: the fallback page, not the browser's error.
    await page.goto('/en/settings/');
    await expect(
      page.getByRole('heading', { name: 'This page is not on this device yet' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en/');
  } finally {
    await context.setOffline(false);
  }
});

test("after the first minute of a first visit, the language's main pages are cached too", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/zh/');
  // Let the page register the worker when idle.
  await page.clock.runFor(5_000);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(await cached(page, '/zh/progress/')).toBe(false);
  await page.clock.runFor(76_000);
  for (const url of ['/zh/progress/', '/zh/settings/', '/zh/mistakes/'])
    await expect.poll(() => cached(page, url), { timeout: 30_000 }).toBe(true);
  expect(await cached(page, '/en/progress/')).toBe(false);
});

test('the site is installable: a manifest with icons, and a theme colour', async ({ page }) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', scope: '/' });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons) {
    const type = await page.evaluate(
      async (src) => (await fetch(src)).headers.get('content-type'),
      icon.src,
    );
    expect(type).toBe('image/png');
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#b42318');
});
