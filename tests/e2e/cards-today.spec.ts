import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { flashcards } from '../../lib/questions/cards';
import { expect, test, waitForHydration } from './fixtures';
import { answer, DAY, seedSave, twoLearners } from './progress-seed';

// Counts, the same on any screen: the desktop project alone runs these.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

/*
 * Home, progress and cards say the same number of cards due now and new today (all three count
 * through lib/progress/cards-today.ts); here in the browser, for a learner with cards due, cards
 * studied today, and name cards on.
 */

const index = indexContent(loadContent());
const claims = flashcards(
  index,
  index.facts.map((f) => f.id),
).map((c) => ({ claim: c.key, fact: c.fact.id }));

function learnerWithCardsDue() {
  const save = twoLearners();
  const ana = save.profiles[0]!;
  const card = (i: number, ago: number, grade: 1 | 3) => ({
    ...answer(claims[i]!.fact, ago, grade),
    claim: claims[i]!.claim,
    kind: 'card' as const,
    mode: 'cards' as const,
  });
  // Cards forgotten days ago (due now), cards studied today (their siblings wait), name cards on.
  ana.reviews.push(
    card(0, 3 * DAY, 1),
    card(5, 3 * DAY, 1),
    card(9, 2 * DAY, 3),
    card(12, 60_000, 3),
  );
  ana.settings.nameCardDecks = ['*'];
  // More than the cards there are: the count is what the cards page offers, not the limit's room.
  ana.settings.newCardsPerDay = 500;
  return save;
}

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: home, progress and cards count the same cards due and new`, async ({ page }) => {
    await seedSave(page, learnerWithCardsDue());
    await page.goto(`/${locale}/cards/`);
    await waitForHydration(page);
    const counts = page.locator('.cards-counts');
    await expect(counts).toHaveText(/\d/);
    const [due, fresh] = ((await counts.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(due).toBeGreaterThan(0);
    expect(fresh).toBeGreaterThan(0);

    await page.goto(`/${locale}/`);
    const set = page.locator('.today-set');
    await expect(set).toHaveText(/\d/);
    expect(((await set.textContent()) ?? '').match(/\d+/g)!.map(Number)).toEqual([due, fresh]);

    await page.goto(`/${locale}/progress/`);
    const line = page.locator('.progress-cards');
    await expect(line).toHaveText(/\d/);
    expect(((await line.textContent()) ?? '').match(/\d+/g)!.map(Number).slice(0, 2)).toEqual([
      due,
      fresh,
    ]);
  });
}

/** A learner whose only cards were forgotten seconds ago: due again later today, none new. */
function learnerWithCardsLaterToday() {
  const save = twoLearners();
  const ana = save.profiles[0]!;
  // Their first learning step is a minute away: the test reads the page well within it.
  ana.reviews = [];
  for (const i of [0, 5, 9])
    ana.reviews.push({
      ...answer(claims[i]!.fact, 5_000, 1),
      claim: claims[i]!.claim,
      kind: 'card' as const,
      mode: 'cards' as const,
    });
  ana.settings.newCardsPerDay = 0;
  return save;
}

for (const locale of ['zh', 'en'] as const) {
  test(`${locale}: cards due later today are not "done for today"`, async ({ page }) => {
    await seedSave(page, learnerWithCardsLaterToday());
    await page.goto(`/${locale}/cards/`);
    await waitForHydration(page);
    const done = page.locator('.quiz-done');
    await expect(done.getByRole('heading')).toHaveText(
      locale === 'zh' ? '现在没有到期的卡片' : 'No cards are due right now',
    );
    await expect(done).toContainText(
      locale === 'zh' ? '今天稍后还有 3 张到期' : '3 more cards are due later today',
    );
  });
}
