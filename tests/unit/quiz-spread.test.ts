import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { generateQuestions, generateQuiz, pickQuiz } from '../../lib/questions/generate';
import { type Question, QUESTION_KINDS } from '../../lib/questions/models';

/*
 * A round of practice should range over the news, not dwell on one fact: pickQuiz asks about a
 * fact a second time only when no kind has a question left on a fact not yet asked about.
 */

const real = loadContent(FIXTURE_ROOT);

/** How many questions of the quiz touch its most-asked fact. */
function mostOnOneFact(quiz: readonly Question[]): number {
  const uses = new Map<string, number>();
  for (const q of quiz) for (const f of q.factIds) uses.set(f, (uses.get(f) ?? 0) + 1);
  return Math.max(...uses.values());
}

describe('pickQuiz', () => {
  const bank = generateQuestions(real, { seed: 11 });

  it('asks about a fact again only when every kind has run out of fresh facts', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const quiz = pickQuiz(bank, 10, seed);
      expect(quiz).toHaveLength(10);
      const uses = new Map<string, number>();
      for (const [i, q] of quiz.entries()) {
        const level = Math.max(0, ...q.factIds.map((f) => uses.get(f) ?? 0));
        // A question on a fact already used: no question chosen later may be on fresher facts
        // than this one was, unless it is of a kind that had nothing fresher left.
        if (level > 0) {
          const fresher = bank.filter(
            (b) =>
              !quiz.slice(0, i).some((p) => p.claimId === b.claimId) &&
              b.factIds.every((f) => (uses.get(f) ?? 0) < level) &&
              b.kind === q.kind,
          );
          expect(fresher, `seed ${seed}, question ${i + 1} (${q.kind})`).toEqual([]);
        }
        for (const f of q.factIds) uses.set(f, (uses.get(f) ?? 0) + 1);
      }
      expect(new Set(quiz.map((q) => q.claimId)).size).toBe(10);
    }
  });

  it('still takes kinds in turn, and fills the quiz when facts run short', () => {
    const oneFact = bank.filter(
      (q) => q.factIds.length === 1 && q.factIds[0] === bank[0]!.factIds[0],
    );
    expect(oneFact.length).toBeGreaterThan(3);
    // Only one fact to ask about: every claim on it is used, once.
    expect(pickQuiz(oneFact, oneFact.length, 3)).toHaveLength(
      new Set(oneFact.map((q) => q.claimId)).size,
    );
    const quiz = pickQuiz(bank, 12, 5);
    expect(new Set(quiz.map((q) => q.kind)).size).toBe(new Set(bank.map((q) => q.kind)).size);
  });
});

describe('generateQuiz', () => {
  it('gives as many questions as asked when the decks have enough claims', () => {
    // One question per claim: a pool drawn only until every kind had its share could hold
    // fewer claims than questions, and a round of ten came out as eight or nine (seed 6).
    const deckIds = real.decks.map((d) => d.id);
    for (let seed = 1; seed <= 100; seed++) {
      for (const count of [10, 20]) {
        expect(generateQuiz(real, { seed, deckIds, count }), `seed ${seed}, ${count}`).toHaveLength(
          count,
        );
      }
    }
    // Long rounds on one deck, where most facts can be drawn for one short kind (seed 10 gave 28).
    for (let seed = 1; seed <= 150; seed++) {
      expect(
        generateQuiz(real, { seed, deckIds: ['sco-ssc-2024-article'], count: 30 }),
        `article, seed ${seed}`,
      ).toHaveLength(30);
    }
    // 350 quizzes over every deck, among them the seeds that failed (6 and 10): about 3 s alone,
    // where 1,100 took 10 s of every CI run. Not a speed check (npm run bench times the
    // generator), so it gets room.
  }, 90_000);
});

describe('quizzes of one kind', () => {
  it('are as long as asked, or as long as the decks allow', () => {
    // The first pass stops at each kind's share and takes the whole-deck questions from the first
    // deck drawn: multiple-select alone on the timeline deck gave 5 of 10, order alone on both
    // decks 4 of 10 where their banks allow 9.
    const choices = [real.decks.map((d) => d.id), ...real.decks.map((d) => [d.id])];
    for (const kind of QUESTION_KINDS) {
      for (const deckIds of choices) {
        for (const count of [10, 20]) {
          for (let seed = 1; seed <= 10; seed++) {
            // The chosen decks' bank as a quiz sees it: a question two decks share (which meetings
            // Zhao Kezhi attended by video) once, not once a deck.
            const bank = generateQuestions(real, { seed, deckIds, kinds: [kind] });
            const possible = pickQuiz(bank, count, seed).length;
            const quiz = generateQuiz(real, { seed, deckIds, count, kinds: [kind] });
            // A match, ordering or statement question asks several claims and a round asks none
            // twice, so pickQuiz's greedy choice depends on which questions it meets first: on a
            // pool it draws itself it may come out a question or two off the bank's.
            const where = `${kind}, ${deckIds.join('+')}, ${count}, seed ${seed}`;
            expect(quiz.length, where).toBeGreaterThanOrEqual(possible - 2);
            expect(quiz.length, where).toBeLessThanOrEqual(count);
          }
        }
      }
    }
  });

  it('are never empty, whole-deck kinds (order, match) included', () => {
    // With only order or match chosen no fact was drawn, so no deck was chosen for the
    // whole-deck questions and the quiz came out empty ("no questions could be made").
    const choices = [real.decks.map((d) => d.id), ...real.decks.map((d) => [d.id])];
    for (const kind of QUESTION_KINDS) {
      for (const deckIds of choices) {
        for (let seed = 1; seed <= 20; seed++) {
          const quiz = generateQuiz(real, { seed, deckIds, count: 10, kinds: [kind] });
          const where = `${kind}, ${deckIds.join('+')}, seed ${seed}`;
          // A round asks no claim twice, and an ordering question asks the dates of its events:
          // the decks hold three ordering questions on distinct events at least.
          expect(quiz.length, where).toBeGreaterThanOrEqual(3);
          expect(new Set(quiz.map((q) => q.kind)), where).toEqual(new Set([kind]));
        }
      }
    }
  });
});

describe('practice rounds on the article', () => {
  it('spread ten questions over the facts', () => {
    const most: number[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      most.push(mostOnOneFact(generateQuiz(real, { seed, count: 10 })));
    }
    // Before facts were spread, a round put 5 of its 10 questions on one fact (median), up to 8.
    const sorted = [...most].sort((a, b) => a - b);
    expect(sorted[50]).toBeLessThanOrEqual(3);
    expect(sorted[99]).toBeLessThanOrEqual(6);
  });
});

describe('a round', () => {
  it('asks one question of a fact while the decks have facts to spare (one explanation never answers another)', () => {
    // Drawn from every kind's share of the count, a pool held three facts for all kinds, and a
    // round of ten asked a fact's city, number and country in turn.
    for (let seed = 1; seed <= 200; seed++) {
      const facts = generateQuiz(real, { seed, count: 10 })
        .filter((q) => q.factIds.length === 1)
        .map((q) => q.factIds[0]);
      expect(new Set(facts).size, `seed ${seed}`).toBe(facts.length);
    }
  });

  it('never asks a claim twice, a match, ordering or statement question asking each of its own', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const quiz = generateQuiz(real, { seed, count: 10 });
      const claims = quiz.flatMap((q) => q.claims);
      expect(new Set(claims).size, `seed ${seed}`).toBe(claims.length);
    }
  });
});
