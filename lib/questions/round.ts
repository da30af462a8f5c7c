import { parseJsonObject } from '../checks';
import { QUESTION_KINDS, type QuestionKind, type QuizSettings } from './models';

/**
 * A practice round in progress, kept for the tab (sessionStorage): a reload, a phone bringing a
 * discarded tab back, or a change of interface language (a new page load) resumes it.
 */
export interface SavedRound {
  /** The practice page's query when it was saved ("deck=x", "" for none): only that address resumes it. */
  search: string;
  /** The starter quiz (its questions are fixed) rather than one drawn from settings and seed. */
  starter: boolean;
  settings: QuizSettings;
  seed: number;
  /** The next question to answer (0 for a quiz shown and not yet answered), and how many were right. */
  position: number;
  correct: number;
}

const MAX_COUNT = 100;

const isCount = (n: unknown, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/**
 * The saved round if it is one this page can resume: well formed, for these decks, at this
 * address, and not finished. Anything else (a round from an older version, edited or corrupted
 * data) gives null and is ignored.
 */
export function parseSavedRound(
  raw: string | null,
  search: string,
  deckIds: ReadonlySet<string>,
): SavedRound | null {
  const r = savedObject(raw, search);
  const settings = r && parseQuizSettings(r.settings, deckIds);
  if (!r || !settings || typeof r.starter !== 'boolean') return null;
  const { count } = settings;
  if (!isCount(r.seed, 999_999_999)) return null;
  // Position 0: a quiz shown and not yet answered (its language may be switched first).
  if (!isCount(r.position, count - 1)) return null;
  if (!isCount(r.correct, r.position)) return null;
  return {
    search,
    starter: r.starter,
    settings,
    seed: r.seed,
    position: r.position,
    correct: r.correct,
  };
}

/**
 * What a tab saved as JSON, as an object of fields, if it parses and was saved at this address
 * (`search`); else null. Shared by the saved practice round and the saved test.
 */
export function savedObject(raw: string | null, search: string): Record<string, unknown> | null {
  const value = parseJsonObject(raw);
  return value?.search === search ? value : null;
}

/** Saved quiz settings, if every deck is one of `deckIds` and every kind a question kind. */
export function parseQuizSettings(
  value: unknown,
  deckIds: ReadonlySet<string>,
): QuizSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { deckIds: decks, kinds, count } = value as Record<string, unknown>;
  if (!Array.isArray(decks) || decks.length === 0 || !decks.every((d) => deckIds.has(d)))
    return null;
  if (
    !Array.isArray(kinds) ||
    kinds.length === 0 ||
    !kinds.every((k) => (QUESTION_KINDS as readonly unknown[]).includes(k))
  )
    return null;
  if (!isCount(count, MAX_COUNT) || count === 0) return null;
  return {
    deckIds: [...new Set(decks as string[])],
    kinds: [...new Set(kinds as QuestionKind[])],
    count,
  };
}
