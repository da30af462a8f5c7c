import { z } from 'zod';
import { Id, Text, factBase } from '../../content/fields';

/**
 * A gap in time between two events, as a source states it ("the first in-person attendance in four years").
 * The checker verifies that `years` matches the dates of the two facts it names.
 */
export const IntervalFact = z.strictObject({
  ...factBase,
  kind: z.literal('interval'),
  /** What happened again after the gap, as a clause in our own words: 中国公安部部长线下出席了会议 / China's Minister of Public Security attended in person. */
  what: Text,
  from: Id,
  to: Id,
  years: z.int().min(1),
});
export type IntervalFact = z.infer<typeof IntervalFact>;
