import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { matchesAnswer, normalizeAnswer, numericValue } from '../../lib/questions/answers';
import { aliasesAt } from '../../lib/questions/values';
import { chineseOrdinal } from '../../lib/questions/numerals';

describe('normalizeAnswer', () => {
  it.each([
    ['  Astana ', 'astana'],
    ['ＡＳＴＡＮＡ', 'astana'],
    ['１９', '19'],
    ['２００４', '2004'],
    ['New York', 'newyork'],
    ["Côte d'Ivoire", 'côtedivoire'],
    ['阿卜杜勒·阿齐兹', '阿卜杜勒阿齐兹'],
    ['阿卜杜勒・阿齐兹', '阿卜杜勒阿齐兹'],
    ['阿卜杜勒‧阿齐兹', '阿卜杜勒阿齐兹'],
    ['阿卜杜勒･阿齐兹', '阿卜杜勒阿齐兹'],
    ['《人民日报》', '人民日报'],
    ['「上海合作组织」。', '上海合作组织'],
    ['（北京）', '北京'],
    ['Hello, world! (yes?) — “quoted” ‘too’', 'helloworldyesquotedtoo'],
    ['一，二、三；四：五！？', '一二三四五'],
    ['well-known – dash', 'wellknowndash'],
    ['1,000', '1000'],
    ['zero\u200bwidth', 'zerowidth'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });

  it('keeps a decimal point so 3.5 does not collapse into 35', () => {
    expect(normalizeAnswer('3.5')).toBe('3.5');
    expect(normalizeAnswer('３．５')).toBe('3.5');
    expect(normalizeAnswer('Astana.')).toBe('astana');
  });
});

describe('numericValue', () => {
  it.each([
    ['19', 19],
    ['１９', 19],
    ['十九', 19],
    ['一十九', 19],
    ['第十九', 19],
    ['第十九次', 19],
    ['第19次', 19],
    ['第１９次', 19],
    ['19th', 19],
    ['the 19th', 19],
    ['nineteenth', 19],
    ['nineteen', 19],
    ['ninth', 9],
    ['first', 1],
    ['twelfth', 12],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['ninety nine', 99],
    ['9个', 9],
    ['第9个', 9],
    ['九个', 9],
    ['两个', 2],
    ['2004', 2004],
    ['２００４', 2004],
    ['2004年', 2004],
    ['２００４年', 2004],
    ['二〇〇四年', 2004],
    ['两千零四年', 2004],
    ['4年', 4],
    ['四年', 4],
    ['4 years', 4],
    ['four years', 4],
    ['4个月', 4],
    ['3 times', 3],
    ['  19  ', 19],
  ])('reads %j as %i', (input, expected) => {
    expect(numericValue(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'Astana',
    '阿斯塔纳',
    '年',
    'years',
    '第',
    '第19th',
    '19st',
    '3.5',
    'theatre',
    '一百一',
    '4月',
    '99999999999999999999',
  ])('gives null for %j, which is not a whole number', (input) => {
    expect(numericValue(input)).toBeNull();
  });

  it('accepts 19, 十九 and 第十九次 as the same ordinal', () => {
    expect(numericValue('19')).toBe(19);
    expect(numericValue('十九')).toBe(19);
    expect(numericValue('第十九次')).toBe(19);
  });

  it('reads every Chinese ordinal with 次 back as its number, 1 to 99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(numericValue(`${chineseOrdinal(n)}次`)).toBe(n);
      }),
    );
  });

  it('never throws on arbitrary text, including lone surrogates and astral characters', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom(...'第〇零一二两三四五六七八九十百千次个年 th19') }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const value = numericValue(text);
        expect(value === null || Number.isSafeInteger(value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('matchesAnswer', () => {
  it('matches after normalisation of case, width, spacing and punctuation', () => {
    expect(matchesAnswer('  ＡＳＴＡＮＡ。', ['Astana'])).toBe(true);
    expect(matchesAnswer('上海合作组织', ['《上海合作组织》'])).toBe(true);
    expect(matchesAnswer('阿卜杜勒阿齐兹', ['阿卜杜勒·阿齐兹'])).toBe(true);
  });

  it('matches any of the accepted forms', () => {
    expect(matchesAnswer('SCO', ['上海合作组织', 'Shanghai Cooperation Organisation', 'SCO'])).toBe(
      true,
    );
  });

  it('rejects a different answer', () => {
    expect(matchesAnswer('Almaty', ['Astana', '阿斯塔纳'])).toBe(false);
  });

  it('accepts a trailing 市, 省 or 国 that the accepted form leaves out', () => {
    expect(matchesAnswer('阿斯塔纳市', ['阿斯塔纳'])).toBe(true);
    expect(matchesAnswer('河北省', ['河北'])).toBe(true);
    expect(matchesAnswer('泰王国', ['泰王'])).toBe(true);
  });

  it('does not shrink a two-character name to one character', () => {
    expect(matchesAnswer('美国', ['美'])).toBe(false);
  });

  it('accepts a leading "the " that the accepted form leaves out, but not "the" inside a word', () => {
    expect(matchesAnswer('The Netherlands', ['Netherlands'])).toBe(true);
    expect(matchesAnswer('the  hague', ['The Hague'])).toBe(true);
    expect(matchesAnswer('theatre', ['atre'])).toBe(false);
  });

  it('compares numbers only when asked to', () => {
    expect(matchesAnswer('第十九次', ['19'])).toBe(false);
    expect(matchesAnswer('第十九次', ['19'], { numeric: true })).toBe(true);
    expect(matchesAnswer('nineteenth', ['第十九届'], { numeric: true })).toBe(true);
    expect(matchesAnswer('２００４', ['二〇〇四年'], { numeric: true })).toBe(true);
    expect(matchesAnswer('four years', ['4年'], { numeric: true })).toBe(true);
    expect(matchesAnswer('20', ['19'], { numeric: true })).toBe(false);
  });

  it('compares numbers against the first accepted form only', () => {
    expect(matchesAnswer('20', ['19', '20th anniversary'], { numeric: true })).toBe(false);
  });

  it('does not treat 3.5 and 35 as the same answer', () => {
    expect(matchesAnswer('35', ['3.5'])).toBe(false);
    expect(matchesAnswer('35', ['3.5'], { numeric: true })).toBe(false);
  });

  it('never matches when the accepted form is not a number but numeric is set', () => {
    expect(matchesAnswer('Astana', ['Astana'], { numeric: true })).toBe(true);
    expect(matchesAnswer('19', ['Astana'], { numeric: true })).toBe(false);
    expect(matchesAnswer('19', [], { numeric: true })).toBe(false);
  });

  it('never matches empty or punctuation-only input', () => {
    expect(matchesAnswer('', [''])).toBe(false);
    expect(matchesAnswer('   ', ['   '])).toBe(false);
    expect(matchesAnswer('。', ['.'])).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), fc.boolean(), (accepted, numeric) => {
        expect(matchesAnswer('', accepted, { numeric })).toBe(false);
      }),
    );
  });
});

