import { describe, expect, it } from 'vitest';
import { effectiveReviews, emptySave } from '@/lib/progress/save';
import type { Review } from '@/lib/progress/schema';
import {
  activityHeatmap,
  calendarDate,
  DAY_MS,
  dayNumber,
  deckMastery,
  dueForecast,
  accuracyByKind,
  heatLevel,
  progressSummary,
  reviewsPerDay,
  streak,
  weekday,
} from '@/lib/progress/stats';
import { isMastered, replayReviews, scheduler } from '@/lib/progress/schedule';

/** Beijing time: getTimezoneOffset() is −480 there. */
const BEIJING = -480;
/** Monday 5 January 2026, 12:00 in Beijing. */
const NOW = Date.UTC(2026, 0, 5, 4, 0, 0);

let counter = 0;
function review(
  at: number,
  fact = 'f1',
  grade: Review['grade'] = 3,
  kind: Review['kind'] = 'single',
): Review {
  counter += 1;
  return {
    id: `r${String(counter).padStart(6, '0')}`,
    fact,
    grade,
    at,
    kind,
    mode: 'practice',
    session: 's1',
  };
}

const hours = (n: number) => n * 3_600_000;

describe('local days', () => {
  it('puts a review at 01:00 Beijing time on the Beijing day, not the UTC day before', () => {
    const at = Date.UTC(2026, 0, 4, 17, 0, 0); // 5 January 01:00 in Beijing
    expect(dayNumber(at, BEIJING)).toBe(dayNumber(NOW, BEIJING));
    expect(dayNumber(at, 0)).toBe(dayNumber(NOW, 0) - 1);
  });

  it('names Monday 0 and Sunday 6, before and after 1970', () => {
    const monday = dayNumber(NOW, BEIJING);
    expect(weekday(monday)).toBe(0);
    expect(weekday(monday + 6)).toBe(6);
    expect(weekday(-3)).toBe(0); // Monday 29 December 1969
  });

  it('turns a day number back into its calendar date', () => {
    expect(calendarDate(dayNumber(NOW, BEIJING)).toISOString().slice(0, 10)).toBe('2026-01-05');
  });
});

describe('activityHeatmap', () => {
  it('buckets reviews by local day and ends with today', () => {
    const reviews = [
      review(NOW - hours(11)), // 5 Jan 01:00 Beijing, still Sunday 4 Jan in UTC
      review(NOW),
      review(NOW - hours(13)), // Sunday 4 Jan 23:00 Beijing
    ];
    const { cells } = activityHeatmap(reviews, NOW, BEIJING, 12);
    // Today is a Monday: 11 full weeks and today.
    expect(cells).toHaveLength(78);
    expect(cells.at(-1)).toMatchObject({ day: dayNumber(NOW, BEIJING), count: 2 });
    expect(cells.at(-2)?.count).toBe(1);
  });

  it('lays days out as weeks in columns, Monday to Sunday down, today in the last column', () => {
    const heatmap = activityHeatmap([], NOW, BEIJING, 12);
    expect(heatmap.weeks).toBe(12);
    expect(heatmap.cells[0]).toMatchObject({ week: 0, weekday: 0 });
    expect(heatmap.cells.at(-1)).toMatchObject({ week: 11, weekday: 0 });
    for (const cell of heatmap.cells) expect(weekday(cell.day)).toBe(cell.weekday);
    const columns = new Set(heatmap.cells.map((c) => `${c.week}:${c.weekday}`));
    expect(columns.size).toBe(heatmap.cells.length);
  });

  for (const [name, offset] of [
    ['Tuesday', 1],
    ['Thursday', 3],
    ['Sunday', 6],
  ] as const)
    it(`shows exactly the weeks it names, starting on a Monday, when today is a ${name}`, () => {
      const heatmap = activityHeatmap([], NOW + offset * DAY_MS, BEIJING, 12);
      expect(new Set(heatmap.cells.map((c) => c.week)).size).toBe(12);
      expect(heatmap.weeks).toBe(12);
      expect(weekday(heatmap.cells[0]!.day)).toBe(0);
      expect(heatmap.cells.at(-1)).toMatchObject({
        day: dayNumber(NOW, BEIJING) + offset,
        week: 11,
        weekday: offset,
      });
      expect(heatmap.cells).toHaveLength(77 + offset + 1);
    });

  it('leaves out reviews older than the window and from the future', () => {
    const reviews = [review(NOW - 78 * DAY_MS), review(NOW + DAY_MS)];
    const total = activityHeatmap(reviews, NOW, BEIJING, 12).cells.reduce((s, c) => s + c.count, 0);
    expect(total).toBe(0);
  });
});

