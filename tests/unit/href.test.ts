import { describe, expect, it } from 'vitest';
import { LOCALE_PREFIX, localizedHref } from '@/i18n/href';

describe('localizedHref', () => {
  it('gives the exported page of a path in a language, with the trailing slash', () => {
    expect(localizedHref('/', 'zh')).toBe('/zh/');
    expect(localizedHref('/practice', 'en')).toBe('/en/practice/');
    expect(localizedHref('/decks/x/', 'zh')).toBe('/zh/decks/x/');
  });

  it('joins the query, leaving out what is undefined', () => {
    expect(localizedHref({ pathname: '/cards', query: { deck: 'a b' } }, 'zh')).toBe(
      '/zh/cards/?deck=a+b',
    );
    expect(localizedHref({ pathname: '/learn', query: { deck: undefined } }, 'en')).toBe(
      '/en/learn/',
    );
    expect(localizedHref('/practice?seed=3', 'en')).toBe('/en/practice/?seed=3');
  });

  it('recognises a locale prefix only as a whole path segment', () => {
    expect('/zh/practice'.replace(LOCALE_PREFIX, '')).toBe('/practice');
    expect('/en'.replace(LOCALE_PREFIX, '')).toBe('');
    expect('/english/x'.replace(LOCALE_PREFIX, '')).toBe('/english/x');
  });
});
