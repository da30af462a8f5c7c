import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/** Hosts that take turns in a stated order, and the last turn the content knows. */
export const Rotation = z.strictObject({
  /** The members in the order they take turns; after the last comes the first again. */
  order: z.array(Id).min(2),
  /** How the order is set, read after 按照 / as a phrase after the rule: 按成员国国名俄文字母顺序 / in the Russian alphabetical order of members' names. */
  basis: Text.optional(),
  /** The last host the sources report. */
  last: Id,
  /** When it hosted. */
  lastDate: PartialDate,
  /** The Chinese counter of one turn: 次 (a meeting) or 届 (a summit, a Games). Absent: 次. */
  measure: z.enum(['次', '届']).optional(),
});

/**
 * A recurring rule: a meeting held every N years (`every`), hosts that take turns in a stated
 * order (`rotation`), or the length of a term of office (`term`). Exactly one of the three.
 */
export const RuleFact = z.strictObject({
  ...factBase,
  kind: z.literal('rule'),
  /** The meeting series, organisation or country the rule is of. */
  subject: Id,
  /** Held once every this many years (1: every year). */
  every: z.int().min(1).max(20).optional(),
  rotation: Rotation.optional(),
  /** The length of a term of an office of the subject: 国家主席 / President, 5 years. */
  term: z.strictObject({ office: Text, years: z.int().min(1).max(20) }).optional(),
});
export type RuleFact = z.infer<typeof RuleFact>;
