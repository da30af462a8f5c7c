import { describe, expect, it } from 'vitest';
import { parseResponse } from '../../lib/questions/response';
import { parseSavedTest, type SavedTest } from '../../lib/questions/test-run';

const decks = new Set(['a', 'b']);
const saved: SavedTest = {
  search: 'deck=a',
  settings: { deckIds: ['a'], kinds: ['single', 'match'], count: 3 },
  seed: 42,
  startedAt: 1_700_000_000_000,
  limitMinutes: 10,
  current: 2,
  responses: [{ kind: 'single', optionId: 'x' }, null, { kind: 'match', pairs: { 'item-1': 'p' } }],
  flags: [false, true],
};
const raw = (value: unknown) => JSON.stringify(value);

describe('a saved test', () => {
  it('comes back as it was, at the address it was started from', () => {
    expect(parseSavedTest(raw(saved), 'deck=a', decks)).toEqual(saved);
  });

  it('is ignored at another address, for a deck the device lacks, or when it does not parse', () => {
    expect(parseSavedTest(raw(saved), '', decks)).toBeNull();
    expect(parseSavedTest(raw(saved), 'deck=a', new Set(['b']))).toBeNull();
    expect(parseSavedTest('{', 'deck=a', decks)).toBeNull();
    expect(parseSavedTest(null, 'deck=a', decks)).toBeNull();
  });

  it('is ignored when one field is broken', () => {
    const broken: Record<string, unknown>[] = [
      { current: 3 },
      { limitMinutes: 7 },
      { seed: -1 },
      { responses: [{ kind: 'single', optionId: 5 }] },
      { responses: [{ kind: 'essay', text: 'x' }] },
      { responses: [null, null, null, null] },
      { flags: 'yes' },
      { settings: { ...saved.settings, kinds: ['poem'] } },
    ];
    for (const change of broken) {
      expect(parseSavedTest(raw({ ...saved, ...change }), 'deck=a', decks), raw(change)).toBeNull();
    }
  });
});

describe('a saved response', () => {
  it('keeps each kind and rejects what is not one', () => {
    expect(parseResponse({ kind: 'fill', text: '阿斯塔纳' })).toEqual({
      kind: 'fill',
      text: '阿斯塔纳',
    });
    expect(parseResponse({ kind: 'truefalse', value: false })).toEqual({
      kind: 'truefalse',
      value: false,
    });
    expect(parseResponse({ kind: 'order', optionIds: ['a', 'b'] })).toEqual({
      kind: 'order',
      optionIds: ['a', 'b'],
    });
    expect(parseResponse({ kind: 'fill', text: 'x'.repeat(501) })).toBeNull();
    expect(parseResponse({ kind: 'match', pairs: ['a'] })).toBeNull();
    expect(parseResponse('single')).toBeNull();
  });
});
