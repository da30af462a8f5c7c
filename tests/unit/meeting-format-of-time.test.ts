import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * Rules 5 (lib/questions/rules.ts, formatsOfTheTime). The fixture's 7th meeting (2012) was held
 * in person, the 15th (2020) by video: video and hybrid are no plausible wrong formats for a
 * meeting before 2020, so its format is not asked at all; a meeting from 2020 on still is.
 */
const content = loadContent(FIXTURE_ROOT);

function formatQuestions(rules: number, factId: string): Question[] {
  return [1, 2, 3, 4].flatMap((seed) =>
    generateQuestions(content, {
      deckIds: ['sco-ssc-timeline', 'sco-ssc-2024-article'],
      kinds: ['single', 'truefalse', 'multiple'],
      seed,
      rules,
    }).filter(
      (q) =>
        q.claimId === `${factId}/format` ||
        q.claims.includes(`${factId}/format`) ||
        q.prompt.zh.includes('第七次会议以'),
    ),
  );
}

describe('the format of a meeting before 2020 (rules 5)', () => {
  it('is never offered as video or hybrid, and so not asked', () => {
    expect(formatQuestions(5, 'sco-ssc-7')).toEqual([]);
    const earlier = formatQuestions(4, 'sco-ssc-7');
    expect(
      earlier.some((q) => q.kind === 'single' && q.options.some((o) => o.id === 'format-hybrid')),
    ).toBe(true);
  });

  it('is still asked of a meeting from 2020 on', () => {
    const single = formatQuestions(5, 'sco-ssc-15').find((q) => q.kind === 'single');
    expect(single?.kind === 'single' && single.options.map((o) => o.id).sort()).toEqual([
      'format-hybrid',
      'format-in-person',
      'format-video',
    ]);
  });
});
