import { describe, expect, it } from 'vitest';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { flashcards } from '@/lib/questions/cards';
import { buildClaims } from '@/lib/questions/claims';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { valueKey } from '@/lib/questions/values';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * In the fixture, Zhao Kezhi attended the 13th and 14th meetings in person: the 13th is a fact of
 * the timeline deck only, the 14th is also included in the 2024 article deck. Asked within the
 * article deck, "which meetings did he attend in person" may key the 14th alone, and must never
 * offer the 13th as wrong either: exactly the keyed options are defensible.
 */
const content = loadContent(FIXTURE_ROOT);
const index = indexContent(content);
const DECK = 'sco-ssc-2024-article';
const SERIES_CLAIM = /\/meetings$/;

/** Every value a series claim holds true across the whole content, by claim id. */
const trueInContent = new Map(
  buildClaims(index)
    .filter((c) => SERIES_CLAIM.test(c.id))
    .map((c) => [c.id, new Set(c.values.map(valueKey))]),
);
const deckOrdinals = new Set(
  index
    .deckFacts(index.deck(DECK)!)
    .flatMap((f) => (f.kind === 'meeting' ? [`ordinal-${f.ordinal}`] : [])),
);

/** [claim id, value key, keyed as right] for each option of a question on a series claim. */
function seriesOptions(q: Question): [string, string, boolean][] {
  if (q.kind === 'single' || q.kind === 'multiple') {
    if (q.claimId.startsWith('statements:')) {
      const keyed = new Set(q.answer as string[]);
      return q.options.flatMap((o) => {
        const [claimId = '', value = ''] = o.id.split('=');
        return SERIES_CLAIM.test(claimId) ? [[claimId, value, keyed.has(o.id)]] : [];
      });
    }
    if (!SERIES_CLAIM.test(q.claimId)) return [];
    const keyed = new Set(typeof q.answer === 'string' ? [q.answer] : q.answer);
    return q.options.map((o) => [q.claimId, o.id, keyed.has(o.id)]);
  }
  if (q.kind === 'truefalse' && SERIES_CLAIM.test(q.claimId) && q.statedValue)
    return [[q.claimId, q.statedValue, q.answer]];
  return [];
}

describe('a series claim asked within one deck', () => {
  const bank = [1, 2, 3, 4, 5].flatMap((seed) =>
    generateQuestions(content, { seed, deckIds: [DECK] }),
  );
  const options = bank.flatMap(seriesOptions);

  it('is asked in the fixture deck (the test has something to check)', () => {
    expect(options.some(([claim]) => claim.includes('/zhao-kezhi/in-person/'))).toBe(true);
  });

  it("keys only meetings of the deck, never another deck's meeting", () => {
    const outside = options.filter(([, value, keyed]) => keyed && !deckOrdinals.has(value));
    expect(outside).toEqual([]);
  });

  it('never offers as wrong a meeting the person did attend', () => {
    const attended = options.filter(
      ([claim, value, keyed]) => !keyed && trueInContent.get(claim)?.has(value) !== false,
    );
    expect(attended).toEqual([]);
  });
});

describe('a series claim that a deck holds part of', () => {
  const narrowed = buildClaims(index, new Set(index.deckFacts(index.deck(DECK)!).map((f) => f.id)))
    .filter((c) => SERIES_CLAIM.test(c.id))
    .filter((c) => c.values.length < (trueInContent.get(c.id)?.size ?? 0));

  it('exists in the fixture (Zhao Kezhi in person: the 14th of the deck, the 13th of another)', () => {
    expect(narrowed.map((c) => c.id)).toContain('sco-ssc/zhao-kezhi/in-person/meetings');
  });

  it('asks which of the options, not which one there was', () => {
    const bank = [1, 2, 3].flatMap((seed) => generateQuestions(content, { seed, deckIds: [DECK] }));
    const asked = bank.filter((q) => narrowed.some((c) => c.id === q.claimId));
    const prompts = asked.filter((q) => q.kind === 'single' || q.kind === 'multiple');
    expect(prompts.length).toBeGreaterThan(0);
    for (const q of prompts) {
      expect(q.prompt.zh).toMatch(/^下列.+中，/);
      expect(q.prompt.en).toMatch(/^Which of these /);
    }
  });

  it('is answered on a flashcard with every meeting the content records', () => {
    const cards = flashcards(
      index,
      index.deckFacts(index.deck(DECK)!).map((f) => f.id),
    );
    for (const claim of narrowed) {
      const card = cards.find((c) => c.key === claim.id)!;
      const all = [...trueInContent.get(claim.id)!].map((key) => key.replace('ordinal-', ''));
      expect(all.length).toBeGreaterThan(1);
      for (const n of all) expect(card.back.en).toMatch(new RegExp(`\\b${n}(st|nd|rd|th)\\b`));
    }
  });
});
