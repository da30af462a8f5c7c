import { dateRange, datePrecision } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import { kindOf } from '../kinds';
import type { Difficulty } from './models';
import type { Value } from './values';

/*
 * How hard a question is, from the content rather than from its question kind: how precise the
 * answer is (a day is harder than a year), how familiar its entity is (one named by many facts
 * is met often; one named once is not), and how close the wrong options are (1992 beside 1993 is
 * harder than beside 2004). The claim's own difficulty, from its kind's module, is the start.
 */

const mentions = new WeakMap<ContentIndex, Map<string, number>>();

/** How many facts of the content name each entity. */
function mentionCounts(index: ContentIndex): Map<string, number> {
  let counts = mentions.get(index);
  if (!counts) {
    counts = new Map();
    for (const fact of index.facts)
      for (const id of new Set(
        kindOf(fact)
          .entityRefs(fact)
          .map((r) => r.id),
      ))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    mentions.set(index, counts);
  }
  return counts;
}

/** How far apart two values are, in their own terms, or undefined when they have no distance. */
function distance(a: Value, b: Value): number | undefined {
  if ((a.type === 'ordinal' || a.type === 'count') && a.type === b.type) return Math.abs(a.n - b.n);
  if (a.type === 'year' && b.type === 'year') return Math.abs(a.year - b.year);
  if (a.type === 'date' && b.type === 'date') {
    const ra = dateRange(a.date);
    const rb = dateRange(b.date);
    // In years, from the middle of each.
    return Math.abs((ra.first + ra.last) / 2 - (rb.first + rb.last) / 2) / 365.25;
  }
  return undefined;
}

/**
 * A question's difficulty: `start` (the claim's), one harder for a day-precise date or an entity
 * the content names once, one easier for an entity it names in many facts or a year, and one
 * harder when a wrong option lies within a unit (a year, one number) of the answer.
 */
export function contentDifficulty(
  index: ContentIndex,
  start: number,
  answers: readonly Value[],
  wrong: readonly Value[],
): Difficulty {
  let score = start;
  const answer = answers[0];
  if (answer?.type === 'date') {
    const precision = datePrecision(answer.date);
    if (precision === 'day') score += 1;
    else if (precision === 'year') score -= 1;
  } else if (answer?.type === 'year') score -= 1;
  else if (answer?.type === 'entity') {
    const seen = Math.min(
      ...answers.map((v) => (v.type === 'entity' ? (mentionCounts(index).get(v.id) ?? 0) : 0)),
    );
    if (seen <= 1) score += 1;
    else if (seen >= 6) score -= 1;
  }
  const closest = Math.min(...answers.flatMap((a) => wrong.map((w) => distance(a, w) ?? Infinity)));
  if (closest <= 1) score += 1;
  return (score <= 1 ? 1 : score >= 3 ? 3 : score) as Difficulty;
}
