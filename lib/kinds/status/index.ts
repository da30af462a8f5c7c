import { dateRange, formatDate, isRealDate, yearOf } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { StatusFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { datePhrase, inSentence, termKey, type Value } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, namer, t, the } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The status facts of each organisation, in content order. */
const byOrganisation = perIndex((index: ContentIndex) => {
  const map = new Map<string, StatusFact[]>();
  for (const f of index.facts) {
    if (f.kind !== 'status') continue;
    map.set(f.organisation, [...(map.get(f.organisation) ?? []), f]);
  }
  return map;
});

function sameHolder(a: StatusFact, b: StatusFact): boolean {
  return a.organisation === b.organisation && a.country === b.country;
}

/** Whether two dates may name the same day: 2024 and 2024-07-04 may. */
function mayBeOneDay(a: string, b: string): boolean {
  const x = dateRange(a);
  const y = dateRange(b);
  return x.first <= y.last && y.first <= x.last;
}

/** "a member state", "an observer state" */
function withArticle(en: string): string {
  return `${/^[aeiou]/i.test(en) ? 'an' : 'a'} ${en}`;
}

function term(text: Text): Value {
  return { type: 'term', text };
}

/** Words for one fact: the organisation, the country, the status, the date. */
function words(index: ContentIndex, f: StatusFact) {
  const { name } = namer(index);
  const O = name(f.organisation);
  const C = name(f.country);
  const D = datePhrase(f.date);
  return { O, C, D, theO: the(index, O.en) };
}

/** 伊朗由上海合作组织观察员国成为成员国 / Iran became a member state of the SCO, having been an observer state */
function sentence(index: ContentIndex, f: StatusFact, status: Text): Text {
  const { O, C, D, theO } = words(index, f);
  const before = f.before;
  return t(
    before
      ? `${D.zh}，${C.zh}由${O.zh}${before.zh}成为${status.zh}。`
      : `${D.zh}，${C.zh}成为${O.zh}${status.zh}。`,
    `${capitalise(D.en)}, ${C.en} became ${withArticle(status.en)} of ${theO}${before ? `, having been ${withArticle(before.en)}` : ''}.`,
  );
}

/** An organisation granting a country a status (observer, dialogue partner, member). */
export const status: FactKindModule<StatusFact> = {
  kind: 'status',
  summary: 'an organisation granting a country a status (observer, dialogue partner, member)',
  alsoCalled: ['observer', 'partner', 'partnership', 'upgrade', 'granted', 'standing'],

  entityRefs: (fact) => [
    { field: 'organisation', id: fact.organisation, types: ['organisation'] },
    { field: 'country', id: fact.country, types: ['country'] },
    ...(fact.event
      ? [{ field: 'event', id: fact.event, types: ['summit', 'forum', 'meeting-series'] as const }]
      : []),
  ],

  check: (fact, { at, claimKey, facts }) => {
    if (!isRealDate(fact.date)) at('date', `"${fact.date}" is not a real date`);
    // Two statuses in one year are told apart by their days; dates that may be one day cannot be.
    for (const other of facts()) {
      if (other.id === fact.id) break;
      if (other.kind !== 'status' || !sameHolder(other, fact)) continue;
      if (termKey(other.status) === termKey(fact.status) || !isRealDate(other.date)) continue;
      if (isRealDate(fact.date) && mayBeOneDay(other.date, fact.date))
        at(
          'date',
          `"${fact.country}" gained ${other.status.en} of "${fact.organisation}" (fact "${other.id}", ${other.date}) and ${fact.status.en} (${fact.date}) on dates that may be one day: give both days, or a question on ${yearOf(fact.date)} has two answers`,
        );
    }
    if (fact.before && termKey(fact.before) === termKey(fact.status))
      at('before', `the status before is the status granted ("${fact.status.en}")`);
    const before = claimKey(`status:${fact.organisation}|${fact.country}|${termKey(fact.status)}`);
    if (before)
      at(
        'status',
        `"${fact.country}" is already granted ${fact.status.en} of "${fact.organisation}" (fact "${before}")`,
      );
  },

  claims: statusClaims,

  eventLabel: (index, fact) => {
    const { shortName, name } = namer(index);
    const O = shortName(fact.organisation);
    const C = name(fact.country);
    return t(
      `${C.zh}成为${O.zh}${fact.status.zh}`,
      `${C.en} becomes ${withArticle(fact.status.en)} of ${the(index, O.en)}`,
    );
  },

  explain: (index, fact) => sentence(index, fact, fact.status),

  headline: (index, fact) => {
    const o = index.entity(fact.organisation);
    const short = o.short ?? o.name;
    const c = index.entity(fact.country).name;
    return t(
      `${c.zh}成为${short.zh}${fact.status.zh}`,
      `${c.en} becomes ${withArticle(fact.status.en)} of ${the(index, short.en)}`,
    );
  },
};

/**
 * Countries the content says held a status (as the one before another) without saying when they
 * were granted it: they may have been granted it that day, so they are never offered as wrong.
 */
