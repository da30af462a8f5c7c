import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/**
 * An organisation granting a country a status: 观察员国 / observer state, 对话伙伴 / dialogue
 * partner, 成员国 / member state, with the status it held before.
 */
export const StatusFact = z.strictObject({
  ...factBase,
  kind: z.literal('status'),
  organisation: Id,
  country: Id,
  /** The status granted, in the organisation's own term: 成员国 / member state (English lower case, no article). */
  status: Text,
  /** The status it held until then; absent when it held none. */
  before: Text.optional(),
  /** The day the status was granted or took effect. */
  date: PartialDate,
  /** The summit or meeting that granted it. */
  event: Id.optional(),
});
export type StatusFact = z.infer<typeof StatusFact>;
