import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { claimsOfFact, flashcards, nameCards } from '../../lib/questions/cards';
import { generateQuestions } from '../../lib/questions/generate';

/* Flashcards over whatever content/ holds: one claim a card, and no front gives its answer away. */

const content = loadContent(path.resolve(import.meta.dirname, '../..'));
const index = indexContent(content);

describe('flashcards', () => {
  const cards = content.decks.flatMap((deck) =>
    flashcards(
      index,
      index.deckFacts(deck).map((f) => f.id),
    ),
  );

  it('are one per claim, each asked once', () => {
    expect(cards.length).toBeGreaterThan(content.decks.length);
    for (const deck of content.decks) {
      const keys = flashcards(
        index,
        index.deckFacts(deck).map((f) => f.id),
      ).map((c) => c.key);
      expect(new Set(keys).size, deck.id).toBe(keys.length);
    }
  });

  it('never show the answer on the front', () => {
    const leaks = cards.filter(
      (c) =>
        c.front.zh.includes(c.answer.zh) ||
        c.front.en.toLowerCase().includes(c.answer.en.toLowerCase()),
    );
    expect(leaks.map((c) => `${c.key}: ${c.front.en} → ${c.answer.en}`)).toEqual([]);
  });

  it('ask one question: no front asks "when and where" or offers options to choose from', () => {
    const many = cards.filter(
      (c) =>
        /何时、|哪些国家.*几个|以下|（多选）/.test(c.front.zh) ||
        /when and where|of these|select all/i.test(c.front.en),
    );
    expect(many.map((c) => c.front.en)).toEqual([]);
  });

  it('are the claims the quiz questions ask, so every question form feeds a card', () => {
    const keys = new Set(cards.map((c) => c.key));
    const asked = generateQuestions(content, { seed: 1, kinds: ['single', 'truefalse', 'fill'] });
    expect(asked.filter((q) => !keys.has(q.claimId)).map((q) => q.id)).toEqual([]);
  });

  it('count a fact-level review from before claims for every claim of its fact', () => {
    const fact = content.decks[0]!.facts[0]!.id;
    const claims = claimsOfFact(index)(fact) ?? [];
    expect(claims.length).toBeGreaterThan(1);
    expect(claims.every((c) => c.startsWith(`${fact}/`))).toBe(true);
  });

  it('name cards ask each name both ways, once a deck, and never show the other name', () => {
    for (const deck of content.decks) {
      const cards = nameCards(
        index,
        index.deckFacts(deck).map((f) => f.id),
      );
      expect(cards.length, deck.id).toBeGreaterThan(0);
      const keys = cards.map((c) => c.key);
      expect(new Set(keys).size, deck.id).toBe(keys.length);
      for (const c of cards) {
        const [, entity, shown] = c.key.split(':');
        const e = index.entity(entity!);
        expect(c.answerIn).toBe(shown === 'zh' ? 'en' : 'zh');
        expect(c.answer.zh).toBe(shown === 'zh' ? e.name.en : e.name.zh);
        expect(keys).toContain(`name:${entity}:${shown === 'zh' ? 'en' : 'zh'}`);
        if (e.name.zh !== e.name.en) expect(c.front.zh.includes(c.answer.zh), c.key).toBe(false);
      }
    }
  });
});
