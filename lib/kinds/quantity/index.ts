import { dateRange, datePrecision, formatDate, isRealDate, yearOf } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { QuantityFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import {
  amountLabel,
  type AmountUnit,
  digitsAfterPoint,
  figureUnit,
  type Value,
} from '../../questions/values';
import { BLANK, BLANK_EN, joinEnglish, namer, t } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The facts of each measure (compared by its English words), in content order. */
const byMeasure = perIndex((index: ContentIndex) => {
  const map = new Map<string, QuantityFact[]>();
  for (const f of index.facts) {
    if (f.kind !== 'quantity') continue;
    const key = measureKey(f);
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
});

function measureKey(f: QuantityFact): string {
  return f.measure.en.toLowerCase();
}

/** The same measure of the same subject, targets apart from results: a series over the years. */
function seriesKey(f: QuantityFact): string {
  return `${f.subject}|${measureKey(f)}|${f.target ? 'target' : 'result'}`;
}

function unitOf(f: QuantityFact): AmountUnit {
  return figureUnit(f);
}

function amountOf(f: QuantityFact): Value {
  return { type: 'amount', n: f.value, ...unitOf(f) };
}

/** 2024年 / in 2024; 截至2024年12月31日 / as of 31 December 2024; a target: 2025年 / for 2025. */
function periodPhrase(f: QuantityFact): Text {
  const d = formatDate(f.period);
  if (datePrecision(f.period) === 'day') return t(`截至${d.zh}`, `as of ${d.en}`);
  return t(d.zh, `${f.target ? 'for' : 'in'} ${d.en}`);
}

/** 国内生产总值增速预期目标 / target for GDP growth */
function measureWords(f: QuantityFact): Text {
  return f.target
    ? t(`${f.measure.zh}预期目标`, `${f.measure.en} target`)
    : t(f.measure.zh, f.measure.en);
}

/** 5%左右 / around 5% */
function figure(f: QuantityFact, label: Text): Text {
  return f.approximate ? t(`${label.zh}左右`, `around ${label.en}`) : label;
}

/** "China's GDP growth in 2024" / 2024年，中国国内生产总值增速 */
function subjectPhrase(index: ContentIndex, f: QuantityFact) {
  const S = namer(index).name(f.subject);
  const m = measureWords(f);
  const p = periodPhrase(f);
  return {
    zh: `${p.zh}，${S.zh}${m.zh}`,
    en: `${S.en}'s ${m.en} ${p.en}`,
  };
}

function sentence(index: ContentIndex, f: QuantityFact, label: Text): Text {
  const s = subjectPhrase(index, f);
  const v = figure(f, label);
  const past = !f.target || datePrecision(f.period) === 'day' ? 'was' : 'was set at';
  return t(`${s.zh}为${v.zh}。`, `${s.en} ${past} ${v.en}.`);
}

/** A statistic or a target: a figure with a unit for a year or as of a day. */
export const quantity: FactKindModule<QuantityFact> = {
  kind: 'quantity',
  summary: 'a figure with a unit for a year or a day: a statistic, or a target',
  // No short words ("rate", "number"): they would be nearer to other kinds' misspellings ("member").
  alsoCalled: [
    'statistic',
    'figure',
    'amount',
    'target',
    'goal',
    'indicator',
    'growth',
    'percentage',
    'measurement',
  ],

  date: (fact) => fact.period,

  entityRefs: (fact) => [
    {
      field: 'subject',
      id: fact.subject,
      types: ['country', 'organisation', 'city', 'meeting-series'],
    },
  ],

  check: (fact, { at, claimKey, facts }) => {
    if (!isRealDate(fact.period)) at('period', `"${fact.period}" is not a real date`);
    // A member count for a year in which the count changed: "in 2024, how many members" has two answers.
    else if (datePrecision(fact.period) !== 'day') {
      const period = dateRange(fact.period);
      for (const m of facts()) {
        if (m.kind !== 'membership' || m.organisation !== fact.subject || !isRealDate(m.date))
          continue;
        const day = dateRange(m.date);
        const within = period.first <= day.first && day.last <= period.last;
        if (within && (fact.value === m.membersBefore || fact.value === m.membersAfter))
          at(
            'period',
            `the member count of "${fact.subject}" changed within ${fact.period} (fact "${m.id}": ${m.membersBefore} to ${m.membersAfter} on ${m.date}), so a question on ${fact.period} has two answers: give the day the figure was true ("${yearOf(fact.period)}-12-31")`,
          );
      }
    }
    if (fact.decimals !== undefined && digitsAfterPoint(fact.value) > fact.decimals)
      at(
        'decimals',
        `${fact.value} has ${digitsAfterPoint(fact.value)} digits after the point, more than decimals (${fact.decimals})`,
      );
    if (fact.en && (fact.value === 0) !== (fact.en.value === 0))
      at('en.value', `${fact.en.value} cannot be ${fact.value} in other units`);
    const before = claimKey(`quantity:${seriesKey(fact)}|${fact.period}`);
    if (before)
      at(
        'period',
        `"${fact.subject}" already has a ${fact.target ? 'target' : 'figure'} for ${fact.measure.en} in ${fact.period} (fact "${before}")`,
      );
  },

  claims: quantityClaims,

  explain: (index, fact) => sentence(index, fact, amountLabel({ n: fact.value, ...unitOf(fact) })),

  headline: (index, fact) => {
    const S = namer(index).shortName(fact.subject);
    const m = measureWords(fact);
    const d = formatDate(fact.period);
    const v = figure(fact, amountLabel({ n: fact.value, ...unitOf(fact) }));
    return t(`${d.zh}${S.zh}${m.zh}：${v.zh}`, `${S.en} ${m.en}, ${d.en}: ${v.en}`);
  },
};

function quantityClaims(index: ContentIndex, f: QuantityFact): Claim[] {
  const unit = unitOf(f);
  const same = byMeasure(index).get(measureKey(f)) ?? [];
  // Other recorded figures of the measure (other years, targets and results) are never offered
  // as wrong: a learner who remembers one of them has learnt something true.
  const avoid: Value[] = same
    .filter((x) => x.id !== f.id && x.value !== f.value)
    .map((x) => ({ type: 'amount', n: x.value, ...unit }));
  const s = subjectPhrase(index, f);
  const m = measureWords(f);
  const S = namer(index).name(f.subject);
  const label = (v: Value): Text => (v.type === 'amount' ? amountLabel(v) : { zh: '', en: '' });
  const shortS = namer(index).shortName(f.subject);
  const d = formatDate(f.period);
  const claims: Claim[] = [
    {
      id: `${f.id}/value`,
      relation: 'quantity.value',
      factIds: [f.id],
      values: [amountOf(f)],
      ...(avoid.length > 0 ? { avoid } : {}),
      pool: { type: 'amount', ...unit },
      ask: t(`${s.zh}为多少？`, `What was ${s.en}?`),
      statement: (v) => sentence(index, f, label(v)),
      blank: t(
        `${s.zh}为${BLANK}${f.approximate ? '左右' : ''}。`,
        `${s.en} was ${f.approximate ? 'around ' : ''}${BLANK_EN}.`,
      ),
      subjectLabel: t(`${d.zh}${shortS.zh}${m.zh}`, `${shortS.en} ${m.en}, ${d.en}`),
      // Targets and results of one measure are asked apart: their figures are written differently.
      matchFamily: `quantity:${seriesKey(f)}|${unit.unit.en}`,
      difficulty: 2,
    },
  ];
  // The year of the figure: every year of the series with the same figure is a right answer.
  const series = same.filter((x) => seriesKey(x) === seriesKey(f));
  const alike = series.filter((x) => x.value === f.value);
  // One claim for the years of one figure, made by the first fact that records it.
  if (alike[0]?.id !== f.id) return claims;
  const years = [...new Set(alike.map((x) => yearOf(x.period)))];
  const v = figure(f, amountLabel({ n: f.value, ...unit }));
  const verb = f.target ? t('预期目标', 'target') : t('', '');
  claims.push({
    id: `${f.id}/year`,
    relation: 'quantity.year',
    factIds: alike.map((x) => x.id),
    values: years.map((year) => ({ type: 'year', year })),
    pool: { type: 'year', known: [...new Set(same.map((x) => yearOf(x.period)))] },
    ask: t(
      `${S.zh}${m.zh}为${v.zh}的是哪一年？`,
      f.target
        ? `For which year did ${S.en} set a ${f.measure.en} ${verb.en} of ${v.en}?`
        : `In which year was ${S.en}'s ${f.measure.en} ${v.en}?`,
    ),
    askMany: t(
      `${S.zh}${m.zh}为${v.zh}的是哪几年？（多选）`,
      f.target
        ? `For which years did ${S.en} set a ${f.measure.en} ${verb.en} of ${v.en}? (Select all that apply.)`
        : `In which years was ${S.en}'s ${f.measure.en} ${v.en}? (Select all that apply.)`,
    ),
    statement: (y) => {
      const year = y.type === 'year' ? y.year : 0;
      return t(
        `${year}年，${S.zh}${m.zh}为${v.zh}。`,
        f.target
          ? `${S.en} set a ${f.measure.en} ${verb.en} of ${v.en} for ${year}.`
          : `${S.en}'s ${f.measure.en} was ${v.en} in ${year}.`,
      );
    },
    statementMany: (ys) => {
      const years = ys.flatMap((y) => (y.type === 'year' ? [y.year] : [])).sort((a, b) => a - b);
      const en = joinEnglish(years.map(String));
      return t(
        `${years.map((y) => `${y}年`).join('、')}，${S.zh}${m.zh}均为${v.zh}。`,
        f.target
          ? `${S.en} set a ${f.measure.en} ${verb.en} of ${v.en} for ${en}.`
          : `${S.en}'s ${f.measure.en} was ${v.en} in ${en}.`,
      );
    },
    subjectLabel: t(`${shortS.zh}${m.zh}${v.zh}`, `${shortS.en} ${m.en} of ${v.en}`),
    matchFamily: `quantity-year:${seriesKey(f)}`,
    difficulty: 2,
  });
  return claims;
}
