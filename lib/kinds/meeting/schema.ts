import { z } from 'zod';
import {
  Attendance,
  DateSpan,
  Id,
  MeetingFormat,
  PartialDate,
  factBase,
} from '../../content/fields';

/** One numbered meeting in a series: the 19th Meeting of SCO Security Council Secretaries. */
export const MeetingFact = z.strictObject({
  ...factBase,
  kind: z.literal('meeting'),
  series: Id,
  ordinal: z.int().min(1),
  date: PartialDate,
  span: DateSpan.optional(),
  /** null when the meeting was held online with no host city. */
  city: Id.nullable(),
  /**
   * Cities that hosted the meeting together with `city` (Cortina d'Ampezzo with Milan, 2026):
   * the meeting is then asked which cities hosted it, never one host city.
   */
  coHosts: z.array(Id).min(1).optional(),
  hostCountry: Id,
  format: MeetingFormat,
  chair: Id.optional(),
  attendance: z.array(Attendance).default([]),
});
export type MeetingFact = z.infer<typeof MeetingFact>;
