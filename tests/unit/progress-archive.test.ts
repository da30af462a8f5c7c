import { answersOf } from '@/lib/progress/answers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactProfile, COMPACT_AFTER, KEEP_MS, replayHistory } from '@/lib/progress/archive';
import { openMistakes } from '@/lib/progress/mistakes';
import {
  effectiveReviews,
  emptySave,
  exportProfile,
  importProfile,
  mergeSaves,
  restoreSave,
  serializeSave,
} from '@/lib/progress/save';
import { replayReviews, scheduler } from '@/lib/progress/schedule';
import type { Profile, Review, Save } from '@/lib/progress/schema';
import { newCardsToday, progressSummary, reviewsPerDay } from '@/lib/progress/stats';
import { type KeyValueStorage, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { claimsOf, DAY, FACTS, history, START } from './progress-archive.fixture';
import { MemoryStorage } from '../fixtures/memory-storage';

const DAYS = 40;
const NOW = START + DAYS * DAY + 3_600_000;
const BEIJING = -480;
const DECKS = [{ id: 'deck1', factIds: FACTS.flatMap(claimsOf) }];

function profileWith(reviews: Review[], extra: Partial<Profile> = {}): Profile {
  const save = emptySave('p1', 'Me', START);
  return { ...save.profiles[0]!, reviews, ...extra };
}

const lineage = () => 'lineage1';
const byAt = (reviews: readonly Review[]) => [...reviews].sort((a, b) => a.at - b.at);
/** A profile with its log in the order a merge leaves it. */
const sorted = (p: Profile) => ({
  ...p,
  reviews: [...p.reviews].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
});

/** Everything the pages show, from a profile: what compaction must leave unchanged. */
function shown(profile: Profile, retention = 0.9, offset = BEIJING, now = NOW) {
  const log = byAt(effectiveReviews(profile));
  const f = scheduler(retention);
  const settings = { dailyGoal: 20, desiredRetention: retention };
  return {
    cards: replayHistory(profile.archive, log, f),
    cardsWithContent: replayHistory(profile.archive, log, f, claimsOf),
    summary: progressSummary(log, DECKS, settings, now, offset, claimsOf, profile.archive),
    year: reviewsPerDay(log, now, offset, 366, profile.archive),
    fresh: newCardsToday(log, now, offset, profile.archive),
    notebook: [1, 2, 3, 4, 5].map((k) => openMistakes(log, offset, k, profile.archive?.mistakes)),
  };
}

describe('compactProfile', () => {
  const reviews = history(DAYS, 60);
  const full = profileWith(reviews);
  const compacted = compactProfile(full, NOW, BEIJING, lineage);

  it('folds the old log into the archive and keeps the last days as they are', () => {
    expect(reviews.length).toBeGreaterThan(COMPACT_AFTER);
    expect(compacted.archive).toBeDefined();
    expect(compacted.archive!.before).toBe(NOW - KEEP_MS);
    expect(compacted.reviews).toEqual(reviews.filter((r) => r.at >= NOW - KEEP_MS));
    expect(compacted.archive!.reviews + compacted.reviews.length).toBe(reviews.length);
    expect(
      serializeSave({ ...emptySave('p1', 'Me', START), profiles: [compacted] }).length,
    ).toBeLessThan(serializeSave({ ...emptySave('p1', 'Me', START), profiles: [full] }).length / 3);
  });

  it('schedules every memory exactly as a replay of the whole log, whatever the retention', () => {
    for (const retention of [0.9, 0.8, 0.97]) {
      const f = scheduler(retention);
      expect(replayHistory(compacted.archive, byAt(compacted.reviews), f)).toEqual(
        replayReviews(byAt(reviews), f),
      );
    }
  });

  it('shows the same statistics, heatmap, new cards and notebook as the whole log', () => {
    expect(shown(compacted)).toEqual(shown(full));
    // Another desired retention, another day: the same again.
    expect(shown(compacted, 0.85, BEIJING, NOW + 2 * DAY)).toEqual(
      shown(full, 0.85, BEIJING, NOW + 2 * DAY),
    );
  });

  it('counts days in any time zone, the notebook in its own', () => {
    for (const offset of [0, 300, -330, -345, 720]) {
      const a = shown(compacted, 0.9, offset);
      const b = shown(full, 0.9, offset);
      expect(a.year).toEqual(b.year);
      expect(a.summary).toEqual(b.summary);
    }
  });

  it('stays exact over random histories, moments of compaction and retentions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 30, max: 45 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(0.75, 0.9, 0.95),
        (seed, days, daysBack, retention) => {
          const log = history(days, 40, seed);
          const now = START + (days - daysBack) * DAY;
          const whole = profileWith(log);
          const out = compactProfile(whole, now, BEIJING, lineage);
          expect(shown(out, retention, BEIJING, now)).toEqual(
            shown(whole, retention, BEIJING, now),
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  it('compacting again, later, gives what compacting once gives', () => {
    const more = history(DAYS + 20, 60);
    const step = compactProfile(profileWith(more.filter((r) => r.at < NOW)), NOW, BEIJING, lineage);
    const later = NOW + 20 * DAY;
    const twice = compactProfile(
      { ...step, reviews: [...step.reviews, ...more.filter((r) => r.at >= NOW)] },
      later,
      BEIJING,
      lineage,
    );
    const once = compactProfile(profileWith(more), later, BEIJING, lineage);
    expect(twice).toEqual(once);
    expect(shown(twice, 0.9, BEIJING, later)).toEqual(
      shown(profileWith(more), 0.9, BEIJING, later),
    );
  });

  it('leaves out undone reviews and reviews from before a reset, and forgets their ids', () => {
    const undone = [reviews[5]!.id, reviews.at(-1)!.id];
    const resetAt = reviews[100]!.at;
    const profile = profileWith(reviews, { undone, resetAt });
    const out = compactProfile(profile, NOW, BEIJING, lineage);
    expect(out.undone).toEqual([reviews.at(-1)!.id]);
    expect(shown(out)).toEqual(shown(profile));
  });

  it('keeps a review saved before claims, and everything after it, in the log', () => {
    const legacy = { ...reviews[600]!, claim: undefined };
    const withLegacy = reviews.map((r, i) => (i === 600 ? legacy : r));
    const out = compactProfile(profileWith(withLegacy), NOW, BEIJING, lineage);
    expect(out.archive!.before).toBe(legacy.at);
    expect(out.reviews).toEqual(withLegacy.filter((r) => r.at >= legacy.at));
    const f = scheduler(0.9);
    expect(replayHistory(out.archive, byAt(out.reviews), f, claimsOf)).toEqual(
      replayReviews(byAt(withLegacy), f, claimsOf),
    );
  });
});

let counter = 0;
function storeOn(storage: KeyValueStorage, now = () => NOW) {
  return new ProgressStore({
    storage,
    now,
    newId: () => `id${(counter++).toString(36).padStart(6, '0')}`,
    defaultProfileName: 'Me',
    offsetMinutes: () => BEIJING,
  });
}

function stored(storage: MemoryStorage): Save {
  return restoreSave(storage.getItem(STORAGE_KEYS.progress)).save!;
}

const reviews = history(DAYS, 60);
const oldSave = (): Save => {
  const save = emptySave('p1', 'Me', START);
  save.profiles[0]!.reviews = reviews;
  return save;
};

describe('ProgressStore with a long history', () => {
  it('compacts a save written before compaction as it loads it, and shows the same', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.progress, serializeSave(oldSave()));
    const store = storeOn(storage);
    const save = stored(storage);
    expect(save.version).toBe(2);
    expect(save.profiles[0]!.archive).toBeDefined();
    expect(store.getSnapshot().profile).toEqual(save.profiles[0]);
    expect(shown(save.profiles[0]!)).toEqual(shown(oldSave().profiles[0]!));
  });

  it('keeps the reviews of a tab that read the save before another tab compacted it', () => {
    const storage = new MemoryStorage();
    const small = emptySave('p1', 'Me', START);
    small.profiles[0]!.reviews = reviews.slice(0, COMPACT_AFTER);
    storage.setItem(STORAGE_KEYS.progress, serializeSave(small));
    const stale = storeOn(storage); // read before compaction, holds the whole log
    const other = storeOn(storage);
    other.record(reviews.slice(COMPACT_AFTER)); // this write compacts
    expect(stored(storage).profiles[0]!.archive).toBeDefined();
    const late: Review = { ...reviews.at(-1)!, id: 'lateanswer1', at: NOW - 60_000 };
    stale.record([late]);
    const profile = stored(storage).profiles[0]!;
    expect(profile.archive).toBeDefined();
    expect(profile.reviews.filter((r) => r.id === late.id)).toHaveLength(1);
    expect(shown(profile)).toEqual(shown(profileWith([...reviews, late])));
    // And the stale tab now shows what is stored.
    expect(shown(stale.getSnapshot().profile)).toEqual(shown(profile));
  });

  it('keeps a review made on a clock far behind, dated at the end of the archive', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.progress, serializeSave(oldSave()));
    const store = storeOn(storage);
    const before = stored(storage).profiles[0]!.archive!.before;
    store.record([{ ...reviews[0]!, id: 'behindclock1', at: START - DAY }]);
    store.record([{ ...reviews[1]!, id: 'nexttoo1', at: NOW }]);
    const kept = stored(storage).profiles[0]!.reviews.find((r) => r.id === 'behindclock1');
    expect(kept?.at).toBe(before);
  });

  it('undoes a recent review after compaction', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.progress, serializeSave(oldSave()));
    const store = storeOn(storage);
    const last = reviews.at(-1)!;
    store.undo([last.id]);
    expect(shown(stored(storage).profiles[0]!)).toEqual(
      shown(profileWith(reviews, { undone: [last.id] })),
    );
  });

  it('reset clears the archive too, and a stale copy does not bring it back', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.progress, serializeSave(oldSave()));
    const stale = storeOn(storage);
    const store = storeOn(storage, () => NOW + 1);
    store.resetProgress();
    stale.record([{ ...reviews.at(-1)!, id: 'afterreset1', at: NOW + 2 }]);
    const profile = stored(storage).profiles[0]!;
    expect(profile.archive).toBeUndefined();
    expect(effectiveReviews(profile).map((r) => r.id)).toEqual(['afterreset1']);
  });
});

