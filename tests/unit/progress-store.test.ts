import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import {
  DEFAULT_PROFILE_NAMES,
  effectiveReviews,
  emptySave,
  importProfile,
  localizeDefaultNames,
  mergeSaves,
  restoreSave,
  serializeSave,
} from '@/lib/progress/save';
import { type Review, type Save, SAVE_VERSION } from '@/lib/progress/schema';
import { type KeyValueStorage, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { MemoryStorage as BaseMemoryStorage } from '../fixtures/memory-storage';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function review(id: string, fact: string, at: number, grade: Review['grade'] = 3): Review {
  return {
    id,
    fact,
    grade,
    at,
    kind: 'single',
    mode: 'practice',
    session: 's1',
    question: `single:${fact}/city`,
  };
}

/** An in-memory Storage; `failWrites` makes every setItem throw like a full quota. */
class MemoryStorage extends BaseMemoryStorage {
  failWrites = false;
  override setItem(key: string, value: string) {
    if (this.failWrites)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

let counter = 0;
function storeOn(storage: KeyValueStorage | null, now = () => T0, defaultProfileName = 'Me') {
  return new ProgressStore({
    storage,
    now,
    newId: () => `id${(counter++).toString(36).padStart(6, '0')}`,
    defaultProfileName,
  });
}

function saveWith(reviews: Review[]): Save {
  const save = emptySave('p1', 'Me', T0);
  save.profiles[0]!.reviews = reviews;
  return save;
}

describe('restoreSave', () => {
  it('returns a valid save unchanged', () => {
    const save = saveWith([review('aaaaaa', 'f1', T0)]);
    expect(restoreSave(serializeSave(save))).toEqual({ save });
  });

  it('keeps the valid reviews of a damaged save and says how many it dropped', () => {
    const save = saveWith([review('aaaaaa', 'f1', T0), review('bbbbbb', 'f2', T0 + 1)]);
    const raw = JSON.parse(serializeSave(save));
    raw.profiles[0].reviews[1].grade = 9;
    const result = restoreSave(JSON.stringify(raw));
    expect(result.save?.profiles[0]?.reviews.map((r) => r.id)).toEqual(['aaaaaa']);
    expect(result.problem).toEqual({ kind: 'repaired', dropped: 1 });
  });

  it('refuses a save written by a newer version of the app, so that it is not overwritten', () => {
    const raw = { ...saveWith([]), version: SAVE_VERSION + 1 };
    expect(restoreSave(JSON.stringify(raw))).toEqual({
      save: null,
      problem: { kind: 'newer-version', version: SAVE_VERSION + 1 },
    });
  });

  it('reports text that is not JSON as unreadable', () => {
    expect(restoreSave('{"format":"shizheng-progress","profiles":[').problem?.kind).toBe(
      'unreadable',
    );
  });

  it('never throws and never returns an invalid save, whatever the stored text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'shizheng-progress', version: 1, profiles: [v] })),
        ),
        (raw) => {
          const result = restoreSave(raw);
          if (result.save) expect(result.save.profiles.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never loses a review of a valid save when random junk is added next to it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (junk) => {
        const save = saveWith([review('aaaaaa', 'f1', T0), review('bbbbbb', 'f2', T0 + 1)]);
        const raw = JSON.parse(serializeSave(save));
        raw.profiles[0].reviews.push(junk);
        const restored = restoreSave(JSON.stringify(raw)).save;
        expect(restored?.profiles[0]?.reviews.map((r) => r.id)).toEqual(
          expect.arrayContaining(['aaaaaa', 'bbbbbb']),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergeSaves', () => {
  it('keeps every review of both copies, once each', () => {
    const a = saveWith([review('aaaaaa', 'f1', T0), review('cccccc', 'f3', T0 + 2)]);
    const b = saveWith([review('aaaaaa', 'f1', T0), review('bbbbbb', 'f2', T0 + 1)]);
    const merged = mergeSaves(a, b);
    expect(merged.profiles[0]!.reviews.map((r) => r.id)).toEqual(['aaaaaa', 'bbbbbb', 'cccccc']);
  });

  it('is idempotent and order-independent in the reviews it keeps', () => {
    const arbReviews = fc
      .uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 20 })
      .map((ns) => ns.map((n) => review(`r${String(n).padStart(5, '0')}`, `f${n % 5}`, T0 + n)));
    fc.assert(
      fc.property(arbReviews, arbReviews, (ra, rb) => {
        const a = saveWith(ra);
        const b = saveWith(rb);
        const ids = (s: Save) => s.profiles[0]!.reviews.map((r) => r.id);
        expect(ids(mergeSaves(a, b))).toEqual(ids(mergeSaves(b, a)));
        expect(ids(mergeSaves(mergeSaves(a, b), b))).toEqual(ids(mergeSaves(a, b)));
      }),
    );
  });

  it('does not bring back a review that one copy undid', () => {
    const a = saveWith([review('aaaaaa', 'f1', T0)]);
    a.profiles[0]!.undone = ['aaaaaa'];
    const b = saveWith([review('aaaaaa', 'f1', T0)]);
    expect(effectiveReviews(mergeSaves(b, a).profiles[0]!)).toEqual([]);
  });
});

describe('importProfile', () => {
  const exported = JSON.stringify({
    format: 'shizheng-progress',
    version: 1,
    exportedAt: T0,
    profile: saveWith([review('aaaaaa', 'f1', T0)]).profiles[0],
  });

  it('adds the reviews of the file once: importing it twice changes nothing more', () => {
    const first = importProfile(saveWith([]), exported, 'p1');
    expect(first.ok && first.added).toBe(1);
    if (!first.ok) return;
    const second = importProfile(first.save, exported, 'p1');
    expect(second.ok && second.added).toBe(0);
    expect(second.ok && second.save).toEqual(first.save);
  });

  it('rejects hostile or broken files without changing anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) =>
            JSON.stringify({
              format: 'shizheng-progress',
              version: 1,
              exportedAt: 0,
              profile: v,
            }),
          ),
        ),
        (text) => {
          const save = saveWith([review('aaaaaa', 'f1', T0)]);
          const before = serializeSave(save);
          const result = importProfile(save, text, 'p1');
          expect(serializeSave(save)).toBe(before);
          if (result.ok)
            expect(result.save.profiles[0]!.reviews.some((r) => r.id === 'aaaaaa')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('ProgressStore', () => {
  it('sets damaged saved data aside under a backup key and tells the learner', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEYS.progress,
      '{"format":"shizheng-progress","version":1,"profiles":[{"id":"abc"',
    );
    const store = storeOn(storage);
    const notice = store.getSnapshot().notices[0];
    expect(notice?.kind).toBe('unreadable');
    const backupKey = notice && 'backupKey' in notice ? notice.backupKey : null;
    expect(backupKey && storage.getItem(backupKey)).toContain('"id":"abc"');
  });

  it('keeps working in memory when every write fails, and says so', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = storeOn(storage);
    store.record([review('aaaaaa', 'f1', T0)]);
    expect(store.getSnapshot().profile.reviews).toHaveLength(1);
    expect(store.getSnapshot().persistent).toBe(false);
    expect(store.getSnapshot().notices.map((n) => n.kind)).toContain('storage-full');
  });

  it('works with no storage at all', () => {
    const store = storeOn(null);
    store.record([review('aaaaaa', 'f1', T0)]);
    expect(store.getSnapshot().notices.map((n) => n.kind)).toEqual(['storage-unavailable']);
    expect(store.getSnapshot().profile.reviews).toHaveLength(1);
  });

  it('keeps the reviews of two tabs that write in turn', () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage);
    const tabB = storeOn(storage);
    tabA.record([review('aaaaaa', 'f1', T0)]);
    tabB.record([review('bbbbbb', 'f2', T0 + 1)]);
    tabA.record([review('cccccc', 'f3', T0 + 2)]);
    const stored = restoreSave(storage.getItem(STORAGE_KEYS.progress)).save!;
    expect(stored.profiles[0]!.reviews.map((r) => r.id).sort()).toEqual([
      'aaaaaa',
      'bbbbbb',
      'cccccc',
    ]);
  });

  it('keeps profiles apart: reviews go to the active profile only', () => {
    const store = storeOn(new MemoryStorage());
    const first = store.getSnapshot().profile.id;
    store.record([review('aaaaaa', 'f1', T0)]);
    const second = store.addProfile('Li Lei');
    store.record([review('bbbbbb', 'f2', T0)]);
    const profiles = store.getSnapshot().save.profiles;
    expect(profiles.find((p) => p.id === first)!.reviews.map((r) => r.id)).toEqual(['aaaaaa']);
    expect(profiles.find((p) => p.id === second)!.reviews.map((r) => r.id)).toEqual(['bbbbbb']);
  });

  it('export, reset and import give back the same progress', () => {
    const store = storeOn(new MemoryStorage(), () => T0 + 10);
    store.record([review('aaaaaa', 'f1', T0), review('bbbbbb', 'f2', T0 + 1)]);
    const file = store.exportActive();
    store.resetProgress();
    expect(effectiveReviews(store.getSnapshot().profile)).toHaveLength(0);
    store.importIntoActive(file);
    expect(effectiveReviews(store.getSnapshot().profile).map((r) => r.id)).toEqual([
      'aaaaaa',
      'bbbbbb',
    ]);
  });

  it('shows a first profile made in the other interface language under this one’s default name', () => {
    const storage = new MemoryStorage();
    const chinese = storeOn(storage, () => T0, '我');
    chinese.addProfile('小明');
    chinese.switchProfile(chinese.getSnapshot().save.profiles[0]!.id);
    const first = chinese.getSnapshot().profile.id;
    expect(chinese.getSnapshot().profile.name).toBe('我');

    const english = storeOn(storage);
    const names = () => english.getSnapshot().save.profiles.map((p) => p.name);
    expect(english.getSnapshot().profile).toMatchObject({ id: first, name: 'Me' });
    expect(names()).toEqual(['Me', '小明']);
    // Nothing is written just by looking, and an answer does not rename: the stored default
    // name stays, and each language shows its own.
    expect(restoreSave(storage.getItem(STORAGE_KEYS.progress)).save!.profiles[0]!.name).toBe('我');
    english.record([review('aaaaaa', 'f1', T0)]);
    expect(restoreSave(storage.getItem(STORAGE_KEYS.progress)).save!.profiles[0]!.name).toBe('我');
    expect(english.getSnapshot().profile.name).toBe('Me');

    // The Chinese tab hears of it and still shows 我; a name the learner chose is never touched.
    chinese.refreshFromStorage(storage.getItem(STORAGE_KEYS.progress));
    expect(chinese.getSnapshot().profile).toMatchObject({ name: '我' });
    expect(chinese.getSnapshot().profile.reviews.map((r) => r.id)).toEqual(['aaaaaa']);
    english.renameProfile(first, 'Li Lei');
    expect(names()).toEqual(['Li Lei', '小明']);
  });

  it("keeps a setting, a rename and a profile switch made in another tab through this tab's next answer", () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage, () => T0);
    const tabB = storeOn(storage, () => T0);
    const first = tabA.getSnapshot().profile.id;
    // Tab A changes things; tab B has not heard of it yet (no storage event) and answers.
    tabA.updateSettings({ dailyGoal: 55, questionLanguage: 'en' });
    tabA.renameProfile(first, 'Ana');
    const second = tabA.addProfile('Ben');
    tabB.record([review('aaaaaa', 'f1', T0)]);
    const stored = restoreSave(storage.getItem(STORAGE_KEYS.progress)).save!;
    const ana = stored.profiles.find((p) => p.id === first)!;
    expect(ana.settings).toMatchObject({ dailyGoal: 55, questionLanguage: 'en' });
    expect(ana.name).toBe('Ana');
    expect(stored.activeProfile).toBe(second);
    // Tab B's answer went to the learner tab B showed, and tab B now shows what tab A chose.
    expect(ana.reviews.map((r) => r.id)).toEqual(['aaaaaa']);
    expect(tabB.getSnapshot().profile.id).toBe(second);
  });

  it('does not let another tab bring back reviews from before a reset', () => {
    const storage = new MemoryStorage();
    const tabA = storeOn(storage, () => T0 + 10);
    const tabB = storeOn(storage, () => T0 + 10);
    tabA.record([review('aaaaaa', 'f1', T0)]);
    tabB.refreshFromStorage(storage.getItem(STORAGE_KEYS.progress));
    tabA.resetProgress();
    tabB.record([review('bbbbbb', 'f2', T0 + 20)]);
    expect(effectiveReviews(tabB.getSnapshot().profile).map((r) => r.id)).toEqual(['bbbbbb']);
  });
});

describe('default profile names', () => {
  it('are the first profile’s name in every interface language, and nothing else', () => {
    expect([...DEFAULT_PROFILE_NAMES].sort()).toEqual(
      [zh.Profiles.defaultName, en.Profiles.defaultName].sort(),
    );
  });

  it('leave a save without them as it is', () => {
    const save = emptySave('aaaaaa', 'Li Lei', T0);
    expect(localizeDefaultNames(save, 'Me')).toBe(save);
    const mine = emptySave('aaaaaa', 'Me', T0);
    expect(localizeDefaultNames(mine, 'Me')).toBe(mine);
  });
});
