import type { Text } from '../content/schema';
import type { Value } from './values';
import { BLANK, BLANK_EN } from './wording';

/*
 * A typed answer as the blank around it asks for it. "＿＿年" asks for 2017, not 2017年, and
 * "第＿＿次" for 十九, not 第十九次: the text around the blank already carries the unit, so the
 * answer shown after checking is the number alone (a learner reading 2017年 after ＿＿年 sees
 * the unit twice). Typed answers with or without the unit are accepted either way.
 */

/** What the hint under a blank says: the kind of answer it takes. One message each. */
export const FILL_HINTS = ['name', 'number', 'year', 'figure'] as const;
export type FillHint = (typeof FILL_HINTS)[number];

/** The hint that fits a value's type: a year's blank never shows an ordinal's example. */
export function fillHint(value: Value): FillHint {
  switch (value.type) {
    case 'ordinal':
    case 'count':
      return 'number';
    case 'year':
      return 'year';
    case 'amount':
      return 'figure';
    default:
      return 'name';
  }
}

/** Characters a number is written with: digits, Chinese numerals, points and group commas. */
const NUMBER_CHAR = /[\d.,〇零一二两三四五六七八九十百千万亿]/u;

/** The text either side of a blank (empty strings when it has none). */
function around(text: string, blank: string): { before: string; after: string } {
  const at = text.indexOf(blank);
  if (at < 0) return { before: '', after: '' };
  return { before: text.slice(0, at), after: text.slice(at + blank.length) };
}

/** The Chinese label without the prefix and suffix the blank's sentence already carries. */
function chineseCore(label: string, before: string, after: string): string {
  let start = 0;
  while (start < label.length && !NUMBER_CHAR.test(label.charAt(start))) start++;
  let end = label.length;
  while (end > start && !NUMBER_CHAR.test(label.charAt(end - 1))) end--;
  if (start === end) return label;
  const prefix = label.slice(0, start);
  const suffix = label.slice(end);
  const keepPrefix = prefix !== '' && !before.endsWith(prefix);
  const keepSuffix = suffix !== '' && !after.startsWith(suffix);
  return `${keepPrefix ? prefix : ''}${label.slice(start, end)}${keepSuffix ? suffix : ''}`;
}

/**
 * The unit an English blank is followed by: the words up to the next punctuation, when they are
 * few ("member states" in "grew to ____ member states."), else the first word ("years").
 */
function unitAfter(after: string): string | undefined {
  const words = /^ ([A-Za-z][A-Za-z ]*?)(?=[^A-Za-z ]|$)/.exec(after)?.[1]?.trim().split(' ');
  if (!words) return undefined;
  return (words.length <= 3 ? words : words.slice(0, 1)).join(' ');
}

/**
 * How the answer to a blank reads after checking, and the forms with the blank's own unit a
 * learner may type besides the accepted ones (9 member states, 2017年).
 */
export function blankAnswer(
  value: Value,
  label: Text,
  blank: Text,
): { display: Text; alsoAccepted: string[] } {
  const numeric =
    value.type === 'ordinal' ||
    value.type === 'count' ||
    value.type === 'year' ||
    value.type === 'amount';
  if (!numeric) return { display: label, alsoAccepted: [] };
  const zh = around(blank.zh, BLANK);
  const en = around(blank.en, BLANK_EN);
  const zhCore = chineseCore(label.zh, zh.before, zh.after);
  // English puts the unit after the number: "9 members" after "____ member states" is the number.
  const enNumber = /^[\d.,]+(?= )/.exec(label.en)?.[0];
  const unit = unitAfter(en.after);
  const enCore = enNumber && (unit || /^%/.test(en.after)) ? enNumber : label.en;
  const alsoAccepted = [
    label.zh,
    label.en,
    ...(unit && enCore !== label.en ? [`${enCore} ${unit}`] : []),
  ].filter((form) => form !== zhCore && form !== enCore);
  return { display: { zh: zhCore, en: enCore }, alsoAccepted };
}
