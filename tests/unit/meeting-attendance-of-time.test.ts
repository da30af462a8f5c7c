import { describe, expect, it } from 'vitest';
import { indexContent } from '@/lib/content/index-content';
import { kindOf } from '@/lib/kinds';
import { loadContent } from '@/lib/content/load';
import { flashcards } from '@/lib/questions/cards';
import { claimsOfFact } from '@/lib/questions/claims';
import { generateQuestions } from '@/lib/questions/generate';
import type { Question } from '@/lib/questions/models';
import { LATEST_RULES } from '@/lib/questions/rules';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * Rules 7 (lib/questions/rules.ts, attendanceOfTheTime). In the fixture Zhao Kezhi attended the
 * 14th meeting (2019) in person, and Wang Xiaohong spoke at the 17th (2022) by video: "by video"
 * is no plausible wrong way to have attended a meeting before 2020, so the 14th's attendance
 * makes no true/false question, which could only be true; the 17th's still does.
 */
const content = loadContent(FIXTURE_ROOT);
const DECKS = content.decks.map((d) => d.id);
const EARLY = 'sco-ssc-14/zhao-kezhi/mode';
const LATE = 'sco-ssc-17/wang-xiaohong/took-part';

function questionsOn(rules: number, claimId: string): Question[] {
  return [1, 2, 3, 4, 5, 6].flatMap((seed) =>
    generateQuestions(content, { deckIds: DECKS, seed, rules }).filter((q) =>
      q.claims.includes(claimId),
    ),
  );
}

/** Statements of "which are true" questions that say someone attended a meeting by video. */
function byVideoStatements(rules: number, before2020: readonly string[]): string[] {
  return [1, 2, 3, 4, 5, 6].flatMap((seed) =>
    generateQuestions(content, { deckIds: DECKS, seed, rules, kinds: ['multiple', 'truefalse'] })
      .flatMap((q) =>
        q.kind === 'multiple'
          ? q.options.map((o) => o.id)
          : q.kind === 'truefalse'
            ? [`${q.claimId}:${q.statedValue}`]
            : [],
      )
      .filter(
        (id) => id.includes('video') && before2020.some((meeting) => id.includes(`${meeting}/`)),
      ),
  );
}

describe('attending a meeting before 2020 (rules 7)', () => {
  const index = indexContent(content);
  const early = index.facts.filter(
    (f) => f.kind === 'meeting' && f.attendance.length > 0 && Number(f.date.slice(0, 4)) < 2020,
  );

  it('is never offered as by video, in any question or statement', () => {
    expect(early.length).toBeGreaterThan(0);
    for (const fact of early)
      for (const claim of claimsOfFact(index, fact, LATEST_RULES))
        if (claim.relation.startsWith('attendance.'))
          expect(JSON.stringify(claim.pool), claim.id).not.toContain('video');
    expect(
      byVideoStatements(
        LATEST_RULES,
        early.map((f) => f.id),
      ),
    ).toEqual([]);
    // Nor among the meetings someone attended by video, across a series.
    for (const fact of index.facts) {
      if (fact.kind !== 'meeting') continue;
      const yearOf = (n: number) => {
        const m = index.facts.find(
          (f) => f.kind === 'meeting' && f.series === fact.series && f.ordinal === n,
        );
        return m?.kind === 'meeting' ? Number(m.date.slice(0, 4)) : 0;
      };
      for (const { claim } of kindOf(fact).groups!.claimsAbout!(index, fact, LATEST_RULES))
        if (claim.id.includes('/video/'))
          for (const wrong of claim.knownFalse ?? [])
            expect(
              wrong.type === 'ordinal' && Number(yearOf(wrong.n)),
              claim.id,
            ).toBeGreaterThanOrEqual(2020);
    }
    // By rules 6 a true/false question could say it: what the rule changed.
    expect(
      byVideoStatements(
        6,
        early.map((f) => f.id),
      ).length,
    ).toBeGreaterThan(0);
  });

  it('makes no true/false question that could only be true, and keeps the flashcard', () => {
    expect(questionsOn(LATEST_RULES, EARLY)).toEqual([]);
    expect(questionsOn(6, EARLY).some((q) => q.kind === 'truefalse')).toBe(true);
    const cards = flashcards(
      index,
      index.facts.map((f) => f.id),
    );
    expect(cards.map((c) => c.key)).toContain(EARLY);
  });

  it('still asks how someone attended a meeting from 2020 on, by video among the ways', () => {
    const late = questionsOn(LATEST_RULES, LATE);
    expect(late.some((q) => q.kind === 'truefalse')).toBe(true);
    const single = late.find((q) => q.kind === 'single');
    expect(single?.kind === 'single' && single.options.some((o) => o.id.includes('video'))).toBe(
      true,
    );
  });
});
