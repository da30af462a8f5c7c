import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * Rules 5 (lib/questions/rules.ts, participationByMode). In the fixture Wang Xiaohong spoke by
 * video at the 17th meeting and gave the keynote in person at the 19th: a wrong way of taking
 * part must differ in the mode, never in speech or keynote alone.
 */
const content = loadContent(FIXTURE_ROOT);
const CASES = [
  { claim: 'sco-ssc-17/wang-xiaohong/took-part', sameMode: 'took-part-video-keynote' },
  { claim: 'sco-ssc-19/wang-xiaohong/took-part', sameMode: 'took-part-in-person-speech' },
];

function offered(rules: number, claimId: string): string[] {
  return [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) =>
    generateQuestions(content, {
      deckIds: ['sco-ssc-2024-article'],
      kinds: ['single', 'truefalse'],
      seed,
      rules,
    })
      .filter((q: Question) => q.claimId === claimId)
      .flatMap((q) =>
        q.kind === 'single'
          ? q.options.map((o) => o.id)
          : q.kind === 'truefalse' && q.statedValue
            ? [q.statedValue]
            : [],
      ),
  );
}

describe('how someone took part in a meeting (rules 5)', () => {
  it('is never wrong only in speech or keynote', () => {
    const video = offered(5, CASES[0]!.claim);
    expect(video).toContain('took-part-in-person-keynote');
    expect(video).not.toContain(CASES[0]!.sameMode);
    for (const { claim, sameMode } of CASES) expect(offered(5, claim)).not.toContain(sameMode);
  });

  it('keeps the options of earlier rules for codes handed out', () => {
    expect(offered(4, CASES[0]!.claim)).toContain(CASES[0]!.sameMode);
  });
});
