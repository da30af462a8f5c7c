import type { Page } from '@playwright/test';
import { emptySave, newProfile, serializeSave } from '../../lib/progress/save';
import type { Review, Save } from '../../lib/progress/schema';
import { STORAGE_KEYS } from '../../lib/storage/keys';

export const DAY = 86_400_000;
export const ARTICLE = 'sco-ssc-2024-article';
export const PROGRESS_KEY = STORAGE_KEYS.progress;
export const BACKUP_PREFIX = STORAGE_KEYS.backupPrefix;

let counter = 0;

/** A right quiz answer about a real fact of the article deck, `ago` milliseconds before now. */
export function answer(fact: string, ago: number, grade: Review['grade'] = 3): Review {
  counter += 1;
  return {
    id: `e2e${String(counter).padStart(6, '0')}`,
    fact,
    grade,
    at: Date.now() - ago,
    kind: 'single',
    mode: 'practice',
    session: 'e2e',
    deck: ARTICLE,
  };
}

/** Ana has answered three questions (two today, one yesterday); Ben one, today. */
export function twoLearners(): Save {
  const save = emptySave('ana', 'Ana', Date.now() - 10 * DAY);
  save.profiles[0]!.reviews = [
    answer('sco-founding', DAY),
    answer('sco-enlargement-2017', 2_000),
    answer('sco-enlargement-2023', 1_000, 1),
  ];
  const ben = newProfile('ben', 'Ben', Date.now() - 5 * DAY);
  ben.reviews = [answer('sco-ssc-founding', 1_000)];
  save.profiles.push(ben);
  return save;
}

/**
 * Writes a save before the page's scripts run, once: later loads in the same test see what
 * the app itself stored.
 */
export async function seedSave(page: Page, save: Save) {
  await page.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [PROGRESS_KEY, serializeSave(save)] as const,
  );
}

/** How many reviews each profile holds in the browser's saved progress. */
export async function storedReviewCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((key) => {
    const save = JSON.parse(window.localStorage.getItem(key) ?? '{"profiles":[]}') as {
      profiles: { name: string; reviews: unknown[] }[];
    };
    return Object.fromEntries(save.profiles.map((p) => [p.name, p.reviews.length]));
  }, PROGRESS_KEY);
}
