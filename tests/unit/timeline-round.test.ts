import { describe, expect, it } from 'vitest';
import {
  drawTimelineRound,
  markOrder,
  ROUND_SIZES,
  strictlyOrderable,
  timelineQuestionId,
  timelineReviews,
} from '@/components/timeline/round';
import { timelineQuestion } from '@/components/timeline/question';
import { openMistakes } from '@/lib/progress/mistakes';
import { reviewsForAnswer } from '@/lib/progress/record';
import { checkAnswer } from '@/lib/questions/check';
import { compareDates } from '@/lib/content/dates';
import { indexContent } from '@/lib/content/index-content';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';
import { checkReview } from '@/lib/progress/schema';
import { type TimelineEvent, timelineEvents } from '@/lib/questions/claims';

const index = indexContent(loadContent(FIXTURE_ROOT));
const decks = index.bundle.decks.map((deck) => ({
  id: deck.id,
  events: timelineEvents(index, index.deckFacts(deck)),
}));
const article = decks.find((d) => d.id === 'sco-ssc-2024-article')!;

describe('drawing a timeline round', () => {
  it('gives the same round for the same deck and seed', () => {
    const a = drawTimelineRound(article.id, article.events, 42);
    const b = drawTimelineRound(article.id, article.events, 42);
    expect(a).toEqual(b);
    expect(a).toBeDefined();
  });

  it('gives different rounds for different seeds', () => {
    const rounds = new Set(
      [1, 2, 3, 4, 5].map((seed) =>
        drawTimelineRound(article.id, article.events, seed)!
          .shown.map((e) => e.factId)
          .join(),
      ),
    );
    expect(rounds.size).toBeGreaterThan(1);
  });

  for (const deck of decks) {
    it(`draws ${ROUND_SIZES.min}–${ROUND_SIZES.max} strictly orderable events from ${deck.id}, for many seeds`, () => {
      for (let seed = 0; seed < 200; seed++) {
        const round = drawTimelineRound(deck.id, deck.events, seed)!;
        expect(round.shown.length).toBeGreaterThanOrEqual(ROUND_SIZES.min);
        expect(round.shown.length).toBeLessThanOrEqual(ROUND_SIZES.max);
        expect(strictlyOrderable(round.shown)).toBe(true);
        // The answer is the chronological order, and every pair in it is certainly ordered.
        const byId = new Map(round.shown.map((e) => [e.factId, e]));
        const dates = round.answer.map((id) => byId.get(id)!.date);
        for (let i = 1; i < dates.length; i++)
          expect(compareDates(dates[i - 1]!, dates[i]!)).toBe(-1);
        expect(new Set(round.answer)).toEqual(new Set(byId.keys()));
        // It never starts already solved.
        expect(round.shown.map((e) => e.factId)).not.toEqual(round.answer);
      }
    });
  }

  it('plays a thin deck with fewer events, and refuses one with fewer than three', () => {
    const events: TimelineEvent[] = ['2001', '2005', '2010', '2020'].map((date, i) => ({
      factId: `f${i}`,
      label: { zh: `事件${i}`, en: `Event ${i}` },
      date,
    }));
    expect(drawTimelineRound('thin', events, 7)?.shown).toHaveLength(4);
    expect(drawTimelineRound('thin', events.slice(0, 2), 7)).toBeUndefined();
  });

  it('never puts two events that may fall in the same month into one round', () => {
    const events: TimelineEvent[] = [
      { factId: 'a', label: { zh: '甲', en: 'A' }, date: '2024-04' },
      { factId: 'b', label: { zh: '乙', en: 'B' }, date: '2024-04-03' },
      { factId: 'c', label: { zh: '丙', en: 'C' }, date: '2019' },
      { factId: 'd', label: { zh: '丁', en: 'D' }, date: '2021' },
      { factId: 'e', label: { zh: '戊', en: 'E' }, date: '2022' },
    ];
    for (let seed = 0; seed < 50; seed++) {
      const ids = drawTimelineRound('x', events, seed)!.shown.map((e) => e.factId);
      expect(ids.includes('a') && ids.includes('b')).toBe(false);
    }
  });
});

