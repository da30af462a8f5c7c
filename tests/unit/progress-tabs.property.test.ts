import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveReviews, emptySave, exportProfile, restoreSave } from '@/lib/progress/save';
import type { Review, Save } from '@/lib/progress/schema';
import { type KeyValueStorage, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { MemoryStorage } from '../fixtures/memory-storage';

/*
 * Issue 21's randomized test. Three tabs share one localStorage; each has its own sessionStorage.
 * Random runs interleave answers, settings, profile changes (add, switch, rename, delete), resets,
 * imports, reloads, a storage that fills up and empties, reads that miss the latest write (two
 * writes within milliseconds) and storage events delivered late, as a browser delivers them. One
 * invariant: every review made is stored, in the profile it was made for, or the tab that made it
 * reports it as not stored; and nothing stored is removed or changed by another tab, except by an
 * explicit reset or deletion of that profile.
 */

const TABS = 3;
const T0 = Date.UTC(2026, 2, 1, 8);
const PROGRESS = STORAGE_KEYS.progress;

/** localStorage shared by every tab: one map, a quota that can run out, the value before the last write. */
class SharedStorage {
  map = new Map<string, string>();
  full = false;
  previous: string | null = null;
  lastWriter = -1;
  lastWriteAt = 0;
  clock = T0;
  /** Storage events not yet delivered, per tab: the progress key's new values. */
  queues: (string | null)[][] = Array.from({ length: TABS }, () => []);
}

/** One tab's view of the shared storage: its writes become storage events in the other tabs. */
class TabView implements KeyValueStorage {
  /** The next read of the progress key returns the value before another tab's last write, once. */
  stale = false;
  constructor(
    private readonly shared: SharedStorage,
    private readonly tab: number,
  ) {}
  getItem(key: string) {
    if (key === PROGRESS && this.stale) {
      this.stale = false;
      // A tab always reads its own writes: only another tab's write, made moments ago, can be missed.
      const { lastWriter, lastWriteAt, clock } = this.shared;
      if (lastWriter !== this.tab && clock - lastWriteAt < 50) return this.shared.previous;
    }
    return this.shared.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.shared.full)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.changed(key, value);
  }
  removeItem(key: string) {
    this.changed(key, null);
  }
  private changed(key: string, value: string | null) {
    if (key === PROGRESS) {
      this.shared.previous = this.shared.map.get(key) ?? null;
      this.shared.lastWriter = this.tab;
      this.shared.lastWriteAt = this.shared.clock;
    }
    if (value === null) this.shared.map.delete(key);
    else this.shared.map.set(key, value);
    if (key !== PROGRESS) return;
    this.shared.queues.forEach((queue, i) => {
      if (i !== this.tab) queue.push(value);
    });
  }
  get length() {
    return this.shared.map.size;
  }
  key(i: number) {
    return [...this.shared.map.keys()][i] ?? null;
  }
}

type Action =
  | { do: 'answer'; tab: number; count: number }
  | { do: 'settings'; tab: number; goal: number }
  | { do: 'add-profile'; tab: number }
  | { do: 'switch'; tab: number; pick: number }
  | { do: 'rename'; tab: number; pick: number; name: string }
  | { do: 'delete'; tab: number; pick: number }
  | { do: 'reset'; tab: number }
  | { do: 'import'; tab: number; count: number; undoMine: boolean }
  | { do: 'keep-orphans'; tab: number }
  | { do: 'reload'; tab: number }
  | { do: 'deliver'; tab: number }
  | { do: 'stale'; tab: number }
  | { do: 'full'; on: boolean };

const tab = fc.integer({ min: 0, max: TABS - 1 });
const pick = fc.integer({ min: 0, max: 3 });
const arbAction: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ do: fc.constant('answer'), tab, count: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('settings'),
      tab,
      goal: fc.integer({ min: 1, max: 200 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('add-profile'), tab }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('switch'), tab, pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('rename'),
      tab,
      pick,
      name: fc.constantFrom('Ana', 'Ben', 'Cai'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('delete'), tab, pick }) },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('reset'), tab }) },
  {
    weight: 1,
    arbitrary: fc.record({
      do: fc.constant('import'),
      tab,
      count: fc.integer({ min: 1, max: 3 }),
      undoMine: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('keep-orphans'), tab }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('reload'), tab }) },
  { weight: 5, arbitrary: fc.record({ do: fc.constant('deliver'), tab }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('stale'), tab }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('full'), on: fc.boolean() }) },
) as fc.Arbitrary<Action>;

interface Made {
  profile: string;
  tab: number;
  at: number;
}

/** A run: the shared storage, the tabs, and what the learner did. */
class World {
  shared = new SharedStorage();
  views = Array.from({ length: TABS }, (_, i) => new TabView(this.shared, i));
  sessions = Array.from({ length: TABS }, () => new MemoryStorage());
  ids = 0;
  /** The action under way races another tab's write (made milliseconds before). */
  racing = false;
  tabs: ProgressStore[];
  made = new Map<string, Made>();
  /** Reviews once seen stored, and the profile they were stored in. */
  everStored = new Map<string, string>();
  resets = new Map<string, number[]>();
  /** When each profile was last deleted: reviews given for it before then go with it. */
  deleted = new Map<string, number>();
  /** What a Settings or Rename action stored last, per profile. */
  goals = new Map<string, { value: number; tab: number }>();
  names = new Map<string, { value: string; tab: number }>();

