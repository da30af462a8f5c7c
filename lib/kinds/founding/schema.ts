import { z } from 'zod';
import { Id, PartialDate, Text, factBase } from '../../content/fields';

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
