import { checkFields, isInt, isPlainObject } from '../checks';
import { answersOf } from './answers';
import { archivedAnswers, laterArchive } from './archive';
import { DEFAULT_PROFILE_NAMES } from './default-names';
import { effectiveReviews } from './reviews';
import {
  checkArchive,
  checkProfile,
  checkReview,
  checkSave,
  checkSettings,
  DEFAULT_SETTINGS,
  isProfileId,
  isProfileName,
  type Profile,
  type Review,
  SAVE_FORMAT,
  SAVE_VERSION,
  type Save,
  SETTING_CHECKS,
  type Settings,
} from './schema';

/** Why a saved value could not be used as it was. */
export type RestoreProblem =
  | { kind: 'unreadable'; detail: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'repaired'; dropped: number };

export interface RestoreResult {
  save: Save | null;
  /** Set when the raw value must be kept aside before anything overwrites it. */
  problem?: RestoreProblem;
}

export function newProfile(id: string, name: string, now: number): Profile {
  return { id, name, createdAt: now, settings: { ...DEFAULT_SETTINGS }, reviews: [], undone: [] };
}

export { DEFAULT_PROFILE_NAMES };

/** The save with every profile still under a default name renamed to `defaultName`. */
export function localizeDefaultNames(save: Save, defaultName: string): Save {
  const stale = (p: Profile) => p.name !== defaultName && DEFAULT_PROFILE_NAMES.includes(p.name);
  if (!save.profiles.some(stale)) return save;
  return {
    ...save,
    profiles: save.profiles.map((p) => (stale(p) ? { ...p, name: defaultName } : p)),
  };
}

export function emptySave(id: string, name: string, now: number): Save {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    activeProfile: id,
    profiles: [newProfile(id, name, now)],
    deletedProfiles: [],
  };
}

/**
 * Earlier save formats, each turned into the next. Version 1 is the first; a future version 2
 * adds `2: (v1) => v2` here, and restoreSave runs the chain.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let value = raw;
  let version = typeof value.version === 'number' ? value.version : SAVE_VERSION;
  while (version < SAVE_VERSION) {
    const step = MIGRATIONS[version + 1];
    if (!step) break;
    value = step(value);
    version += 1;
  }
  return value;
}

function repairSettings(raw: unknown): Settings {
  const merged = { ...DEFAULT_SETTINGS };
  if (!isPlainObject(raw)) return merged;
  for (const key of Object.keys(SETTING_CHECKS) as (keyof Settings)[]) {
    if (raw[key] === undefined) continue;
    if (SETTING_CHECKS[key](raw[key])) Object.assign(merged, { [key]: raw[key] });
  }
  return merged;
}

const isTime = (v: unknown): v is number => isInt(v, 0, Number.MAX_SAFE_INTEGER);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** A profile rebuilt from whatever parts of it are valid; counts what had to go. */
function repairProfile(raw: unknown): { profile: Profile | null; dropped: number } {
  if (!isPlainObject(raw) || !isProfileId(raw.id)) return { profile: null, dropped: 1 };
  const id = raw.id as string;
  const rawReviews = Array.isArray(raw.reviews) ? raw.reviews : [];
  const reviews = rawReviews.flatMap((r) => {
    const checked = checkReview(r);
    return checked.ok ? [checked.value] : [];
  });
  let dropped = rawReviews.length - reviews.length;
  const archive = checkArchive(raw.archive);
  if (!checkSettings(raw.settings).ok) dropped += 1;
  if (!isProfileName(raw.name)) dropped += 1;
  return {
    profile: {
      id,
      name: isProfileName(raw.name) ? raw.name.trim() : id,
      createdAt: isTime(raw.createdAt) ? raw.createdAt : 0,
      settings: repairSettings(raw.settings),
      reviews: dedupeReviews(reviews),
      undone: [...new Set(strings(raw.undone))],
      ...(isTime(raw.resetAt) ? { resetAt: raw.resetAt } : {}),
      ...(Array.isArray(raw.restored) ? { restored: strings(raw.restored) } : {}),
      ...(archive.ok ? { archive: archive.value } : {}),
    },
    dropped: dropped + (raw.archive !== undefined && !archive.ok ? 1 : 0),
  };
}

