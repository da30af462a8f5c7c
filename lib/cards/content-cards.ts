import { sourceText } from '../content/dates';
import { type ContentBundle, type ContentIndex, indexContent } from '../content/index-content';
import { sourceOfClaim } from '../content/sources';
import { factsWithNames } from '../progress/session-cards';
import { ALL_DECKS } from '../progress/settings-limits';
import { type Flashcard, flashcards, nameCards } from '../questions/cards';
import { type CardView, sessionOrder } from './card';

/*
 * The flashcards page's cards, worded from the content (lib/questions/cards.ts). Run at build
 * time: the page's HTML shows `firstCard`, and the cards file (./file.ts) holds every session's
 * cards as `contentCards` makes them, so the browser never runs the wording (./session.ts reads
 * them back).
 */

/**
 * A flashcard as the page shows it: its fact's note and its claim's source as text. A name card
 * (`'name'`) carries no note: the note is about its fact (a summit's resolution, a meeting held
 * online), not about the name the card asks for.
 */
export function cardView(card: Flashcard, of: 'claim' | 'name'): CardView {
  const { fact } = card;
  return {
    key: card.key,
    fact: fact.id,
    front: card.front,
    answer: card.answer,
    ...(card.answerIn ? { answerIn: card.answerIn } : {}),
    ...(card.back.zh ? { back: card.back } : {}),
    ...(fact.note && of === 'claim' ? { note: fact.note } : {}),
    source: sourceText(sourceOfClaim(fact, card.key)),
  };
}

/** The deck each fact is shown in: the first, in file order, that has it or includes it. */
export function deckOfFacts(content: ContentBundle, index: ContentIndex): Map<string, string> {
  const deckOf = new Map<string, string>();
  for (const deck of content.decks)
    for (const f of index.deckFacts(deck)) if (!deckOf.has(f.id)) deckOf.set(f.id, deck.id);
  return deckOf;
}

/** The facts of a session (a deck's, or every deck's for undefined), each once, in order. */
export function scopeFacts(index: ContentIndex, deckId: string | undefined): string[] {
  const deck = deckId ? index.deck(deckId) : undefined;
  return [...new Set((deck ? index.deckFacts(deck) : index.facts).map((f) => f.id))];
}

/**
 * The cards of a session over the content: a deck's (an unknown deck or undefined: all decks),
 * one per atomic claim, with name cards where the learner switched them on (`nameDecks`: deck
 * ids, or ALL_DECKS for the all-decks session).
 */
export function contentCards(content: ContentBundle) {
  const index = indexContent(content);
  const deckOf = deckOfFacts(content, index);
  return (deckId: string | undefined, nameDecks: readonly string[]): CardView[] => {
    const deck = deckId ? index.deck(deckId) : undefined;
    const scopeIds = scopeFacts(index, deck?.id);
    const facts = scopeIds.map((id) => ({ id, deck: deckOf.get(id) }));
    const named = factsWithNames(facts, deck ? deck.id : ALL_DECKS, nameDecks);
    const claims = flashcards(index, scopeIds).map((c) => cardView(c, 'claim'));
    const names = named.length
      ? nameCards(index, named).map((c) => cardView(c, 'name'))
      : undefined;
    return sessionOrder(claims, names, scopeIds);
  };
}

/**
 * A first visit's first card across all decks (what the page's HTML shows before its script
 * runs), or null when the content has no card.
 */
export function firstCard(content: ContentBundle): CardView | null {
  return contentCards(content)(undefined, [])[0] ?? null;
}
