import { formatDate, isRealDate, wholeYearsBetween } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { IntervalFact } from '../../content/schema';
import type { Claim } from '../../questions/claims';
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

function intervalClaims(index: ContentIndex, iv: IntervalFact): Claim[] {
  const to = index.fact(iv.to);
  const toKind = kindOf(to);
  // The event by its name where it has one (the 19th meeting), else by its ordering label.
  const toName =
    toKind.eventName?.(index, to) ??
    toKind.eventLabel?.(index, to, false) ??
    t('该活动', 'that event');
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
