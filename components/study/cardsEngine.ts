import { sourceText } from '@/lib/content/dates';
import { type ContentBundle, type ContentIndex, indexContent } from '@/lib/content/index-content';
import type { Text } from '@/lib/content/schema';
import { sourceOfClaim } from '@/lib/content/sources';
import { replayHistory } from '@/lib/progress/archive';
import { reviewForCard } from '@/lib/progress/record';
import { dayNumber } from '@/lib/progress/days';
import { effectiveReviews } from '@/lib/progress/reviews';
import { formatInterval } from '@/lib/progress/interval';
import {
  GRADES,
  type MemoryCard,
  previewGrades,
  scheduler,
  studyQueue,
} from '@/lib/progress/schedule';
import type { Grade, Profile, Review } from '@/lib/progress/schema';
import { ALL_DECKS } from '@/lib/progress/settings-limits';
import { newCardsToday } from '@/lib/progress/stats';
import { claimsOfFact, type Flashcard, flashcards, nameCards } from '@/lib/questions/cards';

/*
 * What the flashcards page computes: the cards of a deck (from the claims, in every fact kind's
 * wording), the learner's memories (FSRS, replayed from the archive and the log) and the queue.
 * A module of its own, loaded once the page has hydrated (components/study/CardsSession.tsx):
 * the kinds' wording and the scheduler are most of the page's script, and the first card comes
 * in the HTML, made at build time by `firstCard`.
 */

/** One card as the page shows it: plain text, nothing to compute. */
export interface CardView {
  /** The claim id: the memory the card schedules. */
  key: string;
  fact: string;
  front: Text;
  answer: Text;
  /** For a name card: the answer is a name in this language, whatever the question language. */
  answerIn?: 'zh' | 'en';
  back?: Text;
  note?: Text;
  source: Text;
}

function view(card: Flashcard): CardView {
  const { fact } = card;
  return {
    key: card.key,
    fact: fact.id,
    front: card.front,
    answer: card.answer,
    ...(card.answerIn ? { answerIn: card.answerIn } : {}),
    ...(card.back.zh ? { back: card.back } : {}),
    ...(fact.note ? { note: fact.note } : {}),
    source: sourceText(sourceOfClaim(fact, card.key)),
  };
}

/** The cards of one deck (or every deck's), with name cards for the facts in `named`. */
function cardsOf(index: ContentIndex, scopeIds: readonly string[], named: readonly string[]) {
  if (named.length === 0) return flashcards(index, scopeIds).map(view);
  // Each fact's name cards follow its own cards, so they come up from the first day.
  const at = new Map(scopeIds.map((id, i) => [id, i]));
  return [...flashcards(index, scopeIds), ...nameCards(index, named)]
    .sort((a, b) => (at.get(a.fact.id) ?? 0) - (at.get(b.fact.id) ?? 0))
    .map(view);
}

/**
 * A first visit's first card across all decks (what the page's HTML shows before its script
 * runs), or null when the content has no card.
 */
export function firstCard(content: ContentBundle): CardView | null {
  const index = indexContent(content);
  const ids = [...new Set(index.facts.map((f) => f.id))];
  return cardsOf(index, ids, [])[0] ?? null;
}

/** A learner's memories, replayed at one desired retention. */
export interface Memories {
  cards: ReadonlyMap<string, MemoryCard>;
  retention: number;
  reviews: readonly Review[];
  profile: Profile | undefined;
}

export interface Queue {
  due: string[];
  fresh: string[];
  /** When the next of these cards is due (ms), or null when none has been studied. */
  nextDue: number | null;
  /** Cards of the scope never studied. */
  unseen: number;
  /**
   * New cards held back until tomorrow although today's limit has room: another card of their
   * fact was studied today, or comes first today.
   */
  buried: number;
  /** New cards today's limit still allows. */
  room: number;
}

export type CardsEngine = ReturnType<typeof createCardsEngine>;

