import { STORAGE_KEYS } from '../storage/keys';
import { compactProfile, needsCompaction } from './archive';
import {
  type FieldChanges,
  noteChanges,
  RACE_MS,
  reapply,
  revertedFields,
  settledAgain,
} from './fields';
import { pendingKeys } from './pending';
import { DELETED, readUnsaved, type Unsaved, unstoredOf, writeUnsaved } from './tab-copy';
import {
  activeProfile,
  effectiveReviews,
  emptySave,
  exportProfile,
  importProfile,
  type ImportResult,
  localizeDefaultNames,
  mergeProfile,
  mergeSaves,
  newProfile,
  restoreSave,
  serializeSave,
  updateProfile,
} from './save';
import {
  checkReview,
  type Profile,
  type Review,
  SAVE_VERSION,
  type Save,
  type Settings,
} from './schema';

/** The part of the Web Storage API the store uses; tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export type StoreNotice =
  | { kind: 'recovered'; backupKey: string | null; dropped: number }
  | { kind: 'unreadable'; backupKey: string | null }
  | { kind: 'newer-version'; backupKey: string | null }
  | { kind: 'storage-full' }
  | { kind: 'storage-unavailable' }
  /**
   * This tab's profile was deleted in another tab: this tab now shows `now`. Answers given for
   * the deleted profile after that (`reviews`) are stored nowhere until the learner adds them
   * to `now` (keepOrphans) or lets them go (dismissNotice).
   */
  | { kind: 'profile-deleted'; name: string; now: string; reviews: Review[] };

export interface ProgressSnapshot {
  save: Save;
  profile: Profile;
  /** False while changes live in memory only (storage full, switched off or missing). */
  persistent: boolean;
  notices: StoreNotice[];
}

export interface StoreOptions {
  storage: KeyValueStorage | null;
  now: () => number;
  newId: () => string;
  /** The name of the first profile, in the interface language. */
  defaultProfileName: string;
  /** Date.prototype.getTimezoneOffset() of the learner's clock now; 0 when not given. */
  offsetMinutes?: () => number;
  /**
   * This tab's own storage (sessionStorage, which has a quota of its own): while `storage` cannot
   * be written, the reviews it lacks are kept here too, so that a reload does not lose them.
   */
  tabStorage?: KeyValueStorage | null;
}

/**
 * Every profile with a long log compacted (lib/progress/archive.ts); a save holding an archive
 * is written as the version that knows archives.
 */
function compactSave(save: Save, now: number, offsetMinutes: number, newId: () => string): Save {
  if (!save.profiles.some(needsCompaction)) return save;
  const profiles = save.profiles.map((p) => compactProfile(p, now, offsetMinutes, newId));
  const archived = profiles.some((p) => p.archive);
  return { ...save, profiles, ...(archived ? { version: SAVE_VERSION } : {}) };
}

/**
 * Progress kept in localStorage and in memory. Every write first reads what is stored and
 * merges it in, so that two tabs writing in turn keep each other's reviews; anything unreadable
 * is copied aside before it could be overwritten.
 */
export class ProgressStore {
  private snapshot: ProgressSnapshot;
  private listeners = new Set<() => void>();
  /**
   * A stored value that could not be read whole and could not be set aside either (no room):
   * nothing is written over it until the learner has been offered its download and has said to
   * go on (releaseOriginal); changes stay in memory meanwhile.
   */
  private held: string | null = null;
  /** The held value the learner let go of: it may now be written over. */
  private released: string | null = null;
  /** How many reviews this tab holds that the shared storage lacks (kept in the tab's storage too). */
  private unstored = 0;
  private tabKept: Unsaved[] = [];
  /** Fields this tab's recent writes changed, set again if a racing write reverts them (./fields.ts). */
  private mine: FieldChanges = new Map();
  /** What this tab stored last. */
  private lastWritten: string | null = null;

  constructor(private readonly options: StoreOptions) {
    this.snapshot = this.load();
    this.takePending();
    this.takeUnsaved();
    // A long log saved before compaction existed (or by a tab that could not write) is
    // compacted at once, so that every later page builds its queue from the archive.
    if (this.snapshot.persistent && this.snapshot.save.profiles.some(needsCompaction))
      this.commit((save) => save);
  }

