import {
  type Checked,
  checkFields,
  isArrayOf,
  isInt,
  isNumberIn,
  isOneOf,
  isPlainObject,
  isString,
} from '../checks';
import { QUESTION_KINDS } from '../questions/models';
import { type DisplayMode, isDisplayMode, isLanguage, type Language } from '../display';
import { DEFAULT_SETTINGS, MOTION, SETTING_LIMITS, THEMES } from './settings-limits';

/**
 * What the app saves, described once. Progress is an append-only log of reviews: card states,
 * the mistakes notebook and every statistic are derived from it, so that logs from two tabs,
 * two devices or an imported file merge by review id and never lose a review.
 *
 * Saved data comes back from storage and from files the learner picks, so every part of it is
 * checked before use (lib/checks.ts; tests/unit/progress-checks.test.ts holds these checks to zod
 * schemas of the same rules).
 */

export const SAVE_FORMAT = 'shizheng-progress';
/**
 * The newest save format this app reads. Version 2 adds a profile's archive (the compacted old
 * log); a save or file without one is still written as version 1, so an older app reads it.
 */
export const SAVE_VERSION = 2;

export const STUDY_MODES = [
  'practice',
  'test',
  'cards',
  'timeline',
  'mistakes',
  'classroom',
] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

export const REVIEW_KINDS = [...QUESTION_KINDS, 'card'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** 1 Again, 2 Hard, 3 Good, 4 Easy: FSRS's grades. A right quiz answer is Good, a wrong one Again. */
export type Grade = 1 | 2 | 3 | 4;

export interface Review {
  /** Unique per review; merging keys on it. */
  id: string;
  /** The fact the review is about. */
  fact: string;
  /**
   * The atomic claim reviewed ("sco-founding/date"): one memory per claim, whatever question
   * form asked about it. Reviews saved before claims were the unit have none: they count for
   * every claim of their fact (memoryKeys in lib/progress/schedule.ts).
   */
  claim?: string;
  /**
   * Whether the whole question was answered right, on the review that carries `question`: a
   * match, ordering or statement question grades each part, and its first part may be right
   * while the answer is wrong. Absent: the grade says it (Again is wrong).
   */
  right?: boolean;
  /** A wrong answer as given (JSON of a Response), on the review that carries `question`: the notebook shows it. */
  response?: string;
  grade: Grade;
  /** Milliseconds since 1970 (UTC). */
  at: number;
  kind: ReviewKind;
  mode: StudyMode;
  /** One study session; a mistake leaves the notebook when answered right in a later one. */
  session: string;
  /** The question asked, and the seed that generated it, to ask it again from the notebook. */
  question?: string;
  seed?: number;
  deck?: string;
}

export interface Settings {
  dailyGoal: number;
  newCardsPerDay: number;
  desiredRetention: number;
  theme: (typeof THEMES)[number];
  motion: (typeof MOTION)[number];
  /**
   * The language questions and cards are shown in (zh, en or both), for each interface language:
   * a learner who reads English questions in the Chinese interface need not want them in the
   * English one. Absent for an interface: `questionLanguage`, else the interface language.
   */
  questionLanguages?: Partial<Record<Language, DisplayMode>>;
  /**
   * The question language chosen before each interface kept its own: it still holds in an
   * interface with no choice of its own (and, on a device that saved a choice before it was per
   * profile, that choice).
   */
  questionLanguage?: DisplayMode;
  /** Decks whose flashcards include name cards (中英名称卡); ALL_DECKS for the all-decks session. */
  nameCardDecks?: string[];
  /** How many right answers, each on a later day, take a question out of the notebook. Absent: 1. */
  mistakeClearAfter?: number;
}

export interface Profile {
  id: string;
  /** 1 to 40 characters, trimmed. */
  name: string;
  createdAt: number;
  settings: Settings;
  reviews: Review[];
  /** Reviews taken back with undo; kept as ids so that a merge cannot bring them back. */
  undone: string[];
  /** Progress was reset at this time: earlier reviews no longer count, wherever they come from. */
  resetAt?: number;
  /** Reviews from before the reset that the learner brought back by importing a file. */
  restored?: string[];
  /** The old part of the log, compacted (lib/progress/archive.ts). */
  archive?: Archive;
}

/**
 * A profile's reviews older than `before`, folded into what every page needs of them: the exact
 * FSRS state of each memory, answers per quarter hour, answers per kind, and the mistakes
 * notebook. The log keeps the reviews from `before` on.
 */
export interface Archive {
  /** Made at the first compaction and kept by later ones: copies that share it share their history. */
  lineage: string;
  /** Every review before this moment is folded in. */
  before: number;
  /** How many reviews are folded in. */
  reviews: number;
  /** The desired retention the memories' due dates were scheduled with. */
  retention: number;
  /** The timezone offset (minutes) the notebook's days were counted in. */
  offset: number;
  /** One memory each: its key, then the MEMORY_FIELDS numbers (lib/progress/archive.ts). */
  memories: [string, ...number[]][];
  /** Answers per quarter hour: the quarter hour since 1970, then the count, for each in turn. */
  slots: number[];
  /** Answers and right answers per kind. */
  kinds: [ReviewKind, number, number][];
  /** Questions still in the notebook under some clear-after setting. */
  mistakes: ArchivedMistake[];
}

/**
 * A question in the archived notebook (lib/progress/mistakes.ts foldMistakes): question, fact,
 * kind, time of the last wrong answer, its session, the wrong count under each clear-after
 * setting from 1 on (0 where that setting has cleared it), the later days (in the archive's
 * offset) with a right answer since, then the last wrong response, deck and seed or null.
 */
export type ArchivedMistake = [
  question: string,
  fact: string,
  kind: ReviewKind,
  lastWrongAt: number,
  session: string,
  counts: number[],
  rightDays: number[],
  response: string | null,
  deck: string | null,
  seed: number | null,
];

export interface Save {
  format: typeof SAVE_FORMAT;
  version: 1 | typeof SAVE_VERSION;
  activeProfile: string;
  /** At least one. */
  profiles: Profile[];
  /** Profiles deleted on this device, so that another tab's copy does not revive them. */
  deletedProfiles: string[];
}

export { MOTION, THEMES };

export { DEFAULT_SETTINGS };

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Ids of facts, questions and decks: letters, digits and : _ = , . / - (at most 400). */
const SAFE_ID = /^[A-Za-z0-9:_=,./-]{1,400}$/;
const REVIEW_ID = /^[a-z0-9]{6,32}$/;
const TOKEN = /^[a-z0-9]{1,32}$/;
const MAX_TIME = 8.64e15;

const matches = (pattern: RegExp) => (v: unknown) => typeof v === 'string' && pattern.test(v);
const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);
const isSafeId = matches(SAFE_ID);
const isTime = (v: unknown) => isInt(v, 0, Number.MAX_SAFE_INTEGER);
const isStrings = (v: unknown) => isArrayOf(v, isString, 0, Infinity);

