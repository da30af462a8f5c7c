import { compareDates, datePrecision, shiftDate, yearOf } from '../content/dates';
import type { ContentIndex } from '../content/index-content';
import { factDate } from '../kinds';
import type { EntityType, PartialDate } from '../content/schema';
import type { Claim } from './claims';
import { drawPositions, type Random, shuffled } from './random';
import { follows, LATEST_RULES } from './rules';
import { sameValue, type Value, valueKey } from './values';

/**
 * At most this many candidates of one source are weighed for one question. A larger source (every
 * person in a big glossary, every date within three years in a big content) is sampled with the
 * question's own random stream, so that the cost of a question does not grow with the content.
 * Below the limit nothing is sampled: every candidate is weighed, as it always was.
 */
export const POOL_LIMIT = 64;

/** `limit` distinct positions of [0, size), in random order. */
// Plain loops here and in bounded, not Array.from({ length }, fn): every question of a quiz
// samples its candidates, and Array.from with a callback is several times slower in V8.
function samplePositions(size: number, limit: number, random: Random): number[] {
  const next = drawPositions(size, random);
  const out: number[] = [];
  for (let k = Math.min(size, limit); k > 0; k--) out.push(next()!);
  return out;
}

/** Every item in order when there are few; otherwise POOL_LIMIT of them, drawn at random. */
function bounded<T>(size: number, at: (i: number) => T, random: Random): T[] {
  const out: T[] = [];
  if (size <= POOL_LIMIT) for (let i = 0; i < size; i++) out.push(at(i));
  else for (const i of samplePositions(size, POOL_LIMIT, random)) out.push(at(i));
  return out;
}

/** Positions of a list's items grouped by a key, in list order; built once per list. */
function groupedPositions<T>(
  cache: WeakMap<readonly T[], Map<string, number[]>>,
  list: readonly T[],
  key: (item: T) => string,
): Map<string, number[]> {
  let groups = cache.get(list);
  if (!groups) {
    groups = new Map();
    list.forEach((item, i) => {
      const k = key(item);
      const group = groups!.get(k);
      if (group) group.push(i);
      else groups!.set(k, [i]);
    });
    cache.set(list, groups);
  }
  return groups;
}

const yearGroups = new WeakMap<readonly number[], Map<string, number[]>>();
const dateGroups = new WeakMap<readonly PartialDate[], Map<string, number[]>>();
const ordinalSets = new WeakMap<readonly number[], Set<number>>();

/**
 * The items of `list` whose group key is one of `keys`, in list order (as a filter would give
 * them), or a sample of POOL_LIMIT of them when there are more.
 */
function window<T>(
  list: readonly T[],
  groups: Map<string, number[]>,
  keys: readonly string[],
  random: Random,
): T[] {
  const parts = keys.map((k) => groups.get(k) ?? []);
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  if (size <= POOL_LIMIT)
    return parts
      .flat()
      .sort((a, b) => a - b)
      .map((i) => list[i]!);
  return samplePositions(size, POOL_LIMIT, random).map((p) => {
    let at = p;
    for (const part of parts) {
      if (at < part.length) return list[part[at]!]!;
      at -= part.length;
    }
    throw new Error('position outside the window');
  });
}

/** Near values of a number, nearest first: n±1, n±2, n±3. */
function around(n: number, min: number): number[] {
  return [1, -1, 2, -2, 3, -3].map((d) => n + d).filter((x) => x >= min);
}

const YEARS_AROUND = [-3, -2, -1, 0, 1, 2, 3];

/** Entities of the given types, in glossary order by type, or a sample of them. */
function entitiesOfTypes(
  index: ContentIndex,
  types: readonly EntityType[],
  random: Random,
): Value[] {
  const lists = types.map((type) => index.entitiesOfType(type));
  const size = lists.reduce((sum, list) => sum + list.length, 0);
  return bounded(
    size,
    (i) => {
      let at = i;
      for (const list of lists) {
        if (at < list.length) return { type: 'entity' as const, id: list[at]!.id };
        at -= list.length;
      }
      throw new Error('position outside the entity lists');
    },
    random,
  );
}