export function createCardsEngine(content: ContentBundle) {
  const index = indexContent(content);
  // Every claim of every fact, for reviews saved before claims were the memory unit: built only
  // when such a review is replayed (building them all costs as much as a deck's cards).
  let claimsMap: ((fact: string) => readonly string[] | undefined) | undefined;
  const claimsOf = (fact: string) => (claimsMap ??= claimsOfFact(index))(fact);
  const deckOf = new Map<string, string>();
  for (const deck of content.decks)
    for (const f of index.deckFacts(deck)) if (!deckOf.has(f.id)) deckOf.set(f.id, deck.id);

  return {
    /**
     * The cards of a deck (undefined: all decks), one per atomic claim, with name cards where the
     * learner switched them on (`nameDecks`: deck ids, or ALL_DECKS for the all-decks session).
     */
    deckCards(deckId: string | undefined, nameDecks: readonly string[]): CardView[] {
      const deck = deckId ? content.decks.find((d) => d.id === deckId) : undefined;
      const scopeIds = [...new Set((deck ? index.deckFacts(deck) : index.facts).map((f) => f.id))];
      const withNames = nameDecks.includes(deck ? deck.id : ALL_DECKS);
      // The all-decks session has the name cards of the decks that have them, or all of them.
      const named = withNames
        ? scopeIds
        : deck
          ? []
          : scopeIds.filter((id) => nameDecks.includes(deckOf.get(id) ?? ALL_DECKS));
      return cardsOf(index, scopeIds, named);
    },

    memories(profile: Profile | undefined, retention: number): Memories {
      const reviews = profile ? effectiveReviews(profile) : [];
      const cards = replayHistory(profile?.archive, reviews, scheduler(retention), claimsOf);
      return { cards, retention, reviews, profile };
    },

    /**
     * Due cards first, then new ones up to what is left of today's limit. A fact's new cards
     * come one a day (Anki's "bury new siblings"): the card that asks where a meeting was held
     * is not followed by the one that asks its number, whose answer the first just gave.
     */
    queue(
      cards: readonly CardView[],
      memories: Memories,
      options: { now: number; newCardsPerDay: number },
    ): Queue {
      const offset = new Date(options.now).getTimezoneOffset();
      const archive = memories.profile?.archive;
      const today = dayNumber(options.now, offset);
      // Siblings: a fact's claim cards, and apart from them its name cards (a name card asks
      // nothing its fact's claims answer; its two directions answer each other).
      const groupOf = (c: CardView) => `${c.fact}|${c.answerIn ? 'name' : 'claim'}`;
      const groupByKey = new Map(cards.map((c) => [c.key, groupOf(c)]));
      // Groups a card was studied of today (flashcards only: practice does not hold cards back).
      const studied = new Set<string>();
      for (const r of memories.reviews) {
        if (r.kind !== 'card' || dayNumber(r.at, offset) !== today) continue;
        const group = groupByKey.get(r.claim ?? r.fact);
        if (group) studied.add(group);
      }
      const offered = new Set<string>();
      const keys: string[] = [];
      let buried = 0;
      for (const card of cards) {
        if (!memories.cards.has(card.key)) {
          const group = groupOf(card);
          if (studied.has(group) || offered.has(group)) {
            buried += 1;
            continue;
          }
          offered.add(group);
        }
        keys.push(card.key);
      }
      const newStartedToday = newCardsToday(memories.reviews, options.now, offset, archive);
      const { due, fresh } = studyQueue(keys, memories.cards, {
        now: options.now,
        newCardsPerDay: options.newCardsPerDay,
        newStartedToday,
      });
      let nextDue: number | null = null;
      let unseen = 0;
      for (const { key } of cards) {
        const c = memories.cards.get(key);
        if (!c) unseen += 1;
        else if (nextDue === null || c.card.due.getTime() < nextDue) nextDue = c.card.due.getTime();
      }
      const room = Math.max(0, options.newCardsPerDay - newStartedToday);
      return { due, fresh, nextDue, unseen, buried, room };
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
        deckOf.get(card.fact),
        context,
      );
    },
  };
}
