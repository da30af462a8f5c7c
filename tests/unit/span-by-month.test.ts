import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * Rules 4 (lib/questions/rules.ts, spanByMonth). In the fixture the 19th meeting ran on 2 and
 * 3 April 2024 (its main session on the 3rd) and the China–Central Asia Summit on 18 and 19 May
 * 2023: a textbook gives the month, and so does the question.
 */
const content = loadContent(FIXTURE_ROOT);
const DECK = 'sco-ssc-2024-article';
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

function dateQuestions(bundle: ContentBundle, rules: number, claimId: string): Question[] {
  return SEEDS.flatMap((seed) =>
    generateQuestions(bundle, {
      deckIds: [DECK],
      kinds: ['single', 'truefalse'],
      seed,
      rules,
    }).filter((q) => q.claimId === claimId),
  );
}

describe('a meeting over several days is asked by its month (rules 4)', () => {
  it('asks when the meeting was held, keyed by the month, with months as options', () => {
    const single = dateQuestions(content, 4, 'sco-ssc-19/date').find((q) => q.kind === 'single');
    expect(single?.prompt.zh).toBe('上海合作组织成员国安全会议秘书第十九次会议于何时举行？');
    expect(single?.kind === 'single' && single.answer).toBe('date-2024-04');
    for (const o of single?.kind === 'single' ? single.options : [])
      expect(o.id).toMatch(/^date-\d{4}-\d\d$/);
  });

  it('by rules 3 it asked the day of the main session', () => {
    const single = dateQuestions(content, 3, 'sco-ssc-19/date').find((q) => q.kind === 'single');
    expect(single?.prompt.zh).toContain('正式会议于哪一天举行');
    expect(single?.kind === 'single' && single.answer).toBe('date-2024-04-03');
  });

  it('asks a summit over two days by its month', () => {
    const asked = dateQuestions(content, 4, 'china-central-asia-summit-2023/date');
    const single = asked.find((q) => q.kind === 'single');
    expect(single?.prompt.zh).toBe('首届中国—中亚峰会于何时举行？');
    expect(single?.kind === 'single' && single.answer).toBe('date-2023-05');
  });

  it('never offers as wrong a month the meeting ran into', () => {
    // The meeting given a span from 31 March: March is as true of it as April, though another
    // meeting of the series (the 18th, moved to March 2024 here) makes it a month to offer.
    const acrossMonths: ContentBundle = {
      ...content,
      decks: content.decks.map((d) => ({
        ...d,
        facts: d.facts.map((f) =>
          f.id === 'sco-ssc-19' && f.kind === 'meeting'
            ? { ...f, span: { start: '2024-03-31', end: '2024-04-03' } }
            : f.id === 'sco-ssc-18' && f.kind === 'meeting'
              ? { ...f, date: '2024-03-10' }
              : f,
        ),
      })),
    };
    const offered = dateQuestions(acrossMonths, 4, 'sco-ssc-19/date').flatMap((q) =>
      q.kind === 'single'
        ? q.options.map((o) => o.id)
        : q.kind === 'truefalse'
          ? [q.statedValue]
          : [],
    );
    expect(offered).toContain('date-2024-04');
    expect(offered).not.toContain('date-2024-03');
  });
});
