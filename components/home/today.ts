import { profileMemories, sessionQueue } from '@/lib/progress/cards-today';
import type { Profile } from '@/lib/progress/schema';
import {
  allDecksSession,
  type CardOutline,
  claimsOfOutline,
  nameCardSessions,
} from '@/lib/progress/session-cards';
import { reviewsToday, streak } from '@/lib/progress/stats';

/*
 * The home page's figures for today, with the scheduler: one chunk, loaded by
 * components/home/TodayPanel.tsx after the page's own scripts.
 */

export interface Today {
  /** Cards due now: the all-decks flashcards session's. */
  due: number;
  /** New cards that session offers today. */
  fresh: number;
  /** Answers today. */
  done: number;
  goal: number;
  /** Days in a row with an answer. */
  streak: number;
}

/**
 * `legacyNames`: this device switched name cards on before they were per profile. The cards are
 * counted by lib/progress/cards-today.ts, as the cards page counts them.
 */
export function todayOf(
  profile: Profile,
  outline: CardOutline,
  now: number,
  legacyNames: boolean,
): Today {
  const { settings, archive } = profile;
  const memories = profileMemories(profile, claimsOfOutline(outline));
  const session = allDecksSession(outline, nameCardSessions(settings.nameCardDecks, legacyNames));
  const queue = sessionQueue(session, profile, memories, now);
  const offset = new Date(now).getTimezoneOffset();
  return {
    due: queue.due.length,
    fresh: queue.fresh.length,
    done: reviewsToday(memories.reviews, now, offset, archive),
    goal: settings.dailyGoal,
    streak: streak(memories.reviews, now, offset, archive),
  };
}
