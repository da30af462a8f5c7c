import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/**
 * A title or designation held for a period: a city named 东亚文化之都 / Culture City of East Asia
 * for a year, a person given a national honorary title. One fact per holder and conferral.
 */
export const TitleFact = z.strictObject({
  ...factBase,
  kind: z.literal('title'),
  /** Who or what holds it: a city, a country, a person, an organisation. */
  holder: Id,
  /**
   * The title in its own words, without 称号 or quotation marks: 东亚文化之都 / Culture City of
   * East Asia (English as it reads after "was named", without an article).
   */
  title: Text,
  /** The body that conferred it, where the sources name one. */
  by: Id.optional(),
  /** The first day (or month, or year) it was held. */
  from: PartialDate,
  /** The last day it was held; absent for a title held for good or still held (then give `asOf`). */
  to: PartialDate.optional(),
});
export type TitleFact = z.infer<typeof TitleFact>;
