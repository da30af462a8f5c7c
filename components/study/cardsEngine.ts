import type { CardView } from '@/lib/cards/card';
import type { CardsFile } from '@/lib/cards/file';
import { fileCards } from '@/lib/cards/session';
import type { Text } from '@/lib/content/schema';
import { reviewForCard } from '@/lib/progress/record';
import { formatInterval } from '@/lib/progress/interval';
import { type ProfileMemories, profileMemories, sessionQueue } from '@/lib/progress/cards-today';
import type { DailyQueue } from '@/lib/progress/daily-queue';
import { siblingGroup } from '@/lib/progress/session-cards';
import { GRADES, previewGrades, scheduler } from '@/lib/progress/schedule';
import type { Grade, Profile } from '@/lib/progress/schema';

/*
 * What the flashcards page computes: the cards of a session (read from the cards file, worded at
 * build time: lib/cards/), the learner's memories (FSRS, replayed from the archive and the log)
 * and the queue. A module of its own, loaded once the page runs (components/study/CardsSession.tsx):
 * the scheduler is most of the page's script, and the first card comes in the HTML.
 */

/** A learner's memories: the replay of their reviews (lib/progress/cards-today.ts). */
export interface Memories extends ProfileMemories {
  profile: Profile | undefined;
}

export type Queue = DailyQueue;

export type CardsEngine = ReturnType<typeof createCardsEngine>;

export function createCardsEngine(file: CardsFile) {
  const read = fileCards(file);

  return {
    /**
     * The cards of a deck (undefined: all decks), one per atomic claim, with name cards where the
     * learner switched them on (`nameDecks`: deck ids, or ALL_DECKS for the all-decks session).
     */
    deckCards(deckId: string | undefined, nameDecks: readonly string[]): CardView[] {
      return read.session(deckId, nameDecks);
    },

    memories(profile: Profile | undefined): Memories {
      return { ...profileMemories(profile, read.claimsOf), profile };
    },

    /**
     * Today's queue of these cards (lib/progress/daily-queue.ts): due cards first, then new
     * ones, one a day of each fact's siblings, up to what is left of today's limit.
     */
    queue(cards: readonly CardView[], memories: Memories, now: number): Queue {
      const session = cards.map((c) => ({ key: c.key, group: siblingGroup(c.fact, !!c.answerIn) }));
      return sessionQueue(session, memories.profile, memories, now);
    },

    /** When each grade would bring the card back, as interface text. */
    preview(memories: Memories, key: string, now: number): Record<Grade, Text> {
      const ms = previewGrades(memories.cards.get(key), now, scheduler(memories.retention));
      const out = {} as Record<Grade, Text>;
      for (const g of GRADES) out[g] = formatInterval(ms[g]);
      return out;
    },

    /** The review a grade records. */
    review(
      card: CardView,
      grade: Grade,
      context: { now: number; session: string; newId: () => string },
    ) {
      return reviewForCard(
        { fact: card.fact, claim: card.key },
        grade,
        read.deckOf(card.fact),
        context,
      );
    },
  };
}