  constructor() {
    this.tabs = Array.from({ length: TABS }, (_, i) => this.open(i));
  }

  open(i: number) {
    return new ProgressStore({
      storage: this.views[i]!,
      tabStorage: this.sessions[i]!,
      now: () => this.shared.clock++,
      newId: () => `n${String(this.ids++).padStart(7, '0')}`,
      defaultProfileName: 'Me',
    });
  }

  review(at: number): Review {
    return {
      id: `r${String(this.ids++).padStart(7, '0')}`,
      fact: `f${this.ids % 5}`,
      claim: `f${this.ids % 5}/a`,
      grade: (1 + (this.ids % 4)) as Review['grade'],
      at,
      kind: 'single',
      mode: 'practice',
      session: 's1',
    };
  }

  stored(): Save | null {
    return restoreSave(this.shared.map.get(PROGRESS) ?? null).save;
  }

  deliver(i: number) {
    const value = this.shared.queues[i]!.shift();
    if (value === undefined) return;
    // A tab that hears of a write reads it, or a newer one.
    this.views[i]!.stale = false;
    this.tabs[i]!.refreshFromStorage(value);
  }

  /** Every tab hears every write; a write a tab makes on hearing one is heard in turn. */
  settle() {
    for (let round = 0; this.shared.queues.some((q) => q.length > 0); round++) {
      if (round > 200) throw new Error('tabs keep writing in answer to each other');
      for (let i = 0; i < TABS; i++) this.deliver(i);
    }
  }

  run(a: Action) {
    // A reload takes longer than a race: nothing it does misses a write.
    if (a.do === 'reload') this.views[a.tab]!.stale = false;
    const racing = 'tab' in a && this.views[a.tab]!.stale;
    // A learner's actions are seconds apart; a write that misses another is made within
    // milliseconds of it, and every tab hears of both within milliseconds too.
    if (a.do !== 'deliver' && a.do !== 'stale' && a.do !== 'full')
      this.shared.clock += racing ? 1 : 2000;
    this.racing = racing;
    this.act(a);
    if (racing && !this.views[a.tab]!.stale) this.settle();
  }

  act(a: Action) {
    const store = 'tab' in a ? this.tabs[a.tab]! : null;
    const snap = store?.getSnapshot();
    const profiles = snap?.save.profiles ?? [];
    const chosen = 'pick' in a ? profiles[a.pick % profiles.length] : undefined;
    switch (a.do) {
      case 'answer': {
        const reviews = Array.from({ length: a.count }, () => this.review(this.shared.clock++));
        for (const r of reviews)
          this.made.set(r.id, { profile: snap!.save.activeProfile, tab: a.tab, at: r.at });
        store!.record(reviews);
        break;
      }
      case 'settings':
        store!.updateSettings({ dailyGoal: a.goal });
        this.stores(this.goals, snap!.save.activeProfile, a.goal, a.tab);
        break;
      case 'add-profile':
        store!.addProfile('New');
        break;
      case 'switch':
        store!.switchProfile(chosen!.id);
        break;
      case 'rename':
        store!.renameProfile(chosen!.id, a.name);
        this.stores(this.names, chosen!.id, a.name, a.tab);
        break;
      case 'delete':
        // Reviews given for it before any explicit deletion go with it (a deletion a full
        // storage kept in one tab's memory, then another made in another tab, say).
        if (profiles.length > 1) this.deleted.set(chosen!.id, this.shared.clock);
        store!.deleteProfile(chosen!.id);
        break;
      case 'reset': {
        const id = snap!.save.activeProfile;
        this.resets.set(id, [...(this.resets.get(id) ?? []), this.shared.clock]);
        store!.resetProgress();
        break;
      }
      case 'import': {
        const file = emptySave('other', 'Other', T0);
        const reviews = Array.from({ length: a.count }, () => this.review(this.shared.clock - 5));
        file.profiles[0]!.reviews = reviews;
        // An undone list naming this learner's reviews must not hide them.
        if (a.undoMine) file.profiles[0]!.undone = [...this.made.keys()].slice(-2);
        const result = store!.importIntoActive(exportProfile(file, 'other', this.shared.clock));
        expect(result.ok).toBe(true);
        for (const r of reviews)
          this.made.set(r.id, { profile: snap!.save.activeProfile, tab: a.tab, at: r.at });
        break;
      }
      case 'keep-orphans': {
        const notice = snap!.notices.find((n) => n.kind === 'profile-deleted');
        store!.keepOrphans();
        // They go to the profile the tab showed when the learner said so.
        if (notice?.kind === 'profile-deleted')
          for (const r of notice.reviews)
            this.made.set(r.id, { ...this.made.get(r.id)!, profile: snap!.save.activeProfile });
        break;
      }
      case 'reload':
        // A reload takes longer than a storage event: the old page has heard every write.
        while (this.shared.queues[a.tab]!.length > 0) this.deliver(a.tab);
        this.tabs[a.tab] = this.open(a.tab);
        break;
      case 'deliver':
        // Whether a tab has heard of the others' writes yet, not one event at a time, is what matters.
        while (this.shared.queues[a.tab]!.length > 0) this.deliver(a.tab);
        break;
      case 'stale':
        this.views[a.tab]!.stale = true;
        break;
      case 'full':
        this.shared.full = a.on;
        break;
    }
  }

