import { sourceText } from '../content/dates';
import { type ContentBundle, indexContent } from '../content/index-content';
import type { Text } from '../content/schema';
import { namedEntities } from '../questions/cards';
import { contentCards, deckOfFacts, scopeFacts } from './content-cards';

/*
 * The cards file: every flashcard session's cards, worded at build time, as one JSON file of the
 * export named by its hash (app/content/[file]/route.ts). A learner back on the flashcards page
 * waits for their own queue; with this file it needs neither the content nor the kinds' wording
 * code, nor the time to word every card on a slow phone. It is written from `contentCards`'s
 * output (./content-cards.ts) and read back by ./session.ts into exactly those cards
 * (tests/unit/cards-file.property.test.ts).
 *
 * Each card's wording is written once: a card's note is its fact's, and a source is written once
 * and named by its place, so the file stays about the content file's size.
 */

/** A claim card: a CardView whose fact, note and source are places in the file's lists. */
export interface FileCard {
  key: string;
  /** Its fact's place in `facts`; the card's note is that fact's. */
  fact: number;
  front: Text;
  answer: Text;
  answerIn?: 'zh' | 'en';
  back?: Text;
  /** Its source's place in `sources`. */
  source: number;
}

export interface FileFact {
  id: string;
  /** The deck it is shown in (the first that has or includes it); '' for none. */
  deck: string;
  note?: Text;
  /** Its own source's place in `sources`: what its name cards cite. */
  source: number;
  /** The entities it names that have name cards, in the order it names them. */
  names: string[];
}

/** A session's facts (places in `facts`) and its claim cards (places in `cards`), in order. */
export interface FileScope {
  facts: number[];
  cards: number[];
}

export interface CardsFile {
  /** Every fact of every deck, each once, in file order. */
  facts: FileFact[];
  sources: Text[];
  /** Every claim card, each once: a claim across facts can read otherwise in a deck's session. */
  cards: FileCard[];
  /** The names of each entity a fact names, by its id: its name cards' wording (./name-cards.ts). */
  names: Record<string, Text>;
  /** The all-decks session. */
  all: FileScope;
  /** Each deck's session, by the deck's id. */
  decks: Record<string, FileScope>;
}

/** Places in a list, each value once, compared as JSON. */
function placer<T>(list: T[]): (value: T) => number {
  const at = new Map<string, number>();
  return (value) => {
    const key = JSON.stringify(value);
    let i = at.get(key);
    if (i === undefined) {
      i = list.push(value) - 1;
      at.set(key, i);
    }
    return i;
  };
}

/** The cards file of this content. */
export function writeCardsFile(content: ContentBundle): CardsFile {
  const index = indexContent(content);
  const deckOf = deckOfFacts(content, index);
  const cardsOf = contentCards(content);
  const ids = scopeFacts(index, undefined);
  const factAt = new Map(ids.map((id, i) => [id, i]));
  const placeOf = (fact: string) => {
    const i = factAt.get(fact);
    if (i === undefined) throw new Error(`cards file: fact "${fact}" is in no deck`);
    return i;
  };
  const sources: Text[] = [];
  const source = placer(sources);
  const cards: FileCard[] = [];
  const card = placer(cards);
  const names: Record<string, Text> = {};

  const facts = ids.map((id): FileFact => {
    const fact = index.fact(id);
    const named = namedEntities(index, fact);
    for (const entity of named) {
      const { zh, en } = index.entity(entity).name;
      names[entity] = { zh, en };
    }
    return {
      id,
      deck: deckOf.get(id) ?? '',
      ...(fact.note ? { note: fact.note } : {}),
      // A name card's key is none of the fact's claims: it cites the fact's own source.
      source: source(sourceText(fact.source)),
      names: named,
    };
  });

  const scope = (deckId: string | undefined): FileScope => ({
    facts: scopeFacts(index, deckId).map(placeOf),
    cards: cardsOf(deckId, []).map((view) =>
      card({
        key: view.key,
        fact: placeOf(view.fact),
        front: view.front,
        answer: view.answer,
        ...(view.answerIn ? { answerIn: view.answerIn } : {}),
        ...(view.back ? { back: view.back } : {}),
        source: source(view.source),
      }),
    ),
  });
  const all = scope(undefined);
  const decks: Record<string, FileScope> = {};
  for (const deck of content.decks) decks[deck.id] = scope(deck.id);
  return { facts, sources, cards, names, all, decks };
}