export const isProfileId = matches(TOKEN);

/** A profile name: 1 to 40 characters once trimmed. */
export function isProfileName(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const length = v.trim().length;
  return length >= 1 && length <= 40;
}

export function checkReview(value: unknown): Checked<Review> {
  return checkFields<Review>(value, {
    id: matches(REVIEW_ID),
    fact: isSafeId,
    grade: (v) => isInt(v, 1, 4),
    at: (v) => isInt(v, 0, MAX_TIME),
    kind: (v) => isOneOf(v, REVIEW_KINDS),
    mode: (v) => isOneOf(v, STUDY_MODES),
    session: matches(TOKEN),
    claim: optional(isSafeId),
    right: optional((v) => typeof v === 'boolean'),
    response: optional((v) => typeof v === 'string' && v.length <= 4000),
    question: optional(isSafeId),
    seed: optional((v) => isInt(v, 0, 2 ** 32)),
    deck: optional(isSafeId),
  });
}

/** One check per setting, so that a damaged save keeps the settings that are still good. */
export const SETTING_CHECKS: { [K in keyof Settings]-?: (v: unknown) => boolean } = {
  dailyGoal: (v) => isInt(v, SETTING_LIMITS.dailyGoal.min, SETTING_LIMITS.dailyGoal.max),
  newCardsPerDay: (v) =>
    isInt(v, SETTING_LIMITS.newCardsPerDay.min, SETTING_LIMITS.newCardsPerDay.max),
  desiredRetention: (v) =>
    isNumberIn(v, SETTING_LIMITS.desiredRetention.min, SETTING_LIMITS.desiredRetention.max),
  theme: (v) => isOneOf(v, THEMES),
  motion: (v) => isOneOf(v, MOTION),
  questionLanguages: optional(
    (v) =>
      isPlainObject(v) &&
      Object.entries(v).every(
        ([k, mode]) => isLanguage(k) && (mode === undefined || isDisplayMode(mode)),
      ),
  ),
  questionLanguage: optional(isDisplayMode),
  nameCardDecks: optional((v) => isArrayOf(v, (d) => d === '*' || isSafeId(d), 0, 500)),
  mistakeClearAfter: optional((v) =>
    isInt(v, SETTING_LIMITS.mistakeClearAfter.min, SETTING_LIMITS.mistakeClearAfter.max),
  ),
};

