/**
 * Chinese and English numerals for question text and answer checking.
 *
 * The range stops at 9999 because 万 changes the grouping rules, and no count or
 * year in the content needs it; refusing larger numbers beats rendering them wrongly.
 */

const MAX_NUMERAL = 9999;

// Indexed with charAt so the lookups stay `string` under noUncheckedIndexedAccess.
const POSITIONAL_DIGITS = '零一二三四五六七八九';
const YEAR_DIGITS = '〇一二三四五六七八九';
const UNITS_BY_POSITION = '千百十';

const DIGIT_VALUES: ReadonlyMap<string, number> = new Map([
  ['〇', 0],
  ['零', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

const UNIT_VALUES: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

// 两 is left out: nobody reads a year as 两〇二四. A leading zero is refused so that
// 〇四 is not silently read as 4.
const DIGIT_BY_DIGIT = /^[一二三四五六七八九][〇零一二三四五六七八九]{1,3}$/u;

function assertNumeralRange(n: number, min: number, name: string): void {
  if (!Number.isInteger(n) || n < min || n > MAX_NUMERAL) {
    throw new RangeError(`${name} expects an integer from ${min} to ${MAX_NUMERAL}, got ${n}`);
  }
}

/** Everyday positional reading: 19 → 十九, 101 → 一百零一, 2004 → 二千零四. */
export function toChineseNumeral(n: number): string {
  assertNumeralRange(n, 0, 'toChineseNumeral');
  if (n === 0) return '零';

  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zeroPending = false;
  digits.forEach((digit, position) => {
    if (digit === 0) {
      // One 零 stands for any run of zeros, and only between non-zero digits.
      if (out !== '') zeroPending = true;
      return;
    }
    if (zeroPending) {
      out += '零';
      zeroPending = false;
    }
    // 十九, not 一十九 — but 一百一十 keeps its 一 because 十 is not leading there.
    const dropOne = digit === 1 && position === 2 && out === '';
    out += (dropOne ? '' : POSITIONAL_DIGITS.charAt(digit)) + UNITS_BY_POSITION.charAt(position);
  });
  return out;
}

/** Years are read digit by digit: 2004 → 二〇〇四. */
export function toChineseYear(n: number): string {
  assertNumeralRange(n, 0, 'toChineseYear');
  return Array.from(String(n), (d) => YEAR_DIGITS.charAt(Number(d))).join('');
}

/**
 * Rewrites the accepted variants of a positional numeral into the form
 * toChineseNumeral produces, so that one comparison validates the whole grammar.
 */
function canonicalPositional(s: string): string {
  let c = s.replace(/〇/gu, '零').replace(/两(?=[百千])/gu, '二');
  if (c === '两') c = '二';
  if (c.startsWith('一十')) c = c.slice(1);
  return c;
}

/**
 * Reads 十九, 一十九, 一百零一, 两千零四, 二〇二四 (digit by digit) and the like.
 * Anything that is not a well-formed numeral from 0 to 9999 gives null.
 */
export function parseChineseNumeral(s: string): number | null {
  const text = s.trim();
  if (text === '') return null;

  if (DIGIT_BY_DIGIT.test(text)) {
    let value = 0;
    for (const ch of text) value = value * 10 + (DIGIT_VALUES.get(ch) ?? 0);
    return value;
  }

  // Deliberately lenient pass: the canonical-form comparison below rejects
  // malformed input such as 十十, 一百一 or 二十零, so this loop need not.
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const digitValue = DIGIT_VALUES.get(ch);
    const unitValue = UNIT_VALUES.get(ch);
    if (digitValue === 0) {
      if (digit !== null) return null;
    } else if (digitValue !== undefined) {
      if (digit !== null) return null;
      digit = digitValue;
    } else if (unitValue !== undefined) {
      total += (digit ?? 1) * unitValue;
      digit = null;
    } else {
      return null;
    }
  }
  if (digit !== null) total += digit;

  if (total > MAX_NUMERAL) return null;
  return toChineseNumeral(total) === canonicalPositional(text) ? total : null;
}

/** 19 → 第十九. */
export function chineseOrdinal(n: number): string {
  assertNumeralRange(n, 1, 'chineseOrdinal');
  return `第${toChineseNumeral(n)}`;
}

/** 1 → 1st, 11 → 11th, 22 → 22nd, 111 → 111th. */
export function englishOrdinal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`englishOrdinal expects a positive integer, got ${n}`);
  }
  const lastTwo = n % 100;
  // 11, 12 and 13 are read "eleventh", "twelfth", "thirteenth", so they escape the 1/2/3 rule.
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string | undefined>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}
