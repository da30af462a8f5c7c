import { replayHistory } from '@/lib/progress/archive';
import { effectiveReviews } from '@/lib/progress/reviews';
import { isDue, scheduler } from '@/lib/progress/schedule';
import type { Profile } from '@/lib/progress/schema';
import { newCardsToday, reviewsToday, streak } from '@/lib/progress/stats';

/*
 * The home page's figures for today, with the scheduler: one chunk, loaded by
 * components/home/TodayPanel.tsx after the page's own scripts.
 */

export interface Today {
  /** Cards due now. */
  due: number;
  /** New cards left of today's limit. */
  fresh: number;
  /** Answers today. */
  done: number;
  goal: number;
  /** Days in a row with an answer. */
  streak: number;
}

export function todayOf(profile: Profile, now: number): Today {
  const { settings, archive } = profile;
  const reviews = [...effectiveReviews(profile)].sort((a, b) => a.at - b.at);
  const offset = new Date(now).getTimezoneOffset();
  const cards = replayHistory(archive, reviews, scheduler(settings.desiredRetention));
  const due = [...cards.values()].filter((c) => isDue(c, now)).length;
  return {
    due,
    fresh: Math.max(0, settings.newCardsPerDay - newCardsToday(reviews, now, offset, archive)),
    done: reviewsToday(reviews, now, offset, archive),
    goal: settings.dailyGoal,
    streak: streak(reviews, now, offset, archive),
  };
}
