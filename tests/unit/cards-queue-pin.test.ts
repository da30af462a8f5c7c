import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardsEngine } from '../../components/study/cardsEngine';
import { writeCardsFile } from '../../lib/cards/file';
import { loadContent } from '../../lib/content/load';
import { newProfile } from '../../lib/progress/save';
import { checkProfile, type Profile, type Review } from '../../lib/progress/schema';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * A regression pin: the flashcards page's queue for one returning learner over the fixture
 * content, card for card. Work that makes the page faster (lib/questions/cards.ts,
 * components/study/cardsEngine.ts, lib/progress/cards-today.ts) must leave it exactly as it is:
 * which card comes first, the order after it, and what is held back.
 */

const content = loadContent(FIXTURE_ROOT);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 10, 9); // 17:00 in Beijing

// "Today" is the learner's local day: the pin holds in one time zone.
let zone: string | undefined;
beforeAll(() => {
  zone = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

function card(id: string, claim: string, grade: Review['grade'], at: number): Review {
  const fact = claim.split('/')[0]!;
  return { id, fact, claim, grade, at, kind: 'card', mode: 'cards', session: 's1' };
}

/** Cards graded over three days, a quiz answer saved before claims (a fact only), a card today. */
function returningLearner(): Profile {
  const profile: Profile = {
    ...newProfile('p1', 'Learner', NOW - 10 * DAY),
    reviews: [
      card('review1', 'sco-founding/date', 3, NOW - 3 * DAY),
      {
        id: 'review2',
        fact: 'sco-enlargement-2017',
        grade: 3,
        at: NOW - 2 * DAY,
        kind: 'single',
        mode: 'practice',
        session: 's2',
      },
      card('review3', 'sco-ssc-1/city', 1, NOW - DAY),
      card('review4', 'sco-ssc-15/host', 4, NOW - DAY),
      card('review5', 'sco-ssc-16/city', 3, NOW - 2 * HOUR),
    ],
  };
  profile.settings = { ...profile.settings, newCardsPerDay: 5 };
  const checked = checkProfile(profile);
  if (!checked.ok) throw new Error(`the fixture profile is not valid: ${checked.field}`);
  return checked.value;
}

describe("a returning learner's flashcards queue (pinned)", () => {
  it('keeps its cards, order and counts', () => {
    const engine = createCardsEngine(writeCardsFile(content));
    const cards = engine.deckCards(undefined, []);
    const memories = engine.memories(returningLearner());
    const queue = engine.queue(cards, memories, NOW);
    expect(queue).toEqual({
      // The most overdue first; a quiz answer saved before claims counts for each of its claims.
      due: [
        'sco-founding/date',
        'sco-enlargement-2017/joined',
        'sco-enlargement-2017/year',
        'sco-enlargement-2017/event',
        'sco-enlargement-2017/members-after',
        'sco-ssc-1/city',
        'sco-ssc-16/city',
      ],
      // One card started today: four more, one a fact, none of a fact with a card due today.
      fresh: [
        'sco-enlargement-2023/joined',
        'sco-enlargement-2024/joined',
        'sco-ssc-founding/date',
        'sco-ssc-15/date',
      ],
      laterToday: 0,
      // The first card's first learning step (ten minutes) after its grade three days ago.
      nextDue: NOW - 3 * DAY + 10 * 60_000,
      // Rules 5 ask no format of the nine meetings before 2020: nine cards fewer than before.
      unseen: 121,
      buried: 98,
      room: 4,
    });
    expect(cards.length).toBe(129);
  });
});
