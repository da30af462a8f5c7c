import type { QuizSettings } from './models';
import { parseQuizSettings, savedObject } from './round';

/*
 * Learn mode, as Quizlet has it: a missed item comes back later in the same session, after a few
 * others, until every item has been answered right once; then the session ends with what was
 * learned. Items are the positions 0…n-1 of a quiz's questions. The state is plain data, so a
 * tab can keep it (sessionStorage) and a test can step through it; nothing here is random.
 */

/** How many other items come between a missed item and its return, when that many are left. */
export const REPEAT_GAP = 3;

export interface LearnState {
  /** Items still to be answered right, the one asked now first. */
  queue: number[];
  /** Answers given to each item so far, by item. */
  tries: number[];
  /** Items answered right, in the order they were learned. */
  learned: number[];
}

/** A session over `count` items, asked in their order. */
export function startLearn(count: number): LearnState {
  const items = Array.from({ length: Math.max(0, count) }, (_, i) => i);
  return { queue: items, tries: items.map(() => 0), learned: [] };
}

/** The item asked now, or undefined once every item is learned. */
export const currentItem = (state: LearnState): number | undefined => state.queue[0];

/** How often this item was missed before: 0 when it is asked for the first time. */
export const missesBefore = (state: LearnState, item: number): number =>
  state.learned.includes(item) ? (state.tries[item] ?? 1) - 1 : (state.tries[item] ?? 0);

export const isComplete = (state: LearnState): boolean => state.queue.length === 0;

/**
 * The session after the current item is answered. A right answer retires the item; a wrong one
 * sends it back behind `gap` other items, or to the end when fewer are left. Only when it is the
 * last item left does it come straight back: there is nothing else to ask in between.
 */
export function answerLearn(state: LearnState, correct: boolean, gap = REPEAT_GAP): LearnState {
  const [item, ...rest] = state.queue;
  if (item === undefined) return state;
  const tries = state.tries.map((n, i) => (i === item ? n + 1 : n));
  if (correct) return { queue: rest, tries, learned: [...state.learned, item] };
  const queue = [...rest];
  queue.splice(Math.min(Math.max(1, gap), rest.length), 0, item);
  return { queue, tries, learned: state.learned };
}

export interface LearnSummary {
  /** Items in the session, and items learned so far. */
  total: number;
  learned: number;
  /** Every answer given, right or wrong. */
  answers: number;
  /** Learned at the first answer, in the order they were asked. */
  firstTry: number[];
  /** Learned after one or more misses, the most tries first; ties in the order they were learned. */
  retried: { item: number; tries: number }[];
}

/** What the session has learned: items right first time, and items that took several tries. */
export function summarizeLearn(state: LearnState): LearnSummary {
  const triesOf = (item: number) => state.tries[item] ?? 0;
  const firstTry = state.learned.filter((item) => triesOf(item) === 1).sort((a, b) => a - b);
  const retried = state.learned
    .filter((item) => triesOf(item) > 1)
    .map((item) => ({ item, tries: triesOf(item) }))
    .sort((a, b) => b.tries - a.tries);
  return {
    total: state.tries.length,
    learned: state.learned.length,
    answers: state.tries.reduce((sum, n) => sum + n, 0),
    firstTry,
    retried,
  };
}

const MAX_TRIES = 10_000;

const isIndex = (v: unknown, count: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count;

/**
 * A saved state, if it is one a session over `count` items can reach: every item either queued
 * or learned, once; a learned item answered at least once. Anything else gives null.
 */
export function parseLearnState(value: unknown, count: number): LearnState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { queue, tries, learned } = value as Record<string, unknown>;
  if (!Array.isArray(queue) || !Array.isArray(tries) || !Array.isArray(learned)) return null;
  if (tries.length !== count || queue.length + learned.length !== count) return null;
  const seen = new Set<number>();
  for (const item of [...queue, ...learned] as unknown[]) {
    if (!isIndex(item, count) || seen.has(item)) return null;
    seen.add(item);
  }
  if (!tries.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_TRIES))
    return null;
  const answered = tries as number[];
  if ((learned as number[]).some((item) => answered[item]! < 1)) return null;
  return {
    queue: [...(queue as number[])],
    tries: [...answered],
    learned: [...(learned as number[])],
  };
}

/**
 * A learn session in progress, kept for the tab (sessionStorage) after every answer: a reload, a
 * phone bringing a discarded tab back, or a change of interface language (a new page load) takes
 * it up where it was. A finished one is kept too, so its summary survives a reload.
 */
export interface SavedLearn {
  /** The learn page's query when it started ("deck=x", "" for none): only that address resumes it. */
  search: string;
  settings: QuizSettings;
  seed: number;
  state: LearnState;
}

/**
 * The saved session if this page can resume it: well formed, for these decks, at this address.
 * Its state is checked against the length asked for; the page checks it against the questions
 * drawn, which may be fewer. Anything else (an older version's, edited or corrupted) gives null.
 */
export function parseSavedLearn(
  raw: string | null,
  search: string,
  deckIds: ReadonlySet<string>,
): SavedLearn | null {
  const r = savedObject(raw, search);
  const settings = r && parseQuizSettings(r.settings, deckIds);
  if (!r || !settings) return null;
  if (typeof r.seed !== 'number' || !Number.isInteger(r.seed) || r.seed < 0 || r.seed > 999_999_999)
    return null;
  const items =
    typeof r.state === 'object' && r.state !== null && Array.isArray((r.state as LearnState).tries)
      ? (r.state as LearnState).tries.length
      : 0;
  if (items < 1 || items > settings.count) return null;
  const state = parseLearnState(r.state, items);
  return state ? { search, settings, seed: r.seed, state } : null;
}
