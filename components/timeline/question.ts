/**
 * Timeline rounds asked again from the mistakes notebook. Apart from ./round so that the game's
 * page does not load the question generator.
 */
import { compareDates } from '@/lib/content/dates';
import type { ContentIndex } from '@/lib/content/index-content';
import { timelineEvents } from '@/lib/questions/claims';
import { orderQuestion } from '@/lib/questions/generate';
import type { OrderQuestion } from '@/lib/questions/models';
import { createRandom, shuffled } from '@/lib/questions/random';
import { SMALLEST_ROUND, TIMELINE_QUESTION_PREFIX } from './round';

/**
 * A round the notebook holds, asked again as an ordering question: the same events, shown in an
 * order drawn from its seed (never already in order). Undefined when the id is not a round's or
 * the content no longer has its deck or one of its events.
 */
export function timelineQuestion(
  index: ContentIndex,
  id: string,
  seed: number,
): OrderQuestion | undefined {
  if (!id.startsWith(TIMELINE_QUESTION_PREFIX)) return undefined;
  const [deckId, list] = id.slice(TIMELINE_QUESTION_PREFIX.length).split(':');
  const deck = deckId ? index.deck(deckId) : undefined;
  if (!deck || !list) return undefined;
  const wanted = list.split(',');
  const events = timelineEvents(index, index.deckFacts(deck)).filter((e) =>
    wanted.includes(e.factId),
  );
  if (events.length !== wanted.length || events.length < SMALLEST_ROUND) return undefined;
  const answer = [...events].sort((a, b) => compareDates(a.date, b.date));
  let shown = shuffled(events, createRandom(`${seed}|timeline-again|${id}`));
  if (shown.every((e, i) => e.factId === answer[i]!.factId)) shown = [...shown].reverse();
  return orderQuestion(index, deck.id, events, shown, { id, claimId: id });
}
