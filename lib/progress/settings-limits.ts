import type { Settings } from './schema';

/*
 * The choices and limits of each setting: the settings form shows them, and the checks of saved
 * settings in lib/progress/schema.ts hold saves to them.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const MOTION = ['system', 'reduce'] as const;

export const SETTING_LIMITS = {
  dailyGoal: { min: 1, max: 1000 },
  newCardsPerDay: { min: 0, max: 500 },
  desiredRetention: { min: 0.7, max: 0.99 },
  /** How many later days' right answers take a question out of the mistakes notebook. */
  mistakeClearAfter: { min: 1, max: 5 },
} as const;

/** The key of the all-decks flashcard session in `nameCardDecks`: deck ids never contain "*". */
export const ALL_DECKS = '*';

/** A new learner's settings. */
export const DEFAULT_SETTINGS: Settings = {
  dailyGoal: 20,
  newCardsPerDay: 10,
  desiredRetention: 0.9,
  theme: 'system',
  motion: 'system',
};
