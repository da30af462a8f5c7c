import { describe, expect, it } from 'vitest';
import { emptySave, importProfile, serializeSave } from '@/lib/progress/save';
import type { Review } from '@/lib/progress/schema';
import { type KeyValueStorage, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';

const T0 = Date.UTC(2026, 0, 5, 9);

function review(id: string, at: number, grade: Review['grade'] = 3): Review {
  return {
    id,
    fact: 'f1',
    claim: 'f1/a',
    grade,
    at,
    kind: 'single',
    mode: 'practice',
    session: 's1',
  };
}

/** localStorage with a quota in characters, keys and values counted as Chromium counts them. */
class QuotaStorage implements KeyValueStorage {
  map = new Map<string, string>();
  constructor(private readonly quota: number) {}
  private used(except?: string) {
    let n = 0;
    for (const [k, v] of this.map) if (k !== except) n += k.length + v.length;
    return n;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.used(key) + key.length + value.length > this.quota)
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      });
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
}

/** A save of `count` reviews, one of them damaged: more than half the quota below. */
function damagedSave(count: number): string {
  const save = emptySave('p1', 'Me', T0);
  save.profiles[0]!.reviews = Array.from({ length: count }, (_, i) =>
    review(`r${String(i).padStart(7, '0')}`, T0 + i * 1000),
  );
  const raw = JSON.parse(serializeSave(save));
  raw.profiles[0].reviews[3].grade = 9;
  return JSON.stringify(raw);
}

function storeOn(storage: KeyValueStorage) {
  let n = 0;
  return new ProgressStore({
    storage,
    now: () => T0 + 86_400_000,
    newId: () => `id${String(n++).padStart(6, '0')}`,
    defaultProfileName: 'Me',
  });
}

describe('a damaged save too large to set aside', () => {
  const raw = damagedSave(400);
  const quota = Math.floor(raw.length * 1.6);

  it('is never written over by the next answer, and says so', () => {
    const storage = new QuotaStorage(quota);
    storage.setItem(STORAGE_KEYS.progress, raw);
    const store = storeOn(storage);
    expect(store.getSnapshot().notices).toEqual([
      { kind: 'recovered', backupKey: null, dropped: 1 },
    ]);
    expect(store.heldOriginal()).toBe(raw);
    store.record([review('newanswer1', T0 + 86_400_000)]);
    expect(storage.getItem(STORAGE_KEYS.progress)).toBe(raw);
    expect(store.getSnapshot().persistent).toBe(false);
    expect(store.getSnapshot().profile.reviews.map((r) => r.id)).toContain('newanswer1');
  });

  it('is written over, with every answer kept, once the learner says to go on', () => {
    const storage = new QuotaStorage(quota);
    storage.setItem(STORAGE_KEYS.progress, raw);
    const store = storeOn(storage);
    store.record([review('newanswer1', T0 + 86_400_000)]);
    store.releaseOriginal();
    expect(store.heldOriginal()).toBeNull();
    expect(store.getSnapshot().notices).toEqual([]);
    const stored = JSON.parse(storage.getItem(STORAGE_KEYS.progress)!);
    expect(stored.profiles[0].reviews).toHaveLength(400);
    expect(stored.profiles[0].reviews.at(-1).id).toBe('newanswer1');
    expect(store.getSnapshot().persistent).toBe(true);
  });

  it('holds a save that cannot be read at all in the same way', () => {
    const storage = new QuotaStorage(quota);
    const garbage = `{"format":"shizheng-progress",${'x'.repeat(raw.length)}`;
    storage.setItem(STORAGE_KEYS.progress, garbage);
    const store = storeOn(storage);
    expect(store.getSnapshot().notices).toEqual([{ kind: 'unreadable', backupKey: null }]);
    store.record([review('newanswer1', T0)]);
    expect(storage.getItem(STORAGE_KEYS.progress)).toBe(garbage);
  });

  it('is set aside as before when there is room, and written over', () => {
    const storage = new QuotaStorage(raw.length * 3);
    storage.setItem(STORAGE_KEYS.progress, raw);
    const store = storeOn(storage);
    const [notice] = store.getSnapshot().notices;
    expect(notice).toMatchObject({ kind: 'recovered', dropped: 1 });
    expect(store.heldOriginal()).toBeNull();
    store.record([review('newanswer1', T0)]);
    expect(storage.getItem(STORAGE_KEYS.progress)).not.toBe(raw);
    expect(store.backups()[0]!.value).toBe(raw);
  });
});

describe('importing the original the app offered for download', () => {
  it('imports what can be read of a damaged save into the active profile', () => {
    const raw = damagedSave(20);
    const result = importProfile(emptySave('q1', 'Me', T0), raw, 'q1');
    expect(result).toMatchObject({ ok: true, added: 19, skipped: 0 });
  });

  it('takes the profile with the same id when the save holds several', () => {
    const save = emptySave('p1', 'Me', T0);
    save.profiles.push({
      ...save.profiles[0]!,
      id: 'p2',
      name: 'Other',
      reviews: [review('otherone1', T0)],
    });
    save.profiles[0]!.reviews = [review('mineone1', T0), review('minetwo1', T0 + 1)];
    const result = importProfile(emptySave('p2', 'Me', T0), serializeSave(save), 'p2');
    expect(result.ok && result.save.profiles[0]!.reviews.map((r) => r.id)).toEqual(['otherone1']);
  });

  it('still refuses text that holds no readable profile', () => {
    const result = importProfile(
      emptySave('q1', 'Me', T0),
      JSON.stringify({ format: 'shizheng-progress', version: 1, profiles: [{ id: '!!' }] }),
      'q1',
    );
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
  });
});
