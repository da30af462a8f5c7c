import { factsWithNames } from '../progress/session-cards';
import { ALL_DECKS } from '../progress/settings-limits';
import type { CardsFile, FileCard, FileFact } from './file';
import { type CardView, sessionOrder } from './card';
import { nameCardWording } from './name-cards';

/*
 * The flashcards page's cards, read in the browser from the cards file (./file.ts): what
 * `contentCards` (./content-cards.ts) made at build time, without the content or the wording
 * code. It imports no wording, so the page's script does not carry the kinds.
 */

function entry<T>(list: readonly T[], place: number, what: string): T {
  const found = list[place];
  if (found === undefined) throw new Error(`cards file: no ${what} at ${place}`);
  return found;
}

export interface FileCards {
  /**
   * The cards of a session: a deck's (an unknown deck or undefined: all decks), with name cards
   * where the learner switched them on (`nameDecks`: deck ids, or ALL_DECKS).
   */
  session(deckId: string | undefined, nameDecks: readonly string[]): CardView[];
  /** The deck each fact is shown in. */
  deckOf(fact: string): string | undefined;
  /**
   * Each fact's own claims (not those across facts), for reviews saved before claims were the
   * memory unit: such a review counts for each of them.
   */
  claimsOf(fact: string): readonly string[] | undefined;
}

export function fileCards(file: CardsFile): FileCards {
  const factById = new Map(file.facts.map((f) => [f.id, f]));
  const factAt = (place: number) => entry(file.facts, place, 'fact');
  const sourceAt = (place: number) => entry(file.sources, place, 'source');

  const claimView = (card: FileCard): CardView => {
    const fact = factAt(card.fact);
    return {
      key: card.key,
      fact: fact.id,
      front: card.front,
      answer: card.answer,
      ...(card.answerIn ? { answerIn: card.answerIn } : {}),
      ...(card.back ? { back: card.back } : {}),
      ...(fact.note ? { note: fact.note } : {}),
      source: sourceAt(card.source),
    };
  };

  /** The name cards of these facts: each entity's two, with the first fact that names it. */
  const nameViews = (facts: readonly FileFact[]): CardView[] => {
    const views: CardView[] = [];
    const seen = new Set<string>();
    for (const fact of facts) {
      for (const entity of fact.names) {
        if (seen.has(entity)) continue;
        seen.add(entity);
        const name = Object.hasOwn(file.names, entity) ? file.names[entity] : undefined;
        if (!name) throw new Error(`cards file: no names of "${entity}"`);
        for (const { key, front, answer, answerIn } of nameCardWording(entity, name))
          views.push({
            key,
            fact: fact.id,
            front,
            answer,
            answerIn,
            // No note: it is about the fact, not the name (./content-cards.ts, cardView).
            source: sourceAt(fact.source),
          });
      }
    }
    return views;
  };

  let claims: Map<string, string[]> | undefined;
  const ownClaims = () => {
    if (claims) return claims;
    claims = new Map();
    for (const place of file.all.cards) {
      const card = entry(file.cards, place, 'card');
      const fact = factAt(card.fact).id;
      if (card.key.split('/')[0] !== fact) continue;
      const list = claims.get(fact);
      if (list) list.push(card.key);
      else claims.set(fact, [card.key]);
    }
    return claims;
  };

  return {
    session(deckId, nameDecks) {
      const known = deckId !== undefined && Object.hasOwn(file.decks, deckId);
      const scope = known ? file.decks[deckId]! : file.all;
      const facts = scope.facts.map(factAt);
      const cards = scope.cards.map((place) => claimView(entry(file.cards, place, 'card')));
      const named = new Set(
        factsWithNames(
          facts.map((f) => ({ id: f.id, deck: f.deck || undefined })),
          known ? deckId : ALL_DECKS,
          nameDecks,
        ),
      );
      if (named.size === 0) return cards;
      const ids = facts.map((f) => f.id);
      return sessionOrder(cards, nameViews(facts.filter((f) => named.has(f.id))), ids);
    },
    deckOf: (fact) => factById.get(fact)?.deck || undefined,
    claimsOf: (fact) => ownClaims().get(fact),
  };
}
