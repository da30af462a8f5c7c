import { formatDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { InitiativeFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { datePhrase, inSentence, valueLabel } from '../../questions/values';
import { sameCountry } from '../../questions/roles';
import { follows } from '../../questions/rules';
import { BLANK, BLANK_EN, knownDates, leaders, namer, t, the } from '../../questions/wording';
import type { FactKindModule } from '../types';

/** The first proposal of an initiative, at an event, in person or by video. */
export const initiative: FactKindModule<InitiativeFact> = {
  kind: 'initiative',
  summary: 'the first proposal of an initiative, at an event',
  alsoCalled: ['proposal', 'proposed', 'propose'],

  entityRefs: (fact) => [
    { field: 'initiative', id: fact.initiative, types: ['initiative'] },
    { field: 'proposer', id: fact.proposer, types: ['person'] },
    ...(fact.event
      ? [{ field: 'event', id: fact.event, types: ['summit', 'forum'] as const }]
      : []),
  ],

  claims: initiativeClaims,

  eventLabel: (index, fact) => {
    const { name } = namer(index);
    return t(
      `${name(fact.proposer).zh}首次提出${name(fact.initiative).zh}`,
      `${name(fact.proposer).en} first proposes the ${name(fact.initiative).en}`,
    );
  },

  explain: (index, fact) => {
    const { name } = namer(index);
    const how = fact.mode === 'video' ? t('以视频方式', 'by video') : t('', 'in person');
    return t(
      `${formatDate(fact.date).zh}，${name(fact.proposer).zh}（时任${fact.proposerRole.zh}）${how.zh}向${name(fact.event).zh}作${fact.speech === 'keynote' ? '主旨演讲' : '讲话'}，其间首次提出${name(fact.initiative).zh}。`,
      `On ${formatDate(fact.date).en}, ${name(fact.proposer).en} (${fact.proposerRole.en}) first proposed the ${name(fact.initiative).en} in a ${fact.speech === 'keynote' ? 'keynote speech' : 'speech'} delivered ${how.en} to the ${name(fact.event).en}.`,
    );
  },

  headline: (index, fact) => {
    const name = (id: string) => index.entity(id).name;
    return {
      zh: `${name(fact.proposer).zh}首次提出${name(fact.initiative).zh}`,
      en: `${name(fact.proposer).en} first proposes the ${name(fact.initiative).en}`,
    };
  },

  leaders: (fact) => [fact.proposer],
};

function initiativeClaims(index: ContentIndex, i: InitiativeFact, rules: number): Claim[] {
  const { name } = namer(index);
  const I = name(i.initiative);
  const P = name(i.proposer);
  const E = name(i.event);
  const subjectLabel = t(`首次提出${I.zh}`, `${I.en} first proposed`);
  const base = { factIds: [i.id], subjectLabel };
  const how = (mode: 'in-person' | 'video'): Text =>
    mode === 'video' ? t('以视频方式', 'by video') : t('在现场', 'in person');
  return [
    {
      ...base,
      id: `${i.id}/proposer`,
      relation: 'initiative.proposer',
      values: [{ type: 'entity', id: i.proposer }],
      // By rules 4, leaders of the proposer's country only: 全球安全倡议由埃莫马利·拉赫蒙首次提出
      // is no statement an exam would make.
      pool: {
        type: 'entity',
        entityTypes: [],
        related: follows(rules, 'personsByRole')
          ? sameCountry(index, leaders(index), i.proposer)
          : leaders(index),
      },
      ask: t(`${I.zh}是由谁首次提出的？`, `Who first proposed the ${I.en}?`),
      statement: (v) => {
        const p = valueLabel(index, v);
        return t(`${I.zh}由${p.zh}首次提出。`, `The ${I.en} was first proposed by ${p.en}.`);
      },
      blank: t(`${I.zh}由${BLANK}首次提出。`, `The ${I.en} was first proposed by ${BLANK_EN}.`),
      difficulty: 1,
    },
    {
      ...base,
      id: `${i.id}/date`,
      relation: 'initiative.date',
      values: [{ type: 'date', date: i.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: t(`${I.zh}于何时首次提出？`, `When was the ${I.en} first proposed?`),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return t(`${I.zh}于${d.zh}首次提出。`, `The ${I.en} was first proposed ${d.en}.`);
      },
      matchFamily: 'date',
      difficulty: 2,
    },
    {
      ...base,
      id: `${i.id}/event`,
      relation: 'initiative.event',
      values: [{ type: 'entity', id: i.event }],
      pool: { type: 'entity', entityTypes: ['summit', 'forum'], related: [] },
      ask: t(
        `${P.zh}在什么场合首次提出${I.zh}？`,
        `At which event did ${P.en} first propose the ${I.en}?`,
      ),
      statement: (v) => {
        const e = inSentence(index, v);
        return t(
          `${P.zh}在${e.zh}上首次提出${I.zh}。`,
          `${P.en} first proposed the ${I.en} at ${the(index, e.en)}.`,
        );
      },
      difficulty: 2,
    },
    {
      ...base,
      id: `${i.id}/mode`,
      relation: 'initiative.mode',
      values: [{ type: 'participation', mode: i.mode }],
      pool: {
        type: 'enum',
        values: [
          { type: 'participation', mode: 'in-person' },
          { type: 'participation', mode: 'video' },
        ],
      },
      ask: t(
        `${P.zh}以何种方式首次提出${I.zh}？`,
        `How did ${P.en} deliver the speech that first proposed the ${I.en}?`,
      ),
      statement: (v) => {
        const h = v.type === 'participation' ? how(v.mode) : valueLabel(index, v);
        return t(
          `${P.zh}在${E.zh}上${h.zh}发表讲话，首次提出${I.zh}。`,
          `${P.en} first proposed the ${I.en} at ${the(index, E.en)} in a speech delivered ${h.en}.`,
        );
      },
      difficulty: 2,
      trueFalseOnly: true,
    },
  ];
}
