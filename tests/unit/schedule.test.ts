import { formatInterval } from '@/lib/progress/interval';
import { describe, expect, it } from 'vitest';
import { openMistakes } from '@/lib/progress/mistakes';
import { reviewsForAnswer } from '@/lib/progress/record';
import {
  isDue,
  previewGrades,
  replayReviews,
  scheduler,
  studyQueue,
} from '@/lib/progress/schedule';
import type { Review } from '@/lib/progress/schema';
import type { Question, Response } from '@/lib/questions/models';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const DAY = 86_400_000;
const f = scheduler(0.9);

function r(
  id: string,
  fact: string,
  at: number,
  grade: Review['grade'],
  extra: Partial<Review> = {},
): Review {
  return { id, fact, grade, at, kind: 'card', mode: 'cards', session: 's1', ...extra };
}

describe('scheduling', () => {
  it('brings a fact graded Good back later than one graded Again', () => {
    const cards = replayReviews([r('aaaaaa', 'good', T0, 3), r('bbbbbb', 'again', T0, 1)], f);
    expect(cards.get('good')!.card.due.getTime()).toBeGreaterThan(
      cards.get('again')!.card.due.getTime(),
    );
  });

  it('previews a longer interval for each higher grade', () => {
    const cards = replayReviews([r('aaaaaa', 'x', T0, 3), r('bbbbbb', 'x', T0 + 2 * DAY, 3)], f);
    const preview = previewGrades(cards.get('x'), T0 + 10 * DAY, f);
    expect(preview[1]).toBeLessThan(preview[2]);
    expect(preview[2]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThan(preview[4]);
  });

  it('gives the same schedule for the same reviews, every time', () => {
    const reviews = [
      r('aaaaaa', 'x', T0, 3),
      r('bbbbbb', 'x', T0 + DAY, 4),
      r('cccccc', 'x', T0 + 5 * DAY, 2),
    ];
    const a = replayReviews(reviews, f).get('x')!.card;
    const b = replayReviews(reviews, f).get('x')!.card;
    expect(a).toEqual(b);
  });

  it('feeds every question form about a fact into one card', () => {
    const quiz = [
      r('aaaaaa', 'x', T0, 3, { kind: 'single', mode: 'practice' }),
      r('bbbbbb', 'x', T0 + DAY, 3, { kind: 'fill', mode: 'test' }),
    ];
    const cards = replayReviews(quiz, f);
    expect(cards.size).toBe(1);
    expect(cards.get('x')!.reviews).toBe(2);
  });

  it('puts due facts first, most overdue first, then new facts up to the daily limit', () => {
    const cards = replayReviews([r('aaaaaa', 'a', T0, 1), r('bbbbbb', 'b', T0 - DAY, 1)], f);
    const queue = studyQueue(['a', 'b', 'n1', 'n2', 'n3'], cards, {
      now: T0 + 30 * DAY,
      newCardsPerDay: 3,
      newStartedToday: 1,
    });
    expect(queue.due).toEqual(['b', 'a']);
    expect(queue.fresh).toEqual(['n1', 'n2']);
  });

  it('counts a card as due only from its due time', () => {
    const card = replayReviews([r('aaaaaa', 'a', T0, 3)], f).get('a')!;
    expect(isDue(card, card.card.due.getTime() - 1)).toBe(false);
    expect(isDue(card, card.card.due.getTime())).toBe(true);
  });

  it('formats intervals in both languages', () => {
    expect(formatInterval(10 * 60_000)).toEqual({ zh: '10 分钟', en: '10 min' });
    expect(formatInterval(3 * DAY)).toEqual({ zh: '3 天', en: '3 d' });
  });
});

describe('answers and the mistakes notebook', () => {
  const question = {
    id: 'single:x/city',
    kind: 'single',
    deckId: 'd',
    factIds: ['x'],
    claims: ['x/city'],
    answer: 'astana',
  } as Question;
  const yes: Response = { kind: 'single', optionId: 'astana' };
  const no: Response = { kind: 'single', optionId: 'tashkent' };
  let n = 0;
  const ctx = (session: string, now: number) => ({
    now,
    session,
    mode: 'practice' as const,
    seed: 7,
    newId: () => `id${String(n++).padStart(6, '0')}`,
  });

  it('grades a right answer Good and a wrong one Again, for the claim it asks', () => {
    expect(
      reviewsForAnswer(question, yes, ctx('s1', T0)).map((x) => [x.fact, x.claim, x.grade]),
    ).toEqual([['x', 'x/city', 3]]);
    expect(reviewsForAnswer(question, no, ctx('s1', T0)).map((x) => x.grade)).toEqual([1]);
  });

  it('grades each pair of a match question, and counts the question once as wrong', () => {
    const match = {
      id: 'match:d:f:0',
      kind: 'match',
      deckId: 'd',
      factIds: ['a', 'b', 'c'],
      claims: ['a/city', 'b/city', 'c/city'],
      left: [
        { id: 'item-1', text: { zh: 'A', en: 'A' } },
        { id: 'item-2', text: { zh: 'B', en: 'B' } },
        { id: 'item-3', text: { zh: 'C', en: 'C' } },
      ],
      answer: { 'item-1': 'p', 'item-2': 'q', 'item-3': 'r' },
    } as unknown as Question;
    const reviews = reviewsForAnswer(
      match,
      { kind: 'match', pairs: { 'item-1': 'p', 'item-2': 'r', 'item-3': 'q' } },
      ctx('s1', T0),
    );
    expect(reviews.map((r) => [r.claim, r.grade])).toEqual([
      ['a/city', 3],
      ['b/city', 1],
      ['c/city', 1],
    ]);
    expect(reviews.filter((r) => r.question).map((r) => [r.question, r.right])).toEqual([
      ['match:d:f:0', false],
    ]);
    // The first pair was right, yet the question is a mistake.
    expect(openMistakes(reviews).map((m) => m.question)).toEqual(['match:d:f:0']);
  });

  it('keeps a mistake until it is answered right on a later day', () => {
    const wrong = reviewsForAnswer(question, no, ctx('s1', T0));
    const rightSameSession = reviewsForAnswer(question, yes, ctx('s1', T0 + 1000));
    expect(openMistakes([...wrong, ...rightSameSession]).map((m) => m.question)).toEqual([
      'single:x/city',
    ]);
    // Another page load an hour later, the same day: the answer was just seen.
    const rightSameDay = reviewsForAnswer(question, yes, ctx('s3', T0 + 3_600_000));
    expect(openMistakes([...wrong, ...rightSameDay]).map((m) => m.question)).toEqual([
      'single:x/city',
    ]);
    expect(openMistakes([...wrong])[0]!.response).toBe(JSON.stringify(no));
    const rightLater = reviewsForAnswer(question, yes, ctx('s2', T0 + DAY));
    expect(openMistakes([...wrong, ...rightSameSession, ...rightLater])).toEqual([]);
  });

  it('asks for right answers on as many later days as the setting says', () => {
    const wrong = reviewsForAnswer(question, no, ctx('s1', T0));
    const day1 = reviewsForAnswer(question, yes, ctx('s2', T0 + DAY));
    const day1Again = reviewsForAnswer(question, yes, ctx('s3', T0 + DAY + 3_600_000));
    const day2 = reviewsForAnswer(question, yes, ctx('s4', T0 + 2 * DAY));
    const open = (rs: Review[]) => openMistakes(rs, 0, 2).map((m) => m.question);
    expect(open([...wrong, ...day1])).toEqual(['single:x/city']);
    // Two right answers the same day count as one day.
    expect(open([...wrong, ...day1, ...day1Again])).toEqual(['single:x/city']);
    expect(open([...wrong, ...day1, ...day2])).toEqual([]);
    // A new mistake between them starts the count again.
    const wrongAgain = reviewsForAnswer(question, no, ctx('s5', T0 + DAY + 7_200_000));
    expect(open([...wrong, ...day1, ...wrongAgain, ...day2])).toEqual(['single:x/city']);
  });

  it('counts a question once per wrong answer', () => {
    const wrong = [
      ...reviewsForAnswer(question, no, ctx('s1', T0)),
      ...reviewsForAnswer(question, no, ctx('s2', T0 + DAY)),
    ];
    expect(openMistakes(wrong)[0]!.wrongCount).toBe(2);
    expect(openMistakes(wrong)[0]!.seed).toBe(7);
  });
});
