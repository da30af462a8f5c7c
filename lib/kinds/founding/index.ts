import { formatDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { FoundingFact } from '../../content/schema';
import { perIndex } from '../../questions/lookups';
import type { Claim } from '../../questions/claims';
import { datePhrase, inSentence, valueLabel } from '../../questions/values';
import {
  BLANK,
  BLANK_EN,
  capitalise,
  cityInCountry,
  knownDates,
  namer,
  t,
  the,
} from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The countries that joined each organisation after its founding, in content order. */
const laterMembers = perIndex((index: ContentIndex) => {
  const byOrganisation = new Map<string, string[]>();
  for (const f of index.facts) {
    if (f.kind !== 'membership') continue;
    byOrganisation.set(f.organisation, [
      ...(byOrganisation.get(f.organisation) ?? []),
      ...f.joined,
    ]);
  }
  return byOrganisation;
});

/** The founding of an organisation or the setting up of a mechanism (a meeting series). */
export const founding: FactKindModule<FoundingFact> = {
  kind: 'founding',
  summary: 'an organisation founded or a mechanism set up',
  alsoCalled: ['foundation', 'establishment', 'established', 'creation', 'launch', 'setup'],

  entityRefs: (fact) => [
    { field: 'organisation', id: fact.organisation, types: ['organisation', 'meeting-series'] },
    ...(fact.city ? [{ field: 'city', id: fact.city, types: ['city'] as const }] : []),
    ...(fact.foundingMembers ?? []).map((id, i) => ({
      field: `foundingMembers[${i}]`,
      id,
      types: ['country'] as const,
    })),
  ],

  check: (fact, { at }) => {
    if (fact.foundingMembers && new Set(fact.foundingMembers).size !== fact.foundingMembers.length)
      at('foundingMembers', 'a member is listed twice');
  },

  claims: foundingClaims,

  eventLabel: (index, fact) => {
    const { name } = namer(index);
    return index.entity(fact.organisation).type === 'meeting-series'
      ? t(
          `${name(fact.organisation).zh}机制建立`,
          `The mechanism of the ${name(fact.organisation).en} is set up`,
        )
      : t(
          `${name(fact.organisation).zh}成立`,
          `${capitalise(the(index, name(fact.organisation).en))} is founded`,
        );
  },

  explain: (index, fact) => {
    const { name, list } = namer(index);
    const O = name(fact.organisation);
    const d = formatDate(fact.date);
    const mechanism = index.entity(fact.organisation).type === 'meeting-series';
    const at = fact.city ? cityInCountry(index, fact.city) : undefined;
    let text = mechanism
      ? t(`${O.zh}机制于${d.zh}建立。`, `The mechanism of the ${O.en} was set up in ${d.en}.`)
      : t(
          `${O.zh}于${d.zh}${at ? `在${at.zh}` : ''}成立。`,
          // "in Paris, France, on 23 June 1894": a place with its country is set off by commas.
          `The ${O.en} was founded${at ? ` in ${at.en}${at.en.includes(',') ? ',' : ''}` : ''} on ${d.en}.`,
        );
    if (fact.foundingMembers?.length) {
      const m = list(fact.foundingMembers);
      text = {
        zh: `${text.zh}最初的${fact.foundingMembers.length}个成员国：${m.zh}。`,
        en: `${text.en} Its ${fact.foundingMembers.length} founding members: ${m.en}.`,
      };
    }
    if (fact.purpose)
      text = { zh: `${text.zh}${fact.purpose.zh}`, en: `${text.en} ${fact.purpose.en}` };
    return text;
  },

  headline: (index, fact) => {
    const o = index.entity(fact.organisation);
    return o.type === 'meeting-series'
      ? { zh: `${o.name.zh}机制建立`, en: `${(o.short ?? o.name).en} mechanism set up` }
      : { zh: `${o.name.zh}成立`, en: `${o.name.en} founded` };
  },

  cityMentions: (fact) => (fact.city ? [{ city: fact.city, role: 'venue' }] : []),
};

function foundingClaims(index: ContentIndex, f: FoundingFact): Claim[] {
  const { name, shortName, list } = namer(index);
  const org = index.entity(f.organisation);
  const O = name(f.organisation);
  const mechanism = org.type === 'meeting-series';
  const subject = mechanism
    ? t(`${O.zh}机制`, `the mechanism of the ${O.en}`)
    : t(O.zh, the(index, O.en));
  const subjectLabel = mechanism
    ? t(
        `${shortName(f.organisation).zh}机制建立`,
        `${shortName(f.organisation).en} mechanism set up`,
      )
    : t(`${shortName(f.organisation).zh}成立`, `${shortName(f.organisation).en} founded`);
  const base = { factIds: [f.id], subjectLabel };
  const claims: Claim[] = [
    {
      ...base,
      id: `${f.id}/date`,
      relation: 'founding.date',
      values: [{ type: 'date', date: f.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: mechanism
        ? t(`${O.zh}机制于何时建立？`, `When was ${subject.en} set up?`)
        : t(`${O.zh}于何时成立？`, `When was ${subject.en} founded?`),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return mechanism
          ? t(`${O.zh}机制于${d.zh}建立。`, `${capitalise(subject.en)} was set up ${d.en}.`)
          : t(`${O.zh}于${d.zh}成立。`, `${capitalise(subject.en)} was founded ${d.en}.`);
      },
      matchFamily: 'date',
      difficulty: 2,
    },
  ];
  if (f.city) {
    claims.push({
      ...base,
      id: `${f.id}/city`,
      relation: 'founding.city',
      values: [{ type: 'entity', id: f.city }],
      pool: { type: 'entity', entityTypes: ['city'], related: [] },
      ask: t(`${O.zh}在哪座城市成立？`, `In which city was ${the(index, O.en)} founded?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${O.zh}在${c.zh}成立。`,
          `${capitalise(the(index, O.en))} was founded in ${c.en}.`,
        );
      },
      blank: t(
        `${O.zh}在${BLANK}（城市）成立。`,
        `${BLANK_EN} was the city where ${the(index, O.en)} was founded.`,
      ),
      difficulty: 1,
    });
  }
  if (f.foundingMembers && f.foundingMembers.length > 0) {
    const members = f.foundingMembers;
    claims.push({
      ...base,
      id: `${f.id}/founders`,
      relation: 'founding.members',
      values: members.map((id) => ({ type: 'entity', id })),
      // Countries that joined later are what a learner who half knows the topic takes for founders.
      pool: {
        type: 'entity',
        entityTypes: ['country'],
        related: laterMembers(index).get(f.organisation) ?? [],
      },
      ask: t(
        `以下哪个国家是${O.zh}的创始成员国？`,
        `Which of these countries was a founding member of ${the(index, O.en)}?`,
      ),
      askMany: t(
        `以下哪些国家是${O.zh}的创始成员国？（多选）`,
        `Which of these countries were founding members of ${the(index, O.en)}? (Select all that apply.)`,
      ),
      recall: t(`${O.zh}的创始成员国有哪些？`, `Which countries founded ${the(index, O.en)}?`),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${c.zh}是${O.zh}的创始成员国。`,
          `${c.en} was a founding member of ${the(index, O.en)}.`,
        );
      },
      statementMany: (vs) => {
        const c = list(vs.flatMap((v) => (v.type === 'entity' ? [v.id] : [])));
        return t(
          `${c.zh}是${O.zh}的创始成员国。`,
          `${c.en} were founding members of ${the(index, O.en)}.`,
        );
      },
      difficulty: 2,
    });
    claims.push({
      ...base,
      id: `${f.id}/founder-count`,
      relation: 'founding.memberCount',
      values: [{ type: 'count', n: members.length, unit: 'country' }],
      pool: { type: 'count', unit: 'country' },
      ask: t(
        `${O.zh}成立时有几个创始成员国？`,
        `How many founding member states did ${the(index, O.en)} have?`,
      ),
      statement: (v) => {
        const n = v.type === 'count' ? v.n : 0;
        return t(
          `${O.zh}的创始成员国共有${n}个。`,
          `${capitalise(the(index, O.en))} had ${n} founding member states.`,
        );
      },
      blank: t(
        `${O.zh}的创始成员国共有${BLANK}个。`,
        `${capitalise(the(index, O.en))} had ${BLANK_EN} founding member states.`,
      ),
      difficulty: 1,
    });
  }
  return claims;
}
