import { compareDates, dateRange, formatDate, isRealDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { OfficeFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { datePhrase, inSentence, ordinalLabel, valueLabel } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, knownDates, namer, t, the } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The terms of each office of the content (an office is its body and its English name), in content order. */
const termsOf = perIndex((index: ContentIndex) => {
  const byOffice = new Map<string, OfficeFact[]>();
  for (const f of index.facts) {
    if (f.kind !== 'office') continue;
    const key = officeKey(f);
    byOffice.set(key, [...(byOffice.get(key) ?? []), f]);
  }
  return byOffice;
});

function officeKey(f: OfficeFact): string {
  return `${f.of}|${f.office.en.toLowerCase()}`;
}

/** Whether two terms share a day; a handover month ("2023-07" ends one and starts the next) does not count. */
function overlaps(a: OfficeFact, b: OfficeFact): boolean {
  const start = (f: OfficeFact) => dateRange(f.from).first;
  const end = (f: OfficeFact) => (f.to ? dateRange(f.to).first : Number.POSITIVE_INFINITY);
  return start(a) < end(b) && start(b) < end(a);
}

/** 2022年1月1日至2024年12月31日 / from 1 January 2022 to 31 December 2024; 2017年1月1日起 / since … */
function period(f: OfficeFact): Text {
  const from = formatDate(f.from);
  if (!f.to) return t(`${from.zh}起`, `since ${from.en}`);
  const to = formatDate(f.to);
  return t(`${from.zh}至${to.zh}`, `from ${from.en} to ${to.en}`);
}

/** How the holder held the office, by who holds it: a person serves as Secretary-General, a country holds the presidency. */
function wording(index: ContentIndex, f: OfficeFact) {
  const { name } = namer(index);
  const country = index.entity(f.holder).type === 'country';
  const O = name(f.of);
  const role = t(`${O.zh}${f.office.zh}`, `${f.office.en} of ${the(index, O.en)}`);
  const ongoing = !f.to;
  return {
    country,
    role,
    /** "served as Secretary-General of the SCO" / "held the rotating presidency of the SCO" */
    held: country
      ? `${ongoing ? 'has held' : 'held'} the ${role.en}`
      : `${ongoing ? 'has served' : 'served'} as ${role.en}`,
    /** "took office as …" / "took over the …" */
    began: country ? `took over the ${role.en}` : `took office as ${role.en}`,
  };
}

/** An office held for a period, by a person or (a rotating chair) a country. */
export const office: FactKindModule<OfficeFact> = {
  kind: 'office',
  summary: 'a person or country holding an office for a period, rotating chairs included',
  alsoCalled: [
    'appointment',
    'post',
    'position',
    'term',
    'tenure',
    'presidency',
    'chairmanship',
    'chair',
    'election',
    'elected',
    'role',
  ],

  date: (fact) => fact.from,

  entityRefs: (fact) => [
    { field: 'holder', id: fact.holder, types: ['person', 'country'] },
    { field: 'of', id: fact.of, types: ['organisation', 'country', 'meeting-series'] },
  ],

  check: (fact, { at, claimKey, fact: factById }) => {
    if (!isRealDate(fact.from)) at('from', `"${fact.from}" is not a real date`);
    if (fact.to && !isRealDate(fact.to)) at('to', `"${fact.to}" is not a real date`);
    else if (fact.to && isRealDate(fact.from) && compareDates(fact.from, fact.to) === 1)
      at('to', `the term ends (${fact.to}) before it begins (${fact.from})`);
    if (fact.ordinal !== undefined) {
      // One number, one holder: a second term of the same holder may repeat it.
      const before = claimKey(`office-ordinal:${officeKey(fact)}|${fact.ordinal}`);
      const other = before ? factById(before) : undefined;
      if (other?.kind === 'office' && other.holder !== fact.holder)
        at(
          'ordinal',
          `"${other.holder}" is already the holder number ${fact.ordinal} of this office (fact "${before}")`,
        );
    }
  },

  claims: officeClaims,

  eventLabel: (index, fact) => {
    // A second term of the same holder would read the same: such a fact is not put in order.
    const terms = termsOf(index).get(officeKey(fact)) ?? [];
    if (terms.filter((f) => f.holder === fact.holder).length > 1) return undefined;
    const H = namer(index).name(fact.holder);
    const { role, country } = wording(index, fact);
    return t(
      `${H.zh}开始担任${role.zh}`,
      `${H.en} ${country ? 'takes over the' : 'takes office as'} ${role.en}`,
    );
  },

  orderedBy: 'from',

  explain: (index, fact) => {
    const H = namer(index).name(fact.holder);
    const { role, held } = wording(index, fact);
    const p = period(fact);
    return t(`${p.zh}，${H.zh}担任${role.zh}。`, `${H.en} ${held} ${p.en}.`);
  },

  headline: (index, fact) => {
    const holder = index.entity(fact.holder).name;
    const body = index.entity(fact.of);
    const short = body.short ?? body.name;
    return {
      zh: `${holder.zh}任${short.zh}${fact.office.zh}`,
      en: `${holder.en}, ${fact.office.en} of ${the(index, short.en)}`,
    };
  },
};

function officeClaims(index: ContentIndex, f: OfficeFact): Claim[] {
  const H = namer(index).name(f.holder);
  const { country, role, held, began } = wording(index, f);
  const p = period(f);
  const terms = termsOf(index).get(officeKey(f)) ?? [];
  // Whoever held the office on any day of this term is a right answer (co-holders, a handover).
  const holders = [...new Set(terms.filter((x) => overlaps(x, f)).map((x) => x.holder))];
  const who = country ? t('哪个国家', 'Which country') : t('谁', 'Who');
  const claims: Claim[] = [
    {
      id: `${f.id}/holder`,
      relation: 'office.holder',
      factIds: [f.id],
      values: holders.map((id) => ({ type: 'entity', id })),
      pool: {
        type: 'entity',
        entityTypes: [index.entity(f.holder).type],
        related: terms.map((x) => x.holder),
      },
      ask: t(`${p.zh}，担任${role.zh}的是${who.zh}？`, `${who.en} ${held} ${p.en}?`),
      statement: (v) => {
        const h = valueLabel(index, v);
        return t(`${p.zh}，担任${role.zh}的是${h.zh}。`, `${h.en} ${held} ${p.en}.`);
      },
      blank: t(`${p.zh}，担任${role.zh}的是${BLANK}。`, `${BLANK_EN} ${held} ${p.en}.`),
      subjectLabel: t(p.zh, capitalise(p.en)),
      matchFamily: `office:${officeKey(f)}`,
      difficulty: 2,
    },
  ];
  // The day a term began, for a holder with one term of this office in the content.
  if (terms.filter((x) => x.holder === f.holder).length === 1) {
    const dates = terms.map((x) => x.from);
    claims.push({
      id: `${f.id}/from`,
      relation: 'office.from',
      factIds: [f.id],
      values: [{ type: 'date', date: f.from }],
      pool: { type: 'date', known: dates.length > 3 ? dates : knownDates(index) },
      ask: t(
        `${H.zh}于何时起担任${role.zh}？`,
        `When did ${H.en} ${began.replace(/^took/, 'take')}?`,
      ),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return t(`${H.zh}于${d.zh}起担任${role.zh}。`, `${H.en} ${began} ${d.en}.`);
      },
      subjectLabel: t(`${H.zh}任${role.zh}`, `${H.en}: ${f.office.en}`),
      matchFamily: 'date',
      difficulty: 2,
    });
  }
  claims.push(...ordinalClaims(index, f, terms));
  return claims;
}