/** Candidate wrong values for a claim: [preferred, fallback], before filtering. */
function candidates(index: ContentIndex, claim: Claim, random: Random): [Value[], Value[]] {
  const pool = claim.pool;
  const first = claim.values[0];
  switch (pool.type) {
    case 'entity': {
      const exclude = pool.exclude ?? [];
      const related: Value[] = bounded(pool.related.length, (i) => pool.related[i]!, random)
        .filter((id) => !exclude.includes(id))
        .map((id) => ({ type: 'entity', id }));
      return [related, entitiesOfTypes(index, pool.entityTypes, random)];
    }
    case 'ordinal': {
      const n = first?.type === 'ordinal' ? first.n : 1;
      let known = ordinalSets.get(pool.known);
      if (!known) {
        known = new Set(pool.known);
        ordinalSets.set(pool.known, known);
      }
      const near = around(n, 1);
      const measure = pool.measure;
      const ordinal = (x: number): Value =>
        measure ? { type: 'ordinal', n: x, measure } : { type: 'ordinal', n: x };
      return [
        near.filter((x) => known.has(x)).map(ordinal),
        [
          ...near.filter((x) => !known.has(x)),
          ...bounded(pool.known.length, (i) => pool.known[i]!, random),
        ].map(ordinal),
      ];
    }
    case 'count': {
      const n = first?.type === 'count' ? first.n : 1;
      return [[], around(n, 1).map((x) => ({ type: 'count', n: x, unit: pool.unit }))];
    }
    case 'year': {
      const y = first?.type === 'year' ? first.year : 2000;
      const near = around(y, 1);
      const groups = groupedPositions(yearGroups, pool.known, String);
      return [
        window(
          pool.known,
          groups,
          YEARS_AROUND.map((d) => String(y + d)),
          random,
        ).map((k) => ({ type: 'year', year: k })),
        near.map((k) => ({ type: 'year', year: k })),
      ];
    }
    case 'date': {
      if (first?.type !== 'date') return [[], []];
      const precision = datePrecision(first.date);
      const year = yearOf(first.date);
      const groups = groupedPositions(
        dateGroups,
        pool.known,
        (d) => `${datePrecision(d)}:${yearOf(d)}`,
      );
      const known = window(
        pool.known,
        groups,
        YEARS_AROUND.map((d) => `${precision}:${year + d}`),
        random,
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
    case 'amount': {
      if (first?.type !== 'amount') return [[], []];
      const unit = {
        decimals: pool.decimals,
        unit: pool.unit,
        ...(pool.en ? { en: pool.en } : {}),
      };
      return [[], nearAmounts(first.n, pool.decimals).map((n) => ({ ...unit, type: 'amount', n }))];
    }
  }
}

/**
 * Figures near a true one, as published with `decimals` digits: 5.0 gives 4.5, 5.5, 4.0, 6.0 …;
 * 300 gives 270, 330, 240, 360 …. Never negative, never the figure itself.
 */
function nearAmounts(n: number, decimals: number): number[] {
  const step = 10 ** -decimals;
  const round = (x: number) => Number(x.toFixed(decimals));
  const out: number[] = [];
  for (const k of [1, -1, 2, -2, 3, -3, 4]) {
    const shifted = round(n * (1 + k / 10));
    // A small figure barely moves by a tenth: step by its last digit instead.
    const x = shifted === n || out.includes(shifted) ? round(n + k * step) : shifted;
    if (x >= 0 && x !== n && !out.includes(x)) out.push(x);
  }
  return out;
}

/** Whether a value may be offered as wrong for this claim: false by the facts, and fair. */
export function isKnownFalse(claim: Claim, value: Value): boolean {
  if (claim.values.some((v) => sameValue(v, value))) return false;
  if (claim.avoid?.some((v) => sameValue(v, value))) return false;
  if (claim.knownFalse && !claim.knownFalse.some((v) => valueKey(v) === valueKey(value)))
    return false;
  return true;
}

/** The dates of the facts a claim is about (those that have one). */
function claimDates(index: ContentIndex, claim: Claim): PartialDate[] {
  return claim.factIds.flatMap((id) => {
    const date = factDate(index.fact(id));
    return date ? [date] : [];
  });
}

/**
 * Whether a value may be named at these dates: a state that began or ended (the Soviet Union,
 * Kazakhstan) is no answer about a time it did not exist.
 */
function existedAt(index: ContentIndex, value: Value, dates: readonly PartialDate[]): boolean {
  if (value.type !== 'entity') return true;
  const existed = index.entity(value.id).existed;
  if (!existed) return true;
  const { from, to } = existed;
  return dates.every(
    (d) => (!from || compareDates(d, from) >= 0) && (!to || compareDates(d, to) <= 0),
  );
}

/**
 * Where an entity lies, for ranking wrong places: [country, region]. A country's region is its own;
 * by rules 4 a city or province lies in the country it is part of, a person in the country they
 * serve, and each in that country's region.
 */
function placeOf(
  index: ContentIndex,
  id: string,
  rules: number,
): [string | undefined, string | undefined] {
  let entity = index.findEntity(id);
  if (!follows(rules, 'placesNearFirst')) return [undefined, entity?.region];
  // partOf leads up to a country in a few steps (a city, its province, its country).
  for (let step = 0; entity && step < 4; step++) {
    if (entity.type === 'country') return [entity.id, entity.region];
    const up = entity.partOf ?? (entity.type === 'person' ? entity.country : undefined);
    entity = up ? index.findEntity(up) : undefined;
  }
  return [undefined, undefined];
}

/**
 * Up to `count` distractors of the claim's class: values that occur elsewhere in the content
 * first, then near values (of the true value's region first, for places that say theirs); never
 * a true value, never two that say the same thing, never a state that did not exist at the time.
 * By rules 4 where the values lie orders both: a place of the same topic (the preferred values)
 * comes before any other, and within each, one of the right one's country, then of its region,
 * then the rest (Bishkek for Dushanbe, Beijing before Nagano for Xi'an).
 */
export function pickDistractors(
  index: ContentIndex,
  claim: Claim,
  count: number,
  random: Random,
  rules: number = LATEST_RULES,
): Value[] {
  const [preferred, fallback] = candidates(index, claim, random);
  const first = shuffled(preferred, random);
  const others = shuffled(fallback, random);
  const places = claim.values.flatMap((v) =>
    v.type === 'entity' ? [placeOf(index, v.id, rules)] : [],
  );
  const countries = new Set(places.flatMap(([c]) => (c ? [c] : [])));
  const regions = new Set(places.flatMap(([, r]) => (r ? [r] : [])));
  const near = (v: Value) =>
    v.type === 'entity' && regions.has(placeOf(index, v.id, rules)[1] ?? '');
  const far = (v: Value) => !near(v);
  /** 0 of a true value's country, 1 of its region, 2 any other. */
  const rank = (v: Value): number => {
    if (v.type !== 'entity') return 2;
    const [country, region] = placeOf(index, v.id, rules);
    return country && countries.has(country) ? 0 : region && regions.has(region) ? 1 : 2;
  };
  const dates = claimDates(index, claim);
  const chosen: Value[] = [];
  // The candidates in order (the preferred ones, then the others of the true values' regions,
  // then the rest), each looked at only until enough are chosen: a large content has thousands
  // of candidates for a question that needs three.
  const consider = (value: Value): boolean => {
    if (chosen.length >= count) return false;
    if (!existedAt(index, value, dates)) return true;
    if (!isKnownFalse(claim, value)) return true;
    if (chosen.some((c) => sameValue(c, value))) return true;
    if (
      value.type === 'date' &&
      chosen.some((c) => c.type === 'date' && compareDates(c.date, value.date) === 0)
    )
      return true;
    chosen.push(value);
    return chosen.length < count;
  };
  const pass = (values: readonly Value[], keep?: (v: Value) => boolean) => {
    for (const value of values) if ((!keep || keep(value)) && !consider(value)) return false;
    return true;
  };
  if (regions.size + countries.size > 0 && follows(rules, 'placesNearFirst')) {
    for (const values of [first, others])
      for (const tier of [0, 1, 2]) if (!pass(values, (v) => rank(v) === tier)) return chosen;
  } else if (pass(first)) {
    if (regions.size === 0) pass(others);
    else if (pass(others, near)) pass(others, far);
  }
  return chosen;
}
