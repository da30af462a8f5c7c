import { describe, expect, it } from 'vitest';
import {
  effectiveReviews,
  emptySave,
  exportProfile,
  newProfile,
  restoreSave,
  serializeSave,
} from '@/lib/progress/save';
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

/** A storage whose writes throw like a full quota while `full` is set. */
class FullableStorage extends MemoryStorage {
  full = false;
  override setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

let n = 0;
function storeOn(
  storage: KeyValueStorage,
  now: () => number = () => T0,
  tabStorage: KeyValueStorage | null = null,
) {
  return new ProgressStore({
    storage,
    tabStorage,
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

  it('an unknown active profile: the first answer after a load goes to a profile it holds', () => {
    const storage = new MemoryStorage();
    const save = emptySave('p1', 'Ana', T0);
    save.activeProfile = 'ghost';
    storage.setItem(STORAGE_KEYS.progress, serializeSave(save));
    const store = storeOn(storage);
    store.record([review('aaaaaa', T0)]);
    expect(storedIds(storage)).toEqual(['aaaaaa']);
    expect(stored(storage).activeProfile).toBe('p1');
  });

  it('an active profile listed as deleted keeps its reviews through the first write', () => {
    const storage = new MemoryStorage();
    const save = emptySave('p1', 'Ana', T0);
    save.profiles[0]!.reviews = [review('old001', T0 - 1)];
    save.profiles.push(newProfile('p2', 'Ben', T0));
    save.deletedProfiles = ['p1'];
    storage.setItem(STORAGE_KEYS.progress, serializeSave(save));
    const store = storeOn(storage);
    store.record([review('aaaaaa', T0)]);
    expect(storedIds(storage)).toEqual(['aaaaaa', 'old001']);
    expect(stored(storage).profiles.map((p) => p.name)).toEqual(['Ana', 'Ben']);
  });

  describe('a profile deleted in another tab', () => {
    function twoTabs() {
      const storage = new MemoryStorage();
      const save = emptySave('p1', 'Ana', T0);
      save.profiles.push(newProfile('p2', 'Ben', T0));
      storage.setItem(STORAGE_KEYS.progress, serializeSave(save));
      return { storage, tabA: storeOn(storage), tabB: storeOn(storage) };
    }
    const bens = (storage: MemoryStorage) =>
      stored(storage)
        .profiles.find((p) => p.id === 'p2')!
        .reviews.map((r) => r.id);

    it('does not move an answer given before this tab heard of it to another learner', () => {
      const { storage, tabA, tabB } = twoTabs();
      tabB.deleteProfile('p1');
      tabA.record([review('aaaaaa', T0)]);
      expect(bens(storage)).toEqual([]);
      expect(tabA.getSnapshot().notices).toContainEqual({
        kind: 'profile-deleted',
        name: 'Ana',
        now: 'Ben',
        reviews: [review('aaaaaa', T0)],
      });
      expect(tabA.unsavedCount()).toBe(1);
      // The learner says where they go.
      tabA.keepOrphans();
      expect(tabA.unsavedCount()).toBe(0);
      expect(bens(storage)).toEqual(['aaaaaa']);
      expect(tabA.getSnapshot().notices).toEqual([]);
    });

    it('tells the learner when this tab hears of it, before the next answer', () => {
      const { storage, tabA, tabB } = twoTabs();
      tabB.deleteProfile('p1');
      tabA.refreshFromStorage(storage.map.get(STORAGE_KEYS.progress)!);
      expect(tabA.getSnapshot().profile.name).toBe('Ben');
      expect(tabA.getSnapshot().notices).toEqual([
        { kind: 'profile-deleted', name: 'Ana', now: 'Ben', reviews: [] },
      ]);
    });

    it('is no news in the tab that deleted it', () => {
      const { tabB } = twoTabs();
      tabB.deleteProfile('p1');
      tabB.record([review('bbbbbb', T0)]);
      expect(tabB.getSnapshot().notices).toEqual([]);
    });
  });

  describe('storage full, then a reload', () => {
    it("keeps the tab's unstored reviews in its own storage and brings them back", () => {
      const storage = new FullableStorage();
      const tab = new MemoryStorage();
      const first = storeOn(storage, () => T0, tab);
      first.record([review('before', T0)]);
      storage.full = true;
      first.record([review('aaaaaa', T0 + 1), review('bbbbbb', T0 + 2)]);
      expect(first.getSnapshot().persistent).toBe(false);
      expect(first.unsavedCount()).toBe(2);
      expect(storedIds(storage)).toEqual(['before']);

      // A reload while storage is still full: the reviews are back, and so is the notice.
      const second = storeOn(storage, () => T0 + 5, tab);
      expect(effectiveReviews(second.getSnapshot().profile).map((r) => r.id)).toEqual([
        'before',
        'aaaaaa',
        'bbbbbb',
      ]);
      expect(second.getSnapshot().notices).toEqual([{ kind: 'storage-full' }]);
      expect(second.unsavedCount()).toBe(2);

      // Room again: the next load stores them and clears the tab's copy.
      storage.full = false;
      const third = storeOn(storage, () => T0 + 9, tab);
      expect(storedIds(storage)).toEqual(['aaaaaa', 'bbbbbb', 'before']);
      expect(third.getSnapshot().persistent).toBe(true);
      expect(third.unsavedCount()).toBe(0);
      expect(tab.map.size).toBe(0);
    });

    it('the first successful write clears the tab copy', () => {
      const storage = new FullableStorage();
      const tab = new MemoryStorage();
      const store = storeOn(storage, () => T0, tab);
      storage.full = true;
      store.record([review('aaaaaa', T0)]);
      expect(tab.map.size).toBe(1);
      storage.full = false;
      store.record([review('bbbbbb', T0 + 1)]);
      expect(storedIds(storage)).toEqual(['aaaaaa', 'bbbbbb']);
      expect(tab.map.size).toBe(0);
    });
  });

  it('a setting that a write made within milliseconds over an older value reverted is set again', () => {
    const storage = new MemoryStorage();
    let now = T0;
    const tabA = storeOn(storage, () => now);
    const tabB = storeOn(storage, () => now);
    const before = storage.map.get(STORAGE_KEYS.progress)!;
    tabA.updateSettings({ dailyGoal: 42 });
    // Tab B answers moments later over the value read before tab A's write.
    now += 5;
    storage.stale = before;
    tabB.record([review('bbbbbb', now)]);
    expect(stored(storage).profiles[0]!.settings.dailyGoal).toBe(20);
    tabA.refreshFromStorage(storage.map.get(STORAGE_KEYS.progress)!);
    expect(stored(storage).profiles[0]!.settings.dailyGoal).toBe(42);
    expect(storedIds(storage)).toEqual(['bbbbbb']);
  });

  it('a setting changed back in another tab seconds later stays as chosen there', () => {
    const storage = new MemoryStorage();
    let now = T0;
    const tabA = storeOn(storage, () => now);
    const tabB = storeOn(storage, () => now);
    tabA.updateSettings({ dailyGoal: 42 });
    tabB.refreshFromStorage(storage.map.get(STORAGE_KEYS.progress)!);
    now += 5000;
    tabB.updateSettings({ dailyGoal: 20 });
    tabA.refreshFromStorage(storage.map.get(STORAGE_KEYS.progress)!);
    expect(stored(storage).profiles[0]!.settings.dailyGoal).toBe(20);
    expect(tabA.getSnapshot().profile.settings.dailyGoal).toBe(20);
  });

  it("an import merges into what is stored: another tab's answer not yet heard of stays", () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage);
    const tabB = storeOn(storage);
    tabB.record([review('bbbbbb', T0)]);
    const other = emptySave('x1', 'Other', T0);
    other.profiles[0]!.reviews = [review('file01', T0 - 5)];
    tabA.importIntoActive(exportProfile(other, 'x1', T0));
    expect(storedIds(storage)).toEqual(['bbbbbb', 'file01']);
  });
});