/**
 * Reads a saved value. A valid save comes back as it is; a damaged one comes back with every
 * part that could be kept and a problem that says so; a save from a newer app, or one that
 * cannot be read at all, comes back as null with a problem, so the caller keeps it aside.
 */
export function restoreSave(raw: string | null): RestoreResult {
  if (raw === null) return { save: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { save: null, problem: { kind: 'unreadable', detail: String(error) } };
  }
  if (!isPlainObject(json) || json.format !== SAVE_FORMAT) {
    return { save: null, problem: { kind: 'unreadable', detail: 'not a progress save' } };
  }
  const version = json.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return { save: null, problem: { kind: 'newer-version', version } };
  }
  const migrated = migrate(json);
  const exact = checkSave(migrated);
  if (exact.ok) return { save: consistent(exact.value) };

  const rawProfiles = Array.isArray(migrated.profiles) ? migrated.profiles : [];
  let dropped = 0;
  const profiles: Profile[] = [];
  for (const p of rawProfiles) {
    const repaired = repairProfile(p);
    dropped += repaired.dropped;
    if (repaired.profile && !profiles.some((x) => x.id === repaired.profile!.id))
      profiles.push(repaired.profile);
  }
  if (profiles.length === 0) {
    return { save: null, problem: { kind: 'unreadable', detail: 'no readable profile' } };
  }
  const active = typeof migrated.activeProfile === 'string' ? migrated.activeProfile : '';
  const deleted = Array.isArray(migrated.deletedProfiles)
    ? migrated.deletedProfiles.filter((x): x is string => typeof x === 'string')
    : [];
  return {
    save: {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      activeProfile: profiles.some((p) => p.id === active) ? active : profiles[0]!.id,
      profiles,
      deletedProfiles: deleted.filter((id) => !profiles.some((p) => p.id === id)),
    },
    problem: { kind: 'repaired', dropped: Math.max(1, dropped) },
  };
}

/**
 * A save whose parts agree: a profile it still holds is not deleted (every later merge would
 * drop it, reviews and all), and the active profile is one it holds (an answer recorded into an
 * unknown one would go nowhere). Nothing is lost by either repair, so neither is reported.
 */
function consistent(save: Save): Save {
  const held = new Set(save.profiles.map((p) => p.id));
  const deleted = save.deletedProfiles.filter((id) => !held.has(id));
  const active = held.has(save.activeProfile) ? save.activeProfile : save.profiles[0]!.id;
  if (deleted.length === save.deletedProfiles.length && active === save.activeProfile) return save;
  return { ...save, activeProfile: active, deletedProfiles: deleted };
}

