import { formatDate, yearOf } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { MembershipFact } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { datePhrase, inSentence } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, joinEnglish, namer, t, the } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** Every membership of the content, in content order, with what its claims borrow. */
const membershipsOf = perIndex((index: ContentIndex) => {
  const all = index.facts.filter((f): f is MembershipFact => f.kind === 'membership');
  return {
    facts: all,
    joined: all.flatMap((f) => f.joined),
    years: all.map((f) => yearOf(f.date)),
    events: all.flatMap((f) => (f.event ? [f.event] : [])),
  };
});

/** Countries joining an organisation, at a summit or on a date. */
export const membership: FactKindModule<MembershipFact> = {
  kind: 'membership',
  summary: 'countries joining an organisation, with the member count before and after',
  alsoCalled: ['accession', 'enlargement', 'join', 'joining', 'admission', 'expansion', 'member'],

  entityRefs: (fact) => [
    { field: 'organisation', id: fact.organisation, types: ['organisation', 'meeting-series'] },
    ...fact.joined.map((id, i) => ({ field: `joined[${i}]`, id, types: ['country'] as const })),
    ...(fact.event
      ? [{ field: 'event', id: fact.event, types: ['summit', 'forum'] as const }]
      : []),
  ],

  check: (fact, { at }) => {
    if (fact.membersAfter !== fact.membersBefore + fact.joined.length)
      at(
        'membersAfter',
        `${fact.membersBefore} members + ${fact.joined.length} joined ≠ ${fact.membersAfter}`,
      );
  },

  claims: membershipClaims,

  eventLabel: (index, fact) => {
    const { shortName, list } = namer(index);
    return t(
      `${list(fact.joined).zh}加入${shortName(fact.organisation).zh}`,
      `${list(fact.joined).en} join${fact.joined.length > 1 ? '' : 's'} ${the(index, shortName(fact.organisation).en)}`,
    );
  },

  // A membership's date is asked by its year.
  orderedBy: 'year',

  explain: (index, fact) => {
    const { name, list } = namer(index);
    const O = name(fact.organisation);
    const j = list(fact.joined);
    return t(
      fact.event
        ? `${formatDate(fact.date).zh}，${name(fact.event).zh}上，${j.zh}获准加入${O.zh}，成员国由${fact.membersBefore}个增至${fact.membersAfter}个。`
        : `${formatDate(fact.date).zh}，${j.zh}成为${O.zh}成员国，成员国由${fact.membersBefore}个增至${fact.membersAfter}个。`,
      fact.event
        ? `${capitalise(datePhrase(fact.date).en)}, at ${the(index, name(fact.event).en)}, ${j.en} ${fact.joined.length > 1 ? 'were' : 'was'} admitted to ${the(index, O.en)}, taking it from ${fact.membersBefore} to ${fact.membersAfter} member states.`
        : `${capitalise(datePhrase(fact.date).en)}, ${j.en} became ${fact.joined.length > 1 ? 'members' : 'a member'} of ${the(index, O.en)}, taking it from ${fact.membersBefore} to ${fact.membersAfter} member states.`,
    );
  },

  headline: (index, fact) => {
    const o = index.entity(fact.organisation);
    const short = o.short ?? o.name;
    const names = fact.joined.map((id) => index.entity(id).name);
    return {
      zh: `${names.map((n) => n.zh).join('、')}加入${short.zh}（成员国增至${fact.membersAfter}个）`,
      en: `${joinEnglish(names.map((n) => n.en))} ${fact.joined.length > 1 ? 'join' : 'joins'} ${the(index, short.en)} (${fact.membersAfter} members)`,
    };
  },
};