describe('marking and recording a round', () => {
  const round = drawTimelineRound(article.id, article.events, 9)!;

  it('marks every position right for the chronological order', () => {
    expect(markOrder(round, round.answer).every(Boolean)).toBe(true);
  });

  it('marks exactly the two swapped positions wrong', () => {
    const order = [...round.answer];
    [order[0], order[1]] = [order[1]!, order[0]!];
    expect(markOrder(round, order)).toEqual(order.map((_, i) => i > 1));
  });

  it('records one valid review per event: Good where placed right, Again where not', () => {
    const order = [...round.answer];
    [order[0], order[1]] = [order[1]!, order[0]!];
    let n = 0;
    const reviews = timelineReviews(round, order, {
      now: 1_712_000_000_000,
      session: 'abc123',
      newId: () => `review${n++}`,
    });
    expect(reviews).toHaveLength(order.length);
    for (const review of reviews) expect(checkReview(review).ok).toBe(true);
    expect(reviews.map((r) => [r.fact, r.grade])).toEqual(
      order.map((id, i) => [id, i > 1 ? 3 : 1]),
    );
    expect(new Set(reviews.map((r) => `${r.kind}/${r.mode}/${r.deck}/${r.session}`))).toEqual(
      new Set([`order/timeline/${article.id}/abc123`]),
    );
  });

  it('puts a round with a misplaced event into the mistakes notebook, asked again as it was', () => {
    const order = [...round.answer];
    [order[0], order[1]] = [order[1]!, order[0]!];
    let n = 0;
    const context = { now: 1_712_000_000_000, session: 'abc123', newId: () => `review${n++}` };
    const reviews = timelineReviews(round, order, context);
    // The first review stands for the round: the notebook keeps it, with the order given.
    expect(reviews.filter((r) => r.question)).toHaveLength(1);
    const mistakes = openMistakes(reviews);
    expect(mistakes).toHaveLength(1);
    const mistake = mistakes[0]!;
    expect(JSON.parse(mistake.response!)).toEqual({ kind: 'order', optionIds: order });
    const question = timelineQuestion(index, mistake.question, mistake.seed!)!;
    expect(question.kind).toBe('order');
    expect(question.deckId).toBe(article.id);
    expect(question.answer).toEqual(round.answer);
    expect(question.options.map((o) => o.id).sort()).toEqual([...round.answer].sort());
    expect(question.options.map((o) => o.id)).not.toEqual(round.answer);
    expect(checkAnswer(question, { kind: 'order', optionIds: order })).toBe(false);
    expect(checkAnswer(question, { kind: 'order', optionIds: round.answer })).toBe(true);
    // The notebook's redo records under the same id: a right answer on a later day clears it.
    const redo = reviewsForAnswer(
      question,
      { kind: 'order', optionIds: round.answer },
      {
        now: context.now + 86_400_000,
        session: 'def456',
        mode: 'mistakes',
        seed: mistake.seed!,
        newId: context.newId,
      },
    );
    expect(openMistakes([...reviews, ...redo])).toEqual([]);
  });

  it('keeps a round placed all right out of the notebook', () => {
    let n = 0;
    const reviews = timelineReviews(round, round.answer, {
      now: 1_712_000_000_000,
      session: 'abc123',
      newId: () => `review${n++}`,
    });
    expect(reviews[0]!.right).toBe(true);
    expect(openMistakes(reviews)).toEqual([]);
  });

  it('does not ask again a round whose events the content no longer has', () => {
    const id = timelineQuestionId(round)!;
    expect(
      timelineQuestion(index, id.replace(round.answer[0]!, 'no-such-fact'), 1),
    ).toBeUndefined();
    expect(timelineQuestion(index, id.replace(article.id, 'no-such-deck'), 1)).toBeUndefined();
    expect(timelineQuestion(index, 'single:x/city', 1)).toBeUndefined();
  });
});
