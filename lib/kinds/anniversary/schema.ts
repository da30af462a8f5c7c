import { z } from 'zod';
import { factBase, Id, Text } from '../../content/fields';

/**
 * An anniversary of a recorded event in a year: 2026年是上海合作组织成立25周年 / 2026 marks the 25th
 * anniversary of the founding of the SCO. The number is counted from the event's date, never
 * typed by hand; `n` is the number the source states, checked against that count.
 */
export const AnniversaryFact = z.strictObject({
  ...factBase,
  kind: z.literal('anniversary'),
  /** The id of the fact of the event (a founding, a document signed, a mission launched). */
  event: Id,
  /**
   * The event as an anniversary names it, read before 周年 and after "anniversary of":
   * 上海合作组织成立 / the founding of the Shanghai Cooperation Organisation.
   */
  name: Text,
  /** The year of the anniversary. */
  year: z.int().min(1000).max(3000),
  /** The number the source states (25 for 25周年): content:check holds it to the event's date. */
  n: z.int().min(1).optional(),
});
export type AnniversaryFact = z.infer<typeof AnniversaryFact>;
