import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A point one speaker made on several occasions reads in English as a news agency would write
 * it: "Wang Xiaohong spoke of the need to put … into practice on ____ occasions", never
 * "called to put …".
 */
const content = loadContent(FIXTURE_ROOT);
const onStatement = [1, 2, 3, 4].flatMap((seed) =>
  generateQuestions(content, {
    deckIds: ['sco-ssc-2024-article'],
    kinds: ['single', 'truefalse', 'fill'],
    seed,
  }).filter((q) => q.claimId === 'wang-gsi-three-times/count'),
);

describe('a repeated statement in English', () => {
  it('speaks of the need, never "called to"', () => {
    expect(onStatement.length).toBeGreaterThan(0);
    for (const q of onStatement) {
      expect(q.prompt.en).not.toMatch(/\bcall(ed)? to\b/);
      expect(q.prompt.en).toMatch(
        /Wang Xiaohong (spoke|speak) of the need to put the Global Security Initiative into practice/,
      );
    }
  });
});
