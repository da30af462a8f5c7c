/**
 * Lenient comparison of typed answers, so that learners are marked on what they
 * know rather than on how their keyboard or input method writes it.
 */

import { englishOrdinal, parseChineseNumeral } from './numerals';

// Whitespace, punctuation and symbols of every script, plus invisible control and
// format characters (e.g. zero-width spaces) that pasted text often carries.
const IGNORED = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]/gu;
const ASCII_DIGIT = /^[0-9]$/;

/**
 * NFKC (full-width digits and letters become ASCII), lowercase, and drop
 * whitespace, punctuation and symbols. Middle dots (· ・ ‧ ･) are punctuation, so
 * 阿卜杜勒·阿齐兹 and 阿卜杜勒阿齐兹 compare equal.
 */
export function normalizeAnswer(input: string): string {
  const text = input.normalize('NFKC').toLowerCase().trim();
  return text.replace(IGNORED, (ch, offset: number, whole: string) => {
    // A point between digits is a decimal point: dropping it would let 3.5 match 35.
    const decimalPoint =
      ch === '.' &&
      ASCII_DIGIT.test(whole.charAt(offset - 1)) &&
      ASCII_DIGIT.test(whole.charAt(offset + 1));
    return decimalPoint ? ch : '';
  });
}

const ENGLISH_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const ENGLISH_UNIT_ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ENGLISH_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * English number words from zero to ninety-nine, cardinal and ordinal. Hyphens
 * and spaces are already gone after normalisation, hence "twentyfirst".
 */
const ENGLISH_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  ENGLISH_UNITS.forEach((word, n) => words.set(word, n));
  ENGLISH_UNIT_ORDINALS.forEach((word, n) => words.set(word, n));
  ENGLISH_TENS.forEach((tens, i) => {
    const base = (i + 2) * 10;
    words.set(tens, base);
    words.set(`${tens.slice(0, -1)}ieth`, base);
    for (let unit = 1; unit <= 9; unit++) {
      words.set(`${tens}${ENGLISH_UNITS[unit] ?? ''}`, base + unit);
      words.set(`${tens}${ENGLISH_UNIT_ORDINALS[unit] ?? ''}`, base + unit);
    }
  });
  return words;
})();

// Longest first, so 个月 is removed whole rather than leaving 个 behind. 月 and 日 on
// their own are left out: 4月 names April, not a count of four.
const COUNTER_SUFFIXES = [
  '周年',
  '个月',
  '次',
  '个',
  '年',
  '届',
  '位',
  '名',
  '人',
  '岁',
  '项',
  '场',
  '轮',
  '回',
  '号',
  '天',
  '国',
  '家',
  '座',
  '条',
  'countries',
  'sessions',
  'editions',
  'members',
  'country',
  'session',
  'edition',
  'persons',
  'member',
  'people',
  'person',
  'months',
  'rounds',
  'years',
  'times',
  'month',
  'round',
  'weeks',
  'year',
  'time',
  'days',
  'week',
  'day',
];

function stripCounter(text: string): string {
  for (const suffix of COUNTER_SUFFIXES) {
    if (text.length > suffix.length && text.endsWith(suffix)) {
      return text.slice(0, -suffix.length);
    }
  }
  return text;
}

function parseCore(text: string, hasChinesePrefix: boolean): number | null {
  if (/^[0-9]+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : null;
  }

  const chinese = parseChineseNumeral(text);
  if (chinese !== null) return chinese;

  // 第19th and 第nineteenth mix two ordinal markers; treat them as not-a-number.
  if (hasChinesePrefix) return null;

  const englishSuffixed = /^([0-9]+)(st|nd|rd|th)$/.exec(text);
  if (englishSuffixed) {
    const n = Number(englishSuffixed[1]);
    // Only the suffix that belongs to the number: 19th yes, 19st no.
    return Number.isSafeInteger(n) && n >= 1 && englishOrdinal(n) === text ? n : null;
  }

  return ENGLISH_WORDS.get(text) ?? null;
}

