import type { ContentIndex } from '../../content/index-content';
import type { RecordFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import {
  amountLabel,
  type AmountUnit,
  datePhrase,
  digitsAfterPoint,
  figureUnit,
  sentenceName,
  termKey,
  type Value,
} from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, knownDates, t, whichOfType } from '../../questions/wording';
import type { FactKindModule } from '../types';

const recordsOf = perIndex((index: ContentIndex) =>
  index.facts.filter((f): f is RecordFact => f.kind === 'record'),
);

/** Who or what set the record, as a value: a glossary entity or a name in the fact's own words. */
function holderValue(f: RecordFact): Value {
  return f.holder ? { type: 'entity', id: f.holder } : { type: 'term', text: f.name ?? t('', '') };
}

/** A holder as it reads inside a sentence (a name is written that way already). */
function inText(index: ContentIndex, v: Value): Text {
  if (v.type === 'entity') return sentenceName(index, v.id);
  return v.type === 'term' ? v.text : t('', '');
}

/** The record's figure, where it has one. */
function figureOf(f: RecordFact): { measure: Text; value: number; unit: AmountUnit } | undefined {
  if (!f.measure || f.value === undefined || !f.unit) return undefined;
  return {
    measure: f.measure,
    value: f.value,
    unit: figureUnit({ value: f.value, decimals: f.decimals, unit: f.unit, en: f.en }),
  };
}

/** 2019年1月3日，中国成为首个… / On 3 January 2019, China became the first … */
function sentence(f: RecordFact, holder: Text): Text {
  const D = datePhrase(f.date);
  return t(
    `${D.zh}，${holder.zh}成为${f.record.zh}。`,
    `${capitalise(D.en)}, ${holder.en} became ${f.record.en}.`,
  );
}

/** A first or a record, with its figure where it has one. */
export const record: FactKindModule<RecordFact> = {
  kind: 'record',
  summary: 'a first or a record (the first X to do Y; the longest, largest …, with its figure)',
  alsoCalled: [
    'first',
    'firsts',
    'largest',
    'longest',
    'highest',
    'biggest',
    'deepest',
    'fastest',
    'superlative',
    'achievement',
  ],

  entityRefs: (fact) =>
    fact.holder
      ? [
          {
            field: 'holder',
            id: fact.holder,
            types: ['country', 'person', 'city', 'province', 'organisation', 'group'],
          },
        ]
      : [],

  check: (fact, { at, claimKey }) => {
    if (fact.holder && fact.name)
      at(
        'name',
        'give holder (a glossary entity) or name (a thing the glossary has no type for), not both',
      );
    if (!fact.holder && !fact.name)
      at(
        'holder',
        'give holder (a glossary entity) or name (a thing the glossary has no type for)',
      );
    const parts = [fact.measure, fact.value, fact.unit].filter((x) => x !== undefined).length;
    if (parts !== 0 && parts !== 3)
      at('value', 'a record with a figure gives measure, value and unit together');
    if (fact.value !== undefined && fact.decimals !== undefined) {
      const digits = digitsAfterPoint(fact.value);
      if (digits > fact.decimals)
        at(
          'decimals',
          `${fact.value} has ${digits} digits after the point, more than decimals (${fact.decimals})`,
        );
    }
    const before = claimKey(`record:${termKey(fact.record)}`);
    if (before)
      at(
        'record',
        `"${fact.record.en}" is already recorded (fact "${before}"); a record broken later is a new fact in its own words ("… as of 2024")`,
      );
  },

  claims: recordClaims,

  eventLabel: (index, fact) => {
    const H = inText(index, holderValue(fact));
    return t(`${H.zh}成为${fact.record.zh}`, `${capitalise(H.en)} becomes ${fact.record.en}`);
  },

  explain: (index, fact) => {
    const s = sentence(fact, inText(index, holderValue(fact)));
    const figure = figureOf(fact);
    if (!figure) return s;
    const a = amountLabel({ n: figure.value, ...figure.unit });
    return t(
      s.zh.replace(/。$/, `，${figure.measure.zh}${a.zh}。`),
      s.en.replace(/\.$/, `, with a ${figure.measure.en} of ${a.en}.`),
    );
  },

  headline: (index, fact) => {
    const H = fact.holder ? index.entity(fact.holder).name : (fact.name ?? t('', ''));
    return t(`${H.zh}成为${fact.record.zh}`, `${capitalise(H.en)} becomes ${fact.record.en}`);
  },
};

