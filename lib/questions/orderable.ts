import { compareDates } from '../content/dates';
import type { Text } from '../content/schema';
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

/**
 * How each event of an ordering question is shown: named with its number when no other event
 * of its series is in the question (中国共产党第三次全国代表大会在广州举行: the number orders it
 * against nothing else there); by place and detail when several are, since their numbers would
 * be their order (党的全国代表大会在广州举行, 党的全国代表大会在莫斯科举行).
 */
export function orderLabels(events: readonly TimelineEvent[]): (e: TimelineEvent) => Text {
  const perGroup = new Map<string, number>();
  for (const e of events) if (e.group) perGroup.set(e.group, (perGroup.get(e.group) ?? 0) + 1);
  return (e) => (e.named && e.group && perGroup.get(e.group) === 1 ? e.named : e.label);
}
