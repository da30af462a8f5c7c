import { describe, expect, it } from 'vitest';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { flashcards } from '@/lib/questions/cards';
import { buildClaims } from '@/lib/questions/claims';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A flashcard has no options: it asks for as many answers as it gives. A claim with one true
 * value (the one country admitted at a summit) is asked "哪个国家", never the multiple select's
 * "哪些国家".
 */
const index = indexContent(loadContent(FIXTURE_ROOT));
const ids = index.facts.map((f) => f.id);
const claims = new Map(buildClaims(index, new Set(ids)).map((c) => [c.id, c]));
const cards = flashcards(index, ids);

describe("a flashcard's question", () => {
  const single = cards.filter((card) => {
    const claim = claims.get(card.key);
    return claim && !claim.recall && claim.askMany && (claim.complete ?? claim.values).length === 1;
  });

  it('exists for a one-value claim that also has a multiple-select wording (the fixture has one)', () => {
    expect(single.length).toBeGreaterThan(0);
  });

  it('asks for one answer when there is one', () => {
    for (const card of single) {
      const claim = claims.get(card.key)!;
      expect(card.front).toEqual(claim.ask);
      expect(card.front.zh).not.toMatch(/哪些|哪几/);
    }
  });
});
