import { formatDate } from '../../content/dates';
import type { ContentIndex } from '../../content/index-content';
import type { AudienceFact, Text } from '../../content/schema';
import type { Claim } from '../../questions/claims';
import { perIndex } from '../../questions/lookups';
import { plausibleHosts } from '../../questions/roles';
import { follows } from '../../questions/rules';
import { datePhrase, inSentence, valueLabel } from '../../questions/values';
import {
  BLANK,
  BLANK_EN,
  capitalise,
  joinEnglish,
  knownDates,
  leaders,
  namer,
  t,
  the,
} from '../../questions/wording';
import { meetingName } from '../meeting/series';
import type { FactKindModule } from '../types';

/** The cities of every audience of the content, in content order. */
const audienceCities = perIndex((index: ContentIndex) =>
  index.facts.flatMap((f) => (f.kind === 'audience' ? [f.city] : [])),
);

/**
 * The guests as a sentence names them: a group that has a name with its occasion, at an
 * audience whose fact names a meeting as the occasion, is named with that meeting ("the heads of
 * delegation at the 19th Meeting of …"); anyone else by their name.
 */
function guestNames(index: ContentIndex, fact: AudienceFact): Text {
  const { name } = namer(index);
  const occasion = fact.occasion ? index.findFact(fact.occasion) : undefined;
  const at =
    occasion?.kind === 'meeting' && occasion.ordinal !== undefined
      ? meetingName(index, occasion.series, occasion.ordinal)
      : undefined;
  const names = fact.guests.map((id) => {
    const template = index.entity(id).atOccasion;
    return at && template
      ? {
          zh: template.zh.replace('{occasion}', at.zh),
          en: template.en.replace('{occasion}', the(index, at.en)),
        }
      : name(id);
  });
  return { zh: names.map((n) => n.zh).join('、'), en: joinEnglish(names.map((n) => n.en)) };
}

/** Who received whom, where, when and in what capacity. */
export const audience: FactKindModule<AudienceFact> = {
  kind: 'audience',
  summary: 'who received whom, where, when and in what capacity',
  alsoCalled: ['visit', 'talks', 'reception', 'received', 'bilateral'],

  entityRefs: (fact) => [
    { field: 'host', id: fact.host, types: ['person'] },
    ...fact.guests.map((id, i) => ({
      field: `guests[${i}]`,
      id,
      types: ['person', 'group'] as const,
    })),
    { field: 'city', id: fact.city, types: ['city'] },
  ],

  factRefs: (fact) =>
    fact.occasion ? [{ field: 'occasion', id: fact.occasion, orEntity: true }] : [],

  claims: audienceClaims,

  eventLabel: (index, fact) => {
    const { name } = namer(index);
    const g = guestNames(index, fact);
    return t(
      `${name(fact.host).zh}在${name(fact.city).zh}会见${g.zh}`,
      `${name(fact.host).en} meets ${g.en} in ${name(fact.city).en}`,
    );
  },

  explain: (index, fact) => {
    const { name } = namer(index);
    const g = guestNames(index, fact);
    // A group such as "the heads of delegation" names its own role.
    const groupOnly = fact.guests.every((id) => index.entity(id).type === 'group');
    return t(
      `${formatDate(fact.date).zh}，${fact.hostRole.zh}${name(fact.host).zh}在${name(fact.city).zh}会见${groupOnly ? '' : fact.guestRole.zh}${g.zh}。`,
      `On ${formatDate(fact.date).en}, ${name(fact.host).en}, ${fact.hostRole.en}, met ${g.en}${groupOnly ? '' : ` (${fact.guestRole.en})`} in ${name(fact.city).en}.`,
    );
  },

  headline: (index, fact) => {
    const name = (id: string) => index.entity(id).name;
    const g = guestNames(index, fact);
    return {
      zh: `${name(fact.host).zh}在${name(fact.city).zh}会见${g.zh}`,
      en: `${name(fact.host).en} meets ${g.en} in ${name(fact.city).en}`,
    };
  },

  cityMentions: (fact) => [{ city: fact.city, role: 'venue' }],

  presences: (fact, date) =>
    [fact.host, ...fact.guests].map((person) => ({
      person,
      city: fact.city,
      date,
      factId: fact.id,
    })),

  leaders: (fact) => [fact.host],
};

/** The country a city lies in (or its province, up to the country). */
function countryOf(index: ContentIndex, city: string): string | undefined {
  let entity = index.findEntity(city);
  for (let step = 0; entity && step < 4; step++) {
    if (entity.type === 'country') return entity.id;
    entity = entity.partOf ? index.findEntity(entity.partOf) : undefined;
  }
  return undefined;
}

