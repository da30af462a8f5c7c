import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressParam, ECHO_MAX, echoText, withoutBidiControls } from '@/lib/address-text';
import { seedParam } from '@/lib/questions/seed-param';

const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

describe('text from the address', () => {
  it('drops every bidirectional control character and keeps everything else', () => {
    expect(withoutBidiControls('ab\u202Ecd\u2066ef\u200Fg\u061C')).toBe('abcdefg');
    for (const control of BIDI) expect(withoutBidiControls(`x${control}y`)).toBe('xy');
    // Not controls: Hebrew and Arabic letters, a zero-width joiner in an emoji, Chinese.
    expect(withoutBidiControls('שלום مرحبا 👩\u200D💻 题库')).toBe('שלום مرحبا 👩\u200D💻 题库');
  });

  it('never leaves a bidi control, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...BIDI), fc.string())), (parts) => {
        const cleaned = withoutBidiControls(parts.join(''));
        expect(BIDI.some((c) => cleaned.includes(c))).toBe(false);
        expect(withoutBidiControls(cleaned)).toBe(cleaned);
      }),
    );
  });

  it('reads a parameter cleaned, and null when the address has none', () => {
    const params = new URLSearchParams('deck=\u202Eabc&seed=');
    expect(addressParam(params, 'deck')).toBe('abc');
    expect(addressParam(params, 'seed')).toBe('');
    expect(addressParam(params, 'q')).toBeNull();
  });

  it('echoes at most ECHO_MAX characters, marking a cut with an ellipsis, and splits no emoji', () => {
    expect(echoText('abc')).toBe('abc');
    const long = '😀'.repeat(ECHO_MAX + 5);
    expect(echoText(long)).toBe(`${'😀'.repeat(ECHO_MAX)}…`);
    expect(echoText(`\u202E${'a'.repeat(ECHO_MAX)}`)).toBe('a'.repeat(ECHO_MAX));
  });
});

describe('?seed=', () => {
  it('takes 1 to 9 digits as a seed', () => {
    expect(seedParam('7')).toEqual({ seed: 7, bad: null });
    expect(seedParam('000000042')).toEqual({ seed: 42, bad: null });
    expect(seedParam('999999999')).toEqual({ seed: 999_999_999, bad: null });
  });

  it('reports anything else as bad, to be said on the page', () => {
    for (const bad of ['', 'abc', '-1', '1.5', '1e3', '1234567890', ' 12', '１２', '0x1f'])
      expect(seedParam(bad)).toEqual({ seed: null, bad });
  });

  it('is nothing when the address has no seed', () => {
    expect(seedParam(null)).toEqual({ seed: null, bad: null });
  });

  it('reads a seed wrapped in direction marks (as a chat app may pass a link on) as the seed', () => {
    const params = new URLSearchParams('seed=%E2%80%8E42%E2%80%8F');
    expect(seedParam(addressParam(params, 'seed'))).toEqual({ seed: 42, bad: null });
  });
});
