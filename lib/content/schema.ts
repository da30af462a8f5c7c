import { z } from 'zod';
import { FACT_SCHEMAS } from '../kinds/schemas';
import { Id, PartialDate, Text } from './fields';

/**
 * The content model. These schemas are the single source of the content types:
 * every type below is inferred from its schema. The fields facts share are in ./fields; each
 * fact kind's schema is in lib/kinds/<kind>/schema.ts, listed in lib/kinds/schemas.ts.
 */

export * from './fields';
export type { MeetingFact } from '../kinds/meeting/schema';
export type { FoundingFact } from '../kinds/founding/schema';
export type { MembershipFact } from '../kinds/membership/schema';
export type { AudienceFact } from '../kinds/audience/schema';
export type { InitiativeFact } from '../kinds/initiative/schema';
export type { SummitFact } from '../kinds/summit/schema';
export type { StatementFact } from '../kinds/statement/schema';
export type { IntervalFact } from '../kinds/interval/schema';
export type { OfficeFact } from '../kinds/office/schema';
export type { DocumentFact } from '../kinds/document/schema';
export type { QuantityFact } from '../kinds/quantity/schema';
export type { StatusFact } from '../kinds/status/schema';
export type { MissionFact } from '../kinds/mission/schema';
export type { TitleFact } from '../kinds/title/schema';
export type { RecordFact } from '../kinds/record/schema';
export type { RuleFact } from '../kinds/rule/schema';
export type { AnniversaryFact } from '../kinds/anniversary/schema';

/** Names an entity went by only for a time, from one date to another (both ends included). */
export const DatedAliases = z.strictObject({
  zh: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});
export type DatedAliases = z.infer<typeof DatedAliases>;

export const ENTITY_TYPES = [
  'person',
  'country',
  'city',
  'province',
  'organisation',
  'meeting-series',
  'summit',
  'forum',
  'initiative',
  'document',
  'group',
] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.strictObject({
  id: Id,
  type: EntityType,
  name: Text,
  /** A shorter everyday name, e.g. 上合组织 / SCO. */
  short: Text.optional(),
  /**
   * How the English name reads in a sentence: "the" for one that takes it though most of its
   * type do not (the United States, the United Kingdom; options still show the bare name);
   * "none" for one that never does though most of its type do (BRICS, NATO).
   */
  enArticle: z.enum(['the', 'none']).optional(),
  /** Other names a learner may type, right at any time: 里约 / Rio, etc. */
  aliases: z
    .strictObject({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) })
    .optional(),
  /**
   * Names used only for a time, with their period: Nur-Sultan from 2019-03 to 2022-09. A learner
   * may type them only in answers about events of that time.
   */
  datedAliases: z.array(DatedAliases).optional(),
  /**
   * For a meeting series: meetings that happened but are no fact of any deck (the 9th meeting, in
   * Dushanbe in 2014). Never asked; an ordering question's label then tells the recorded
   * meetings apart from them too ("the meeting in Dushanbe" would fit both the 9th and the 16th).
   */
  otherMeetings: z
    .array(z.strictObject({ ordinal: z.int().min(1), date: PartialDate, city: Id.nullable() }))
    .optional(),
  /**
   * For countries: the region they lie in (central-asia, southern-europe …, the UN's regions).
   * A wrong answer is drawn from the region of the right one first, so it is one a learner who
   * half knows the topic could pick.
   */
  region: Id.optional(),
  /**
   * For states that began or ended in the times the content covers: their first and last day
   * (the Soviet Union, 1922-12-30 to 1991-12-26). A state is never offered as a wrong answer
   * about a time it did not exist.
   */
  existed: z.strictObject({ from: PartialDate.optional(), to: PartialDate.optional() }).optional(),
  /** For cities and provinces: the country (or province) they lie in. */
  partOf: Id.optional(),
  /**
   * For a group named by the meeting it attended (the heads of delegation): its name with that
   * meeting, {occasion} standing for the meeting's name, where a fact names the meeting as its
   * `occasion`: 出席{occasion}的各国代表团团长 / the heads of delegation at {occasion}. Without
   * it, or without an occasion, the group goes by its name ("at the meeting": which one?).
   */
  atOccasion: z
    .strictObject({
      zh: z.string().includes('{occasion}', { message: 'write {occasion} where the meeting goes' }),
      en: z.string().includes('{occasion}', { message: 'write {occasion} where the meeting goes' }),
    })
    .optional(),
  /**
   * For people: the country whose offices they hold (塔吉克斯坦总统拉赫蒙: tajikistan). A wrong
   * answer for a role is drawn by it: the host who received a Chinese minister abroad is another
   * foreign leader, never a Chinese one; the proposer of a Chinese initiative a Chinese leader.
   */
  country: Id.optional(),
  /**
   * For a meeting series: how one numbered meeting is named, with {n} for the ordinal.
   * zh takes a Chinese numeral (第{n}次 → 第十九次), en an English ordinal ({n} → 19th).
   */
  numbered: Text.optional(),
  /**
   * For a meeting series: how its meetings are counted and called in questions. `measure` is the
   * Chinese counter (次 for meetings and sessions, 届 for Games and congresses elected for a term),
   * `noun` what one of them is called (会议 / meeting, 会晤 / summit, 冬奥会 / Winter Games), and
   * `plural` says the English noun takes a plural verb ("the Games were held").
   * Without it: 次, 会议 / meeting.
   */
  counting: z
    .strictObject({ measure: z.enum(['次', '届']), noun: Text, plural: z.boolean().optional() })
    .optional(),
  /**
   * For a meeting series: what a meeting's `date` is. `main-session` (the default) is the day of
   * the main session of a meeting over several days; `opening` is the opening day (congresses,
   * Games), asked as 于哪一天开幕 / "On what date did … open?".
   */
  datedBy: z.enum(['main-session', 'opening']).optional(),
  /**
   * For cities: [longitude, latitude] in degrees, east and north positive (GeoJSON order),
   * so a deck's places can be drawn on a map. A city without them is listed beside the map.
   */
  coordinates: z
    .tuple([
      z.number().min(-180, 'longitude is below −180').max(180, 'longitude is above 180'),
      z.number().min(-90, 'latitude is below −90').max(90, 'latitude is above 90'),
    ])
    .optional(),
});
export type Entity = z.infer<typeof Entity>;

export const Glossary = z.strictObject({
  entities: z.array(Entity).min(1),
});
export type Glossary = z.infer<typeof Glossary>;

export const Fact = z.discriminatedUnion('kind', FACT_SCHEMAS);
export type Fact = z.infer<typeof Fact>;
export type FactKind = Fact['kind'];

export const Deck = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  /** The publication the deck is drawn from, or the reference it was compiled from. */
  source: z.strictObject({
    publication: Text,
    date: PartialDate,
    author: Text.optional(),
    url: z.url().optional(),
  }),
  topics: z.array(Id).default([]),
  facts: z.array(Fact),
  /** Facts defined in other decks that belong to this one too (one fact, one memory). */
  includes: z.array(Id).default([]),
});
export type Deck = z.infer<typeof Deck>;