describe('export and import of a compacted profile', () => {
  const compactedSave = (): Save => {
    const save = oldSave();
    save.profiles[0] = compactProfile(save.profiles[0]!, NOW, BEIJING, lineage);
    return { ...save, version: 2 };
  };

  it('moves the whole history to an empty profile', () => {
    const file = exportProfile(compactedSave(), 'p1', NOW);
    expect(JSON.parse(file).version).toBe(2);
    const fresh = emptySave('q1', 'Me', NOW);
    const result = importProfile(fresh, file, 'q1');
    // Answers, as the progress page counts them: a match question's reviews are one.
    expect(result.ok && result.added).toBe(answersOf(reviews).length);
    expect(answersOf(reviews).length).toBeLessThan(reviews.length);
    expect(result.ok && result.skipped).toBe(0);
    const imported = result.ok ? result.save.profiles[0]! : null;
    expect(shown(imported!)).toEqual(shown(profileWith(reviews)));
    // The same file again adds nothing.
    const again = importProfile(result.ok ? result.save : fresh, file, 'q1');
    expect(again.ok && again.added).toBe(0);
    expect(again.ok && shown(again.save.profiles[0]!)).toEqual(shown(imported!));
  });

  it('adds nothing, and leaves nothing out, when a profile imports its own older export', () => {
    const before = compactedSave();
    const file = exportProfile(before, 'p1', NOW);
    const later = compactProfile(
      {
        ...before.profiles[0]!,
        reviews: [
          ...before.profiles[0]!.reviews,
          ...history(DAYS + 5, 60).filter((r) => r.at >= NOW),
        ],
      },
      NOW + 5 * DAY,
      BEIJING,
      lineage,
    );
    const save = { ...before, profiles: [later] };
    const result = importProfile(save, file, 'p1');
    expect(result.ok && [result.added, result.skipped]).toEqual([0, 0]);
    const imported = result.ok ? result.save.profiles[0]! : later;
    expect(sorted(imported).reviews).toEqual(sorted(later).reviews);
    expect(imported.archive).toEqual(later.archive);
  });

  it('says how many reviews of another history it could not place among compacted ones', () => {
    const ours = compactedSave();
    const other = emptySave('x1', 'Other', START);
    other.profiles[0]!.reviews = [
      { ...reviews[3]!, id: 'otherdevice1' },
      { ...reviews.at(-1)!, id: 'otherdevice2', session: 'otherdevice' },
    ];
    const result = importProfile(ours, exportProfile(other, 'x1', NOW), 'p1');
    expect(result.ok && [result.added, result.skipped]).toEqual([1, 1]);
  });

  it('merges a compacted copy with an uncompacted one of the same history', () => {
    const merged = mergeSaves(oldSave(), compactedSave());
    const compacted = sorted(compactedSave().profiles[0]!);
    expect(merged.profiles[0]).toEqual(compacted);
    expect(mergeSaves(compactedSave(), oldSave()).profiles[0]).toEqual(compacted);
  });
});
