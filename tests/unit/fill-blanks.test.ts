import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { matchesAnswer } from '../../lib/questions/answers';
import { blankAnswer } from '../../lib/questions/blank';
import { buildClaims } from '../../lib/questions/claims';
import { generateQuestions } from '../../lib/questions/generate';
import type { FillInQuestion } from '../../lib/questions/models';
import { KINDS_FIXTURE_ROOT } from '../fixtures/content';

/*
 * Fill-in questions over whatever content/ holds and over the kinds fixture: the hint under a
 * blank fits the blank's type, and the answer shown after checking is what the blank asks for
 * (the number, where the sentence around the blank already carries the unit).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const contents = [loadContent(ROOT), loadContent(KINDS_FIXTURE_ROOT)];

const fills = contents.flatMap((content) => {
  const index = indexContent(content);
  const valueType = new Map(buildClaims(index).map((c) => [c.id, c.values[0]?.type]));
  return [1, 2].flatMap((seed) =>
    generateQuestions(content, { seed, kinds: ['fill'] })
      .filter((q): q is FillInQuestion => q.kind === 'fill')
      .map((q) => ({ q, type: valueType.get(q.claimId) })),
  );
});

const HINT_OF_TYPE: Record<string, string> = {
  entity: 'name',
  term: 'name',
  ordinal: 'number',
  count: 'number',
  year: 'year',
  amount: 'figure',
};

/** The text right after the blank in each language. */
function after(q: FillInQuestion): { zh: string; en: string } {
  return {
    zh: q.prompt.zh.slice(q.prompt.zh.indexOf('＿＿') + 2),
    en: q.prompt.en.slice(q.prompt.en.indexOf('____') + 4),
  };
}

describe('fill-in blanks', () => {
  it('has fill-in questions of names, numbers and years to check', () => {
    const types = new Set(fills.map((f) => f.type));
    for (const type of ['entity', 'ordinal', 'count', 'year', 'amount'])
      expect(types).toContain(type);
  });

  it('gives every blank a hint that fits the type of its answer', () => {
    for (const { q, type } of fills) {
      expect(type, q.id).toBeDefined();
      expect([q.id, q.answer.hint]).toEqual([q.id, HINT_OF_TYPE[type!]]);
    }
  });

  it('shows the number alone where the text around the blank carries the unit', () => {
    for (const { q } of fills) {
      const { zh, en } = after(q);
      const before = q.prompt.zh.slice(0, q.prompt.zh.indexOf('＿＿'));
      // 第＿＿次 takes 十九, ＿＿年 takes 2017: never 第第十九次次 or 2017年年 once filled in.
      if (zh.length > 0 && /[^，。（）、；：]/u.test(zh.charAt(0)))
        expect([q.id, q.answer.display.zh.endsWith(zh.charAt(0))]).toEqual([q.id, false]);
      if (before.endsWith('第'))
        expect([q.id, q.answer.display.zh.startsWith('第')]).toEqual([q.id, false]);
      // "grew to ____ member states" takes 9, not "9 members".
      if (/^ [a-z]/.test(en) && q.answer.numeric)
        expect([q.id, q.answer.display.en]).toEqual([
          q.id,
          expect.stringMatching(/^[\d.,]+(st|nd|rd|th)?$/),
        ]);
    }
  });

  it('accepts the answer as shown and with the unit the blank carries', () => {
    for (const { q } of fills) {
      const { zh, en } = after(q);
      const check = (typed: string) =>
        matchesAnswer(typed, q.answer.accepted, { numeric: q.answer.numeric });
      expect([q.id, q.answer.display.zh, check(q.answer.display.zh)]).toEqual([
        q.id,
        q.answer.display.zh,
        true,
      ]);
      expect([q.id, q.answer.display.en, check(q.answer.display.en)]).toEqual([
        q.id,
        q.answer.display.en,
        true,
      ]);
      const zhUnit = /^[年个次届]/u.exec(zh)?.[0];
      if (zhUnit) expect([q.id, check(`${q.answer.display.zh}${zhUnit}`)]).toEqual([q.id, true]);
      const enWords = /^ ([a-z][a-z ]*[a-z])(?=[.,(])/.exec(en)?.[1];
      if (enWords && /^[\d.,]+$/.test(q.answer.display.en) && enWords.split(' ').length <= 3)
        expect([q.id, check(`${q.answer.display.en} ${enWords}`)]).toEqual([q.id, true]);
    }
  });
});

describe('blankAnswer', () => {
  it('drops the unit the blank carries: ＿＿年 takes 2017, 第＿＿次 takes 十九', () => {
    const year = blankAnswer(
      { type: 'year', year: 2017 },
      { zh: '2017年', en: '2017' },
      { zh: '印度于＿＿年成为成员国。', en: 'India became a member in ____.' },
    );
    expect(year.display).toEqual({ zh: '2017', en: '2017' });
    expect(year.alsoAccepted).toContain('2017年');
    const ordinal = blankAnswer(
      { type: 'ordinal', n: 19 },
      { zh: '第十九次', en: '19th' },
      { zh: '这是第＿＿次会议。', en: 'It was the ____ meeting.' },
    );
    expect(ordinal.display).toEqual({ zh: '十九', en: '19th' });
    const count = blankAnswer(
      { type: 'count', n: 9, unit: 'country' },
      { zh: '9个', en: '9 members' },
      { zh: '成员国增至＿＿个。', en: 'It grew to ____ member states.' },
    );
    expect(count.display).toEqual({ zh: '9', en: '9' });
    expect(count.alsoAccepted).toContain('9 member states');
  });

  it('keeps a name, and a number whose blank carries no unit, as it reads', () => {
    const name = { zh: '阿斯塔纳', en: 'Astana' };
    expect(
      blankAnswer({ type: 'entity', id: 'astana' }, name, { zh: '在＿＿举行。', en: 'in ____.' })
        .display,
    ).toEqual(name);
    expect(
      blankAnswer(
        { type: 'count', n: 3, unit: 'time' },
        { zh: '3次', en: '3 times' },
        { zh: '共＿＿。', en: 'in all: ____.' },
      ).display,
    ).toEqual({ zh: '3次', en: '3 times' });
  });
});
