import { describe, expect, it } from 'vitest';
import { formatDateSpan } from '@/lib/content/dates';

describe('formatDateSpan', () => {
  it('says a shared year and month once', () => {
    expect(formatDateSpan('2013-03-26', '2013-03-27')).toEqual({
      zh: '2013年3月26日至27日',
      en: '26–27 March 2013',
    });
  });

  it('says a shared year once across two months', () => {
    expect(formatDateSpan('2013-03-30', '2013-04-02')).toEqual({
      zh: '2013年3月30日至4月2日',
      en: '30 March – 2 April 2013',
    });
  });

  it('writes both dates out across a new year, or when either is not to the day', () => {
    expect(formatDateSpan('2013-12-30', '2014-01-02')).toEqual({
      zh: '2013年12月30日至2014年1月2日',
      en: '30 December 2013 – 2 January 2014',
    });
    expect(formatDateSpan('2013-03', '2013-04-02')).toEqual({
      zh: '2013年3月至2013年4月2日',
      en: 'March 2013 – 2 April 2013',
    });
  });
});