  /**
   * Answers a page kept while its progress was loading, written under pending keys because the
   * page was left or hidden meanwhile (lib/progress/pending.ts): recorded into the active profile,
   * then their keys removed. A key stays until its answers are stored.
   */
  private takePending() {
    const storage = this.options.storage;
    if (!storage || !this.snapshot.persistent) return;
    const keys = pendingKeys(storage);
    if (keys.length === 0) return;
    const reviews: Review[] = [];
    let unreadable = 0;
    for (const key of keys) {
      let raw: string | null = null;
      let json: unknown = null;
      try {
        raw = storage.getItem(key);
        json = JSON.parse(raw ?? 'null');
      } catch {
        json = null;
      }
      const items = Array.isArray(json) ? json : [];
      const good = items.flatMap((r) => {
        const checked = checkReview(r);
        return checked.ok ? [checked.value] : [];
      });
      if (raw !== null && (!Array.isArray(json) || good.length < items.length)) {
        unreadable += Math.max(1, items.length - good.length);
        this.backup(raw);
      }
      reviews.push(...good);
    }
    if (reviews.length > 0) this.record(reviews);
    if (!this.snapshot.persistent) return;
    for (const key of keys) {
      try {
        storage.removeItem(key);
      } catch {
        // Removed by the next store to load: record keeps each review once.
      }
    }
    if (unreadable > 0 && !this.snapshot.notices.some((n) => n.kind === 'recovered')) {
      const backupKey = this.backups()[0]?.key ?? null;
      this.publish(this.snapshot.save, this.snapshot.persistent, [
        ...this.snapshot.notices,
        { kind: 'recovered', backupKey, dropped: unreadable },
      ]);
    }
  }

  /**
   * Reviews this tab kept in its own storage while the shared one could not be written (a full
   * quota), before a reload: added back to their profiles, and stored if storage can now be
   * written; otherwise they stay in memory and in the tab's storage, and the notice says so.
   */
  private takeUnsaved() {
    const kept = readUnsaved(this.options.tabStorage ?? null);
    if (kept.length === 0) return;
    for (const { profile, name, reviews, undone } of kept) {
      const save = this.snapshot.save;
      // A profile made while storage was full was never stored: it is made again. One deleted
      // in another tab meanwhile is not: its reviews wait for the learner (orphan).
      if (profile === DELETED || save.deletedProfiles.includes(profile)) {
        this.orphan(name, reviews);
        continue;
      }
      if (!save.profiles.some((p) => p.id === profile)) {
        const made = newProfile(profile, name, this.options.now());
        this.commit((s) =>
          s.profiles.some((p) => p.id === profile) ? s : { ...s, profiles: [...s.profiles, made] },
        );
      }
      this.addReviews(profile, reviews);
      if (undone.length > 0) this.undoIn(profile, undone);
    }
    this.syncTab();
  }

  private load(): ProgressSnapshot {
    const { storage, now, newId, defaultProfileName } = this.options;
    const notices: StoreNotice[] = [];
    let raw: string | null = null;
    let persistent = storage !== null;
    try {
      raw = storage?.getItem(STORAGE_KEYS.progress) ?? null;
    } catch {
      persistent = false;
    }
    if (!persistent) notices.push({ kind: 'storage-unavailable' });
    const restored = restoreSave(raw);
    let save = restored.save;
    if (restored.problem && raw !== null) {
      const backupKey = this.backup(raw);
      if (backupKey === null) {
        this.held = raw;
        persistent = false;
      }
      if (restored.problem.kind === 'repaired')
        notices.push({ kind: 'recovered', backupKey, dropped: restored.problem.dropped });
      else notices.push({ kind: restored.problem.kind, backupKey });
    }
    if (!save) {
      const id = newId();
      save = emptySave(id, defaultProfileName, now());
      // Stored at once when nothing was there, so that a second tab opened now adopts this
      // profile instead of making its own.
      if (persistent && raw === null) {
        try {
          storage?.setItem(STORAGE_KEYS.progress, serializeSave(save));
        } catch {
          // A full or locked storage is reported at the first real write.
        }
      }
    }
    return this.snapshotOf(save, persistent, notices);
  }

  /**
   * What pages see of a save. A profile still under a default name is shown (and written with
   * the next change) under this language's.
   */
  private snapshotOf(save: Save, persistent: boolean, notices: StoreNotice[]): ProgressSnapshot {
    const shown = localizeDefaultNames(save, this.options.defaultProfileName);
    return { save: shown, profile: activeProfile(shown), persistent, notices };
  }

