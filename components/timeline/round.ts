/**
 * The timeline game's rules, as plain TypeScript (no React): drawing a round, marking an
 * answer, turning it into reviews. The seed and the clock come in from outside.
 */
import { compareDates } from '@/lib/content/dates';
import type { Review } from '@/lib/progress/schema';
import type { TimelineEvent } from '@/lib/questions/claims';
import { orderable, orderLabels, pickOrderable } from '@/lib/questions/orderable';
import { createRandom, shuffled } from '@/lib/questions/random';

export const ROUND_SIZES = { min: 5, max: 6 } as const;
/** Below this a deck is too thin to play: three events still make a real ordering task. */
export const SMALLEST_ROUND = 3;

export interface TimelineRound {
  deckId: string;
  seed: number;
  /** The events in the order first shown: shuffled, and never already in order. */
  shown: TimelineEvent[];
  /** The fact ids, earliest first. */
  answer: string[];
}

/** True when every pair of dates is certainly ordered and no two labels read the same. */
export const strictlyOrderable = orderable;

/**
 * Five or six of a deck's events (fewer when the deck has fewer that can be told apart in
 * time), in a shuffled order that is not already the answer. The same deck and seed always
 * give the same round.
 */
export function drawTimelineRound(
  deckId: string,
  events: readonly TimelineEvent[],
  seed: number,
): TimelineRound | undefined {
  const random = createRandom(`${seed}|timeline|${deckId}`);
  const wanted = ROUND_SIZES.min + random.int(ROUND_SIZES.max - ROUND_SIZES.min + 1);
  for (let size = Math.min(wanted, events.length); size >= SMALLEST_ROUND; size--) {
    const picked = pickOrderable(events, size, random);
    if (!picked) continue;
    const answer = [...picked].sort((a, b) => compareDates(a.date, b.date)).map((e) => e.factId);
    let shown = shuffled(picked, random);
    // A round that starts solved teaches nothing; with five or more events this is rare.
    for (let tries = 0; tries < 10 && shown.every((e, i) => e.factId === answer[i]); tries++)
      shown = shuffled(picked, random);
    if (shown.every((e, i) => e.factId === answer[i])) shown = [...shown].reverse();
    // An event alone of its series in the round is named with its number (see orderLabels).
    const label = orderLabels(picked);
    return { deckId, seed, shown: shown.map((e) => ({ ...e, label: label(e) })), answer };
  }
  return undefined;
}

/** For each position of the learner's order: is the event there the one that belongs there? */
export function markOrder(round: TimelineRound, order: readonly string[]): boolean[] {
  return order.map((id, i) => round.answer[i] === id);
}

export const TIMELINE_QUESTION_PREFIX = 'timeline:';
/** Saved ids are at most 400 characters (lib/progress/schema.ts). */
const MAX_ID = 400;

/**
 * The id a round goes by in the mistakes notebook: its deck and its events, earliest first, so
 * the notebook asks the same events again whatever the content adds later.
 */
export function timelineQuestionId(round: TimelineRound): string | undefined {
  const id = `${TIMELINE_QUESTION_PREFIX}${round.deckId}:${round.answer.join(',')}`;
  return id.length <= MAX_ID ? id : undefined;
}

export interface ReviewContext {
  now: number;
  session: string;
  newId: () => string;
}

/**
 * One review per event: Good (3) when it was placed in its right position, Again (1) when not.
 * Grading each fact on its own, rather than the whole order as one answer, lets one misplaced
 * event not count against the facts the learner did place right. The first review also stands
 * for the round as a whole, as a quiz's first review does for its question: a round with a
 * misplaced event goes into the mistakes notebook, with the order given.
 */
export function timelineReviews(
  round: TimelineRound,
  order: readonly string[],
  context: ReviewContext,
): Review[] {
  const marks = markOrder(round, order);
  const claimOf = new Map(round.shown.map((e) => [e.factId, e.claim]));
  const question = timelineQuestionId(round);
  const right = marks.every(Boolean);
  const whole: Partial<Review> = question
    ? {
        question,
        seed: round.seed,
        right,
        ...(right ? {} : { response: JSON.stringify({ kind: 'order', optionIds: order }) }),
      }
    : {};
  return order.map((fact, i) => ({
    id: context.newId(),
    fact,
    claim: claimOf.get(fact) ?? `${fact}/date`,
    grade: marks[i] ? 3 : 1,
    at: context.now,
    kind: 'order',
    mode: 'timeline',
    session: context.session,
    deck: round.deckId,
    ...(i === 0 ? whole : {}),
  }));
}
