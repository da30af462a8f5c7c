import { describe, expect, it } from 'vitest';
import { createCardsEngine } from '../../components/study/cardsEngine';
import { writeCardsFile } from '../../lib/cards/file';
import { firstCard } from '../../lib/cards/content-cards';
import { loadContent } from '../../lib/content/load';
import { restoreSave, serializeSave } from '../../lib/progress/save';
import { returningLearnerSave } from '../../scripts/bench/tap-targets';
import { FIXTURE_ROOT } from '../fixtures/content';

/*
 * The first-tap bench's learner with reviews (scripts/bench/tap-targets.ts): the page must read
 * their save as it is, or the figure is a first visit's under a notice.
 */

const content = loadContent(FIXTURE_ROOT);
const NOW = Date.UTC(2026, 5, 1, 9);

describe("the first-tap bench's returning learner", () => {
  it('has a save the store reads whole, with no problem to report', () => {
    const card = firstCard(content)!;
    const restored = restoreSave(serializeSave(returningLearnerSave(card, NOW)));
    expect(restored.problem).toBeUndefined();
    expect(restored.save?.profiles[0]?.reviews.map((r) => r.claim)).toEqual([card.key]);
  });

  it('has the card they graded yesterday as a review, not a new card', () => {
    const engine = createCardsEngine(writeCardsFile(content));
    const card = firstCard(content)!;
    const profile = restoreSave(serializeSave(returningLearnerSave(card, NOW))).save!.profiles[0];
    const memories = engine.memories(profile);
    expect(memories.cards.has(card.key)).toBe(true);
    const queue = engine.queue(engine.deckCards(undefined, []), memories, NOW);
    expect(queue.fresh).not.toContain(card.key);
  });
});
