import { QUESTION_KINDS, type QuestionKind, type QuizSettings, type Response } from './models';
import { parseResponse } from './response';

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

const MAX_COUNT = 100;

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
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const t = value as Record<string, unknown>;
  if (t.search !== search) return null;
  const settings = t.settings as Record<string, unknown> | null | undefined;
  if (typeof settings !== 'object' || settings === null) return null;
  const { deckIds: decks, kinds, count } = settings;
  if (!Array.isArray(decks) || decks.length === 0 || !decks.every((d) => deckIds.has(d)))
    return null;
  if (
    !Array.isArray(kinds) ||
    kinds.length === 0 ||
    !kinds.every((k) => (QUESTION_KINDS as readonly unknown[]).includes(k))
  )
    return null;
  if (!isInt(count, 1, MAX_COUNT)) return null;
  if (!isInt(t.seed, 0, 999_999_999)) return null;
  if (!isInt(t.startedAt, 0, Number.MAX_SAFE_INTEGER)) return null;
  if (!(TIME_LIMITS as readonly unknown[]).includes(t.limitMinutes)) return null;
  if (!isInt(t.current, 0, count - 1)) return null;
  if (!Array.isArray(t.responses) || t.responses.length > count) return null;
  if (!Array.isArray(t.flags) || t.flags.length > count) return null;
  const responses = t.responses.map((r) => (r === null ? null : parseResponse(r)));
  if (responses.some((r, i) => r === null && (t.responses as unknown[])[i] !== null)) return null;
  return {
    search,
    settings: {
      deckIds: [...new Set(decks as string[])],
      kinds: [...new Set(kinds as QuestionKind[])],
      count,
    },
    seed: t.seed,
    startedAt: t.startedAt,
    limitMinutes: t.limitMinutes as number,
    current: t.current,
    responses,
    flags: t.flags.map((f) => f === true),
  };
}
