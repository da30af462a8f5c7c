import { sourceText } from '@/lib/content/dates';
import { type ContentBundle, type ContentIndex, indexContent } from '@/lib/content/index-content';
import type { Text } from '@/lib/content/schema';
import { sourceOfClaim } from '@/lib/content/sources';
import { reviewForCard } from '@/lib/progress/record';
import { formatInterval } from '@/lib/progress/interval';
import { type ProfileMemories, profileMemories, sessionQueue } from '@/lib/progress/cards-today';
import type { DailyQueue } from '@/lib/progress/daily-queue';
import { siblingGroup } from '@/lib/progress/session-cards';
import { GRADES, previewGrades, scheduler } from '@/lib/progress/schedule';
import type { Grade, Profile } from '@/lib/progress/schema';
import { factsWithNames } from '@/lib/progress/session-cards';
import { ALL_DECKS } from '@/lib/progress/settings-limits';
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

/** A learner's memories: the replay of their reviews (lib/progress/cards-today.ts). */
export interface Memories extends ProfileMemories {
  profile: Profile | undefined;
}

export type Queue = DailyQueue;

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
      const scope = deck ? deck.id : ALL_DECKS;
      const facts = scopeIds.map((id) => ({ id, deck: deckOf.get(id) }));
      const named = factsWithNames(facts, scope, nameDecks);
      return cardsOf(index, scopeIds, named);
    },

    memories(profile: Profile | undefined): Memories {
      return { ...profileMemories(profile, claimsOf), profile };
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
        deckOf.get(card.fact),
        context,
      );
    },
  };
}