function unknownSince(all: readonly StatusFact[], status: Text): string[] {
  const key = termKey(status);
  const granted = new Set(all.filter((x) => termKey(x.status) === key).map((x) => x.country));
  return all
    .filter((x) => x.before && termKey(x.before) === key && !granted.has(x.country))
    .map((x) => x.country);
}

function statusClaims(index: ContentIndex, f: StatusFact): Claim[] {
  const { O, C, theO } = words(index, f);
  const all = byOrganisation(index).get(f.organisation) ?? [];
  const terms = new Map<string, Text>();
  for (const x of all) {
    terms.set(termKey(x.status), x.status);
    if (x.before) terms.set(termKey(x.before), x.before);
  }
  // "In 2024, which status did Belarus gain?" has one answer unless it gained two that year:
  // then the question names the day, and every status of a day that may be the same is keyed.
  const sameYear = all.filter(
    (x) =>
      sameHolder(x, f) &&
      termKey(x.status) !== termKey(f.status) &&
      yearOf(x.date) === yearOf(f.date),
  );
  const year = t(`${yearOf(f.date)}年`, String(yearOf(f.date)));
  const Y = sameYear.length > 0 ? formatDate(f.date) : year;
  const alsoTrue = sameYear.filter((x) => mayBeOneDay(x.date, f.date)).map((x) => term(x.status));
  // Everyone granted the same status on the same day is a right answer to "which country".
  const together = all.filter((x) => termKey(x.status) === termKey(f.status) && x.date === f.date);
  const dates = all.map((x) => x.date);
  const claims: Claim[] = [
    {
      id: `${f.id}/status`,
      relation: 'status.status',
      factIds: [f.id],
      values: [term(f.status), ...alsoTrue],
      pool: { type: 'enum', values: [...terms.values()].map(term) },
      ask: t(
        `${Y.zh}，${C.zh}获得了${O.zh}的哪种地位？`,
        `What status in ${theO} did ${C.en} gain ${sameYear.length > 0 ? datePhrase(f.date).en : `in ${Y.en}`}?`,
      ),
      statement: (v) => sentence(index, f, v.type === 'term' ? v.text : t('', '')),
      subjectLabel: t(`${Y.zh}${C.zh}`, `${C.en}, ${Y.en}`),
      matchFamily: `status:${f.organisation}`,
      difficulty: 2,
    },
    {
      id: `${f.id}/date`,
      relation: 'status.date',
      factIds: [f.id],
      values: [{ type: 'date', date: f.date }],
      pool: { type: 'date', known: dates },
      ask: t(
        `${C.zh}于何时成为${O.zh}${f.status.zh}？`,
        `When did ${C.en} become ${withArticle(f.status.en)} of ${theO}?`,
      ),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : t('', '');
        return t(
          `${C.zh}于${d.zh}成为${O.zh}${f.status.zh}。`,
          `${C.en} became ${withArticle(f.status.en)} of ${theO} ${d.en}.`,
        );
      },
      subjectLabel: t(`${C.zh}成为${f.status.zh}`, `${C.en}: ${f.status.en}`),
      matchFamily: 'date',
      difficulty: 2,
    },
  ];
  // One "which country" claim per status and day, made by the first fact of it.
  if (together[0]?.id === f.id) {
    const D = datePhrase(f.date);
    const many = together.length > 1;
    claims.push({
      id: `${f.id}/country`,
      relation: 'status.country',
      factIds: together.map((x) => x.id),
      values: together.map((x) => ({ type: 'entity', id: x.country })),
      pool: {
        type: 'entity',
        entityTypes: ['country'],
        related: all.map((x) => x.country),
      },
      avoid: unknownSince(all, f.status).map((id) => ({ type: 'entity', id })),
      ask: t(
        `${D.zh}，哪个国家成为${O.zh}${f.status.zh}？`,
        `Which country became ${withArticle(f.status.en)} of ${theO} ${D.en}?`,
      ),
      ...(many
        ? {
            askMany: t(
              `${D.zh}，哪些国家成为${O.zh}${f.status.zh}？（多选）`,
              `Which countries became ${f.status.en}s of ${theO} ${D.en}? (Select all that apply.)`,
            ),
          }
        : {}),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${D.zh}，${c.zh}成为${O.zh}${f.status.zh}。`,
          `${capitalise(D.en)}, ${c.en} became ${withArticle(f.status.en)} of ${theO}.`,
        );
      },
      statementMany: (vs) => {
        const c = namer(index).list(vs.flatMap((v) => (v.type === 'entity' ? [v.id] : [])));
        return t(
          `${D.zh}，${c.zh}成为${O.zh}${f.status.zh}。`,
          `${capitalise(D.en)}, ${c.en} became ${f.status.en}s of ${theO}.`,
        );
      },
      blank: t(
        `${D.zh}，${BLANK}成为${O.zh}${f.status.zh}。`,
        `${capitalise(D.en)}, ${BLANK_EN} became ${withArticle(f.status.en)} of ${theO}.`,
      ),
      subjectLabel: t(`${D.zh}成为${f.status.zh}`, `${capitalise(D.en)}: ${f.status.en}`),
      matchFamily: `status-country:${f.organisation}`,
      difficulty: 2,
    });
  }
  return claims;
}
