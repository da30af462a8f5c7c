import { isRealDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { RuleFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { datePhrase, inSentence, type Value, valueLabel } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, namer, t, the } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** Spans a question on `every` offers: the usual rhythms of recurring meetings. */
const RHYTHMS = [1, 2, 3, 4, 5, 10] as const;

/** 每年 / every year; 每4年 / every 4 years */
function everyPhrase(n: number): Text {
  return n === 1 ? t('每年', 'every year') : t(`每${n}年`, `every ${n} years`);
}

function rhythm(n: number): Value {
  return { type: 'term', text: everyPhrase(n) };
}

/** The host after `last` in the order (after the last member, the first again). */
export function nextHost(rotation: NonNullable<RuleFact['rotation']>): string | undefined {
  const at = rotation.order.indexOf(rotation.last);
  return at < 0 ? undefined : rotation.order[(at + 1) % rotation.order.length];
}

/** Which of the three rules the fact states. */
function ruleOf(f: RuleFact): 'every' | 'rotation' | 'term' | undefined {
  if (f.every !== undefined) return 'every';
  if (f.rotation) return 'rotation';
  if (f.term) return 'term';
  return undefined;
}

/** The subject in a sentence: "the FIFA World Cup", but "China" (a country takes "the" only where its entity says so). */
function subject(index: ContentIndex, f: RuleFact, short = false) {
  const { name, shortName } = namer(index);
  const S = short ? shortName(f.subject) : name(f.subject);
  const country = index.entity(f.subject).type === 'country';
  return { S, theS: country ? S.en : the(index, S.en) };
}

/** 上海合作组织秘书长 / Secretary-General of the Shanghai Cooperation Organisation */
function officeOf(index: ContentIndex, f: RuleFact, office: Text): Text {
  const { S, theS } = subject(index, f);
  return t(`${S.zh}${office.zh}`, `${office.en} of ${theS}`);
}

/** A recurring rule: held every N years, hosts in turn, or a term's length. */
export const rule: FactKindModule<RuleFact> = {
  kind: 'rule',
  summary:
    'a recurring rule: held every N years, hosts taking turns in a stated order, a term length',
  alsoCalled: [
    'recurring',
    'rotation',
    'rotating',
    'alternate',
    'alternating',
    'frequency',
    'periodicity',
    'annual',
    'biennial',
    'regularity',
  ],

  entityRefs: (fact) => [
    {
      field: 'subject',
      id: fact.subject,
      types: ['meeting-series', 'organisation', 'summit', 'forum', 'country'],
    },
    ...(fact.rotation
      ? [
          ...fact.rotation.order.map((id, i) => ({
            field: `rotation.order[${i}]`,
            id,
            types: ['country'] as const,
          })),
          { field: 'rotation.last', id: fact.rotation.last, types: ['country'] as const },
        ]
      : []),
  ],

  check: (fact, { at, claimKey }) => {
    const given = [fact.every !== undefined, !!fact.rotation, !!fact.term].filter(Boolean).length;
    if (given !== 1)
      at(
        'every',
        `a rule gives exactly one of every (held every N years), rotation (hosts in turn) or term (a term's length); this fact gives ${given}`,
      );
    const r = fact.rotation;
    if (r) {
      if (new Set(r.order).size !== r.order.length)
        at('rotation.order', 'a member is listed twice, so the next host is not one country');
      if (!r.order.includes(r.last))
        at('rotation.last', `"${r.last}" is not in the order, so the next host is not known`);
      if (!isRealDate(r.lastDate)) at('rotation.lastDate', `"${r.lastDate}" is not a real date`);
    }
    const which = ruleOf(fact);
    const key = which === 'term' ? `term:${fact.term?.office.en.toLowerCase()}` : which;
    const before = claimKey(`rule:${fact.subject}|${key}`);
    if (before) at(which ?? 'every', `"${fact.subject}" already has this rule (fact "${before}")`);
  },

  claims: ruleClaims,

  explain: (index, fact) => {
    const { S, theS } = subject(index, fact);
    if (fact.every !== undefined) {
      const e = everyPhrase(fact.every);
      return t(`${S.zh}${e.zh}举行一次。`, `${capitalise(theS)} is held ${e.en}.`);
    }
    if (fact.term) {
      const o = officeOf(index, fact, fact.term.office);
      const n = fact.term.years;
      return t(
        `${o.zh}每届任期${n}年。`,
        `The ${o.en} serves a term of ${n} ${n === 1 ? 'year' : 'years'}.`,
      );
    }
    const r = fact.rotation;
    if (!r) return t('', '');
    const { list, name } = namer(index);
    const members = list(r.order);
    const next = name(nextHost(r) ?? r.last);
    const last = name(r.last);
    const when = datePhrase(r.lastDate);
    const m = r.measure ?? '次';
    return t(
      `${r.basis ? `按照${r.basis.zh}，` : ''}${S.zh}由${members.zh}依次轮流主办。${when.zh}由${last.zh}主办，下一${m}由${next.zh}主办。`,
      `${capitalise(theS)} is hosted in turn by ${members.en}${r.basis ? `, ${r.basis.en}` : ''}; after ${last.en} ${when.en}, the next host is ${next.en}.`,
    );
  },

  headline: (index, fact) => {
    const { S, theS } = subject(index, fact, true);
    if (fact.every !== undefined) {
      const e = everyPhrase(fact.every);
      return t(`${S.zh}${e.zh}举行一次`, `${capitalise(theS)}: held ${e.en}`);
    }
    if (fact.term)
      return t(
        `${S.zh}${fact.term.office.zh}任期`,
        `Term of the ${fact.term.office.en} of ${theS}`,
      );
    return t(`${S.zh}轮流主办顺序`, `${capitalise(theS)}: order of hosts`);
  },
};

function ruleClaims(index: ContentIndex, f: RuleFact): Claim[] {
  const { S, theS } = subject(index, f);
  const subjectLabel = t(S.zh, capitalise(theS));
  if (f.every !== undefined) {
    const e = everyPhrase(f.every);
    return [
      {
        id: `${f.id}/every`,
        relation: 'rule.every',
        factIds: [f.id],
        values: [rhythm(f.every)],
        pool: { type: 'enum', values: [...new Set([...RHYTHMS, f.every])].map(rhythm) },
        ask: t(`${S.zh}每几年举行一次？`, `How often is ${theS} held?`),
        statement: (v) => {
          const p = v.type === 'term' ? v.text : e;
          return t(`${S.zh}${p.zh}举行一次。`, `${capitalise(theS)} is held ${p.en}.`);
        },
        subjectLabel,
        matchFamily: 'rule-every',
        difficulty: 2,
      },
    ];
  }
  if (f.term) {
    const o = officeOf(index, f, f.term.office);
    return [
      {
        id: `${f.id}/term`,
        relation: 'rule.term',
        factIds: [f.id],
        values: [{ type: 'count', n: f.term.years, unit: 'year' }],
        pool: { type: 'count', unit: 'year' },
        ask: t(`${o.zh}每届任期几年？`, `How many years is a term of the ${o.en}?`),
        statement: (v) => {
          const n = valueLabel(index, v);
          return t(`${o.zh}每届任期${n.zh}。`, `A term of the ${o.en} is ${n.en}.`);
        },
        blank: t(`${o.zh}每届任期${BLANK}年。`, `A term of the ${o.en} is ${BLANK_EN} years.`),
        subjectLabel: t(o.zh, capitalise(o.en)),
        matchFamily: 'rule-term',
        difficulty: 2,
      },
    ];
  }
  const r = f.rotation;
  const next = r ? nextHost(r) : undefined;
  if (!r || !next) return [];
  // The rule names one next host only from the last turn the sources report. The short name:
  // a series named for its members (中日韩 / China–Japan–ROK) would give the answer away.
  const { name } = namer(index);
  const { S: shortS, theS: theShortS } = subject(index, f, true);
  const last = name(r.last);
  const when = datePhrase(r.lastDate);
  const m = r.measure ?? '次';
  const basis = r.basis ? t(`按照${r.basis.zh}`, ` ${r.basis.en}`) : t('按照轮流主办顺序', '');
  return [
    {
      id: `${f.id}/next`,
      relation: 'rule.next',
      factIds: [f.id],
      values: [{ type: 'entity', id: next }],
      pool: { type: 'entity', entityTypes: ['country'], related: r.order },
      ask: t(
        `${basis.zh}，${shortS.zh}${when.zh}由${last.zh}主办之后，下一${m}由哪个国家主办？`,
        `${capitalise(theShortS)} is hosted in turn${basis.en}. After ${last.en} hosted it ${when.en}, which country hosts the next one?`,
      ),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${basis.zh}，${shortS.zh}${when.zh}由${last.zh}主办之后，下一${m}由${c.zh}主办。`,
          `${capitalise(theShortS)} is hosted in turn${basis.en}: after ${last.en} ${when.en}, the next host is ${c.en}.`,
        );
      },
      blank: t(
        `${basis.zh}，${shortS.zh}${when.zh}由${last.zh}主办之后，下一${m}由${BLANK}主办。`,
        `${capitalise(theShortS)} is hosted in turn${basis.en}: after ${last.en} ${when.en}, the next host is ${BLANK_EN}.`,
      ),
      subjectLabel: t(`${shortS.zh}下一${m}主办国`, `${capitalise(theShortS)}: next host`),
      matchFamily: 'rule-next',
      difficulty: 3,
    },
  ];
}
