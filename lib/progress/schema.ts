import * as z from 'zod/mini';
import { QUESTION_KINDS } from '../questions/models';
import { MOTION, SETTING_LIMITS, THEMES } from './settings-limits';

/**
 * What the app saves, described once. Progress is an append-only log of reviews: card states,
 * the mistakes notebook and every statistic are derived from it, so that logs from two tabs,
 * two devices or an imported file merge by review id and never lose a review.
 */

export const SAVE_FORMAT = 'shizheng-progress';
export const SAVE_VERSION = 1;

export const STUDY_MODES = [
  'practice',
  'test',
  'cards',
  'timeline',
  'mistakes',
  'classroom',
] as const;
export const StudyMode = z.enum(STUDY_MODES);
export type StudyMode = z.infer<typeof StudyMode>;

export const ReviewKind = z.enum([...QUESTION_KINDS, 'card']);
export type ReviewKind = z.infer<typeof ReviewKind>;

/** 1 Again, 2 Hard, 3 Good, 4 Easy: FSRS's grades. A right quiz answer is Good, a wrong one Again. */
export const Grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Grade = z.infer<typeof Grade>;

const SafeId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9:_=,./-]{1,400}$/, 'ids use letters, digits and : _ = , . / -'));

export const Review = z.strictObject({
  /** Unique per review; merging keys on it. */
  id: z.string().check(z.regex(/^[a-z0-9]{6,32}$/)),
  /** The fact: one memory per fact, whatever question form asked about it. */
  fact: SafeId,
  grade: Grade,
  /** Milliseconds since 1970 (UTC). */
  at: z.int().check(z.minimum(0), z.maximum(8.64e15)),
  kind: ReviewKind,
  mode: StudyMode,
  /** One study session; a mistake leaves the notebook when answered right in a later one. */
  session: z.string().check(z.regex(/^[a-z0-9]{1,32}$/)),
  /** The question asked, and the seed that generated it, to ask it again from the notebook. */
  question: z.optional(SafeId),
  seed: z.optional(z.int().check(z.minimum(0), z.maximum(2 ** 32))),
  deck: z.optional(SafeId),
});
export type Review = z.infer<typeof Review>;

export { MOTION, THEMES };

export const Settings = z.strictObject({
  dailyGoal: z
    .int()
    .check(z.minimum(SETTING_LIMITS.dailyGoal.min), z.maximum(SETTING_LIMITS.dailyGoal.max)),
  newCardsPerDay: z
    .int()
    .check(
      z.minimum(SETTING_LIMITS.newCardsPerDay.min),
      z.maximum(SETTING_LIMITS.newCardsPerDay.max),
    ),
  desiredRetention: z
    .number()
    .check(
      z.minimum(SETTING_LIMITS.desiredRetention.min),
      z.maximum(SETTING_LIMITS.desiredRetention.max),
    ),
  theme: z.enum(THEMES),
  motion: z.enum(MOTION),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  dailyGoal: 20,
  newCardsPerDay: 10,
  desiredRetention: 0.9,
  theme: 'system',
  motion: 'system',
};

export const Profile = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]{1,32}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  createdAt: z.int().check(z.minimum(0)),
  settings: Settings,
  reviews: z.array(Review),
  /** Reviews taken back with undo; kept as ids so that a merge cannot bring them back. */
  undone: z.array(z.string()),
  /** Progress was reset at this time: earlier reviews no longer count, wherever they come from. */
  resetAt: z.optional(z.int().check(z.minimum(0))),
  /** Reviews from before the reset that the learner brought back by importing a file. */
  restored: z.optional(z.array(z.string())),
});
export type Profile = z.infer<typeof Profile>;

export const Save = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  activeProfile: z.string(),
  profiles: z.array(Profile).check(z.minLength(1)),
  /** Profiles deleted on this device, so that another tab's copy does not revive them. */
  deletedProfiles: z.array(z.string()),
});
export type Save = z.infer<typeof Save>;