  /** Copies a raw value aside under a key of its own; null when even that is impossible. */
  private backup(raw: string): string | null {
    // The same damaged value met again (a reload before anything was written) is kept once.
    const existing = this.backups().find((b) => b.value === raw);
    if (existing) return existing.key;
    const key = `${STORAGE_KEYS.backupPrefix}${this.options.now()}`;
    try {
      this.options.storage?.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  }

  getSnapshot = (): ProgressSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private publish(save: Save, persistent: boolean, notices: StoreNotice[]) {
    const heldBefore = heldForDeleted(this.snapshot.notices);
    this.snapshot = this.snapshotOf(save, persistent, notices);
    for (const listener of this.listeners) listener();
    // Answers held for a profile another tab deleted are in this tab's storage too, however the
    // notice came (a write of this tab's, or one heard from another): a reload keeps them.
    if (heldForDeleted(notices) !== heldBefore) this.syncTab();
  }

  /**
   * Applies a change to what is stored now (with what this tab holds merged in), and writes the
   * result. The stored value is the newest of every field: each tab writes each change at once,
   * so a setting, a name or a profile switch made in another tab since this tab last read is
   * kept, not reverted by this tab's next answer; reviews of both are kept either way.
   */
  private commit(change: (save: Save) => Save) {
    const { now, newId } = this.options;
    const offset = this.options.offsetMinutes?.() ?? 0;
    const compact = (s: Save) => validActive(compactSave(s, now(), offset, newId));
    let save = change(this.snapshot.save);
    let persistent = this.snapshot.persistent;
    let notices = this.snapshot.notices;
    const storage = this.options.storage;
    if (storage) {
      let storedSave: Save | null = null;
      try {
        const raw = storage.getItem(STORAGE_KEYS.progress);
        const stored = restoreSave(raw);
        storedSave = stored.save;
        // A damaged or newer value is set aside before anything is written over it (at load,
        // or now if it appeared since); one that cannot be is held, never written over.
        if (stored.problem && raw !== null && raw !== this.released && this.backup(raw) === null) {
          this.held = raw;
        } else if (raw !== this.held) this.held = null;
        if (this.held !== null) {
          this.keepInTab(save, stored.save);
          this.publish(save, false, notices);
          return;
        }
        if (stored.save) notices = this.noticeDeletion(stored.save, notices);
        // Over a released original, this tab holds what could be read of it and every change since.
        save = compact(
          stored.save && raw !== this.released
            ? change(mergeSaves(stored.save, this.snapshot.save))
            : save,
        );
        const serialized = serializeSave(save);
        storage.setItem(STORAGE_KEYS.progress, serialized);
        this.lastWritten = serialized;
        noteChanges(storedSave ?? this.snapshot.save, save, now(), this.mine);
        if (this.unstored > 0) {
          this.unstored = 0;
          this.tabKept = [];
          this.syncTab();
        }
        if (!persistent) {
          persistent = true;
          notices = notices.filter(
            (n) => n.kind !== 'storage-full' && n.kind !== 'storage-unavailable',
          );
        }
      } catch (error) {
        persistent = false;
        this.keepInTab(save, storedSave);
        const kind = isQuotaError(error) ? 'storage-full' : 'storage-unavailable';
        if (!notices.some((n) => n.kind === kind)) notices = [...notices, { kind }];
      }
    }
    this.publish(save, persistent, notices);
  }

  /** Reviews and undos of `save` that `stored` lacks, kept in the tab's storage (or cleared). */
  private keepInTab(save: Save, stored: Save | null) {
    this.tabKept = unstoredOf(save, stored);
    this.unstored = this.tabKept.reduce((n, k) => n + k.reviews.length, 0);
    this.syncTab();
  }

  /** Writes the tab's copy: what storage lacks, and answers held for a deleted profile. */
  private syncTab() {
    const notice = this.snapshot.notices.find((n) => n.kind === 'profile-deleted');
    const orphans: Unsaved[] =
      notice?.kind === 'profile-deleted' && notice.reviews.length > 0
        ? [{ profile: DELETED, name: notice.name, reviews: notice.reviews, undone: [] }]
        : [];
    writeUnsaved(this.options.tabStorage ?? null, [...this.tabKept, ...orphans]);
  }

  /**
   * How many reviews this tab holds that are not stored: storage full, a held original, or
   * answers held for a profile deleted in another tab.
   */
  unsavedCount(): number {
    const notice = this.snapshot.notices.find((n) => n.kind === 'profile-deleted');
    return this.unstored + (notice?.kind === 'profile-deleted' ? notice.reviews.length : 0);
  }

  /**
   * The learner is told when another tab deleted the profile this tab shows: merging with that
   * tab's write moves this tab to another profile, which the learner must not take for theirs.
   */
  private noticeDeletion(stored: Save, notices: StoreNotice[]): StoreNotice[] {
    const mine = this.snapshot.save;
    const gone = mine.profiles.filter(
      (p) => stored.deletedProfiles.includes(p.id) && !mine.deletedProfiles.includes(p.id),
    );
    if (gone.length === 0) return notices;
    const earlier = notices.find((n) => n.kind === 'profile-deleted');
    const held = earlier?.kind === 'profile-deleted' ? earlier.reviews : [];
    // Answers of the last moments may have been given after the deletion, by a write that had
    // not seen it, and answers this tab could not store (a full storage) were never seen by the
    // tab that deleted: both are held too, not deleted with the profile unasked.
    const since = this.options.now() - RACE_MS;
    const ids = new Set(held.map((r) => r.id));
    const unstored = new Set(
      this.tabKept.flatMap((k) =>
        gone.some((p) => p.id === k.profile) ? k.reviews.map((r) => r.id) : [],
      ),
    );
    const recent = gone.flatMap((p) =>
      p.reviews.filter((r) => (r.at >= since || unstored.has(r.id)) && !ids.has(r.id)),
    );
    const shown = gone.find((p) => p.id === mine.activeProfile);
    if (!shown && recent.length === 0) return notices;
    const name = earlier?.kind === 'profile-deleted' ? earlier.name : (shown ?? gone[0]!).name;
    return [
      ...notices.filter((n) => n.kind !== 'profile-deleted'),
      {
        kind: 'profile-deleted',
        name,
        now: activeProfile(mergeSaves(stored, mine)).name,
        reviews: [...held, ...recent],
      },
    ];
  }

  /** Answers given for a profile deleted in another tab: held, with a notice, for the learner to place. */
  private orphan(profileName: string, reviews: readonly Review[]) {
    const notices = this.snapshot.notices;
    const earlier = notices.find((n) => n.kind === 'profile-deleted');
    const held = earlier?.kind === 'profile-deleted' ? earlier.reviews : [];
    const ids = new Set(held.map((r) => r.id));
    this.publish(this.snapshot.save, this.snapshot.persistent, [
      ...notices.filter((n) => n.kind !== 'profile-deleted'),
      {
        kind: 'profile-deleted',
        name: earlier?.kind === 'profile-deleted' ? earlier.name : profileName,
        now: this.snapshot.profile.name,
        reviews: [...held, ...reviews.filter((r) => !ids.has(r.id))],
      },
    ]);
    this.syncTab();
  }

  /** The answers held for a deleted profile go to the profile this tab shows now. */
  keepOrphans() {
    const notice = this.snapshot.notices.find((n) => n.kind === 'profile-deleted');
    if (notice?.kind !== 'profile-deleted') return;
    this.dismissNotice('profile-deleted');
    this.record(notice.reviews);
  }

  /**
   * Another tab changed the stored value: take in what it added and what it changed. When two
   * tabs write within moments, the later write can miss the earlier one's review; the tab that
   * holds it then writes it back.
   */
  refreshFromStorage(raw: string | null) {
    const stored = restoreSave(raw);
    if (!stored.save) return;
    const reverted = this.revertedSinceMyWrite(stored.save);
    const merged = reapply(mergeSaves(stored.save, this.snapshot.save), this.mine, reverted);
    const notices = this.noticeDeletion(stored.save, this.snapshot.notices);
    this.publish(merged, this.snapshot.persistent, notices);
    if (this.snapshot.persistent && (reverted.length > 0 || holdsMore(merged, stored.save))) {
      // Setting a field again is no new change: its first moment and count are kept, so that
      // two tabs that each chose a value within moments stop after a few writes (./fields.ts).
      const before = new Map(this.mine);
      this.commit((save) => reapply(save, this.mine, reverted));
      this.mine = settledAgain(before, reverted);
    }
  }

  /**
   * The fields this tab changed moments ago that the first write stored after its own shows as
   * they were before (./fields.ts). Decided on the value stored now, not the event's: an event
   * can tell of a write older than this tab's.
   */
  private revertedSinceMyWrite(fallback: Save): string[] {
    if (this.mine.size === 0) return [];
    let raw: string | null = null;
    try {
      raw = this.options.storage?.getItem(STORAGE_KEYS.progress) ?? null;
    } catch {
      return [];
    }
    if (raw === this.lastWritten) return [];
    const reverted = revertedFields(
      restoreSave(raw).save ?? fallback,
      this.mine,
      this.options.now(),
    );
    if (reverted.length === 0) this.mine.clear();
    return reverted;
  }

  /**
   * Adds reviews to the active profile; one it holds already (the same id) is kept once. A review
   * dated before the profile's reset was made after it on a clock that went back (the reset's
   * was ahead): it counts, like a review brought back by an import.
   */
  record(reviews: readonly Review[]) {
    this.addReviews(this.snapshot.save.activeProfile, reviews);
  }

  /**
   * Adds reviews to one profile. When it was deleted in another tab meanwhile (this tab had not
   * heard yet), they are held for the learner to place, never moved to another learner unasked.
   */
  private addReviews(id: string, reviews: readonly Review[]) {
    if (reviews.length === 0) return;
    const name = this.snapshot.save.profiles.find((p) => p.id === id)?.name ?? id;
    this.commit((save) =>
      updateProfile(save, id, (p) => {
        const known = new Set(p.reviews.map((r) => r.id));
        // A review dated inside the archive (a clock far behind) would be taken for one it has
        // folded and dropped by the next merge: it is dated at the archive's end instead.
        const floor = p.archive?.before ?? 0;
        const fresh = reviews
          .filter((r) => !known.has(r.id))
          .map((r) => (r.at < floor ? { ...r, at: floor } : r));
        if (fresh.length === 0) return p;
        const early = fresh.filter((r) => r.at < (p.resetAt ?? 0)).map((r) => r.id);
        return {
          ...p,
          reviews: [...p.reviews, ...fresh],
          ...(early.length > 0 ? { restored: [...(p.restored ?? []), ...early] } : {}),
        };
      }),
    );
    if (!this.snapshot.save.profiles.some((p) => p.id === id)) this.orphan(name, reviews);
  }

  /** Takes back reviews (the last grade); they stay gone after any merge. */
  undo(reviewIds: readonly string[]) {
    this.undoIn(this.snapshot.save.activeProfile, reviewIds);
  }

  private undoIn(id: string, reviewIds: readonly string[]) {
    this.commit((save) =>
      updateProfile(save, id, (p) => ({ ...p, undone: [...new Set([...p.undone, ...reviewIds])] })),
    );
  }

  updateSettings(change: Partial<Settings>) {
    const id = this.snapshot.save.activeProfile;
    this.commit((save) =>
      updateProfile(save, id, (p) => ({ ...p, settings: { ...p.settings, ...change } })),
    );
  }

  /** Clears the active profile's progress from now on, on every copy that merges with this one. */
  resetProgress() {
    const id = this.snapshot.save.activeProfile;
    const now = this.options.now();
    this.commit((save) =>
      updateProfile(save, id, ({ archive: _archive, restored: _restored, ...p }) => ({
        ...p,
        reviews: [],
        // Reviews dated after the reset (a clock that was ahead) would survive it in another
        // tab's copy: they are undone instead.
        undone: p.reviews.filter((r) => r.at >= now).map((r) => r.id),
        resetAt: now,
      })),
    );
  }

  addProfile(name: string): string {
    const id = this.options.newId();
    const profile = newProfile(id, name.trim().slice(0, 40) || id, this.options.now());
    this.commit((save) => ({ ...save, profiles: [...save.profiles, profile], activeProfile: id }));
    return id;
  }

  switchProfile(id: string) {
    if (!this.snapshot.save.profiles.some((p) => p.id === id)) return;
    this.commit((save) => ({ ...save, activeProfile: id }));
  }

  renameProfile(id: string, name: string) {
    const trimmed = name.trim().slice(0, 40);
    if (!trimmed) return;
    this.commit((save) => updateProfile(save, id, (p) => ({ ...p, name: trimmed })));
  }

  deleteProfile(id: string) {
    if (this.snapshot.save.profiles.length <= 1) return;
    this.commit((save) => {
      const profiles = save.profiles.filter((p) => p.id !== id);
      // Another tab deleted every other profile meanwhile: the last one stays.
      if (profiles.length === 0) return save;
      return {
        ...save,
        profiles,
        deletedProfiles: [...new Set([...save.deletedProfiles, id])],
        activeProfile: save.activeProfile === id ? profiles[0]!.id : save.activeProfile,
      };
    });
  }

  exportActive(): string {
    return exportProfile(this.snapshot.save, this.snapshot.save.activeProfile, this.options.now());
  }

  importIntoActive(text: string): ImportResult {
    const id = this.snapshot.save.activeProfile;
    const result = importProfile(this.snapshot.save, text, id);
    if (!result.ok) return result;
    // The imported profile merged into what is stored now, not written over it: another tab's
    // reviews and changes made since this tab last heard stay.
    const imported = result.save.profiles.find((p) => p.id === id)!;
    const before = this.snapshot.profile;
    this.commit((save) => updateProfile(save, id, (p) => mergeProfile(p, imported)));
    // Deleted in another tab meanwhile: what the file added is held for the learner to place.
    if (!this.snapshot.save.profiles.some((p) => p.id === id)) {
      const known = new Set(before.reviews.map((r) => r.id));
      this.orphan(
        before.name,
        effectiveReviews(imported).filter((r) => !known.has(r.id)),
      );
    }
    return result;
  }

  /** The stored value that could not be set aside, while nothing may write over it. */
  heldOriginal(): string | null {
    return this.held;
  }

  /**
   * The learner has the held value (downloaded) or does not want it: writing resumes, over it,
   * with everything done meanwhile.
   */
  releaseOriginal() {
    if (this.held === null) return;
    this.released = this.held;
    this.held = null;
    const notices = this.snapshot.notices.filter(
      (n) => !('backupKey' in n && n.backupKey === null),
    );
    this.publish(this.snapshot.save, this.snapshot.persistent, notices);
    this.commit((save) => save);
  }

  dismissNotice(kind: StoreNotice['kind']) {
    this.publish(
      this.snapshot.save,
      this.snapshot.persistent,
      this.snapshot.notices.filter((n) => n.kind !== kind),
    );
    // Answers held for a deleted profile are let go with their notice.
    if (kind === 'profile-deleted') this.syncTab();
  }

  /** Raw values set aside, newest first, for the learner to download. */
  backups(): { key: string; value: string }[] {
    const storage = this.options.storage;
    if (!storage) return [];
    const out: { key: string; value: string }[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(STORAGE_KEYS.backupPrefix))
          out.push({ key, value: storage.getItem(key) ?? '' });
      }
    } catch {
      return out;
    }
    return out.sort((a, b) => (a.key < b.key ? 1 : -1));
  }
}

