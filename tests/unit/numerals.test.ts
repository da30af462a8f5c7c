import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  chineseOrdinal,
  englishOrdinal,
  parseChineseNumeral,
  toChineseNumeral,
  toChineseYear,
} from '../../lib/questions/numerals';

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2004, '二千零四'],
    [2024, '二千零二十四'],
    [9999, '九千九百九十九'],
  ])('writes %i as %s', (n, expected) => {
    expect(toChineseNumeral(n)).toBe(expected);
  });

  it.each([-1, 10000, 1.5, Number.NaN])('refuses %s instead of writing a wrong numeral', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});

describe('toChineseYear', () => {
  it.each([
    [2004, '二〇〇四'],
    [2024, '二〇二四'],
    [1949, '一九四九'],
    [2000, '二〇〇〇'],
  ])('reads %i digit by digit as %s', (n, expected) => {
    expect(toChineseYear(n)).toBe(expected);
  });

  it('refuses years it cannot write', () => {
    expect(() => toChineseYear(-1)).toThrow(RangeError);
    expect(() => toChineseYear(10000)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十九', 19],
    ['一十九', 19],
    ['二十', 20],
    ['一百零一', 101],
    ['一百〇一', 101],
    ['一百一十', 110],
    ['两百', 200],
    ['二千零四', 2004],
    ['两千零四', 2004],
    ['两千两百', 2200],
    ['二〇二四', 2024],
    ['二零二四', 2024],
    ['二〇〇四', 2004],
    ['一九四九', 1949],
    [' 十九 ', 19],
  ])('reads %s as %i', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  it.each([
    '',
    '十十',
    '二十零',
    '一百一',
    '一千一十',
    '两十',
    '十两',
    '〇四',
    '两〇二四',
    '一万',
    '19',
    '十九次',
    '第十九',
    'nineteen',
    '九千九千',
  ])('rejects %j as not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('reads back every numeral it writes, 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
    // Exhaustive too: the range is small and mistakes hide in specific zero patterns.
    for (let n = 0; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('reads back every year it writes, 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        expect(parseChineseNumeral(toChineseYear(year))).toBe(year);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const value = parseChineseNumeral(text);
        expect(value === null || (Number.isInteger(value) && value >= 0 && value <= 9999)).toBe(
          true,
        );
      }),
    );
  });
});

describe('ordinals', () => {
  it.each([
    [1, '第一'],
    [10, '第十'],
    [19, '第十九'],
    [101, '第一百零一'],
  ])('writes Chinese ordinal %i as %s', (n, expected) => {
    expect(chineseOrdinal(n)).toBe(expected);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [100, '100th'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [1013, '1013th'],
  ])('writes English ordinal %i as %s', (n, expected) => {
    expect(englishOrdinal(n)).toBe(expected);
  });

  it('refuses ordinals below one', () => {
    expect(() => chineseOrdinal(0)).toThrow(RangeError);
    expect(() => englishOrdinal(0)).toThrow(RangeError);
  });
});
