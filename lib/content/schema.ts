import { z } from 'zod';

/**
 * The content model. These schemas are the single source of the content types:
 * every type below is inferred from its schema.
 */

export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'ids are lowercase words joined by hyphens, e.g. "sco-ssc-19"',
  );
export type Id = z.infer<typeof Id>;

/** Text in both languages. Every string a learner sees exists in Chinese and in English. */
export const Text = z.strictObject({
  zh: z.string().trim().min(1, 'Chinese text is empty'),
  en: z.string().trim().min(1, 'English text is empty'),
});
export type Text = z.infer<typeof Text>;

/**
 * A calendar date with its precision, written as the source gives it:
 * "2024" (year), "2024-04" (month) or "2024-04-03" (day).
 * `isRealDate` in ./dates rejects impossible days such as 2023-02-30.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'dates are written YYYY, YYYY-MM or YYYY-MM-DD',
  });
export type PartialDate = z.infer<typeof PartialDate>;

export const DateSpan = z.strictObject({ start: PartialDate, end: PartialDate });
export type DateSpan = z.infer<typeof DateSpan>;

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
  /** For cities and provinces: the country (or province) they lie in. */
  partOf: Id.optional(),
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

/** Where a fact comes from: publication, date and where in it. */
export const Source = z.strictObject({
  publication: Text,
  date: PartialDate,
  /** Where in the publication: a section, a paragraph, a table row. */
  locator: Text,
  url: z.url().optional(),
  /** The row of shared/reference/verified-facts.md that checked this fact, e.g. "Part 2, No. 12". */
  checked: z.string().min(1).optional(),
  /**
   * Further independent sources that confirm the same fact (for decks outside the first article,
   * every fact is checked against two). The deck page lists them with the main source.
   */
  also: z.array(z.strictObject({ publication: Text, url: z.url() })).optional(),
});
export type Source = z.infer<typeof Source>;

export const ATTENDANCE_MODES = ['in-person', 'video'] as const;
export const AttendanceMode = z.enum(ATTENDANCE_MODES);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

export const MEETING_FORMATS = ['in-person', 'video', 'hybrid'] as const;
export const MeetingFormat = z.enum(MEETING_FORMATS);
export type MeetingFormat = z.infer<typeof MeetingFormat>;

export const SPEECH_KINDS = ['keynote', 'speech'] as const;
export const SpeechKind = z.enum(SPEECH_KINDS);
export type SpeechKind = z.infer<typeof SpeechKind>;

const factBase = {
  id: Id,
  source: Source,
  /** The day the fact was true as stated, where it can change later (member counts, offices). */
  asOf: PartialDate.optional(),
  /** Our own short paraphrase of context; shown after an answer. Never the source's sentences. */
  note: Text.optional(),
  /**
   * Notes for editors: how the fact was checked, what a source lacked, what happened after the
   * article. Kept in the content for whoever edits it; the app never shows it (not in a question,
   * card, explanation, worksheet, slide or the deck page: learners found them confusing).
   */
  editorNote: Text.optional(),
};

export const Attendance = z.strictObject({
  person: Id,
  /** The country the person represented. */
  country: Id,
  /** The office held at the time, e.g. 国务委员、公安部部长 / State Councilor and Minister of Public Security. */
  role: Text,
  mode: AttendanceMode,
  speech: SpeechKind.optional(),
  /** For video attendance: where the person spoke from. */
  from: Id.optional(),
});
export type Attendance = z.infer<typeof Attendance>;

/** One numbered meeting in a series: the 19th Meeting of SCO Security Council Secretaries. */
export const MeetingFact = z.strictObject({
  ...factBase,
  kind: z.literal('meeting'),
  series: Id,
  ordinal: z.int().min(1),
  date: PartialDate,
  span: DateSpan.optional(),
  /** null when the meeting was held online with no host city. */
  city: Id.nullable(),
  hostCountry: Id,
  format: MeetingFormat,
  chair: Id.optional(),
  attendance: z.array(Attendance).default([]),
});
export type MeetingFact = z.infer<typeof MeetingFact>;

