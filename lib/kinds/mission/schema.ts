import { z } from 'zod';
import { factBase, Id, PartialDate, Text } from '../../content/fields';

/** The steps of a mission the kind can say (./index words them): 发射 / launch, 对接 / docking … */
export const MILESTONES = ['launch', 'docking', 'undocking', 'landing', 'return'] as const;

export const Milestone = z.strictObject({
  event: z.enum(MILESTONES),
  /** The day, Beijing time as Chinese sources give it. */
  date: PartialDate,
  /** Where or with what, read before the verb in Chinese and after it in English: 在月球背面 / on the far side of the Moon. */
  detail: Text.optional(),
});

/** A mission or project with dated milestones: 神舟十八号 / Shenzhou-18, 嫦娥六号 / Chang'e-6. */
export const MissionFact = z.strictObject({
  ...factBase,
  kind: z.literal('mission'),
  /** The mission's name: 嫦娥六号 / Chang'e-6. */
  mission: Text,
  /** The country or organisation that carried it out. */
  by: Id,
  /** In the order they happened, one of each event at most. */
  milestones: z.array(Milestone).min(1),
});
export type MissionFact = z.infer<typeof MissionFact>;
