import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/**
 * A first or a record: 中国成为首个实现月球背面软着陆的国家 / China became the first country to make
 * a soft landing on the far side of the Moon; 港珠澳大桥 the world's longest sea-crossing bridge,
 * with its measure. Who set it is a glossary entity (`holder`) or, for a thing the glossary has
 * no type for (a bridge, a telescope), its `name`: exactly one of the two.
 */
export const RecordFact = z.strictObject({
  ...factBase,
  kind: z.literal('record'),
  /** The country, person, city or organisation that set it. */
  holder: Id.optional(),
  /** The thing that set it, as it reads in a sentence: 港珠澳大桥 / the Hong Kong–Zhuhai–Macao Bridge. */
  name: Text.optional(),
  /**
   * The first or record as a noun phrase, read after 成为 / became: 首个实现月球背面软着陆的国家 /
   * the first country to make a soft landing on the far side of the Moon.
   */
  record: Text,
  /** The day it was set. */
  date: PartialDate,
  /** For a record with a figure: what is measured, as a noun: 全长 / total length. */
  measure: Text.optional(),
  /** The figure as Chinese sources state it, in `unit.zh` (with `measure` and `unit`). */
  value: z.number().nonnegative().optional(),
  /** Digits after the point as published. Absent: as many as `value` has. */
  decimals: z.int().min(0).max(4).optional(),
  /** The unit as each language writes it after the number: 公里 / km. */
  unit: Text.optional(),
  /** The figure as English writes it, where its unit counts differently. */
  en: z.strictObject({ value: z.number().nonnegative(), unit: z.string().min(1) }).optional(),
});
export type RecordFact = z.infer<typeof RecordFact>;
