import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { generateQuiz } from '@/lib/questions/generate';
import { FIXTURE_ROOT } from '../fixtures/content';

const DECK = 'sco-ssc-2024-article';
const FACT = 'sco-ssc-17';
const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

/**
 * In how many of the seeded three-question quizzes some question is on the fact. Short quizzes,
 * so that a plain fact is not in most of them already and the ratio has room to show.
 */
function roundsAsking(content: ContentBundle, fact: string): number {
  return SEEDS.filter((seed) =>
    generateQuiz(content, { seed, deckIds: [DECK], count: 3 }).some((q) =>
      q.factIds.includes(fact),
    ),
  ).length;
}

function withImportance(importance: number | undefined): ContentBundle {
  const content = structuredClone(loadContent(FIXTURE_ROOT));
  const fact = content.decks.flatMap((d) => d.facts).find((f) => f.id === FACT)!;
  if (importance === undefined) delete fact.importance;
  else fact.importance = importance;
  return content;
}

describe('importance', () => {
  it('draws an important fact into more quizzes', () => {
    const plain = roundsAsking(withImportance(undefined), FACT);
    const important = roundsAsking(withImportance(3), FACT);
    expect(plain).toBeGreaterThan(0);
    expect(important).toBeGreaterThan(plain * 1.5);
  });

  it('leaves quizzes as they were when no fact declares it', () => {
    const a = withImportance(undefined);
    const b = withImportance(1);
    for (const seed of SEEDS.slice(0, 10))
      expect(generateQuiz(b, { seed, deckIds: [DECK], count: 5 }).map((q) => q.id)).toEqual(
        generateQuiz(a, { seed, deckIds: [DECK], count: 5 }).map((q) => q.id),
      );
  });
});
