import { describe, expect, it } from 'vitest';
import { effectiveReviews, emptySave, exportProfile, restoreSave } from '@/lib/progress/save';
import type { Review, Save } from '@/lib/progress/schema';
import { type KeyValueStorage, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { MemoryStorage as BaseMemoryStorage } from '../fixtures/memory-storage';

/*
 * Issue 21, "Every write keeps every review": each loss the probe found, reproduced.
 */

const T0 = Date.UTC(2026, 0, 5, 9);
const YEAR = 365 * 86_400_000;

function review(id: string, at: number): Review {
  return {
    id,
    fact: 'f1',
    claim: 'f1/a',
    grade: 3,
    at,
    kind: 'single',
    mode: 'practice',
    session: 's1',
  };
}

class MemoryStorage extends BaseMemoryStorage {
  /** What the next getItem of the progress key returns instead, once: another tab's write not yet seen. */
  stale: string | null = null;
  override getItem(key: string) {
    if (key === STORAGE_KEYS.progress && this.stale !== null) {
      const value = this.stale;
      this.stale = null;
      return value;
    }
    return super.getItem(key);
  }
}

let n = 0;
function storeOn(storage: KeyValueStorage, now: () => number = () => T0) {
  return new ProgressStore({
    storage,
    now,
    newId: () => `id${String(n++).padStart(6, '0')}`,
    defaultProfileName: 'Me',
  });
}

const stored = (storage: MemoryStorage): Save =>
  restoreSave(storage.map.get(STORAGE_KEYS.progress) ?? null).save!;
const storedIds = (storage: MemoryStorage) =>
  effectiveReviews(stored(storage).profiles[0]!)
    .map((r) => r.id)
    .sort();

describe('every write keeps every review', () => {
  it('two tabs grading within milliseconds: the write that lost a review is repaired', () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage);
    const tabB = storeOn(storage);
    const before = storage.map.get(STORAGE_KEYS.progress)!;
    tabA.record([review('aaaaaa', T0)]);
    // Tab B read the save before tab A's write landed, and writes over it.
    storage.stale = before;
    tabB.record([review('bbbbbb', T0 + 1)]);
    expect(storedIds(storage)).toEqual(['bbbbbb']);
    // Tab A hears of tab B's write: it holds a review the stored value lacks, and writes it back.
    tabA.refreshFromStorage(storage.map.get(STORAGE_KEYS.progress)!);
    expect(storedIds(storage)).toEqual(['aaaaaa', 'bbbbbb']);
    // Tab B hears of that and has nothing to add: no endless back and forth.
    const settled = storage.map.get(STORAGE_KEYS.progress);
    tabB.refreshFromStorage(settled!);
    expect(storage.map.get(STORAGE_KEYS.progress)).toBe(settled);
  });

  it('a reset made while the clock was ahead does not drop the answers that follow', () => {
    const storage = new MemoryStorage();
    let now = T0 + YEAR;
    const store = storeOn(storage, () => now);
    store.resetProgress();
    now = T0; // the clock is put right
    store.record([review('aaaaaa', T0)]);
    expect(effectiveReviews(store.getSnapshot().profile).map((r) => r.id)).toEqual(['aaaaaa']);
    expect(storedIds(storage)).toEqual(['aaaaaa']);
  });

  it('reset leaves no review behind: not one dated in the future, not one an import brought back', () => {
    const storage = new MemoryStorage();
    let now = T0 + 10;
    const store = storeOn(storage, () => now++);
    const stale = storeOn(storage, () => now++);
    store.record([review('aaaaaa', T0), review('future', T0 + 80 * YEAR)]);
    const file = store.exportActive();
    store.resetProgress();
    store.importIntoActive(file);
    // The import brings back the review from before the reset; the one dated decades ahead was
    // taken back by the reset (undone), and an undo is never reverted by a file.
    expect(effectiveReviews(store.getSnapshot().profile).map((r) => r.id)).toEqual(['aaaaaa']);
    // Another tab has seen all of it.
    stale.refreshFromStorage(storage.map.get(STORAGE_KEYS.progress)!);
    store.resetProgress();
    expect(effectiveReviews(store.getSnapshot().profile)).toEqual([]);
    expect(storedIds(storage)).toEqual([]);
    // That tab's next answer does not bring them back.
    stale.record([review('bbbbbb', now + 20)]);
    expect(storedIds(storage)).toEqual(['bbbbbb']);
    expect(effectiveReviews(stale.getSnapshot().profile).map((r) => r.id)).toEqual(['bbbbbb']);
  });

  it("an import whose undone list names this profile's reviews does not hide them", () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    store.record([review('mine01', T0), review('mine02', T0 + 1)]);
    const other = emptySave('x1', 'Other', T0);
    other.profiles[0]!.reviews = [1, 2, 3, 4].map((i) => review(`theirs${i}`, T0 + 10 + i));
    other.profiles[0]!.undone = ['mine01', 'mine02', 'theirs4'];
    const result = store.importIntoActive(exportProfile(other, 'x1', T0));
    expect(effectiveReviews(store.getSnapshot().profile).map((r) => r.id)).toEqual([
      'mine01',
      'mine02',
      'theirs1',
      'theirs2',
      'theirs3',
    ]);
    expect(result).toMatchObject({ ok: true, added: 3 });
  });
});
