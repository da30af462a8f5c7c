import { compareDates } from '../content/dates';
import type { TimelineEvent } from './claims';
import { type Random, shuffled } from './random';

/*
 * Picking events that make an ordering task with one right answer: used by the generator's
 * ordering questions and by the timeline game, which must not load the whole generator.
 */

/** Events whose dates cannot overlap and whose labels differ, so that exactly one order is right. */
export function orderable(events: readonly TimelineEvent[]): boolean {
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i]!;
      const b = events[j]!;
      if (compareDates(a.date, b.date) === 0) return false;
      if (a.label.zh === b.label.zh || a.label.en === b.label.en) return false;
    }
  }
  return true;
}

/** `size` events of which every pair is orderable, or undefined after 40 tries. */
export function pickOrderable(
  events: readonly TimelineEvent[],
  size: number,
  random: Random,
): TimelineEvent[] | undefined {
  for (let attempt = 0; attempt < 40; attempt++) {
    const picked: TimelineEvent[] = [];
    for (const e of shuffled(events, random)) {
      if (picked.length === size) break;
      if (orderable([...picked, e])) picked.push(e);
    }
    if (picked.length === size) return picked;
  }
  return undefined;
}
