import { compareDates, isRealDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { MissionFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { datePhrase, type Value } from '../../questions/values';
import { BLANK, BLANK_EN, capitalise, t } from '../../questions/wording';
import type { FactKindModule } from '../types';

type Milestone = MissionFact['milestones'][number];

/** How each milestone reads: the Chinese verb, and the English verb as a past and a base form. */
const VERBS: Record<
  Milestone['event'],
  { zh: string; past: string; base: string; present: string; noun: string }
> = {
  launch: {
    zh: '发射',
    past: 'was launched',
    base: 'be launched',
    present: 'is launched',
    noun: 'launch',
  },
  docking: { zh: '完成对接', past: 'docked', base: 'dock', present: 'docks', noun: 'docking' },
  undocking: {
    zh: '撤离',
    past: 'undocked',
    base: 'undock',
    present: 'undocks',
    noun: 'undocking',
  },
  landing: { zh: '着陆', past: 'landed', base: 'land', present: 'lands', noun: 'landing' },
  return: {
    zh: '返回地球',
    past: 'returned to Earth',
    base: 'return to Earth',
    present: 'returns to Earth',
    noun: 'return',
  },
};

/** 在月球背面着陆 / landed on the far side of the Moon */
function doing(m: Milestone, form: 'past' | 'base' | 'present'): Text {
  const v = VERBS[m.event];
  return t(`${m.detail?.zh ?? ''}${v.zh}`, [v[form], m.detail?.en].filter(Boolean).join(' '));
}

const missionsOf = perIndex((index: ContentIndex) =>
  index.facts.filter((f): f is MissionFact => f.kind === 'mission'),
);

function term(text: Text): Value {
  return { type: 'term', text };
}

/** A mission with dated milestones: a launch, a docking, a landing, a return. */
export const mission: FactKindModule<MissionFact> = {
  kind: 'mission',
  summary: 'a mission or project with dated milestones (launch, docking, landing, return)',
  alsoCalled: ['launch', 'spaceflight', 'flight', 'probe', 'spacecraft', 'project', 'milestone'],

  date: (fact) => fact.milestones[0]?.date,

  entityRefs: (fact) => [{ field: 'by', id: fact.by, types: ['country', 'organisation'] }],

  check: (fact, { at, claimKey }) => {
    const seen = new Set<string>();
    fact.milestones.forEach((m, i) => {
      if (!isRealDate(m.date)) at(`milestones[${i}].date`, `"${m.date}" is not a real date`);
      if (seen.has(m.event)) at(`milestones[${i}].event`, `"${m.event}" is listed twice`);
      seen.add(m.event);
      const prev = fact.milestones[i - 1];
      if (
        prev &&
        isRealDate(prev.date) &&
        isRealDate(m.date) &&
        compareDates(prev.date, m.date) === 1
      )
        at(
          `milestones[${i}].date`,
          `${m.event} (${m.date}) comes before ${prev.event} (${prev.date})`,
        );
    });
    const before = claimKey(`mission:${fact.mission.en.toLowerCase()}`);
    if (before) at('mission', `"${fact.mission.en}" is already recorded (fact "${before}")`);
  },

  claims: missionClaims,

  // A mission is put in order by its first milestone (its launch): one event per fact.
  eventLabel: (_index, fact) => {
    const first = fact.milestones[0];
    if (!first) return undefined;
    const d = doing(first, 'past');
    return t(
      `${fact.mission.zh}${d.zh}`,
      `${capitalise(VERBS[first.event].noun)} of ${fact.mission.en}`,
    );
  },

  // The steps of one mission, put in order within it: 嫦娥六号发射, 嫦娥六号在月球背面着陆 …
  steps: (_index, fact) =>
    fact.milestones.map((m, i) => {
      const d = doing(m, 'present');
      return {
        // The first step is the event the mission is placed at among missions: one event, one id.
        id: i === 0 ? fact.id : `${fact.id}--${m.event}`,
        label: t(`${fact.mission.zh}${d.zh}`, `${fact.mission.en} ${d.en}`),
        date: m.date,
        claim: `${fact.id}/${m.event}`,
      };
    }),

  explain: (_index, fact) => {
    const parts = fact.milestones.map((m) => ({ m, d: datePhrase(m.date), v: doing(m, 'past') }));
    return t(
      `${fact.mission.zh}${parts.map(({ d, v }) => `于${d.zh}${v.zh}`).join('，')}。`,
      `${fact.mission.en} ${parts
        .map(
          ({ d, v }, i) =>
            `${v.en} ${d.en}${i < parts.length - 2 ? ',' : i === parts.length - 2 ? ' and' : ''}`,
        )
        .join(' ')}.`,
    );
  },

  headline: (_index, fact) => {
    const first = fact.milestones[0];
    const d = first ? doing(first, 'past') : t('', '');
    return t(`${fact.mission.zh}${d.zh}`, `${fact.mission.en} ${d.en}`);
  },
};

function missionClaims(index: ContentIndex, f: MissionFact): Claim[] {
  const all = missionsOf(index);
  const known = all.flatMap((x) => x.milestones.map((m) => m.date));
  const names = all.map((x) => term(x.mission));
  const M = f.mission;
  return f.milestones.flatMap((m): Claim[] => {
    const past = doing(m, 'past');
    const base = doing(m, 'base');
    const D = datePhrase(m.date);
    const when: Claim = {
      id: `${f.id}/${m.event}`,
      relation: `mission.${m.event}`,
      factIds: [f.id],
      values: [{ type: 'date', date: m.date }],
      pool: { type: 'date', known },
      ask: t(
        `${M.zh}于何时${past.zh}？`,
        m.event === 'launch' ? `When was ${M.en} launched?` : `When did ${M.en} ${base.en}?`,
      ),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : t('', '');
        return t(`${M.zh}于${d.zh}${past.zh}。`, `${M.en} ${past.en} ${d.en}.`);
      },
      subjectLabel: t(`${M.zh}${past.zh}`, `${M.en}: ${m.event}`),
      matchFamily: 'date',
      difficulty: 2,
    };
    // Every mission with the same milestone that day is a right answer; asked of the first.
    const same = all.filter((x) =>
      x.milestones.some(
        (y) => y.event === m.event && y.date === m.date && y.detail?.en === m.detail?.en,
      ),
    );
    if (same[0]?.id !== f.id) return [when];
    const which: Claim = {
      id: `${f.id}/mission-${m.event}`,
      relation: 'mission.which',
      factIds: same.map((x) => x.id),
      values: same.map((x) => term(x.mission)),
      pool: { type: 'enum', values: names },
      ask: t(`${D.zh}，哪项任务${past.zh}？`, `Which mission ${past.en} ${D.en}?`),
      statement: (v) => {
        const name = v.type === 'term' ? v.text : t('', '');
        return t(`${D.zh}，${name.zh}${past.zh}。`, `${capitalise(D.en)}, ${name.en} ${past.en}.`);
      },
      blank: t(`${D.zh}，${BLANK}${past.zh}。`, `${capitalise(D.en)}, ${BLANK_EN} ${past.en}.`),
      subjectLabel: t(`${D.zh}${past.zh}`, `${capitalise(D.en)}: ${past.en}`),
      matchFamily: `mission-which`,
      difficulty: 2,
    };
    return [when, which];
  });
}
