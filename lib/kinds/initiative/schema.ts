import { z } from 'zod';
import { AttendanceMode, Id, PartialDate, SpeechKind, Text, factBase } from '../../content/fields';

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
