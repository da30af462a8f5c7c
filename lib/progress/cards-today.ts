import { replayHistory } from './archive';
import { type DailyQueue, dailyQueue, type SessionCard } from './daily-queue';
import { effectiveReviews } from './reviews';
import { type MemoryCard, scheduler } from './schedule';
import type { Profile, Review } from './schema';
import { DEFAULT_SETTINGS } from './settings-limits';

/*
 * A profile's flashcards today: its memories and the queue of a session. The cards page
 * (components/study/cardsEngine.ts), the home page and the progress page all count through
 * here, so "due" and "new" are the same number wherever they are shown.
 */

export interface ProfileMemories {
  /** The reviews that count, oldest first. */
  reviews: readonly Review[];
  cards: ReadonlyMap<string, MemoryCard>;
  retention: number;
  /** Each fact's claims, the replay's: a review saved before claims names a fact only. */
  claimsOf: ((fact: string) => readonly string[] | undefined) | undefined;
}

/** The profile's memories, replayed at its desired retention. */
export function profileMemories(
  profile: Profile | undefined,
  claimsOf?: (fact: string) => readonly string[] | undefined,
): ProfileMemories {
  const retention = profile?.settings.desiredRetention ?? DEFAULT_SETTINGS.desiredRetention;
  // Two tabs, or an import, can leave the log out of order: replay and "first studied" need time order.
  const reviews = profile ? [...effectiveReviews(profile)].sort((a, b) => a.at - b.at) : [];
  const cards = replayHistory(profile?.archive, reviews, scheduler(retention), claimsOf);
  return { reviews, cards, retention, claimsOf };
}

/** Today's queue of a session's cards for this profile. */
export function sessionQueue(
  cards: readonly SessionCard[],
  profile: Profile | undefined,
  memories: ProfileMemories,
  now: number,
): DailyQueue {
  return dailyQueue(cards, memories.cards, memories.reviews, {
    now,
    offsetMinutes: new Date(now).getTimezoneOffset(),
    newCardsPerDay: profile?.settings.newCardsPerDay ?? DEFAULT_SETTINGS.newCardsPerDay,
    ...(profile?.archive ? { archive: profile.archive } : {}),
    ...(memories.claimsOf ? { claimsOf: memories.claimsOf } : {}),
  });
}
