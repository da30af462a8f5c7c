import { readFile } from 'node:fs/promises';
import { emptySave, serializeSave } from '../../lib/progress/save';
import type { Review } from '../../lib/progress/schema';
import { expect, test } from './fixtures';
import { ARTICLE, DAY, PROGRESS_KEY } from './progress-seed';

// Storage and its download are the same on any screen: the desktop project alone runs this.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

/** A save of 12,000 reviews (over 3 M characters), one of them damaged: no room for a copy. */
function bigDamagedSave(): string {
  const save = emptySave('ana', 'Ana', Date.now() - 400 * DAY);
  save.profiles[0]!.reviews = Array.from({ length: 12_000 }, (_, i): Review => ({
    id: `big${String(i).padStart(17, '0')}`,
    fact: 'sco-founding',
    claim: 'sco-founding',
    grade: 3,
    at: Date.now() - 300 * DAY + i * 60_000,
    kind: 'single',
    mode: 'practice',
    session: `s${String(Math.floor(i / 20)).padStart(19, '0')}`,
    question: 'single:sco-founding/date-of-the-founding-summit-and-more',
    seed: 123_456_789,
    deck: ARTICLE,
  }));
  const raw = JSON.parse(serializeSave(save));
  raw.profiles[0].reviews[5].grade = 9;
  return JSON.stringify(raw);
}

test('a damaged save too large to set aside is not written over until the learner has its download', async ({
  page,
}) => {
  const raw = bigDamagedSave();
  expect(raw.length).toBeGreaterThan(2_600_000);
  await page.goto('/en/');
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    PROGRESS_KEY,
    raw,
  ] as const);
  await page.goto('/en/progress/');
  const notice = page.getByRole('alert').filter({ hasText: 'no room to keep the original aside' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('11,999 reviews in all')).toBeVisible();

  // A change now stays in memory: the original is still there, byte for byte.
  await page.goto('/en/settings/');
  await expect(notice).toBeVisible();
  await page.getByLabel('Daily goal').fill('33');
  await page.getByLabel('Daily goal').blur();
  const storedNow = () =>
    page.evaluate((key) => window.localStorage.getItem(key) ?? '', PROGRESS_KEY);
  expect(await storedNow()).toBe(raw);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the original' }).click();
  const file = await (await downloading).path();
  expect(await readFile(file, 'utf8')).toBe(raw);

  await page.getByRole('button', { name: 'Go on saving: write over the original' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(async () => (await storedNow()) !== raw).toBe(true);
  // What was changed meanwhile is in the write.
  expect(JSON.parse(await storedNow()).profiles[0].settings.dailyGoal).toBe(33);

  // The downloaded original imports: nothing in it is new any more.
  await page.getByLabel('Import from a file').setInputFiles(file);
  await expect(
    page.getByText('Nothing new: every review in the file was already here.'),
  ).toBeVisible();
  await page.goto('/en/progress/');
  await expect(page.getByText('11,999 reviews in all')).toBeVisible();
});
