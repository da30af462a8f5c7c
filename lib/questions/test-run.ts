import type { QuizSettings, Response } from './models';
import { parseResponse } from './response';
import { parseQuizSettings, savedObject } from './round';

/**
 * A test in progress, kept for the tab (sessionStorage) after every change: a reload, a phone
 * bringing a discarded tab back, or a change of interface language (a new page load) takes it up
 * where it was, with the answers given so far, the flags, the question shown and the clock.
 * Nothing is recorded as a review until the test is handed in.
 */
export interface SavedTest {
  /** The test page's query when it started ("deck=x", "" for none): only that address resumes it. */
  search: string;
  settings: QuizSettings;
  seed: number;
  /** Milliseconds since 1970 when the test started. */
  startedAt: number;
  /** The time allowed in minutes, 0 for none. */
  limitMinutes: number;
  /** The question shown (0-based). */
  current: number;
  /** One entry per question: the answer given, or null. */
  responses: (Response | null)[];
  flags: boolean[];
}

export const TIME_LIMITS = [0, 5, 10, 20, 30, 60] as const;

const isInt = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/**
 * The saved test if this page can resume it: well formed, for these decks, at this address.
 * Anything else (an older version's, edited or corrupted) gives null and is ignored.
 */
export function parseSavedTest(
  raw: string | null,
  search: string,
  deckIds: ReadonlySet<string>,
): SavedTest | null {
  const t = savedObject(raw, search);
  const settings = t && parseQuizSettings(t.settings, deckIds);
  if (!t || !settings) return null;
  const { count } = settings;
  if (!isInt(t.seed, 0, 999_999_999)) return null;
  if (!isInt(t.startedAt, 0, Number.MAX_SAFE_INTEGER)) return null;
  if (!(TIME_LIMITS as readonly unknown[]).includes(t.limitMinutes)) return null;
  if (!isInt(t.current, 0, count - 1)) return null;
  if (!Array.isArray(t.responses) || t.responses.length > count) return null;
  if (!Array.isArray(t.flags) || t.flags.length > count) return null;
  const saved = t.responses as unknown[];
  const responses = saved.map((r) => (r === null ? null : parseResponse(r)));
  if (responses.some((r, i) => r === null && saved[i] !== null)) return null;
  return {
    search,
    settings,
    seed: t.seed,
    startedAt: t.startedAt,
    limitMinutes: t.limitMinutes as number,
    current: t.current,
    responses,
    flags: t.flags.map((f) => f === true),
  };
}
