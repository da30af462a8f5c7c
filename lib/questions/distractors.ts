import { compareDates, datePrecision, shiftDate, yearOf } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import type { Claim } from './claims';
import { type Random, shuffled } from './random';
import { sameValue, type Value, valueKey } from './values';

/** Near values of a number, nearest first: n±1, n±2, n±3. */
function around(n: number, min: number): number[] {
  return [1, -1, 2, -2, 3, -3].map((d) => n + d).filter((x) => x >= min);
}

/** Candidate wrong values for a claim: [preferred, fallback], before filtering. */
function candidates(index: ContentIndex, claim: Claim): [Value[], Value[]] {
  const pool = claim.pool;
  const first = claim.values[0];
  switch (pool.type) {
    case 'entity': {
      const related: Value[] = pool.related.map((id) => ({ type: 'entity', id }));
      const others: Value[] = pool.entityTypes.flatMap((type) =>
        index.entitiesOfType(type).map((e) => ({ type: 'entity' as const, id: e.id })),
      );
      return [related, others];
    }
    case 'ordinal': {
      const n = first?.type === 'ordinal' ? first.n : 1;
      const known = new Set(pool.known);
      const near = around(n, 1);
      return [
        near.filter((x) => known.has(x)).map((x) => ({ type: 'ordinal', n: x })),
        [...near.filter((x) => !known.has(x)), ...pool.known].map((x) => ({
          type: 'ordinal',
          n: x,
        })),
      ];
    }
    case 'count': {
      const n = first?.type === 'count' ? first.n : 1;
      return [[], around(n, 1).map((x) => ({ type: 'count', n: x, unit: pool.unit }))];
    }
    case 'year': {
      const y = first?.type === 'year' ? first.year : 2000;
      const near = around(y, 1);
      return [
        pool.known.filter((k) => Math.abs(k - y) <= 3).map((k) => ({ type: 'year', year: k })),
        near.map((k) => ({ type: 'year', year: k })),
      ];
    }
    case 'date': {
      if (first?.type !== 'date') return [[], []];
      const precision = datePrecision(first.date);
      const year = yearOf(first.date);
      const known = pool.known.filter(
        (d) => datePrecision(d) === precision && Math.abs(yearOf(d) - year) <= 3,
      );
      const shifts: Value[] =
        precision === 'day'
          ? [
              shiftDate(first.date, 2, 'day'),
              shiftDate(first.date, -2, 'day'),
              shiftDate(first.date, 1, 'month'),
              shiftDate(first.date, -1, 'month'),
              shiftDate(first.date, 1, 'year'),
              shiftDate(first.date, -1, 'year'),
            ].map((date) => ({ type: 'date', date }))
          : precision === 'month'
            ? [1, -1, 12, -12, 24].map((k) => ({
                type: 'date',
                date: shiftDate(first.date, k, 'month'),
              }))
            : [1, -1, 2, -2, 3].map((k) => ({
                type: 'date',
                date: shiftDate(first.date, k, 'year'),
              }));
      return [known.map((date) => ({ type: 'date', date })), shifts];
    }
    case 'enum':
      return [[], [...pool.values]];
  }
}

/** Whether a value may be offered as wrong for this claim: false by the facts, and fair. */
export function isKnownFalse(claim: Claim, value: Value): boolean {
  if (claim.values.some((v) => sameValue(v, value))) return false;
  if (claim.avoid?.some((v) => sameValue(v, value))) return false;
  if (claim.knownFalse && !claim.knownFalse.some((v) => valueKey(v) === valueKey(value)))
    return false;
  return true;
}

/**
 * Up to `count` distractors of the claim's class: values that occur elsewhere in the content
 * first, then near values; never a true value, never two that say the same thing.
 */
export function pickDistractors(
  index: ContentIndex,
  claim: Claim,
  count: number,
  random: Random,
): Value[] {
  const [preferred, fallback] = candidates(index, claim);
  const ordered = [...shuffled(preferred, random), ...shuffled(fallback, random)];
  const chosen: Value[] = [];
  for (const value of ordered) {
    if (chosen.length >= count) break;
    if (!isKnownFalse(claim, value)) continue;
    if (chosen.some((c) => sameValue(c, value))) continue;
    if (
      value.type === 'date' &&
      chosen.some((c) => c.type === 'date' && compareDates(c.date, value.date) === 0)
    )
      continue;
    chosen.push(value);
  }
  return chosen;
}
