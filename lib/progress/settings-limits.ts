/*
 * The choices and limits of each setting, without zod: the settings form shows them, and a page
 * must not load the schemas to know that a daily goal runs from 1 to 1000. lib/progress/schema.ts
 * builds the Settings schema from these.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const MOTION = ['system', 'reduce'] as const;

export const SETTING_LIMITS = {
  dailyGoal: { min: 1, max: 1000 },
  newCardsPerDay: { min: 0, max: 500 },
  desiredRetention: { min: 0.7, max: 0.99 },
} as const;
