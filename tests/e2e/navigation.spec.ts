import {
  expect,
  expectNoSidewaysScroll,
  test,
  withEmptyBundles,
  withoutHydration,
} from './fixtures';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadContent } from '../../lib/content/load';
import { seedSave, twoLearners } from './progress-seed';

const PAGES = [
  '/',
  '/decks/sco-ssc-2024-article/',
  '/decks/sco-ssc-timeline/',
  '/practice/',
  '/test/',
  '/cards/',
  '/mistakes/',
  '/learn/',
  '/timeline/',
  '/progress/',
  '/settings/',
  '/classroom/',
];

test.describe('every page', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const path of PAGES) {
      test(`${locale}${path} renders with its language, a heading and no sideways scroll`, async ({
        page,
      }) => {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator('html')).toHaveAttribute(
          'lang',
          locale === 'zh' ? 'zh-CN' : 'en',
        );
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(
          page.locator('.locale-switcher').getByRole('link', { name: 'English' }),
        ).toBeVisible();
        await expectNoSidewaysScroll(page);
      });
    }
  }
});

test.describe('the root page @any-screen', () => {
  test.use({ locale: 'zh-CN' });
  test('sends a Chinese browser to /zh/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('把新闻变成记得住的事实');
  });
});

test.describe('the root page in English @any-screen', () => {
  test.use({ locale: 'en-GB' });
  test('sends an English browser to /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('the root page without JavaScript @any-screen', () => {
  test.use({ javaScriptEnabled: false, locale: 'en-US' });
  test('still lands on the default language', async ({ page }) => {
    // No script runs, so nothing hydrates: goto does not wait for it (15 s for nothing).
    withoutHydration(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('the language switch keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/zh/decks/sco-ssc-timeline/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/decks\/sco-ssc-timeline\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/decks\/sco-ssc-timeline\/$/);
});

test('the language switch keeps the chosen deck on the practice page @any-screen', async ({
  page,
}) => {
  await page.goto('/en/practice/?deck=sco-ssc-timeline');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/practice\/?\?deck=sco-ssc-timeline$/);
  await page.getByText('出题设置').click();
  await expect(
    page.getByRole('checkbox', { name: /上合组织成员国安全会议秘书会议（2004—2025）/ }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /王小洪中亚之行/ })).not.toBeChecked();
});

test('the language switch keeps the chosen deck before the scripts have run too @any-screen', async ({
  page,
}) => {
  await withEmptyBundles(page);
  await page.goto('/en/practice/?deck=sco-ssc-timeline');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/practice\/\?deck=sco-ssc-timeline$/);
});

test('the profile menu works before the scripts have run, unless it may not be the learner’s @any-screen', async ({
  page,
}) => {
  await withEmptyBundles(page);
  // A first visit: the HTML's menu is theirs (one profile, under the default name).
  await page.goto('/zh/');
  const menu = page.getByRole('combobox', { name: '学习者' });
  await expect(menu).toBeVisible();
  await expect(menu.locator('option')).toHaveText(['我']);
  // A learner with two profiles sees its box, empty, until it is drawn with theirs.
  await seedSave(page, twoLearners());
  await page.goto('/zh/');
  await expect(page.locator('html')).toHaveAttribute('data-own-profiles', '');
  await expect(page.locator('.profile-switcher select')).toBeHidden();
});

test('home lists every deck with its fact and question counts @any-screen', async ({ page }) => {
  await page.goto('/en/');
  const cards = page.locator('.deck-list > .deck-card');
  await expect(cards).toHaveCount(loadContent().decks.length);
  await expect(cards.first()).toContainText(/\d+ facts/);
  await expect(cards.first()).toContainText(/\d+ questions/);
  await expect(
    page.getByRole('link', { name: /SCO Meeting of Security Council Secretaries, 2004–2025/ }),
  ).toBeVisible();
});

test('the deck timeline lists dated facts in order, each with its source @any-screen', async ({
  page,
}) => {
  await page.goto('/en/decks/sco-ssc-timeline/');
  const dates = await page
    .locator('.timeline time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(10);
  expect([...dates].sort()).toEqual(dates);
  await expect(page.locator('.timeline-item').first()).toContainText('Source');
  // Chinese titles beside English ones carry their own lang.
  await expect(page.locator('.timeline-title [lang="zh-CN"]').first()).toBeVisible();
});

test('a page that does not exist says so in both languages @any-screen', async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
  consoleErrors.length = 0; // the 404 response itself is logged by the browser
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  // One run is enough: the phone project already emulates touch and a small screen.
  test.skip(({ isMobile }) => !isMobile, 'phone project only');
  for (const path of PAGES) {
    test(`/zh${path} has no sideways scroll`, async ({ page }) => {
      await page.goto(`/zh${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation shows every section at once and marks the current page', async ({
    page,
  }) => {
    await page.goto('/zh/mistakes/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    const links = nav.getByRole('link');
    await expect(links).toHaveCount(9);
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
    await expect(nav.locator('[aria-current="page"]')).toHaveText('错题本');
    await expect(nav.getByRole('link', { name: '排序游戏' })).toBeVisible();
  });
});

for (const [locale, learner] of [
  ['zh', 'a first visit'],
  ['en', 'a first visit'],
  ['zh', 'a returning learner'],
  ['en', 'a returning learner'],
] as const) {
  test(`${locale}: home's today panel has its final size before its figures come, for ${learner}`, async ({
    page,
  }) => {
    if (learner === 'a returning learner') await seedSave(page, twoLearners());
    // The page's scripts wait, as on a slow phone's first second: what shows is the first paint.
    withoutHydration(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(`/${locale}/`, { waitUntil: 'domcontentloaded' });
    const today = page.locator('section.today');
    const decks = page.locator('#decks-heading');
    await expect(today.getByRole('status')).toBeVisible();
    await expect(today.getByRole('link')).toHaveCount(3);
    const before = { panel: await today.boundingBox(), decks: await decks.boundingBox() };

    release();
    await expect(today.locator('.today-goal')).toBeVisible();
    await expect(today.getByRole('status')).toHaveCount(0);
    expect(await today.boundingBox()).toEqual(before.panel);
    expect(await decks.boundingBox()).toEqual(before.decks);
  });
}

test('home says what to do today: the daily set, the goal and the streak @any-screen', async ({
  page,
}) => {
  await page.goto('/en/');
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today).toContainText('Daily set: 0 cards due, 10 new left today.');
  await expect(today).toContainText('Answered today: 0 of 20 · no streak yet');
  await today.getByRole('link', { name: 'Start the daily set' }).click();
  await expect(page).toHaveURL(/\/en\/cards\/$/);
});

test.describe('the header', () => {
  for (const [locale, name, current] of [
    ['en', 'Main', 'Progress'],
    ['zh', '主导航', '进度'],
  ] as const)
    test(`${locale}: stays compact, every section in reach and the current one marked`, async ({
      page,
      isMobile,
    }) => {
      await page.goto(`/${locale}/progress/`);
      const nav = page.getByRole('navigation', { name });
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(9);
      for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
      await expect(nav.locator('[aria-current="page"]')).toHaveText(current);
      const rowsOf = async (boxes: ({ y: number } | null)[]) =>
        new Set(boxes.map((b) => Math.round(b!.y))).size;
      const linkRows = await rowsOf(
        await Promise.all((await links.all()).map((l) => l.boundingBox())),
      );
      const header = (await page.locator('.site-header').boundingBox())!;
      if (isMobile) {
        // The sections on two rows at most, under one row of brand, profile and languages.
        expect(linkRows).toBeLessThanOrEqual(2);
        expect(header.height).toBeLessThanOrEqual(150);
      } else {
        // One row: the languages beside the sections, not pushed below them.
        expect(linkRows).toBe(1);
        const languages = (await page.locator('.locale-switcher').boundingBox())!;
        const first = (await links.first().boundingBox())!;
        expect(
          Math.abs(languages.y + languages.height / 2 - (first.y + first.height / 2)),
        ).toBeLessThan(8);
        expect(header.height).toBeLessThan(80);
      }
    });
});

test.describe('the first frame', () => {
  // The HTML comes over the network in pieces, and a browser may draw what it has so far. A frame
  // drawn mid-header put the profile menu at the row's end, where the language links come a
  // moment later: a tap aimed at the menu opened the other language.
  test('shows the header whole, though the page arrives in pieces', async ({ page, baseURL }) => {
    const server = createServer((request, response) => {
      void (async () => {
        const upstream = await fetch(new URL(request.url ?? '/', baseURL));
        const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
        response.writeHead(upstream.status, { 'content-type': type });
        const body = Buffer.from(await upstream.arrayBuffer());
        if (!type.startsWith('text/html')) return response.end(body);
        // The page up to the profile menu, then the rest a second later.
        const cut = body.indexOf('</select>') + '</select>'.length;
        response.write(body.subarray(0, cut));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        response.end(body.subarray(cut));
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.addInitScript(() => {
        const look = () => {
          if (!document.querySelector('.profile-switcher select'))
            return requestAnimationFrame(look);
          (window as unknown as { firstFrame: boolean }).firstFrame =
            document.querySelectorAll('.locale-switcher a').length === 2;
        };
        requestAnimationFrame(look);
      });
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/zh/`);
      const whole = await page.evaluate(
        () => (window as unknown as { firstFrame?: boolean }).firstFrame,
      );
      expect(whole).toBe(true);
    } finally {
      server.close();
    }
  });
});
