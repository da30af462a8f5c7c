import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { answerCorrectly, expectedQuiz } from './quiz-helpers';
import { storedReviewCounts } from './progress-seed';

// Storage timing is the same on any screen: the desktop project alone runs this.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

const ARTICLE = 'sco-ssc-2024-article';
const CHUNKS = path.resolve(import.meta.dirname, '../../out/_next/static/chunks');

/** The script chunks that hold the progress store (lib/progress/store.ts), found by a string of its own. */
function storeChunks(): string[] {
  return readdirSync(CHUNKS).filter(
    (name) =>
      name.endsWith('.js') &&
      readFileSync(path.join(CHUNKS, name), 'utf8').includes('NS_ERROR_DOM_QUOTA_REACHED'),
  );
}

test('an answer given before the saved progress is read survives leaving the page by a full load', async ({
  page,
}) => {
  const chunks = storeChunks();
  expect(chunks.length).toBeGreaterThan(0);
  // The store's chunk never arrives on this page, as on a slow phone's first seconds.
  await page.route('**/_next/static/chunks/*.js', (route) =>
    chunks.some((c) => route.request().url().endsWith(`/${c}`)) ? undefined : route.fallback(),
  );
  const seed = 7;
  const question = expectedQuiz(seed, ARTICLE)[0]!;
  // Not until `load`: a script still on its way holds the load event back, and this one never
  // comes (the store's chunk is asked for while the page is loading).
  await page.goto(`/en/practice/?deck=${ARTICLE}&seed=${seed}`, { waitUntil: 'domcontentloaded' });
  await answerCorrectly(page, question);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.feedback')).toContainText('Correct');
  expect(await storedReviewCounts(page)).toEqual({});

  // A full load of another page, at once: this one is left with its answer unsaved.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('/en/progress/');
  await expect
    .poll(async () => Object.values(await storedReviewCounts(page)).reduce((a, b) => a + b, 0))
    .toBeGreaterThan(0);
  await expect(page.getByText('No reviews yet')).toBeHidden();
});
