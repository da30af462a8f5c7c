import type { Text } from '../content/schema';
import { dateRange } from '../content/dates';

/*
 * Several answers in one line, as an editor would write them: "第十二次、第十三次、第十四次",
 * never in the shuffled order of the options, and never "……举行。；……" after a full sentence.
 */

// Option ids of ordered values, as valueKey (./values) writes them.
const ORDERED = /^(ordinal|count|year|amount|date)-(.+)$/;

function orderKey(id: string): { type: string; key: number } | undefined {
  const m = ORDERED.exec(id);
  if (!m) return undefined;
  const [, type, rest] = m as unknown as [string, string, string];
  if (type === 'date')
    return /^\d{4}(-\d{2}){0,2}$/.test(rest) ? { type, key: dateRange(rest).first } : undefined;
  const key = Number(rest);
  return Number.isFinite(key) ? { type, key } : undefined;
}

/**
 * Answer ids in their natural order when they all name ordinals, dates, years, counts or amounts
 * of one type (12th before 14th, 2007 before 2012); any other answers keep the order given.
 */
export function inNaturalOrder(ids: readonly string[]): string[] {
  const keys = ids.map(orderKey);
  const type = keys[0]?.type;
  if (!keys.every((k) => k !== undefined && k.type === type)) return [...ids];
  return ids
    .map((id, i) => ({ id, key: keys[i]!.key }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.id);
}

const SENTENCE_END_ZH = /[。！？]$/;
const SENTENCE_END_EN = /[.!?]$/;
const PUNCTUATED_ZH = /[，、；：。！？]/;

function joinIn(
  items: readonly string[],
  sentenceEnd: RegExp,
  sentence: string,
  list: string,
  phrase: string,
  punctuated: RegExp,
): string {
  if (items.every((s) => sentenceEnd.test(s))) return items.join(sentence);
  if (items.some((s) => punctuated.test(s))) return items.join(phrase);
  return items.join(list);
}

/**
 * Answers joined in each language: full sentences follow one another as sentences do (nothing
 * between them in Chinese, a space in English); short names take 、 / ", "; longer phrases with
 * punctuation of their own take ； / "; ".
 */
export function joinAnswers(texts: readonly Text[]): Text {
  return {
    zh: joinIn(
      texts.map((t) => t.zh),
      SENTENCE_END_ZH,
      '',
      '、',
      '；',
      PUNCTUATED_ZH,
    ),
    en: joinIn(
      texts.map((t) => t.en),
      SENTENCE_END_EN,
      ' ',
      ', ',
      '; ',
      /[,;]/,
    ),
  };
}
