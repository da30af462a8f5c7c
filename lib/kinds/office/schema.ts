import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/**
 * An office held for a period: a person in a post (秘书长 / Secretary-General of the SCO), or a
 * country in a rotating chair (轮值主席国 / rotating presidency). One fact per term.
 */
export const OfficeFact = z.strictObject({
  ...factBase,
  kind: z.literal('office'),
  /** Who held it: a person, or a country for a rotating chair. */
  holder: Id,
  /**
   * The office in our words, without the body: 秘书长 / Secretary-General for a person (English
   * as a title, no article), 轮值主席国 / rotating presidency for a country (English as a noun
   * that reads after "held the").
   */
  office: Text,
  /** The organisation or country whose office it is. */
  of: Id,
  /**
   * The holder's place in the line of holders where the sources count it (张明 is the 7th,
   * 第七任, Secretary-General of the SCO): questions then ask 第几任. A holder keeps one number
   * over consecutive terms.
   */
  ordinal: z.int().min(1).optional(),
  /** The first day of the term. */
  from: PartialDate,
  /** The last day of the term; absent while it lasts (then give `asOf`). */
  to: PartialDate.optional(),
});
export type OfficeFact = z.infer<typeof OfficeFact>;