/** 第几任: the holder's number in the line of holders, and who held a number, where the content counts them. */
function ordinalClaims(index: ContentIndex, f: OfficeFact, terms: readonly OfficeFact[]): Claim[] {
  if (f.ordinal === undefined) return [];
  const H = namer(index).name(f.holder);
  const { role } = wording(index, f);
  const was = f.to ? 'was' : 'is';
  const counted = terms.filter((x) => x.ordinal !== undefined);
  const known = [...new Set(counted.map((x) => x.ordinal!))];
  const claims: Claim[] = [];
  // Asked once per holder, of the first of its counted terms: every number it held is right.
  const own = counted.filter((x) => x.holder === f.holder);
  if (own[0]?.id === f.id) {
    const numbers = [...new Set(own.map((x) => x.ordinal!))];
    claims.push({
      id: `${f.id}/ordinal`,
      relation: 'office.ordinal',
      factIds: own.map((x) => x.id),
      values: numbers.map((n) => ({ type: 'ordinal', n, measure: '任' })),
      pool: { type: 'ordinal', known, measure: '任' },
      ask: t(
        `${H.zh}是第几任${role.zh}？`,
        `Counting from the first, which ${role.en} ${was} ${H.en}?`,
      ),
      statement: (v) => {
        const n = v.type === 'ordinal' ? ordinalLabel(v.n, '任') : valueLabel(index, v);
        return t(`${H.zh}是${n.zh}${role.zh}。`, `${H.en} ${was} the ${n.en} ${role.en}.`);
      },
      blank: t(`${H.zh}是第${BLANK}任${role.zh}。`, `${H.en} ${was} the ${BLANK_EN} ${role.en}.`),
      subjectLabel: t(`${H.zh}任${role.zh}`, `${H.en}, ${f.office.en}`),
      matchFamily: `office-ordinal:${officeKey(f)}`,
      difficulty: 2,
    });
  }
  // Who held the number: asked of the first term that carries it.
  const same = counted.filter((x) => x.ordinal === f.ordinal);
  if (same[0]?.id === f.id) {
    const N = ordinalLabel(f.ordinal, '任');
    const country = index.entity(f.holder).type === 'country';
    const who = country ? t('哪个国家', 'Which country') : t('谁', 'Who');
    claims.push({
      id: `${f.id}/nth-holder`,
      relation: 'office.nthHolder',
      factIds: same.map((x) => x.id),
      values: [{ type: 'entity', id: f.holder }],
      pool: {
        type: 'entity',
        entityTypes: [index.entity(f.holder).type],
        related: terms.map((x) => x.holder),
      },
      ask: t(`${N.zh}${role.zh}是${who.zh}？`, `${who.en} ${was} the ${N.en} ${role.en}?`),
      statement: (v) => {
        const h = inSentence(index, v);
        return t(`${N.zh}${role.zh}是${h.zh}。`, `The ${N.en} ${role.en} ${was} ${h.en}.`);
      },
      blank: t(`${N.zh}${role.zh}是${BLANK}。`, `The ${N.en} ${role.en} ${was} ${BLANK_EN}.`),
      subjectLabel: t(`${N.zh}${role.zh}`, capitalise(`the ${N.en} ${role.en}`)),
      matchFamily: `office-nth:${officeKey(f)}`,
      difficulty: 2,
    });
  }
  return claims;
}