function membershipClaims(index: ContentIndex, ms: MembershipFact): Claim[] {
  const { name, list } = namer(index);
  const O = name(ms.organisation);
  const E = ms.event ? name(ms.event) : undefined;
  const D = datePhrase(ms.date);
  const J = list(ms.joined);
  const plural = ms.joined.length > 1;
  const subjectLabel = t(`${J.zh}加入`, `${J.en} ${plural ? 'join' : 'joins'}`);
  const base = { factIds: [ms.id], subjectLabel };
  const memberships = membershipsOf(index);
  const eventClaim = (event: string): Claim => ({
    ...base,
    id: `${ms.id}/event`,
    relation: 'membership.event',
    values: [{ type: 'entity', id: event }],
    pool: {
      type: 'entity',
      entityTypes: ['summit'],
      related: memberships.events,
    },
    ask: t(
      `${J.zh}是在哪次峰会上获准加入${O.zh}的？`,
      `At which summit ${plural ? 'were' : 'was'} ${J.en} admitted to ${the(index, O.en)}?`,
    ),
    statement: (v) => {
      const e = inSentence(index, v);
      return t(
        `${J.zh}在${e.zh}上获准加入${O.zh}。`,
        `${J.en} ${plural ? 'were' : 'was'} admitted to ${the(index, O.en)} at ${the(index, e.en)}.`,
      );
    },
    difficulty: 2,
  });
  const claims: Claim[] = [
    {
      ...base,
      id: `${ms.id}/joined`,
      relation: 'membership.joined',
      values: ms.joined.map((id) => ({ type: 'entity', id })),
      pool: {
        type: 'entity',
        entityTypes: ['country'],
        related: memberships.joined,
      },
      ask: E
        ? t(
            `在${E.zh}上，哪个国家获准加入${O.zh}？`,
            `Which country was admitted to ${the(index, O.en)} at ${the(index, E.en)}?`,
          )
        : t(
            `${D.zh}，哪个国家成为${O.zh}成员国？`,
            `Which country became a member of ${the(index, O.en)} ${D.en}?`,
          ),
      askMany: E
        ? t(
            `在${E.zh}上，哪些国家获得了${O.zh}成员国地位？（多选）`,
            `Which countries were admitted as members of ${the(index, O.en)} at ${the(index, E.en)}? (Select all that apply.)`,
          )
        : t(
            `${D.zh}，哪些国家成为${O.zh}成员国？（多选）`,
            `Which countries became members of ${the(index, O.en)} ${D.en}? (Select all that apply.)`,
          ),
      statement: (v) => {
        const c = inSentence(index, v);
        return E
          ? t(
              `${c.zh}在${E.zh}上获准加入${O.zh}。`,
              `${c.en} was admitted to ${the(index, O.en)} at ${the(index, E.en)}.`,
            )
          : t(
              `${c.zh}于${D.zh}成为${O.zh}成员国。`,
              `${c.en} became a member of ${the(index, O.en)} ${D.en}.`,
            );
      },
      statementMany: (vs) => {
        const c = list(vs.flatMap((v) => (v.type === 'entity' ? [v.id] : [])));
        return E
          ? t(
              `${c.zh}在${E.zh}上获准加入${O.zh}。`,
              `${c.en} were admitted to ${the(index, O.en)} at ${the(index, E.en)}.`,
            )
          : t(
              `${c.zh}于${D.zh}成为${O.zh}成员国。`,
              `${c.en} became members of ${the(index, O.en)} ${D.en}.`,
            );
      },
      difficulty: 2,
    },
    {
      ...base,
      id: `${ms.id}/year`,
      relation: 'membership.year',
      values: [{ type: 'year', year: yearOf(ms.date) }],
      pool: { type: 'year', known: memberships.years },
      ask: t(
        `${J.zh}于哪一年成为${O.zh}成员国？`,
        `In which year did ${J.en} become ${plural ? 'members' : 'a member'} of ${the(index, O.en)}?`,
      ),
      statement: (v) => {
        const y = v.type === 'year' ? v.year : 0;
        return t(
          `${J.zh}于${y}年成为${O.zh}成员国。`,
          `${J.en} became ${plural ? 'members' : 'a member'} of ${the(index, O.en)} in ${y}.`,
        );
      },
      blank: t(
        `${J.zh}于${BLANK}年成为${O.zh}成员国。`,
        `${J.en} became ${plural ? 'members' : 'a member'} of ${the(index, O.en)} in ${BLANK_EN}.`,
      ),
      matchFamily: `${ms.organisation}:join-year`,
      difficulty: 2,
    },
    ...(ms.event ? [eventClaim(ms.event)] : []),
    {
      ...base,
      id: `${ms.id}/members-after`,
      relation: 'membership.membersAfter',
      values: [{ type: 'count', n: ms.membersAfter, unit: 'country' }],
      pool: { type: 'count', unit: 'country' },
      ask: t(
        `${J.zh}加入后，${O.zh}共有几个成员国？`,
        `After ${J.en} joined, how many member states did ${the(index, O.en)} have?`,
      ),
      statement: (v) => {
        const n = v.type === 'count' ? v.n : 0;
        return t(
          `${J.zh}加入后，${O.zh}成员国增至${n}个。`,
          `After ${J.en} joined, ${the(index, O.en)} had ${n} member states.`,
        );
      },
      blank: t(
        `${J.zh}加入后，${O.zh}成员国增至${BLANK}个。`,
        `After ${J.en} joined, ${the(index, O.en)} had ${BLANK_EN} member states.`,
      ),
      difficulty: 2,
    },
  ];
  return claims;
}