/** Whether an office's title names the country the city lies in: 塔吉克斯坦总统, for Dushanbe. */
function titleNamesCountryOf(index: ContentIndex, role: Text, city: string): boolean {
  const country = countryOf(index, city);
  if (!country) return false;
  const e = index.entity(country);
  const names = [e.name, ...(e.short ? [e.short] : [])];
  return names.some((n) => role.zh.includes(n.zh) || role.en.includes(n.en));
}

function audienceClaims(index: ContentIndex, au: AudienceFact, rules: number): Claim[] {
  const { name } = namer(index);
  const H = name(au.host);
  const G = guestNames(index, au);
  const C = name(au.city);
  const D = datePhrase(au.date);
  const hostWithRole = t(`${au.hostRole.zh}${H.zh}`, `${H.en} (${au.hostRole.en})`);
  // Asked where 塔吉克斯坦总统拉赫蒙 met a guest, the title names the country and so the capital:
  // by rules 4 that question names the host alone.
  const cityAsker =
    follows(rules, 'cityWithoutTitle') && titleNamesCountryOf(index, au.hostRole, au.city)
      ? H
      : hostWithRole;
  // Each claim names its subject without giving its own answer away in a matching question.
  const meeting = t(`${H.zh}会见${G.zh}`, `${H.en} meets ${G.en}`);
  const base = { factIds: [au.id], subjectLabel: meeting };
  const hostLabel = t(`${D.zh}在${C.zh}会见${G.zh}`, `Met ${G.en} in ${C.en} ${D.en}`);
  return [
    {
      ...base,
      id: `${au.id}/host`,
      relation: 'audience.host',
      values: [{ type: 'entity', id: au.host }],
      // Only leaders named elsewhere as hosts, chairs or proposers: never the guests themselves,
      // and by rules 4 only those who could have received them (plausibleHosts).
      pool: {
        type: 'entity',
        entityTypes: [],
        related: follows(rules, 'personsByRole')
          ? plausibleHosts(index, leaders(index), au.host, au.guests)
          : leaders(index),
        exclude: au.guests,
      },
      ask: t(`${D.zh}，谁在${C.zh}会见了${G.zh}？`, `Who met ${G.en} in ${C.en} ${D.en}?`),
      subjectLabel: hostLabel,
      statement: (v) => {
        const p = valueLabel(index, v);
        return t(
          `${D.zh}，${p.zh}在${C.zh}会见了${G.zh}。`,
          `${capitalise(D.en)}, ${p.en} met ${G.en} in ${C.en}.`,
        );
      },
      blank: t(
        `${D.zh}，${BLANK}在${C.zh}会见了${G.zh}。`,
        `${capitalise(D.en)}, ${BLANK_EN} met ${G.en} in ${C.en}.`,
      ),
      matchFamily: 'audience:host',
      difficulty: 2,
    },
    {
      ...base,
      id: `${au.id}/city`,
      relation: 'audience.city',
      values: [{ type: 'entity', id: au.city }],
      pool: {
        type: 'entity',
        entityTypes: ['city'],
        related: audienceCities(index),
      },
      ask: t(
        `${D.zh}，${cityAsker.zh}在哪座城市会见了${G.zh}？`,
        `In which city did ${cityAsker.en} meet ${G.en} ${D.en}?`,
      ),
      statement: (v) => {
        const c = inSentence(index, v);
        return t(
          `${D.zh}，${cityAsker.zh}在${c.zh}会见了${G.zh}。`,
          `${capitalise(D.en)}, ${cityAsker.en} met ${G.en} in ${c.en}.`,
        );
      },
      blank: t(
        `${D.zh}，${cityAsker.zh}在${BLANK}（城市）会见了${G.zh}。`,
        `The city where ${cityAsker.en} met ${G.en} ${D.en} was ${BLANK_EN}.`,
      ),
      matchFamily: 'audience:city',
      difficulty: 1,
    },
    {
      ...base,
      id: `${au.id}/date`,
      relation: 'audience.date',
      values: [{ type: 'date', date: au.date }],
      pool: { type: 'date', known: knownDates(index) },
      ask: t(
        `${hostWithRole.zh}在${C.zh}会见${G.zh}是在哪一天？`,
        `On what date did ${hostWithRole.en} meet ${G.en} in ${C.en}?`,
      ),
      statement: (v) => {
        const d = v.type === 'date' ? datePhrase(v.date) : valueLabel(index, v);
        return t(
          `${hostWithRole.zh}于${d.zh}在${C.zh}会见了${G.zh}。`,
          `${hostWithRole.en} met ${G.en} in ${C.en} ${d.en}.`,
        );
      },
      matchFamily: 'date',
      difficulty: 3,
    },
  ];
}
