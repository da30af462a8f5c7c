import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A match question says what is matched with what; its items name a meeting by its number alone
 * (第十八次会议), so in a quiz mixing decks the prompt names the series; and it never speaks of
 * left and right columns, since on a phone the pairs are a stack of drop-downs.
 */
const content = loadContent(FIXTURE_ROOT);
const matches = [1, 2, 3, 4].flatMap((seed) =>
  generateQuestions(content, {
    deckIds: ['sco-ssc-timeline', 'sco-ssc-2024-article'],
    kinds: ['match'],
    seed,
  }).flatMap((q) => (q.kind === 'match' ? [q] : [])),
);

describe('match prompts', () => {
  it('never speak of left and right', () => {
    expect(matches.length).toBeGreaterThan(0);
    for (const q of matches) {
      expect(q.prompt.zh).not.toMatch(/左|右|栏/);
      expect(q.prompt.en).not.toMatch(/\b(left|right-hand|column)/i);
    }
  });

  it('name the series and what its meetings are matched with', () => {
    const dates = matches.find((q) => q.claims.every((c) => /^sco-ssc-\d+\/date$/.test(c)));
    expect(dates?.prompt).toEqual({
      zh: '请将下列上合安全会议秘书会议与其举行日期正确配对。',
      en: 'Match each SCO Security Council Secretaries meeting with the date it was held.',
    });
    const numbered = matches.filter((q) => q.left.some((l) => /^第.+次会议$/.test(l.text.zh)));
    expect(numbered.length).toBeGreaterThan(0);
    for (const q of numbered) expect(q.prompt.zh).toContain('上合安全会议秘书会议');
  });

  it('name what the answers are when the items come from several kinds', () => {
    for (const q of matches.filter((m) => m.claims.some((c) => !c.startsWith('sco-ssc-'))))
      expect(q.prompt.zh).toMatch(/^请将下列各项与(相应\S+?|相应的答案)正确配对。$/);
  });
});