/**
 * The integer an answer denotes, with ordinal markers (第…, -th, "the") and one
 * counter (次, 个, 年, years, times, …) removed: 第十九次, 19th, nineteenth, 二〇〇四年,
 * "four years" and １９ all give numbers. Anything else gives null.
 */
export function numericValue(input: string): number | null {
  let text = normalizeAnswer(input);
  // Safe on the space-free text because no number word begins with "the".
  if (text.startsWith('the')) text = text.slice(3);
  const hasChinesePrefix = text.startsWith('第');
  if (hasChinesePrefix) text = text.slice(1);
  text = stripCounter(text);
  if (text === '') return null;
  return parseCore(text, hasChinesePrefix);
}

// Regional suffixes learners add out of habit: 阿斯塔纳市, 河北省, 泰王国.
const CHINESE_PLACE_SUFFIX = /^(.{2,})[市省国]$/u;
const LEADING_THE = /^the\s+/u;

/** The normalised readings of an input that count as the same answer. */
/*
 * Titles an exam marker accepts around a name: 习近平主席, 国家主席习近平, 王小洪部长, President Xi
 * Jinping, Minister Wang Xiaohong. Longest first, so 国家主席 goes before 主席.
 */
const ZH_TITLES = [
  '国务委员',
  '国家主席',
  '国家副主席',
  '委员长',
  '副主席',
  '副总理',
  '公安部部长',
  '外交部部长',
  '主席',
  '总统',
  '总理',
  '首相',
  '部长',
  '书记',
  '同志',
  '先生',
  '女士',
];
const EN_TITLE =
  /^(?:(?:vice |former )?president|(?:vice )?premier|prime minister|(?:foreign )?minister|state councilor|chairman|general secretary|secretary|mr\.?|mrs\.?|ms\.?|dr\.?) +/;

/** The input without titles before or after a name, or null when it has none. */
function withoutTitles(input: string): string | null {
  let text = normalizeAnswer(input);
  for (let changed = true; changed;) {
    changed = false;
    for (const title of ZH_TITLES) {
      if (text.length - title.length < 2) continue;
      if (text.startsWith(title)) text = text.slice(title.length);
      else if (text.endsWith(title)) text = text.slice(0, -title.length);
      else continue;
      changed = true;
    }
  }
  let spaced = input.normalize('NFKC').toLowerCase().trim();
  while (EN_TITLE.test(spaced)) spaced = spaced.replace(EN_TITLE, '');
  const english = normalizeAnswer(spaced);
  const stripped = english !== normalizeAnswer(input) ? english : text;
  return stripped !== normalizeAnswer(input) && stripped !== '' ? stripped : null;
}

function inputVariants(input: string): string[] {
  const normalized = normalizeAnswer(input);
  const variants = [normalized];
  const untitled = withoutTitles(input);
  if (untitled !== null) variants.push(untitled);
  // The stem must keep two characters, or 美国 would shrink to 美 and 中国 to 中.
  const place = CHINESE_PLACE_SUFFIX.exec(normalized);
  if (place?.[1] !== undefined) variants.push(place[1]);
  // Checked before normalisation, which removes the space: "theatre" must keep its "the".
  const spaced = input.normalize('NFKC').toLowerCase().trim();
  if (LEADING_THE.test(spaced)) variants.push(normalizeAnswer(spaced.replace(LEADING_THE, '')));
  return variants.filter((v) => v !== '');
}

/**
 * True when the input equals one of the accepted forms after normalisation (also
 * without a trailing 市/省/国 or a leading "the "), or, with `numeric`, when it
 * denotes the same integer as the first accepted form. Empty input never matches.
 */
export function matchesAnswer(
  input: string,
  accepted: readonly string[],
  options?: { numeric?: boolean },
): boolean {
  if (normalizeAnswer(input) === '') return false;

  const variants = inputVariants(input);
  const acceptedForms = accepted.map(normalizeAnswer).filter((form) => form !== '');
  if (variants.some((v) => acceptedForms.includes(v))) return true;

  if (options?.numeric === true) {
    const first = accepted[0];
    if (first === undefined) return false;
    const expected = numericValue(first);
    return expected !== null && numericValue(input) === expected;
  }
  return false;
}
