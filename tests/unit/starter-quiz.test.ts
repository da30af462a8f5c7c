import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuiz } from '@/lib/questions/generate';
import { defaultQuizSettings } from '@/lib/questions/models';
import { STARTER_SEED, starterQuiz } from '@/lib/questions/starter';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * The starter quiz is in the practice page's HTML: its first question must be one a tap answers
 * before any script runs (a radio or a checkbox), whatever content/ draws first.
 */
describe.each([
  ['content/', loadContent()],
  ['the fixture content', loadContent(FIXTURE_ROOT)],
])('the starter quiz of %s', (_, content) => {
  const starter = starterQuiz(content);

  it('starts with a choice question', () => {
    expect(['single', 'multiple']).toContain(starter.questions[0]!.kind);
  });

  it('is the default quiz of its seed, the same questions, a choice brought first', () => {
    const drawn = generateQuiz(content, { ...defaultQuizSettings(content), seed: STARTER_SEED });
    expect(starter.questions.map((q) => q.id).sort()).toEqual(drawn.map((q) => q.id).sort());
    const first = drawn.findIndex((q) => q.kind === 'single' || q.kind === 'multiple');
    expect(starter.questions.slice(1)).toEqual(drawn.filter((_, i) => i !== first));
  });
});
