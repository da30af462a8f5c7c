import { formatDate, isRealDate, wholeYearsBetween, yearOf } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { IntervalFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { follows } from '../../questions/rules';
import { BLANK, BLANK_EN, capitalise, t, the } from '../../questions/wording';
import { factDate, kindOf } from '..';
import type { FactKindModule } from '../types';

/** A gap the source states ("for the first time in four years") between two dated facts. */
export const interval: FactKindModule<IntervalFact> = {
  kind: 'interval',
  summary: 'a gap in years that a source states (the first in four years)',
  alsoCalled: ['gap', 'after', 'firstin'],

  entityRefs: () => [],

  factRefs: (fact) => [
    { field: 'from', id: fact.from },
    { field: 'to', id: fact.to },
  ],

  check: (fact, { at, fact: factById }) => {
    const from = factById(fact.from);
    const to = factById(fact.to);
    const fromDate = from && factDate(from);
    const toDate = to && factDate(to);
    if (from && !fromDate) at('from', `fact "${fact.from}" has no date`);
    if (to && !toDate) at('to', `fact "${fact.to}" has no date`);
    if (fromDate && toDate && isRealDate(fromDate) && isRealDate(toDate)) {
      const years = wholeYearsBetween(fromDate, toDate);
      if (years !== fact.years)
        at(
          'years',
          `the facts' dates (${fromDate} → ${toDate}) give ${years ?? 'an uncertain number of'} whole years, not ${fact.years}`,
        );
    }
  },

  claims: intervalClaims,

  otherFactsNamed: (fact) => [fact.from, fact.to],

  explain: (index, fact) => {
    const from = index.findFact(fact.from);
    const to = index.findFact(fact.to);
    const fd = from && 'date' in from ? formatDate(from.date) : undefined;
    const td = to && 'date' in to ? formatDate(to.date) : undefined;
    return t(
      `${fact.what.zh}，时隔${fact.years}年${fd && td ? `（上一次为${fd.zh}，这一次为${td.zh}）` : ''}。`,
      `${capitalise(fact.what.en)} for the first time in ${fact.years} years${fd && td ? ` (before that: ${fd.en}; this time: ${td.en})` : ''}.`,
    );
  },

  headline: (_index, fact) => ({
    zh: `时隔${fact.years}年：${fact.what.zh}`,
    en: `After ${fact.years} years: ${fact.what.en}`,
  }),
};

function intervalClaims(index: ContentIndex, iv: IntervalFact, rules: number): Claim[] {
  const to = index.fact(iv.to);
  const toKind = kindOf(to);
  // The event by its name where it has one (the 19th meeting), else by its ordering label.
  const toName =
    toKind.eventName?.(index, to) ??
    toKind.eventLabel?.(index, to, false) ??
    t('该活动', 'that event');
  const since = follows(rules, 'intervalSinceYear') ? sinceClaim(index, iv, toName) : undefined;
  if (since) return [since];
  return [
    {
      id: `${iv.id}/years`,
      relation: 'interval.years',
      factIds: [iv.id, iv.from, iv.to],
      values: [{ type: 'count', n: iv.years, unit: 'year' }],
      pool: { type: 'count', unit: 'year' },
      ask: t(
        `在${toName.zh}上，${iv.what.zh}。这是时隔几年（按满整年计算）后的首次？`,
        `At ${the(index, toName.en)}, ${iv.what.en}. It was the first time in how many years (counting whole years)?`,
      ),
      statement: (v) => {
        const k = v.type === 'count' ? v.n : 0;
        return t(
          `在${toName.zh}上，${iv.what.zh}，这是时隔${k}年后的首次。`,
          `At ${the(index, toName.en)}, ${iv.what.en}: the first time in ${k} ${k === 1 ? 'year' : 'years'}.`,
        );
      },
      blank: t(
        `在${toName.zh}上，${iv.what.zh}，这是时隔${BLANK}年（按满整年计算）后的首次。`,
        `At ${the(index, toName.en)}, ${iv.what.en}: the first time in ${BLANK_EN} years (counting whole years).`,
      ),
      subjectLabel: t(iv.what.zh, capitalise(iv.what.en)),
      difficulty: 2,
    },
  ];
}

/** The year of each dated fact of every group (a series' meetings), in content order. */
const groupYears = perIndex((index) => {
  const years = new Map<string, number[]>();
  for (const f of index.facts) {
    const group = kindOf(f).groups?.groupOf(f);
    const date = group === undefined ? undefined : factDate(f);
    if (group === undefined || !date) continue;
    const list = years.get(group);
    if (list) list.push(yearOf(date));
    else years.set(group, [yearOf(date)]);
  }
  return years;
});

/**
 * The gap asked as the year it began: the first time since 2019. "How many years after" has two
 * defensible answers when the source counts whole years (April 2024 is four whole years after
 * June 2019, five by the calendar), so a learner is asked the year, and the explanation gives
 * the source's count with both dates. By rules 1 and 2 the count was asked, marked 按满整年计算.
 * The claim keeps its id: it is the same thing to remember, and progress on it stays.
 */
function sinceClaim(index: ContentIndex, iv: IntervalFact, toName: Text): Claim | undefined {
  const from = index.fact(iv.from);
  const fromDate = factDate(from);
  const toDate = factDate(index.fact(iv.to));
  if (!fromDate || !toDate) return undefined;
  const year = yearOf(fromDate);
  const toYear = yearOf(toDate);
  // Wrong years to offer first: the other years of the earlier event's series (another
  // meeting's), never the later event's own year, of which "since" makes no sense.
  const group = kindOf(from).groups?.groupOf(from);
  const known = group ? (groupYears(index).get(group) ?? []) : [];
  return {
    id: `${iv.id}/years`,
    relation: 'interval.years',
    factIds: [iv.id, iv.from, iv.to],
    values: [{ type: 'year', year }],
    avoid: [{ type: 'year', year: toYear }],
    pool: {
      type: 'year',
      known: [...new Set(known)].filter((y) => y < toYear).sort((a, b) => a - b),
    },
    ask: t(
      `在${toName.zh}上，${iv.what.zh}。这是自哪一年以来的首次？`,
      `At ${the(index, toName.en)}, ${iv.what.en}. It was the first time since which year?`,
    ),
    statement: (v) => {
      const y = v.type === 'year' ? v.year : 0;
      return t(
        `在${toName.zh}上，${iv.what.zh}，这是自${y}年以来的首次。`,
        `At ${the(index, toName.en)}, ${iv.what.en} for the first time since ${y}.`,
      );
    },
    blank: t(
      `在${toName.zh}上，${iv.what.zh}，这是自${BLANK}年以来的首次。`,
      `At ${the(index, toName.en)}, ${iv.what.en} for the first time since ${BLANK_EN}.`,
    ),
    subjectLabel: t(iv.what.zh, capitalise(iv.what.en)),
    difficulty: 2,
  };
}
