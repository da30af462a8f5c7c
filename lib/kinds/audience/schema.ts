import { z } from 'zod';
import { Id, PartialDate, Text, factBase } from '../../content/fields';

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
