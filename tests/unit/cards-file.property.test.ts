import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentCards, deckOfFacts } from '../../lib/cards/content-cards';
import { type CardsFile, writeCardsFile } from '../../lib/cards/file';
import { fileCards } from '../../lib/cards/session';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { ALL_DECKS } from '../../lib/progress/settings-limits';
import { claimsOfFact } from '../../lib/questions/cards';
import { FIXTURE_ROOT, KINDS_FIXTURE_ROOT } from '../fixtures/content';
import { arbPartialContent } from './content-arbitraries';

/*
 * The cards file (lib/cards/file.ts), as the browser reads it (lib/cards/session.ts), holds every
 * flashcard session's cards exactly as the content's wording makes them (lib/cards/content-cards.ts):
 * for random content taken from the fixtures, every deck's session and the all-decks one, with
 * name cards on for any sessions.
 */

const BUNDLES = [loadContent(FIXTURE_ROOT), loadContent(KINDS_FIXTURE_ROOT)];
const UNKNOWN_DECK = 'no-such-deck';

/** What the browser gets: the file through JSON. */
const overJson = (file: CardsFile): CardsFile => JSON.parse(JSON.stringify(file)) as CardsFile;

/** Some of a fixture's decks, each with all or some of its facts. */
const arbContent = arbPartialContent(BUNDLES);

/** Content, a session of it (a deck, all decks, or a deck it lacks) and where names are on. */
const arbSession = arbContent.chain((content) => {
  const ids = content.decks.map((d) => d.id);
  return fc.record({
    content: fc.constant(content),
    deck: fc.constantFrom<string | undefined>(undefined, UNKNOWN_DECK, ...ids),
    nameDecks: fc.subarray([ALL_DECKS, UNKNOWN_DECK, ...ids]),
  });
});

describe('the cards file', () => {
  it("reads back each session's cards as the content's wording makes them", () => {
    fc.assert(
      fc.property(arbSession, ({ content, deck, nameDecks }) => {
        const read = fileCards(overJson(writeCardsFile(content)));
        expect(read.session(deck, nameDecks)).toStrictEqual(contentCards(content)(deck, nameDecks));
      }),
      { numRuns: 150 },
    );
  });

  it("gives a fact-only review the fact's own claims, and each fact its deck, as the content does", () => {
    fc.assert(
      fc.property(arbContent, (content) => {
        const read = fileCards(overJson(writeCardsFile(content)));
        const index = indexContent(content);
        const claimsOf = claimsOfFact(index);
        const deckOf = deckOfFacts(content, index);
        for (const { id } of index.facts) {
          expect(read.claimsOf(id)).toStrictEqual(claimsOf(id));
          expect(read.deckOf(id)).toBe(deckOf.get(id));
        }
        expect(read.claimsOf(UNKNOWN_DECK)).toBeUndefined();
        expect(read.deckOf(UNKNOWN_DECK)).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('writes each wording once: a card shared by sessions and a source shared by cards', () => {
    const file = writeCardsFile(BUNDLES[0]!);
    const json = (list: readonly unknown[]) => list.map((v) => JSON.stringify(v));
    expect(new Set(json(file.cards)).size).toBe(file.cards.length);
    expect(new Set(json(file.sources)).size).toBe(file.sources.length);
    // A deck's session reuses the all-decks session's cards.
    const shared = Object.values(file.decks).flatMap((s) => s.cards);
    expect(shared.some((place) => file.all.cards.includes(place))).toBe(true);
  });

  it("holds content/'s sessions as its wording makes them", () => {
    const content = loadContent(path.resolve(import.meta.dirname, '../..'));
    const read = fileCards(overJson(writeCardsFile(content)));
    const cardsOf = contentCards(content);
    for (const deck of [undefined, ...content.decks.map((d) => d.id)]) {
      const scope = deck ?? ALL_DECKS;
      for (const nameDecks of [[], [scope]])
        expect(read.session(deck, nameDecks)).toStrictEqual(cardsOf(deck, nameDecks));
    }
    // All decks, with name cards on for some decks only.
    const some = content.decks.filter((_, i) => i % 2 === 0).map((d) => d.id);
    expect(read.session(undefined, some)).toStrictEqual(cardsOf(undefined, some));
  });
});
