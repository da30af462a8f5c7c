import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardsEngine } from '../../components/study/cardsEngine';
import { writeCardsFile } from '../../lib/cards/file';
import { todayOf } from '../../components/home/today';
import type { ContentBundle } from '../../lib/content/index-content';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { outlineOf } from '../../lib/content/outline';
import { effectiveReviews } from '../../lib/progress/reviews';
import type { Profile, Review } from '../../lib/progress/schema';
import {
  allDecksSession,
  claimsOfOutline,
  nameCardSessions,
} from '../../lib/progress/session-cards';
import { ALL_DECKS } from '../../lib/progress/settings-limits';
import { progressSummary } from '../../lib/progress/stats';
import { flashcards } from '../../lib/questions/cards';
import { FIXTURE_ROOT, KINDS_FIXTURE_ROOT } from '../fixtures/content';
import { arbPartialContent } from './content-arbitraries';

/*
 * Every page that says how many flashcards are due or new today (home, progress, cards) agrees
 * with what the cards page then shows: for random content (decks and facts taken from content/
 * and the fixtures) and random saves (reviews of cards, of quizzes, of facts before claims were
 * the unit, of cards no longer in the content; undone reviews; settings), in a time zone whose
 * day does not start at midnight UTC.
 */

const BUNDLES = [
  loadContent(path.resolve(import.meta.dirname, '../..')),
  loadContent(FIXTURE_ROOT),
  loadContent(KINDS_FIXTURE_ROOT),
];
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 2, 8, 9, 30); // the day US clocks go forward

let zone: string | undefined;
beforeAll(() => {
  zone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** Some of a bundle's decks, each with all or some of its facts. */
const arbContent = arbPartialContent(BUNDLES);

interface Save {
  content: ContentBundle;
  profile: Profile;
  legacyNames: boolean;
  now: number;
}

const KINDS = ['card', 'card', 'card', 'single', 'match', 'fill'] as const;

const arbSave: fc.Arbitrary<Save> = arbContent.chain((content) => {
  const index = indexContent(content);
  const facts = index.facts.map((f) => f.id);
  const claims = flashcards(index, facts).map((c) => c.key);
  const keys = [...claims, 'name:nobody:zh', 'gone/claim'];
  const arbReview = fc.record({
    key: fc.constantFrom(...keys),
    fact: fc.constantFrom(...facts),
    legacy: fc.boolean(),
    kind: fc.constantFrom(...KINDS),
    grade: fc.constantFrom(1, 2, 3, 4),
    // From ten days ago to the end of "today".
    at: fc.integer({ min: -10 * DAY, max: DAY }),
  });
  const deckIds = [ALL_DECKS, ...content.decks.map((d) => d.id)];
  return fc
    .record({
      reviews: fc.array(arbReview, { maxLength: 40 }),
      undone: fc.array(fc.nat(39), { maxLength: 5 }),
      newCardsPerDay: fc.integer({ min: 0, max: 15 }),
      nameCardDecks: fc.option(fc.subarray(deckIds), { nil: undefined }),
      legacyNames: fc.boolean(),
      now: fc.integer({ min: 0, max: DAY }),
    })
    .map(({ reviews, undone, newCardsPerDay, nameCardDecks, legacyNames, now }) => {
      const log: Review[] = reviews.map((r, i) => ({
        id: `r${i}`,
        // Not in time order: two tabs, or an import, can leave the log so.
        at: BASE + r.at,
        fact: r.key.startsWith('name:') || r.legacy ? r.fact : (r.key.split('/')[0] ?? r.fact),
        ...(r.legacy && !r.key.startsWith('name:') ? {} : { claim: r.key }),
        kind: r.kind,
        grade: r.grade,
        session: 's',
        ...(r.kind === 'card' ? {} : { right: r.grade >= 3 }),
      })) as Review[];
      const profile = {
        id: 'p1',
        name: 'Test',
        createdAt: BASE - 20 * DAY,
        reviews: log,
        undone: undone.map((i) => `r${i}`),
        settings: {
          dailyGoal: 20,
          newCardsPerDay,
          desiredRetention: 0.9,
          theme: 'system',
          motion: 'system',
          ...(nameCardDecks ? { nameCardDecks } : {}),
        },
      } as unknown as Profile;
      return { content, profile, legacyNames, now: BASE + now };
    });
});

/** What the cards page shows, card after card, when every card is graded Easy at `now`. */
function cardsShown(save: Save): number {
  const engine = createCardsEngine(writeCardsFile(save.content));
  const nameDecks = nameCardSessions(save.profile.settings.nameCardDecks, save.legacyNames);
  const cards = engine.deckCards(undefined, nameDecks);
  let profile = save.profile;
  let shown = 0;
  for (;;) {
    const queue = engine.queue(cards, engine.memories(profile), save.now);
    const key = queue.due[0] ?? queue.fresh[0];
    if (process.env.DEBUG_SHOWN) console.log(shown, queue.due, queue.fresh, queue.room);
    if (!key) return shown;
    shown += 1;
    if (shown > cards.length * 2) throw new Error('the cards page never ends');
    const card = cards.find((c) => c.key === key)!;
    const review = engine.review(card, 4, {
      now: save.now,
      session: 'page',
      newId: () => `page${shown}`,
    });
    profile = { ...profile, reviews: [...profile.reviews, review] };
  }
}

describe("today's flashcards counts", () => {
  it('agree on home, progress and cards with what the cards page shows', () => {
    fc.assert(
      fc.property(arbSave, (save) => {
        const { content, profile, legacyNames, now } = save;
        const outline = outlineOf(content);
        const nameDecks = nameCardSessions(profile.settings.nameCardDecks, legacyNames);
        const engine = createCardsEngine(writeCardsFile(content));
        const cards = engine.deckCards(undefined, nameDecks);
        const session = allDecksSession(outline, nameDecks);
        // The outline's session is the cards page's, card for card.
        expect(session.map((c) => c.key)).toEqual(cards.map((c) => c.key));

        const page = engine.queue(cards, engine.memories(profile), now);
        const home = todayOf(profile, outline, now, legacyNames);
        const summary = progressSummary(
          effectiveReviews(profile),
          [],
          profile.settings,
          now,
          new Date(now).getTimezoneOffset(),
          claimsOfOutline(outline),
          undefined,
          { cards: session, newCardsPerDay: profile.settings.newCardsPerDay },
        );
        const counts = { due: page.due.length, fresh: page.fresh.length };
        expect({ due: home.due, fresh: home.fresh }).toEqual(counts);
        expect({
          due: summary.cards!.due.length,
          fresh: summary.cards!.fresh.length,
        }).toEqual(counts);
        expect(summary.forecast[0]!.count).toBe(page.due.length + page.laterToday);
        expect(cardsShown(save)).toBe(counts.due + counts.fresh);
      }),
      { numRuns: 60 },
    );
  });
});