  /** What a setting or a name is stored as now (or held, while the tab cannot store it). */
  stores<T>(
    values: Map<string, { value: T; tab: number }>,
    profile: string,
    value: T,
    tab: number,
  ) {
    if (!this.tabs[tab]!.getSnapshot().persistent) return;
    // Two changes of one field within milliseconds: either may win, as long as every tab agrees.
    if (this.racing) values.delete(profile);
    else values.set(profile, { value, tab });
  }

  /** A value stored, or held by the tab that set it while it reports that it cannot store. */
  expectKept<T>(what: string, set: { value: T; tab: number } | undefined, actual: (s: Save) => T) {
    if (!set) return;
    const stored = this.stored()!;
    if (actual(stored) === set.value) return;
    const snap = this.tabs[set.tab]!.getSnapshot();
    expect(!snap.persistent && actual(snap.save) === set.value, what).toBe(true);
  }

  exempt(id: string, made: Made) {
    return (
      made.at < (this.deleted.get(made.profile) ?? -Infinity) ||
      (this.resets.get(made.profile) ?? []).some((t) => made.at < t)
    );
  }

  check() {
    const stored = this.stored();
    const storedIn = new Map<string, Set<string>>();
    for (const p of stored?.profiles ?? [])
      storedIn.set(p.id, new Set(effectiveReviews(p).map((r) => r.id)));
    for (const [id, made] of this.made) {
      if (this.exempt(id, made)) continue;
      if (storedIn.get(made.profile)?.has(id)) {
        this.everStored.set(id, made.profile);
        continue;
      }
      const snap = this.tabs[made.tab]!.getSnapshot();
      const held = snap.save.profiles.find((p) => p.id === made.profile);
      const inMemory = !!held && effectiveReviews(held).some((r) => r.id === id);
      const orphaned = snap.notices.some(
        (n) => n.kind === 'profile-deleted' && n.reviews.some((r) => r.id === id),
      );
      // A review once stored may leave storage only with its profile, deleted by a write that
      // a racing one undid for a moment: then the tab that gave it holds it, and says so.
      expect(
        (!snap.persistent && inMemory) || orphaned,
        this.everStored.has(id)
          ? `review ${id}, once stored, was removed`
          : `review ${id} of ${made.profile} is neither stored nor reported by tab ${made.tab}`,
      ).toBe(true);
    }
    for (const p of stored?.profiles ?? []) {
      const own = (s: Save) => s.profiles.find((q) => q.id === p.id);
      this.expectKept(`goal of ${p.id}`, this.goals.get(p.id), (s) => own(s)?.settings.dailyGoal);
      this.expectKept(`name of ${p.id}`, this.names.get(p.id), (s) => own(s)?.name);
    }
  }
}

describe('tabs sharing one storage', () => {
  it('every review is stored or reported as not stored, and no tab undoes another tab', () => {
    fc.assert(
      fc.property(fc.array(arbAction, { minLength: 1, maxLength: 60 }), (actions) => {
        const world = new World();
        for (const a of actions) {
          world.run(a);
          world.check();
        }
        world.settle();
        world.check();
      }),
      {
        numRuns: Number(process.env.TABS_RUNS ?? 1000),
        examples: [
          // A tab answers on a read that missed another tab's deletion of its profile: the answer
          // is held, with a notice, and must still be after the tab is reloaded.
          [
            [
              { do: 'stale', tab: 0 },
              { do: 'add-profile', tab: 2 },
              { do: 'delete', tab: 2, pick: 0 },
              { do: 'answer', tab: 0, count: 1 },
              { do: 'reload', tab: 0 },
            ],
          ],
          // A tab answers for a profile another tab deleted while the storage was full: the
          // answer waits in the tab's copy, and once there is room it must be held with a notice,
          // not dropped (found by this property on a random seed).
          [
            [
              { do: 'add-profile', tab: 0 },
              { do: 'switch', tab: 0, pick: 0 },
              { do: 'answer', tab: 2, count: 1 },
              { do: 'full', on: true },
              { do: 'delete', tab: 2, pick: 0 },
              { do: 'answer', tab: 0, count: 1 },
              { do: 'full', on: false },
              { do: 'switch', tab: 2, pick: 0 },
            ],
          ],
        ],
      },
    );
  });
});