describe('heatLevel', () => {
  it('shades by the share of the daily goal, full at the goal', () => {
    expect([0, 1, 5, 10, 19, 20, 50].map((n) => heatLevel(n, 20))).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });
});

describe('streak', () => {
  it('counts consecutive local days ending today', () => {
    const reviews = [
      review(NOW),
      review(NOW - DAY_MS),
      review(NOW - 2 * DAY_MS),
      review(NOW - 4 * DAY_MS),
    ];
    expect(streak(reviews, NOW, BEIJING)).toBe(3);
  });

  it("keeps yesterday's streak alive while today has no review yet", () => {
    const reviews = [review(NOW - DAY_MS), review(NOW - 2 * DAY_MS)];
    expect(streak(reviews, NOW, BEIJING)).toBe(2);
  });

  it('is broken by a missed day', () => {
    expect(streak([review(NOW - 2 * DAY_MS)], NOW, BEIJING)).toBe(0);
  });

  it('counts two reviews an hour apart across local midnight as two days', () => {
    const beforeMidnight = Date.UTC(2026, 0, 4, 15, 30); // 4 Jan 23:30 Beijing
    const afterMidnight = Date.UTC(2026, 0, 4, 16, 30); // 5 Jan 00:30 Beijing
    expect(streak([review(beforeMidnight), review(afterMidnight)], NOW, BEIJING)).toBe(2);
    expect(streak([review(beforeMidnight), review(afterMidnight)], NOW, 0)).toBe(1);
  });
});

describe('mastery and forecast', () => {
  const f = scheduler(0.9);

  /** Good answers, each given when the card falls due: how a learner masters a fact. */
  function reviewsUntilMastered(fact: string, start: number): Review[] {
    const out: Review[] = [];
    let at = start;
    for (let i = 0; i < 12; i++) {
      out.push(review(at, fact));
      const card = replayReviews(out, f).get(fact)!;
      if (isMastered(card)) break;
      at = card.card.due.getTime();
    }
    return out;
  }

  it('counts a fact as mastered after enough spaced right answers, and a once-seen fact as learning', () => {
    const mastered = reviewsUntilMastered('f1', NOW - 400 * DAY_MS);
    const cards = replayReviews(
      [...mastered, review(NOW, 'f2')].sort((a, b) => a.at - b.at),
      f,
    );
    expect(deckMastery(['f1', 'f2', 'f3'], cards)).toEqual({
      total: 3,
      mastered: 1,
      learning: 1,
      fresh: 1,
    });
  });

  it("counts on the progress page's totals only the mastered cards, not every card graded", () => {
    const reviews = [
      ...reviewsUntilMastered('f1', NOW - 400 * DAY_MS),
      review(NOW - hours(2), 'f2'),
      review(NOW - hours(1), 'f3', 1),
    ].sort((a, b) => a.at - b.at);
    const summary = progressSummary(
      reviews,
      [{ id: 'deck', factIds: ['f1', 'f2', 'f3', 'f4'] }],
      { dailyGoal: 20, desiredRetention: 0.9 },
      NOW,
      BEIJING,
    );
    expect(summary.mastered).toBe(1);
    expect(summary.decks[0]?.mastered).toBe(summary.mastered);
  });

  it('counts overdue cards as due today and spreads the rest over the coming days', () => {
    const cards = replayReviews(
      [review(NOW - 30 * DAY_MS, 'old'), review(NOW, 'new', 3), review(NOW, 'lapsed', 1)],
      f,
    );
    const forecast = dueForecast(cards.values(), NOW, BEIJING, 7);
    expect(forecast).toHaveLength(7);
    expect(forecast[0]?.day).toBe(dayNumber(NOW, BEIJING));
    // 'old' is overdue and 'lapsed' comes back within minutes: both today.
    expect(forecast[0]?.count).toBeGreaterThanOrEqual(2);
    expect(forecast.reduce((s, d) => s + d.count, 0)).toBeLessThanOrEqual(3);
  });
});