/** A save whose active profile is one it holds (a switch to a profile deleted meanwhile is not). */
function validActive(save: Save): Save {
  if (save.profiles.some((p) => p.id === save.activeProfile)) return save;
  return { ...save, activeProfile: save.profiles[0]!.id };
}

/** Whether `merged` holds a review or an undo that `stored` lacks, in any profile. */
function holdsMore(merged: Save, stored: Save): boolean {
  return merged.profiles.some((p) => {
    const there = stored.profiles.find((s) => s.id === p.id);
    // A profile made here that a racing write left out (a deleted one is not in `merged`).
    if (!there) return true;
    const ids = new Set(there.reviews.map((r) => r.id));
    const undone = new Set(there.undone);
    return p.reviews.some((r) => !ids.has(r.id)) || p.undone.some((u) => !undone.has(u));
  });
}

function isQuotaError(error: unknown): boolean {
  // DOMException is not an Error in every environment: look at the name and message alone.
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (typeof message === 'string' && /quota/i.test(message))
  );
}

/** The answers a profile-deleted notice holds (the same array until the notice changes). */
function heldForDeleted(notices: readonly StoreNotice[]): readonly Review[] | undefined {
  const notice = notices.find((n) => n.kind === 'profile-deleted');
  return notice?.kind === 'profile-deleted' ? notice.reviews : undefined;
}
