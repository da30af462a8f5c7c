import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/**
 * A figure with a unit for a period: a statistic (国内生产总值增长5.0% / GDP grew by 5.0% in 2024)
 * or a target (2025年经济增长预期目标为5%左右 / a growth target of around 5% for 2025).
 */
export const QuantityFact = z.strictObject({
  ...factBase,
  kind: z.literal('quantity'),
  /** Whose figure it is: a country, an organisation, a project. */
  subject: Id,
  /** What is measured, in our words, as a noun: 国内生产总值增速 / GDP growth. */
  measure: Text,
  /** The figure as Chinese sources state it, in `unit.zh`. */
  value: z.number().nonnegative(),
  /** Digits after the point as published: 1 for 5.0%. Absent: as many as `value` has. */
  decimals: z.int().min(0).max(4).optional(),
  /**
   * The unit as each language writes it after the number: % / %, 亿元 / 100 million yuan,
   * 万人次 / 10,000 visits. Where English counts in other units, give `en`.
   */
  unit: Text,
  /** The figure as English writes it, where its unit counts differently: 134.9 for "trillion yuan" and 1349084亿元. */
  en: z.strictObject({ value: z.number().nonnegative(), unit: z.string().min(1) }).optional(),
  /** The year ("2024") or day ("2024-12-31") the figure is for. */
  period: PartialDate,
  /** A target set for the period rather than a result. */
  target: z.literal(true).optional(),
  /** The figure is approximate as stated: 左右 / around. */
  approximate: z.literal(true).optional(),
});
export type QuantityFact = z.infer<typeof QuantityFact>;