describe('names with titles', () => {
  it('accepts what an exam marker accepts: a name with its title before or after', () => {
    expect(matchesAnswer('习近平主席', ['习近平', 'Xi Jinping'])).toBe(true);
    expect(matchesAnswer('国家主席习近平', ['习近平', 'Xi Jinping'])).toBe(true);
    expect(matchesAnswer('President Xi Jinping', ['习近平', 'Xi Jinping'])).toBe(true);
    expect(matchesAnswer('王小洪部长', ['王小洪', 'Wang Xiaohong'])).toBe(true);
    expect(matchesAnswer('国务委员、公安部部长王小洪', ['王小洪', 'Wang Xiaohong'])).toBe(true);
    expect(matchesAnswer('Minister Wang Xiaohong', ['王小洪', 'Wang Xiaohong'])).toBe(true);
  });

  it('still rejects a title alone or another name with a title', () => {
    expect(matchesAnswer('主席', ['习近平', 'Xi Jinping'])).toBe(false);
    expect(matchesAnswer('President', ['习近平', 'Xi Jinping'])).toBe(false);
    expect(matchesAnswer('赵克志部长', ['王小洪', 'Wang Xiaohong'])).toBe(false);
    expect(matchesAnswer('President Putin', ['习近平', 'Xi Jinping'])).toBe(false);
  });
});

describe('names of a time', () => {
  const dated = [
    { zh: ['努尔苏丹'], en: ['Nur-Sultan'], from: '2019-03', to: '2022-09' },
    { zh: [], en: ['Akmolinsk'], to: '1961' },
  ];

  it.each([
    ['2019-03-24', ['努尔苏丹', 'Nur-Sultan']],
    ['2021', ['努尔苏丹', 'Nur-Sultan']],
    // A month or a year that may fall in the period counts: the learner may be right.
    ['2019', ['努尔苏丹', 'Nur-Sultan']],
    ['2022-09', ['努尔苏丹', 'Nur-Sultan']],
    ['2019-02-28', []],
    ['2022-10-01', []],
    ['2024-07-04', []],
    ['1950', ['Akmolinsk']],
  ])('at %j accept %j', (at, expected) => {
    expect(aliasesAt(dated, at)).toEqual(expected);
  });

  it('without a date, accept none of them', () => {
    expect(aliasesAt(dated, undefined)).toEqual([]);
  });
});
