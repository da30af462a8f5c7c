import type { ContentIndex } from '../content/index-content';
import type { Fact, Text } from '../content/schema';
import { kindOf } from '../kinds';

/**
 * One or two sentences that state a fact in full, written from its fields by the fact's kind
 * (lib/kinds/<kind>/), followed by its context note.
 */
export function explainFact(index: ContentIndex, fact: Fact): Text {
  const text = kindOf(fact).explain(index, fact);
  return fact.note ? { zh: `${text.zh}${fact.note.zh}`, en: `${text.en} ${fact.note.en}` } : text;
}

/** A short title for a fact, for timelines and lists: 第十九次会议 · 阿斯塔纳 / 19th meeting · Astana. */
export function factHeadline(index: ContentIndex, fact: Fact): Text {
  return kindOf(fact).headline(index, fact);
}
