import { z } from 'zod';

/**
 * The fields every fact kind builds on: ids, text in both languages, dates, sources and the
 * shared enums. Kept apart from ./schema so that each kind's schema (lib/kinds/<kind>/schema.ts)
 * can import them while ./schema assembles the kinds into `Fact`.
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

/**
 * A source for some claims of a fact only, where the main source does not state them (a date
 * from Xinhua where the article gives none). `claims` names them as a claim id does after the
 * fact's id: "date", "city", "members-after". A question or card on one of them cites this source.
 */
export const ClaimSource = Source.extend({ claims: z.array(z.string().min(1)).min(1) });
export type ClaimSource = z.infer<typeof ClaimSource>;

export const ATTENDANCE_MODES = ['in-person', 'video'] as const;
export const AttendanceMode = z.enum(ATTENDANCE_MODES);
export type AttendanceMode = z.infer<typeof AttendanceMode>;

export const MEETING_FORMATS = ['in-person', 'video', 'hybrid'] as const;
export const MeetingFormat = z.enum(MEETING_FORMATS);
export type MeetingFormat = z.infer<typeof MeetingFormat>;

export const SPEECH_KINDS = ['keynote', 'speech'] as const;
export const SpeechKind = z.enum(SPEECH_KINDS);
export type SpeechKind = z.infer<typeof SpeechKind>;

export const factBase = {
  id: Id,
  source: Source,
  /**
   * How much the fact matters to a learner, 1 to 3 (absent: 1): a fact of 2 or 3 is that many
   * times as likely to be drawn into a quiz. 3 for what every exam asks (a founding, a purpose,
   * a summit's main outcome), 2 for the facts that explain the topic, 1 for detail.
   */
  importance: z.int().min(1).max(3).optional(),
  /** Sources for single claims, where the main source does not state them (see ClaimSource). */
  claimSources: z.array(ClaimSource).optional(),
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