describe('accuracyByKind', () => {
  it('counts a question on several facts once, as the learner answered it', () => {
    const at = NOW - hours(1);
    const match = ['f1', 'f2', 'f3', 'f4'].map((fact) => review(at, fact, 1, 'match'));
    const order = ['f1', 'f2', 'f3'].map((fact) => review(at + 9_000, fact, 3, 'order'));
    const cards = [review(at, 'f1', 3, 'card'), review(at, 'f2', 1, 'card')];
    expect(accuracyByKind([...match, ...order, review(at + 20_000, 'f5', 3), ...cards])).toEqual([
      { kind: 'match', answered: 1, correct: 0 },
      { kind: 'order', answered: 1, correct: 1 },
      { kind: 'single', answered: 1, correct: 1 },
      // Each flashcard grade is its own answer, even at the same moment.
      { kind: 'card', answered: 2, correct: 1 },
    ]);
  });
});

describe('progressSummary', () => {
  it('summarises only the reviews that count: undone reviews and those before a reset are left out', () => {
    const save = emptySave('p1', 'Me', NOW - 10 * DAY_MS);
    const profile = save.profiles[0]!;
    const before = review(NOW - 5 * DAY_MS, 'f1');
    const undone = review(NOW - hours(1), 'f2', 1, 'fill');
    const kept = [review(NOW - hours(2), 'f1'), review(NOW - hours(1), 'f3', 1, 'card')];
    profile.reviews = [before, ...kept, undone];
    profile.undone = [undone.id];
    profile.resetAt = NOW - 3 * DAY_MS;

    const summary = progressSummary(
      effectiveReviews(profile),
      [{ id: 'deck', factIds: ['f1', 'f2', 'f3', 'f4'] }],
      { dailyGoal: 4, desiredRetention: 0.9 },
      NOW,
      BEIJING,
    );
    expect(summary.totalReviews).toBe(2);
    expect(summary.today).toBe(2);
    expect(summary.streak).toBe(1);
    expect(summary.decks).toEqual([{ id: 'deck', total: 4, mastered: 0, learning: 2, fresh: 2 }]);
    expect(summary.kinds).toEqual([
      { kind: 'single', answered: 1, correct: 1 },
      { kind: 'card', answered: 1, correct: 0 },
    ]);
    expect(summary.heatmap.cells.at(-1)?.count).toBe(2);
    expect(summary.forecast[0]?.count).toBeGreaterThanOrEqual(1);
  });

  it('agrees with reviewsPerDay on every day of the heatmap', () => {
    const reviews = Array.from({ length: 60 }, (_, i) => review(NOW - i * hours(29)));
    const summary = progressSummary(
      reviews,
      [],
      { dailyGoal: 20, desiredRetention: 0.9 },
      NOW,
      BEIJING,
    );
    expect(summary.heatmap.cells.map((c) => c.count)).toEqual(
      reviewsPerDay(reviews, NOW, BEIJING, summary.heatmap.cells.length).map((d) => d.count),
    );
    expect(summary.totalReviews).toBe(60);
  });
});
