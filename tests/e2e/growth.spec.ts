import type { Review } from '../../lib/progress/schema';
import { emptySave } from '../../lib/progress/save';
import { expect, test } from './fixtures';
import { ARTICLE, DAY, PROGRESS_KEY, seedSave } from './progress-seed';

// Stored history and its figures are the same on any screen: the desktop project alone runs this.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

const FACTS = ['sco-founding', 'sco-enlargement-2017', 'sco-enlargement-2023', 'sco-ssc-founding'];

/** 40 answers a day for 60 days up to today, each a flashcard grade of a real fact. */
function longHistory(): Review[] {
  const today = Date.now();
  return Array.from({ length: 2400 }, (_, i) => {
    const fact = FACTS[i % FACTS.length]!;
    return {
      id: `long${String(i).padStart(6, '0')}`,
      fact,
      claim: fact,
      grade: (i % 7 === 0 ? 1 : 3) as Review['grade'],
      at: today - (59 - Math.floor(i / 40)) * DAY - (40 - (i % 40)) * 60_000 - 3_600_000,
      kind: 'card',
      mode: 'cards',
      session: `day${Math.floor(i / 40)}`,
      deck: ARTICLE,
    };
  });
}

test('a long history saved before compaction is compacted on load and shows the same figures', async ({
  page,
}) => {
  const save = emptySave('ana', 'Ana', Date.now() - 90 * DAY);
  save.profiles[0]!.reviews = longHistory();
  await seedSave(page, save);
  await page.goto('/en/progress/');
  const totals = page.locator('.progress-totals');
  await expect(totals).toContainText('2,400 reviews in all');
  const streak = await page.locator('.progress-streak').textContent();
  expect(streak).toMatch(/days? in a row/);

  const stored = await page.evaluate(
    (key) => JSON.parse(window.localStorage.getItem(key)!) as ReturnType<typeof emptySave>,
    PROGRESS_KEY,
  );
  expect(stored.version).toBe(2);
  const profile = stored.profiles[0]!;
  expect(profile.archive?.reviews).toBeGreaterThan(2000);
  expect(profile.reviews.length).toBeLessThan(400);

  // From the compacted save, the same again.
  await page.reload();
  await expect(totals).toContainText('2,400 reviews in all');
  await expect(page.locator('.progress-streak')).toHaveText(streak!);
});
