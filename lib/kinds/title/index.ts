import { compareDates, dateRange, formatDate, isRealDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { Text, TitleFact } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { datePhrase, inSentence, termKey, type Value } from '../../questions/values';
import {
  BLANK,
  BLANK_EN,
  capitalise,
  knownDates,
  namer,
  t,
  the,
  whichOfType,
} from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The facts of each title (compared by its English words), in content order. */
const byTitle = perIndex((index: ContentIndex) => {
  const map = new Map<string, TitleFact[]>();
  for (const f of index.facts) {
    if (f.kind !== 'title') continue;
    const key = termKey(f.title);
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
});

/** Whether two dates may name one day: 2018 and 2018-06-01 may, 2018 and 2019 may not. */
function mayOverlap(a: string, b: string): boolean {
  const x = dateRange(a);
  const y = dateRange(b);
  return x.first <= y.last && y.first <= x.last;
}

/** “东亚文化之都” / Culture City of East Asia */
function quoted(f: TitleFact): Text {
  return t(`“${f.title.zh}”`, f.title.en);
}

/** When it was held: 2018年 / for 2018; 2019年至2020年 / from 2019 to 2020; 1994年 / in 1994 (held since). */
function heldPhrase(f: TitleFact): Text {
  const from = formatDate(f.from);
  if (!f.to) return datePhrase(f.from);
  if (f.to === f.from) return t(from.zh, `for ${from.en}`);
  const to = formatDate(f.to);
  return t(`${from.zh}至${to.zh}`, `from ${from.en} to ${to.en}`);
}

function term(text: Text): Value {
  return { type: 'term', text };
}

/** A title or designation held for a period: a city's yearly title, a person's honorary title. */
export const title: FactKindModule<TitleFact> = {
  kind: 'title',
  summary: 'a title or designation held for a period (a city named for a year, an honorary title)',
  alsoCalled: ['designation', 'honorary', 'honour', 'honor', 'named', 'capital', 'accolade'],

  date: (fact) => fact.from,

  entityRefs: (fact) => [
    {
      field: 'holder',
      id: fact.holder,
      types: ['person', 'country', 'city', 'province', 'organisation', 'group'],
    },
    ...(fact.by
      ? [
          {
            field: 'by',
            id: fact.by,
            types: ['organisation', 'country', 'meeting-series', 'group', 'person'] as const,
          },
        ]
      : []),
  ],

  check: (fact, { at, claimKey }) => {
    if (!isRealDate(fact.from)) at('from', `"${fact.from}" is not a real date`);
    if (fact.to && !isRealDate(fact.to)) at('to', `"${fact.to}" is not a real date`);
    else if (fact.to && isRealDate(fact.from) && compareDates(fact.from, fact.to) === 1)
      at('to', `the title ends (${fact.to}) before it begins (${fact.from})`);
    const before = claimKey(`title:${fact.holder}|${termKey(fact.title)}|${fact.from}`);
    if (before)
      at(
        'title',
        `"${fact.holder}" is already named ${fact.title.en} from ${fact.from} (fact "${before}")`,
      );
  },

  claims: titleClaims,

  eventLabel: (index, fact) => {
    // A holder named twice would read the same: such a fact is not put in order.
    const same = (byTitle(index).get(termKey(fact.title)) ?? []).filter(
      (x) => x.holder === fact.holder,
    );
    if (same.length > 1) return undefined;
    const H = namer(index).name(fact.holder);
    return t(`${H.zh}获得${quoted(fact).zh}称号`, `${H.en} is named ${fact.title.en}`);
  },

  orderedBy: 'from',

  explain: (index, fact) => {
    const { name } = namer(index);
    const H = name(fact.holder);
    const B = fact.by ? name(fact.by) : undefined;
    const byEn = B ? ` by ${the(index, B.en)}` : '';
    const p = heldPhrase(fact);
    return t(
      `${p.zh}，${H.zh}获得${B ? `${B.zh}授予的` : ''}${quoted(fact).zh}称号。`,
      `${H.en} was named ${fact.title.en}${byEn} ${p.en}.`,
    );
  },

  headline: (index, fact) => {
    const H = index.entity(fact.holder).name;
    return t(`${H.zh}获${quoted(fact).zh}称号`, `${H.en} named ${fact.title.en}`);
  },
};

function titleClaims(index: ContentIndex, f: TitleFact): Claim[] {
  const { name } = namer(index);
  const H = name(f.holder);
  const T = quoted(f);
  const F = datePhrase(f.from);
  const holderType = index.entity(f.holder).type;
  const all = byTitle(index).get(termKey(f.title)) ?? [];
  const claims: Claim[] = [];

  // Who was named that year: every holder of the title from a date that may be the same.
  const together = all.filter((x) => mayOverlap(x.from, f.from));
  if (together[0]?.id === f.id) {
    const many = new Set(together.map((x) => x.holder)).size > 1;
    const who = whichOfType(holderType);
    const whoMany = whichOfType(holderType, true);
    claims.push({
      id: `${f.id}/holder`,
      relation: 'title.holder',
      factIds: together.map((x) => x.id),
      values: [...new Set(together.map((x) => x.holder))].map((id) => ({ type: 'entity', id })),
      pool: { type: 'entity', entityTypes: [holderType], related: all.map((x) => x.holder) },
      ask: t(`${F.zh}，${who.zh}获得${T.zh}称号？`, `${who.en} was named ${f.title.en} ${F.en}?`),
      ...(many
        ? {
            askMany: t(
              `${F.zh}，${whoMany.zh}获得${T.zh}称号？（多选）`,
              `${whoMany.en} were named ${f.title.en} ${F.en}? (Select all that apply.)`,
            ),
          }
        : {}),
      statement: (v) => {
        const h = inSentence(index, v);
        return t(`${F.zh}，${h.zh}获得${T.zh}称号。`, `${h.en} was named ${f.title.en} ${F.en}.`);
      },
      statementMany: (vs) => {
        const h = namer(index).list(vs.flatMap((v) => (v.type === 'entity' ? [v.id] : [])));
        return t(`${F.zh}，${h.zh}获得${T.zh}称号。`, `${h.en} were named ${f.title.en} ${F.en}.`);
      },
      blank: t(
        `${F.zh}，${BLANK}获得${T.zh}称号。`,
        `${BLANK_EN} was named ${f.title.en} ${F.en}.`,
      ),
      subjectLabel: t(`${F.zh}${T.zh}`, `${f.title.en}, ${formatDate(f.from).en}`),
      matchFamily: `title:${termKey(f.title)}`,
      difficulty: 2,
    });
  }

  // When the holder was named, for a holder named once.
  if (all.filter((x) => x.holder === f.holder).length === 1) {
    const dates = all.map((x) => x.from);
    claims.push({
      id: `${f.id}/from`,
      relation: 'title.from',
      factIds: [f.id],
      values: [{ type: 'date', date: f.from }],
      pool: { type: 'date', known: dates.length > 3 ? dates : knownDates(index) },
      ask: t(`${H.zh}于何时获得${T.zh}称号？`, `When was ${H.en} named ${f.title.en}?`),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : t('', '');
        return t(`${H.zh}于${d.zh}获得${T.zh}称号。`, `${H.en} was named ${f.title.en} ${d.en}.`);
      },
      subjectLabel: t(`${H.zh}获${T.zh}称号`, `${H.en}: ${f.title.en}`),
      matchFamily: 'date',
      difficulty: 2,
    });
  }

  // Which title the holder was given that year: every title it was given from a date that may be the same.
  const ofHolder = index.facts.filter(
    (x): x is TitleFact =>
      x.kind === 'title' && x.holder === f.holder && mayOverlap(x.from, f.from),
  );
  const titles = new Map<string, Text>();
  for (const x of index.facts)
    if (x.kind === 'title' && index.entity(x.holder).type === holderType)
      titles.set(termKey(x.title), x.title);
  if (ofHolder[0]?.id === f.id && titles.size > 1) {
    const given = [...new Map(ofHolder.map((x) => [termKey(x.title), x.title])).values()];
    claims.push({
      id: `${f.id}/title`,
      relation: 'title.title',
      factIds: ofHolder.map((x) => x.id),
      values: given.map(term),
      pool: { type: 'enum', values: [...titles.values()].map(term) },
      ask: t(`${F.zh}，${H.zh}获得了哪项称号？`, `Which title was ${H.en} given ${F.en}?`),
      ...(given.length > 1
        ? {
            askMany: t(
              `${F.zh}，${H.zh}获得了哪些称号？（多选）`,
              `Which titles was ${H.en} given ${F.en}? (Select all that apply.)`,
            ),
          }
        : {}),
      statement: (v) => {
        const x = v.type === 'term' ? v.text : t('', '');
        return t(`${F.zh}，${H.zh}获得“${x.zh}”称号。`, `${H.en} was named ${x.en} ${F.en}.`);
      },
      subjectLabel: t(`${F.zh}${H.zh}`, `${H.en}, ${formatDate(f.from).en}`),
      matchFamily: `title-of:${holderType}`,
      difficulty: 2,
    });
  }

  // Which body confers the title: asked once per title, of its first fact that names one.
  const bodies = [...new Set(all.flatMap((x) => (x.by ? [x.by] : [])))];
  const first = all.find((x) => x.by);
  if (first?.id === f.id && f.by) {
    const allBodies = index.facts.flatMap((x) => (x.kind === 'title' && x.by ? [x.by] : []));
    claims.push({
      id: `${f.id}/by`,
      relation: 'title.by',
      factIds: all.filter((x) => x.by).map((x) => x.id),
      values: bodies.map((id) => ({ type: 'entity', id })),
      pool: { type: 'entity', entityTypes: [index.entity(f.by).type], related: allBodies },
      ask: t(`${T.zh}称号由谁授予？`, `Who confers the title ${f.title.en}?`),
      statement: (v) => {
        const b = inSentence(index, v);
        return t(
          `${T.zh}称号由${b.zh}授予。`,
          `The title ${f.title.en} is conferred by ${the(index, b.en)}.`,
        );
      },
      blank: t(
        `${T.zh}称号由${BLANK}授予。`,
        `The title ${f.title.en} is conferred by ${BLANK_EN}.`,
      ),
      subjectLabel: t(`${T.zh}称号`, capitalise(f.title.en)),
      matchFamily: 'title-by',
      difficulty: 2,
    });
  }
  return claims;
}
