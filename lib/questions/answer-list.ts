import type { Text } from '../content/schema';

/*
 * Several answers in one line, as an editor would write them: "埃及、阿联酋", and never
 * "……举行。；……" after a full sentence.
 */

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
