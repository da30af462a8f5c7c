import { z } from 'zod';
import {
  DateSpan,
  Id,
  MeetingFormat,
  PartialDate,
  SpeechKind,
  factBase,
} from '../../content/fields';

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