function dedupeReviews(reviews: readonly Review[]): Review[] {
  const byId = new Map<string, Review>();
  for (const r of reviews) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Two copies of one profile: every review of either, every undo of either, the later reset. Of
 * two archives the one that folds more in is kept (copies on one device share their history, so
 * it holds the other's); reviews it has folded in leave the log.
 */
export function mergeProfile(ours: Profile, theirs: Profile): Profile {
  const resetAt = Math.max(ours.resetAt ?? 0, theirs.resetAt ?? 0);
  // Reviews brought back past a reset are brought back past that reset only: a later one (made
  // in another tab) clears them like the rest.
  const since = (p: Profile) => ((p.resetAt ?? 0) === resetAt ? (p.restored ?? []) : []);
  const restored = [...new Set([...since(ours), ...since(theirs)])];
  const keep = new Set(restored);
  let archive = laterArchive(ours.archive, theirs.archive);
  if (archive && resetAt >= archive.before) archive = undefined;
  const cut = archive?.before ?? 0;
  const rest = { ...ours };
  delete rest.archive;
  return {
    ...rest,
    reviews: dedupeReviews([...ours.reviews, ...theirs.reviews]).filter(
      (r) => (r.at >= resetAt || keep.has(r.id)) && r.at >= cut,
    ),
    ...(archive ? { archive } : {}),
    undone: [...new Set([...ours.undone, ...theirs.undone])],
    ...(resetAt > 0 ? { resetAt } : {}),
    ...(restored.length > 0 ? { restored } : {}),
  };
}

/**
 * Our save merged with another copy (another tab's write, or the stored value before ours):
 * profiles of both, reviews of both. Where both hold a field such as a name or the settings,
 * ours wins: it is the newer change.
 */
export function mergeSaves(ours: Save, theirs: Save): Save {
  const deleted = [...new Set([...ours.deletedProfiles, ...theirs.deletedProfiles])];
  const profiles: Profile[] = [];
  for (const p of ours.profiles) {
    const other = theirs.profiles.find((t) => t.id === p.id);
    profiles.push(other ? mergeProfile(p, other) : p);
  }
  for (const t of theirs.profiles) {
    if (!profiles.some((p) => p.id === t.id)) profiles.push(t);
  }
  const alive = profiles.filter((p) => !deleted.includes(p.id));
  const kept = alive.length > 0 ? alive : profiles.slice(0, 1);
  return {
    ...ours,
    profiles: kept,
    deletedProfiles: deleted,
    activeProfile: kept.some((p) => p.id === ours.activeProfile) ? ours.activeProfile : kept[0]!.id,
  };
}

export { effectiveReviews };

export function activeProfile(save: Save): Profile {
  return save.profiles.find((p) => p.id === save.activeProfile) ?? save.profiles[0]!;
}

export function updateProfile(save: Save, id: string, change: (p: Profile) => Profile): Save {
  return { ...save, profiles: save.profiles.map((p) => (p.id === id ? change(p) : p)) };
}

/** One profile's progress as a file: the same shape as the save, with that profile alone. */
export interface ExportFile {
  format: typeof SAVE_FORMAT;
  version: number;
  exportedAt: number;
  profile: Profile;
}

/** Checks an exported file; a failure names the part at fault, as `profile.reviews.3`. */
export function checkExportFile(
  value: unknown,
): { ok: true; value: ExportFile } | { ok: false; field: string } {
  const profile = isPlainObject(value) ? checkProfile(value.profile) : null;
  const checked = checkFields<ExportFile>(value, {
    format: (v) => v === SAVE_FORMAT,
    version: (v) => isInt(v, 1, Number.MAX_SAFE_INTEGER),
    exportedAt: isTime,
    profile: () => profile?.ok === true,
  });
  if (checked.ok && profile?.ok)
    return { ok: true, value: { ...checked.value, profile: profile.value } };
  if (!checked.ok && checked.field === 'profile' && profile && !profile.ok) {
    const reviews =
      isPlainObject(value) && isPlainObject(value.profile) ? value.profile.reviews : null;
    const bad =
      profile.field === 'reviews' && Array.isArray(reviews)
        ? reviews.findIndex((r) => !checkReview(r).ok)
        : -1;
    return { ok: false, field: `profile.${profile.field}${bad >= 0 ? `.${bad}` : ''}` };
  }
  return checked.ok ? { ok: false, field: 'profile' } : checked;
}

export function exportProfile(save: Save, profileId: string, now: number): string {
  const profile = save.profiles.find((p) => p.id === profileId) ?? activeProfile(save);
  // A file without an archive is the first version's: an older app imports it.
  const version = profile.archive ? SAVE_VERSION : 1;
  const file: ExportFile = { format: SAVE_FORMAT, version, exportedAt: now, profile };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ImportResult =
  | {
      ok: true;
      save: Save;
      /** Answers added, counted as the progress page counts them (lib/progress/answers.ts). */
      added: number;
      /**
       * Reviews of the file older than this profile's archive (or the file's archive, older
       * than reviews of this profile) that come from another history: they cannot be placed
       * among reviews already compacted, so they are not added, and the learner is told.
       */
      skipped: number;
    }
  | {
      ok: false;
      error: 'not-json' | 'not-progress' | 'newer-version' | 'invalid';
      detail?: string;
    };

/**
 * Merges an exported file into one profile of ours, by review id: importing the same file
 * twice adds nothing the second time. The file is validated whole: a damaged file changes nothing.
 */
export function importProfile(save: Save, text: string, intoProfileId: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: 'not-json', detail: String(error) };
  }
  if (!isPlainObject(json) || json.format !== SAVE_FORMAT)
    return { ok: false, error: 'not-progress' };
  if (typeof json.version === 'number' && json.version > SAVE_VERSION)
    return { ok: false, error: 'newer-version' };
  // A whole save, as "Download the original" gives it when saved data could not be read whole:
  // what can be read of it is imported, from the profile with this one's id or else its active one.
  if (Array.isArray(json.profiles) && json.profile === undefined) {
    const whole = restoreSave(text).save;
    if (!whole) return { ok: false, error: 'invalid', detail: 'no readable profile' };
    const profile = whole.profiles.find((p) => p.id === intoProfileId) ?? activeProfile(whole);
    json = { format: SAVE_FORMAT, version: whole.version, exportedAt: 0, profile };
  }
  const file = checkExportFile(json);
  if (!file.ok) return { ok: false, error: 'invalid', detail: `invalid ${file.field || 'file'}` };
  const target = save.profiles.find((p) => p.id === intoProfileId);
  if (!target) return { ok: false, error: 'invalid', detail: `no profile ${intoProfileId}` };
  const incoming = file.value.profile;
  // Compacted histories (lib/progress/archive.ts). The file's archive is taken when this profile
  // has nothing it could miss: no archive and no review older than its end, or the same history
  // further on. Otherwise reviews on either side of an archive from another history are left out.
  const ours = target.archive;
  const theirs = incoming.archive;
  const sameHistory = incoming.id === target.id || (!!ours && ours.lineage === theirs?.lineage);
  let skipped = 0;
  let adopt = false;
  if (theirs) {
    if (!ours) adopt = !effectiveReviews(target).some((r) => r.at < theirs.before);
    else adopt = sameHistory && theirs.before > ours.before;
    if (!adopt && !(ours && sameHistory)) skipped += theirs.reviews;
  }
  const cut = adopt ? theirs!.before : (ours?.before ?? 0);
  const known = new Set(target.reviews.map((r) => r.id));
  if (!sameHistory || !ours)
    skipped += incoming.reviews.filter((r) => r.at < cut && !known.has(r.id)).length;
  // An import is the learner's explicit wish: it brings back reviews from before a reset,
  // which a merge with another tab's copy would not.
  const resetAt = target.resetAt ?? 0;
  const restored = incoming.reviews.filter((r) => r.at < resetAt).map((r) => r.id);
  const withRestored = {
    ...target,
    restored: [...new Set([...(target.restored ?? []), ...restored])],
  };
  // The file's undos are its own: an id it names that is not among its reviews would hide one of ours.
  const own = new Set(incoming.reviews.map((r) => r.id));
  const incomingLog = { ...incoming, undone: incoming.undone.filter((id) => own.has(id)) };
  delete incomingLog.archive;
  const merged = mergeProfile(withRestored, {
    ...incomingLog,
    ...(adopt ? { archive: theirs } : {}),
    id: target.id,
    resetAt: 0,
    restored: [],
  });
  // Answers, as the progress page counts them: a match question's claims are one answer.
  const count = (p: Profile) => archivedAnswers(p.archive) + answersOf(effectiveReviews(p)).length;
  const added = Math.max(0, count(merged) - count(target));
  return { ok: true, save: updateProfile(save, target.id, () => merged), added, skipped };
}

export function serializeSave(save: Save): string {
  return JSON.stringify(save);
}
