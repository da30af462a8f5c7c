import type { Locator, Page } from '@playwright/test';
import { drawTimelineRound, type TimelineRound } from '../../components/timeline/round';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { timelineEvents } from '../../lib/questions/claims';
import { STORAGE_KEYS } from '../../lib/storage/keys';
import { expect, expectNoSidewaysScroll, test } from './fixtures';

const ARTICLE = 'sco-ssc-2024-article';
const index = indexContent(loadContent());

/** The round the page shows for this deck and seed, computed here in Node. */
function expectedRound(deckId: string, seed: number): TimelineRound {
  const deck = index.deck(deckId)!;
  return drawTimelineRound(deckId, timelineEvents(index, index.deckFacts(deck)), seed)!;
}

const items = (page: Page) => page.locator('.sortable-item');
const shownIds = (page: Page) =>
  items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id')));
const handleOf = (page: Page, factId: string): Locator =>
  page.locator(`.sortable-item[data-item-id="${factId}"] .sortable-handle`);

test('putting the events in order by keyboard alone is marked right and recorded @any-screen', async ({
  page,
}) => {
  const seed = 5;
  const round = expectedRound(ARTICLE, seed);
  await page.goto(`/en/timeline/?deck=${ARTICLE}&seed=${seed}`);
  await expect.poll(() => shownIds(page)).toEqual(round.shown.map((e) => e.factId));

  for (const [target, id] of round.answer.entries()) {
    const at = (await shownIds(page)).indexOf(id);
    await handleOf(page, id).focus();
    await page.keyboard.press('Space');
    await expect(handleOf(page, id)).toHaveAttribute('aria-pressed', 'true');
    for (let k = at; k > target; k--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.locator('.sortable-announcer')).toContainText(
      `at position ${target + 1} of ${round.answer.length}`,
    );
  }
  await expect.poll(() => shownIds(page)).toEqual(round.answer);

  await page.getByRole('button', { name: 'Check the order' }).click();
  await expect(page.getByText(`Every one of the ${round.answer.length} events`)).toBeVisible();
  await expect(items(page).and(page.locator('.is-correct'))).toHaveCount(round.answer.length);
  const first = round.shown.find((e) => e.factId === round.answer[0])!;
  await expect(items(page).first().locator('time')).toHaveAttribute('datetime', first.date);
  await expect(page.getByText('Saved to your progress.')).toBeVisible();

  const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.progress);
  const reviews = (JSON.parse(saved ?? '{}') as { profiles?: { reviews: unknown[] }[] })
    .profiles?.[0]?.reviews as { fact: string; grade: number; mode: string }[];
  const recorded = reviews.filter((r) => r.mode === 'timeline');
  expect(recorded.map((r) => r.fact).sort()).toEqual([...round.answer].sort());
  expect(recorded.every((r) => r.grade === 3)).toBe(true);

  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(page.getByRole('button', { name: 'Check the order' })).toBeEnabled();
});

test('a wrong order marks the misplaced events and shows the right order with dates @any-screen', async ({
  page,
}) => {
  const seed = 5;
  const round = expectedRound(ARTICLE, seed);
  await page.goto(`/zh/timeline/?deck=${ARTICLE}&seed=${seed}`);
  await expect.poll(() => shownIds(page)).toEqual(round.shown.map((e) => e.factId));
  await page.getByRole('button', { name: '核对顺序' }).click();
  const right = round.shown.filter((e, i) => round.answer[i] === e.factId).length;
  await expect(page.getByText(`${round.answer.length} 个位置中，${right} 个正确。`)).toBeVisible();
  await expect(page.locator('.sortable-item.is-wrong')).toHaveCount(round.answer.length - right);
  await expect(page.getByRole('heading', { name: '正确顺序' })).toBeVisible();
  await expect(page.locator('.timeline-game-answer li')).toHaveCount(round.answer.length);

  // The round is in the mistakes notebook, with the order given, to redo.
  await page.locator('.timeline-game-saved').getByRole('link', { name: '错题本' }).click();
  const entry = page.locator('.mistake-item');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('请按时间先后');
  await expect(entry.locator('.mistake-given')).toContainText(round.shown[0]!.label.zh);
  await page.getByRole('button', { name: /错题重做/ }).click();
  await expect(page.locator('.order-item')).toHaveCount(round.answer.length);
});