function recordClaims(index: ContentIndex, f: RecordFact): Claim[] {
  const all = recordsOf(index);
  const D = datePhrase(f.date);
  const R = f.record;
  const H = inText(index, holderValue(f));
  const claims: Claim[] = [];

  // Who set it: a glossary entity among those of its type, or a name among the records' names.
  const whoValue = holderValue(f);
  const type = f.holder ? index.entity(f.holder).type : undefined;
  const who = type ? whichOfType(type) : t('哪一项', 'which of these');
  claims.push({
    id: `${f.id}/holder`,
    relation: 'record.holder',
    factIds: [f.id],
    values: [whoValue],
    pool: type
      ? {
          type: 'entity',
          entityTypes: [type],
          related: all.flatMap((x) =>
            x.holder && index.entity(x.holder).type === type ? [x.holder] : [],
          ),
        }
      : {
          type: 'enum',
          values: all.flatMap((x): Value[] => (x.name ? [{ type: 'term', text: x.name }] : [])),
        },
    ask: t(`${D.zh}，${who.zh}成为${R.zh}？`, `${who.en} became ${R.en} ${D.en}?`),
    ...(type ? {} : { recall: t(`${D.zh}，什么成为${R.zh}？`, `What became ${R.en} ${D.en}?`) }),
    statement: (v) => sentence(f, inText(index, v)),
    blank: t(`${D.zh}，${BLANK}成为${R.zh}。`, `${capitalise(D.en)}, ${BLANK_EN} became ${R.en}.`),
    subjectLabel: t(R.zh, capitalise(R.en)),
    matchFamily: type ? `record:${type}` : 'record:named',
    difficulty: 2,
  });

  // When it was set.
  const dates = all.map((x) => x.date);
  claims.push({
    id: `${f.id}/date`,
    relation: 'record.date',
    factIds: [f.id],
    values: [{ type: 'date', date: f.date }],
    pool: { type: 'date', known: dates.length > 3 ? dates : knownDates(index) },
    ask: t(`${H.zh}于何时成为${R.zh}？`, `When did ${H.en} become ${R.en}?`),
    statement: (v) => {
      const d = v.type === 'date' ? datePhrase(v.date) : t('', '');
      return t(`${H.zh}于${d.zh}成为${R.zh}。`, `${capitalise(H.en)} became ${R.en} ${d.en}.`);
    },
    subjectLabel: t(`${H.zh}成为${R.zh}`, `${capitalise(H.en)}: ${R.en}`),
    matchFamily: 'date',
    difficulty: 2,
  });

  // Its figure.
  const figure = figureOf(f);
  if (figure) {
    const M = figure.measure;
    const label = (v: Value): Text => (v.type === 'amount' ? amountLabel(v) : { zh: '', en: '' });
    claims.push({
      id: `${f.id}/value`,
      relation: 'record.value',
      factIds: [f.id],
      values: [{ type: 'amount', n: figure.value, ...figure.unit }],
      pool: { type: 'amount', ...figure.unit },
      ask: t(`${R.zh}${H.zh}的${M.zh}为多少？`, `What was the ${M.en} of ${H.en}, ${R.en}?`),
      statement: (v) => {
        const a = label(v);
        return t(`${H.zh}的${M.zh}为${a.zh}。`, `The ${M.en} of ${H.en} was ${a.en}.`);
      },
      blank: t(`${H.zh}的${M.zh}为${BLANK}。`, `The ${M.en} of ${H.en} was ${BLANK_EN}.`),
      subjectLabel: t(`${H.zh}的${M.zh}`, `${capitalise(H.en)}: ${M.en}`),
      matchFamily: `record-value:${figure.unit.unit.en}`,
      difficulty: 2,
    });
  }
  return claims;
}
