import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCardsEngine, firstCard } from '../../components/study/cardsEngine';
import { loadContent } from '../../lib/content/load';
import type { Profile } from '../../lib/progress/schema';
import { ALL_DECKS } from '../../lib/progress/settings-limits';

/*
 * The flashcards page's engine, over whatever content/ holds: the card the HTML shows before the
 * engine arrives is the one a first visit's queue starts with, and grading moves the queue on.
 */

const content = loadContent(path.resolve(import.meta.dirname, '../..'));
const engine = createCardsEngine(content);
const NOW = Date.UTC(2026, 5, 1, 9);

function profileWith(reviews: Profile['reviews']): Profile {
  return {
    id: 'p1',
    name: 'Test',
    createdAt: NOW - 86_400_000,
    reviews,
    undone: [],
    settings: { newCardsPerDay: 10, desiredRetention: 0.9 },
  } as unknown as Profile;
}

describe('cards engine', () => {
  it('starts a first visit on the card the HTML shows', () => {
    const first = firstCard(content);
    const cards = engine.deckCards(undefined, []);
    const queue = engine.queue(
      cards.map((c) => c.key),
      engine.memories(undefined, 0.9),
      { now: NOW, newCardsPerDay: 10 },
    );
    expect(first).not.toBeNull();
    expect(queue.fresh[0]).toBe(first?.key);
    expect(cards[0]).toEqual(first);
    expect(queue.due).toEqual([]);
    expect(queue.nextDue).toBeNull();
    expect(queue.unseen).toBe(cards.length);
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
    const memories = engine.memories(profileWith([review]), 0.9);
    const queue = engine.queue(
      cards.map((c) => c.key),
      memories,
      { now: NOW + 1000, newCardsPerDay: 10 },
    );
    expect(queue.fresh).not.toContain(card.key);
    expect(queue.fresh.length).toBe(Math.min(9, cards.length - 1));
    expect(queue.nextDue).toBeGreaterThan(NOW);
    const preview = engine.preview(memories, card.key, NOW + 1000);
    expect(Object.keys(preview)).toEqual(['1', '2', '3', '4']);
    expect(preview[1].en).toMatch(/min|h|d/);
  });
});