test('dragging an item with the mouse moves it @any-screen', async ({ page }) => {
  const seed = 5;
  const round = expectedRound(ARTICLE, seed);
  await page.goto(`/en/timeline/?deck=${ARTICLE}&seed=${seed}`);
  await expect.poll(() => shownIds(page)).toEqual(round.shown.map((e) => e.factId));
  // The mouse can only press what is on screen: bring the top of the list into view.
  await page.locator('.sortable-list').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const third = round.shown[2]!.factId;
  const from = (await handleOf(page, third).boundingBox())!;
  const to = (await items(page).first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
  await page.mouse.up();
  const ids = round.shown.map((e) => e.factId);
  await expect.poll(() => shownIds(page)).toEqual([third, ids[0], ids[1], ...ids.slice(3)]);
  await expect(page.locator('.sortable-announcer')).toContainText(
    `moved to position 1 of ${round.shown.length}`,
  );
});

test('on a phone, a touch drag on the handle moves the item and nothing scrolls sideways', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'touch is emulated in the phone project only');
  const seed = 8;
  const round = expectedRound(ARTICLE, seed);
  await page.goto(`/zh/timeline/?deck=${ARTICLE}&seed=${seed}`);
  await expect.poll(() => shownIds(page)).toEqual(round.shown.map((e) => e.factId));
  await expectNoSidewaysScroll(page);
  const first = round.shown[0]!.factId;
  const handle = handleOf(page, first);
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const third = (await items(page).nth(2).boundingBox())!;
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  const client = await page.context().newCDPSession(page);
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= 10; step++) {
    const stepY = y + ((third.y + third.height - 4 - y) * step) / 10;
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: stepY }],
    });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const ids = round.shown.map((e) => e.factId);
  await expect.poll(() => shownIds(page)).toEqual([ids[1], ids[2], first, ...ids.slice(3)]);
  await expectNoSidewaysScroll(page);
});

test('at 320 px wide the game fits without sideways scrolling and its buttons are 44 px', async ({
  page,
  isMobile,
}) => {
  // One run is enough: the phone project already emulates touch and a small screen.
  test.skip(!isMobile, 'phone project only');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/zh/timeline/?seed=3`);
  await expect(items(page).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  for (const control of await page.locator('.sortable-item button').all()) {
    const box = (await control.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
});

test('the article deck page maps its cities and Wang Xiaohong’s trip, in Chinese @any-screen', async ({
  page,
}) => {
  await page.goto(`/zh/decks/${ARTICLE}/`);
  const overview = page.getByRole('img', { name: '本题库涉及的地点' });
  await expect(overview).toBeVisible();
  for (const city of ['塔什干', '阿斯塔纳', '杜尚别', '比什凯克', '北京', '新德里', '西安', '上海'])
    await expect(overview.locator('text', { hasText: city })).toHaveCount(1);
  const trip = page.getByRole('img', { name: '王小洪的行程（2024年4月）' });
  await expect(trip).toBeVisible();
  await expect(trip.locator('.map-leg')).toHaveCount(2);
  await expect(page.locator('.trip-stops li')).toHaveText([
    /4月1日 塔什干/,
    /4月3日 阿斯塔纳/,
    /4月5日 杜尚别/,
  ]);
  await expectNoSidewaysScroll(page);
});

test('the article deck page maps its cities and the trip, in English @any-screen', async ({
  page,
}) => {
  await page.goto(`/en/decks/${ARTICLE}/`);
  const overview = page.getByRole('img', { name: 'The places in this deck' });
  await expect(overview).toBeVisible();
  await expect(overview).toHaveAccessibleDescription(/A map of 8 places: .*Tashkent/);
  await expect(page.getByRole('heading', { name: '8 places' })).toBeVisible();
  const trip = page.getByRole('img', { name: 'Wang Xiaohong’s trip, April 2024' });
  await expect(trip).toHaveAccessibleDescription(
    'In order: stop 1, Tashkent, 1 April; stop 2, Astana, 3 April; stop 3, Dushanbe, 5 April.',
  );
  await expect(page.locator('.trip-stops li')).toHaveText([
    /1 April Tashkent/,
    /3 April Astana/,
    /5 April Dushanbe/,
  ]);
  // A date in the list of places leads to that fact on the page's timeline.
  await page.getByRole('link', { name: /^4 June 2004: 1st SCO Security Council/ }).click();
  await expect(page).toHaveURL(/#sco-ssc-1$/);
});

test('a deck without a trip shows only the map of its places @any-screen', async ({ page }) => {
  await page.goto('/en/decks/sco-ssc-timeline/');
  const overview = page.getByRole('img', { name: 'The places in this deck' });
  await expect(overview.locator('text', { hasText: 'Moscow' })).toHaveCount(1);
  await expect(page.locator('.deck-map svg')).toHaveCount(1);
  await expect(page.locator('.trip-stops')).toHaveCount(0);
});