export function checkSettings(value: unknown): Checked<Settings> {
  return checkFields<Settings>(value, SETTING_CHECKS);
}

/** Memory numbers per archived memory (lib/progress/archive.ts MEMORY_FIELDS). */
export const MEMORY_LENGTH = 17;
const isFiniteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

export function isArchivedMistake(m: unknown): m is ArchivedMistake {
  const max = SETTING_LIMITS.mistakeClearAfter.max;
  return (
    Array.isArray(m) &&
    m.length === 10 &&
    isSafeId(m[0]) &&
    isSafeId(m[1]) &&
    isOneOf(m[2], REVIEW_KINDS) &&
    isInt(m[3], 0, MAX_TIME) &&
    matches(TOKEN)(m[4]) &&
    isArrayOf(m[5], (c) => isInt(c, 0, Number.MAX_SAFE_INTEGER), max, max) &&
    isArrayOf(m[6], (d) => isInt(d, -1e9, 1e9), 0, Infinity) &&
    (m[7] === null || (typeof m[7] === 'string' && m[7].length <= 4000)) &&
    (m[8] === null || isSafeId(m[8])) &&
    (m[9] === null || isInt(m[9], 0, 2 ** 32))
  );
}

function isMemory(m: unknown): boolean {
  if (!Array.isArray(m) || m.length !== MEMORY_LENGTH + 1 || !isSafeId(m[0])) return false;
  for (let i = 1; i < m.length; i++) if (!isFiniteNumber(m[i])) return false;
  return true;
}

export function checkArchive(value: unknown): Checked<Archive> {
  return checkFields<Archive>(value, {
    lineage: matches(TOKEN),
    before: isTime,
    reviews: (v) => isInt(v, 0, Number.MAX_SAFE_INTEGER),
    retention: (v) =>
      isNumberIn(v, SETTING_LIMITS.desiredRetention.min, SETTING_LIMITS.desiredRetention.max),
    offset: (v) => isInt(v, -1440, 1440),
    memories: (v) => isArrayOf(v, isMemory, 0, Infinity),
    slots: (v) =>
      isArrayOf(v, (n) => isInt(n, 0, Number.MAX_SAFE_INTEGER), 0, Infinity) &&
      (v as unknown[]).length % 2 === 0,
    kinds: (v) =>
      isArrayOf(
        v,
        (k) =>
          Array.isArray(k) &&
          k.length === 3 &&
          isOneOf(k[0], REVIEW_KINDS) &&
          isInt(k[1], 0, Number.MAX_SAFE_INTEGER) &&
          isInt(k[2], 0, Number.MAX_SAFE_INTEGER),
        0,
        REVIEW_KINDS.length,
      ),
    mistakes: (v) => isArrayOf(v, isArchivedMistake, 0, Infinity),
  });
}

export function checkProfile(value: unknown): Checked<Profile> {
  const checked = checkFields<Profile>(value, {
    id: isProfileId,
    name: isProfileName,
    createdAt: isTime,
    settings: (v) => checkSettings(v).ok,
    reviews: (v) => isArrayOf(v, (r) => checkReview(r).ok, 0, Infinity),
    undone: isStrings,
    resetAt: optional(isTime),
    restored: optional(isStrings),
    archive: optional((v) => checkArchive(v).ok),
  });
  if (!checked.ok) return checked;
  return { ok: true, value: { ...checked.value, name: checked.value.name.trim() } };
}

export function checkSave(value: unknown): Checked<Save> {
  // Profiles are checked first: a checked profile has its name trimmed.
  const profiles =
    isPlainObject(value) && Array.isArray(value.profiles) ? value.profiles.map(checkProfile) : [];
  const checked = checkFields<Save>(value, {
    format: (v) => v === SAVE_FORMAT,
    version: (v) => v === 1 || v === SAVE_VERSION,
    activeProfile: isString,
    profiles: () => profiles.length >= 1 && profiles.every((p) => p.ok),
    deletedProfiles: isStrings,
  });
  if (!checked.ok) return checked;
  const kept = profiles.flatMap((p) => (p.ok ? [p.value] : []));
  return { ok: true, value: { ...checked.value, profiles: kept } };
}
