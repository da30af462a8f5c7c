import { z } from 'zod';
import { Id, PartialDate, factBase } from '../../content/fields';

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
