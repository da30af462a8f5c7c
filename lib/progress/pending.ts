import type { KeyValueStorage } from './store';
import type { Review } from './schema';

/*
 * Answers given before the saved progress has been read wait in the ProgressProvider. So that a
 * full page load in that moment cannot lose them, the page also writes them under a key of its
 * own; the next store to load (this page's or any other's) merges them and removes the key.
 * Kept free of the schemas: the provider imports this before the store has loaded.
 */

import { STORAGE_KEYS } from '../storage/keys';

/** Writes this page's waiting answers, or removes its key when none wait; false when storage refused. */
export function writePending(
  storage: Pick<KeyValueStorage, 'setItem' | 'removeItem'> | null,
  pageId: string,
  reviews: readonly Review[],
): boolean {
  if (!storage) return false;
  const key = `${STORAGE_KEYS.pendingPrefix}${pageId}`;
  try {
    if (reviews.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(reviews));
    return true;
  } catch {
    return false;
  }
}

/** The keys of every page's waiting answers. */
export function pendingKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_KEYS.pendingPrefix)) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys;
}
