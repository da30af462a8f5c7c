import { expect, test } from './fixtures';
import { answerCorrectly, expectedQuiz } from './quiz-helpers';

// These tests are about the service worker, which the config blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

const DECK = 'sco-ssc-timeline';

// Precaching the whole site (about 8 MB) takes a while on a slow machine.
test.describe.configure({ timeout: 120_000 });

test('after one visit the home, a deck, practice and flashcards work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/zh/');
  // The worker precaches the whole site before it activates; `ready` waits for that.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  try {
    await page.goto('/zh/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`a[href="/zh/decks/${DECK}/"]`).first()).toBeVisible();

    await page.goto(`/zh/decks/${DECK}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // A page never opened before, with a query: served from the precache all the same.
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

    // Links between pages work too: the client fetches each page's data from the cache.
    await page.getByRole('navigation').getByRole('link', { name: '练习' }).click();
    await expect(page.locator('.quiz-prompt')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
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
