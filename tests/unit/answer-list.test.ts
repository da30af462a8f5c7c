import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  compactAnswer,
  correctResponse,
  describeCorrectAnswer,
} from '../../lib/classroom/answers';
import { loadContent } from '../../lib/content/load';
import { inNaturalOrder, joinAnswers } from '../../lib/questions/answer-list';
import { responseText } from '../../lib/questions/check';
import { answerText } from '../../lib/questions/export';
import { generateQuestions } from '../../lib/questions/generate';
import type { MultipleSelectQuestion } from '../../lib/questions/models';

const ordinals: MultipleSelectQuestion = {
  id: 'multiple:x',
  deckId: 'd',
  kind: 'multiple',
  prompt: { zh: '哪几次？（多选）', en: 'Which? (Select all that apply.)' },
  explanation: { zh: '。', en: '.' },
  sources: [],
  factIds: [],
  difficulty: 1,
  claimId: 'x',
  claims: ['x'],
  options: [14, 10, 12, 13].map((n) => ({
    id: `ordinal-${n}`,
    text: { zh: `第${n}次`, en: `${n}th` },
  })),
  answer: ['ordinal-14', 'ordinal-12', 'ordinal-13'],
};

const statements: MultipleSelectQuestion = {
  ...ordinals,
  options: [
    { id: 'a', text: { zh: '二大在上海举行。', en: 'The 2nd was held in Shanghai.' } },
    { id: 'b', text: { zh: '三大在广州举行。', en: 'The 3rd was held in Guangzhou.' } },
    { id: 'c', text: { zh: '四大在北京举行。', en: 'The 4th was held in Beijing.' } },
    { id: 'd', text: { zh: '五大在武汉举行。', en: 'The 5th was held in Wuhan.' } },
  ],
  answer: ['b', 'd'],
};

describe('answers listed together', () => {
  it('joins full sentences as sentences, never with a semicolon after the full stop', () => {
    expect(answerText(statements)).toEqual({
      zh: '三大在广州举行。五大在武汉举行。',
      en: 'The 3rd was held in Guangzhou. The 5th was held in Wuhan.',
    });
    const key = describeCorrectAnswer(statements);
    expect(key.zh).toBe('B. 三大在广州举行。D. 五大在武汉举行。');
    expect(key.en).toBe('B. The 3rd was held in Guangzhou. D. The 5th was held in Wuhan.');
  });

  it('lists short names with 、 and ", "', () => {
    const names = [
      { zh: '埃及', en: 'Egypt' },
      { zh: '阿联酋', en: 'the United Arab Emirates' },
    ];
    expect(joinAnswers(names)).toEqual({
      zh: '埃及、阿联酋',
      en: 'Egypt, the United Arab Emirates',
    });
  });

  it('lists ordinals, dates and years in their natural order, not the options’', () => {
    expect(answerText(ordinals)).toEqual({ zh: '第12次、第13次、第14次', en: '12th, 13th, 14th' });
    expect(responseText(ordinals, correctResponse(ordinals))).toEqual(answerText(ordinals));
    expect(inNaturalOrder(['date-2012-11', 'date-2007-10-15', 'date-2009'])).toEqual([
      'date-2007-10-15',
      'date-2009',
      'date-2012-11',
    ]);
    expect(inNaturalOrder(['year-2021', 'year-1997'])).toEqual(['year-1997', 'year-2021']);
    // Names, and a mix of kinds, keep the order they came in.
    expect(inNaturalOrder(['russia', 'china'])).toEqual(['russia', 'china']);
    expect(inNaturalOrder(['ordinal-3', 'year-1921'])).toEqual(['ordinal-3', 'year-1921']);
  });

  it('writes option letters with 、 in Chinese', () => {
    const answer = compactAnswer(statements, correctResponse(statements));
    expect(answerLabel(statements, answer, 'zh')).toBe('B、D');
    expect(answerLabel(statements, answer, 'en')).toBe('B, D');
  });
});

describe('answers of every deck in content/', () => {
  const content = loadContent(path.resolve(import.meta.dirname, '../..'));
  const multiple = [1, 2, 3]
    .flatMap((seed) => generateQuestions(content, { seed }))
    .filter((q): q is MultipleSelectQuestion => q.kind === 'multiple');

  it('read without a semicolon after a full stop', () => {
    expect(multiple.length).toBeGreaterThan(0);
    for (const q of multiple) {
      const texts = [answerText(q), describeCorrectAnswer(q)];
      for (const t of texts) {
        expect(t.zh).not.toMatch(/[。！？][；;]/);
        expect(t.en).not.toMatch(/[.!?];/);
      }
    }
  });
});
