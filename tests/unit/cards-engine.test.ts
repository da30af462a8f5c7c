import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCardsEngine } from '../../components/study/cardsEngine';
import { writeCardsFile } from '../../lib/cards/file';
import { firstCard } from '../../lib/cards/content-cards';
import { loadContent } from '../../lib/content/load';
import type { Profile } from '../../lib/progress/schema';
import { ALL_DECKS } from '../../lib/progress/settings-limits';

/*
 * The flashcards page's engine, over whatever content/ holds: the card the HTML shows before the
 * engine arrives is the one a first visit's queue starts with, and grading moves the queue on.
 */

const content = loadContent(path.resolve(import.meta.dirname, '../..'));
const engine = createCardsEngine(writeCardsFile(content));
const NOW = Date.UTC(2026, 5, 1, 9);

function profileWith(reviews: Profile['reviews'], newCardsPerDay = 10): Profile {
  return {
    id: 'p1',
    name: 'Test',
    createdAt: NOW - 86_400_000,
    reviews,
    undone: [],
    settings: { newCardsPerDay, desiredRetention: 0.9 },
  } as unknown as Profile;
}

describe('cards engine', () => {
  it('starts a first visit on the card the HTML shows', () => {
    const first = firstCard(content);
    const cards = engine.deckCards(undefined, []);
    const queue = engine.queue(cards, engine.memories(undefined), NOW);
    expect(first).not.toBeNull();
    expect(queue.fresh[0]).toBe(first?.key);
    // A first day offers one card of each fact, in content order.
    const facts = queue.fresh.map((key) => cards.find((c) => c.key === key)!.fact);
    expect(new Set(facts).size).toBe(facts.length);
    expect(cards[0]).toEqual(first);
    expect(queue.due).toEqual([]);
    expect(queue.nextDue).toBeNull();
    expect(queue.unseen).toBe(cards.length);
    expect(queue.room).toBe(10);
  });

  it("brings a fact's next new card the next day, not straight after its first", () => {
    const cards = engine.deckCards(undefined, []);
    const byFact = new Map<string, string[]>();
    for (const c of cards) byFact.set(c.fact, [...(byFact.get(c.fact) ?? []), c.key]);
    const [fact, keys] = [...byFact.entries()].find(([, k]) => k.length >= 2)!;
    const first = cards.find((c) => c.key === keys[0])!;
    // Easy: the card is not due again tomorrow (a sibling due today holds new cards back too).
    const review = engine.review(first, 4, { now: NOW, session: 's', newId: () => 'r1' });
    const memories = engine.memories(profileWith([review], 1000));
    const today = engine.queue(cards, memories, NOW + 60_000);
    expect(today.fresh).not.toContain(keys[1]);
    const tomorrow = engine.queue(cards, memories, NOW + 86_400_000);
    expect(tomorrow.fresh).toContain(keys[1]);
    expect(fact).toBe(first.fact);
  });

  it('gives each deck its own cards, and name cards only where they are switched on', () => {
    for (const deck of content.decks) {
      const plain = engine.deckCards(deck.id, []);
      const named = engine.deckCards(deck.id, [deck.id]);
      expect(plain.length, deck.id).toBeGreaterThan(0);
      expect(new Set(plain.map((c) => c.key)).size).toBe(plain.length);
      expect(named.length).toBeGreaterThanOrEqual(plain.length);
      expect(engine.deckCards(deck.id, [ALL_DECKS])).toEqual(plain);
    }
  });

  it('records a grade against the card and its deck, and the card leaves the queue', () => {
    const deck = content.decks[0]!;
    const cards = engine.deckCards(deck.id, []);
    const card = cards[0]!;
    const review = engine.review(card, 3, { now: NOW, session: 's', newId: () => 'r1' });
    expect(review).toMatchObject({ fact: card.fact, claim: card.key, grade: 3, deck: deck.id });
    const memories = engine.memories(profileWith([review]));
    const queue = engine.queue(cards, memories, NOW + 1000);
    expect(queue.fresh).not.toContain(card.key);
    // One new card a fact a day: none of the graded card's fact comes today.
    const facts = queue.fresh.map((key) => cards.find((c) => c.key === key)!.fact);
    expect(facts).not.toContain(card.fact);
    expect(new Set(facts).size).toBe(facts.length);
    expect(queue.fresh.length).toBe(
      Math.min(9, new Set(cards.filter((c) => c.fact !== card.fact).map((c) => c.fact)).size),
    );
    expect(queue.buried).toBe(cards.length - 1 - new Set(cards.map((c) => c.fact)).size + 1);
    expect(queue.nextDue).toBeGreaterThan(NOW);
    const preview = engine.preview(memories, card.key, NOW + 1000);
    expect(Object.keys(preview)).toEqual(['1', '2', '3', '4']);
    expect(preview[1].en).toMatch(/min|h|d/);
  });
});