/** The founding of an organisation or the setting up of a mechanism. */
export const FoundingFact = z.strictObject({
  ...factBase,
  kind: z.literal('founding'),
  organisation: Id,
  date: PartialDate,
  city: Id.optional(),
  foundingMembers: z.array(Id).optional(),
  /** What it was set up to do, in our own words. */
  purpose: Text.optional(),
});
export type FoundingFact = z.infer<typeof FoundingFact>;

/** Countries joining an organisation at an event. */
export const MembershipFact = z.strictObject({
  ...factBase,
  kind: z.literal('membership'),
  organisation: Id,
  joined: z.array(Id).min(1),
  /** The day membership began (or was granted at `event`). */
  date: PartialDate,
  /** The summit that admitted them, when they were admitted at one. */
  event: Id.optional(),
  membersBefore: z.int().min(0),
  membersAfter: z.int().min(1),
});
export type MembershipFact = z.infer<typeof MembershipFact>;

/** A meeting between people: who received whom, where and when, in what capacity. */
export const AudienceFact = z.strictObject({
  ...factBase,
  kind: z.literal('audience'),
  host: Id,
  hostRole: Text,
  guests: z.array(Id).min(1),
  guestRole: Text,
  city: Id,
  date: PartialDate,
  /** The event the meeting belonged to, if any. */
  occasion: Id.optional(),
});
export type AudienceFact = z.infer<typeof AudienceFact>;

/** The first proposal of an initiative. */
export const InitiativeFact = z.strictObject({
  ...factBase,
  kind: z.literal('initiative'),
  initiative: Id,
  proposer: Id,
  proposerRole: Text,
  date: PartialDate,
  event: Id,
  mode: AttendanceMode,
  speech: SpeechKind.optional(),
});
export type InitiativeFact = z.infer<typeof InitiativeFact>;

/** A summit and what it adopted. */
export const SummitFact = z.strictObject({
  ...factBase,
  kind: z.literal('summit'),
  summit: Id,
  /** 1 for a first (首届) summit. */
  edition: z.int().min(1).optional(),
  date: PartialDate,
  span: DateSpan.optional(),
  city: Id.nullable(),
  format: MeetingFormat.default('in-person'),
  chair: Id,
  chairSpeech: SpeechKind.optional(),
  documents: z.array(Id).default([]),
});
export type SummitFact = z.infer<typeof SummitFact>;

/** A statement one speaker repeated on several occasions (facts of the same deck or content). */
export const StatementFact = z.strictObject({
  ...factBase,
  kind: z.literal('statement'),
  speaker: Id,
  /** The point made, in our own short words; en as a verb phrase ("put X into practice"). */
  statement: Text,
  /** When and where the occasions fell, as a phrase: 2024年4月访问中亚期间 / during his April 2024 visits to Central Asia. */
  context: Text,
  about: Id.optional(),
  occasions: z.array(Id).min(2),
});
export type StatementFact = z.infer<typeof StatementFact>;

/**
 * A gap in time between two events, as a source states it ("the first in-person attendance in four years").
 * The checker verifies that `years` matches the dates of the two facts it names.
 */
export const IntervalFact = z.strictObject({
  ...factBase,
  kind: z.literal('interval'),
  /** What happened again after the gap, as a clause in our own words: 中国公安部部长线下出席了会议 / China's Minister of Public Security attended in person. */
  what: Text,
  from: Id,
  to: Id,
  years: z.int().min(1),
});
export type IntervalFact = z.infer<typeof IntervalFact>;

export const Fact = z.discriminatedUnion('kind', [
  MeetingFact,
  FoundingFact,
  MembershipFact,
  AudienceFact,
  InitiativeFact,
  SummitFact,
  StatementFact,
  IntervalFact,
]);
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
