import { describe, expect, it } from 'vitest';
import { parseSavedRound, type SavedRound } from '../../lib/questions/round';

const decks = new Set(['article', 'timeline']);
const round: SavedRound = {
  search: 'deck=article',
  starter: false,
  settings: { deckIds: ['article'], kinds: ['single', 'fill'], count: 10 },
  seed: 42,
  position: 3,
  correct: 2,
};
const parse = (value: unknown, search = 'deck=article') =>
  parseSavedRound(typeof value === 'string' ? value : JSON.stringify(value), search, decks);

describe('parseSavedRound', () => {
  it('reads back a round it saved, at the same address', () => {
    expect(parse(round)).toEqual(round);
    expect(parse({ ...round, search: '', starter: true }, '')).toEqual({
      ...round,
      search: '',
      starter: true,
    });
  });

  it('resumes only at the address it was saved at', () => {
    expect(parse(round, '')).toBeNull();
    expect(parse(round, 'deck=timeline')).toBeNull();
  });

  it('gives nothing for nothing, for text that is not JSON, and for other JSON', () => {
    expect(parseSavedRound(null, '', decks)).toBeNull();
    for (const raw of ['', '{', 'undefined', 'null', '[]', '42', '"round"']) {
      expect(parse(raw), raw).toBeNull();
    }
  });

  it('refuses decks this device does not have, and unknown question kinds', () => {
    expect(parse({ ...round, settings: { ...round.settings, deckIds: ['gone'] } })).toBeNull();
    expect(parse({ ...round, settings: { ...round.settings, deckIds: [] } })).toBeNull();
    expect(parse({ ...round, settings: { ...round.settings, kinds: ['essay'] } })).toBeNull();
    expect(parse({ ...round, settings: { ...round.settings, kinds: 'single' } })).toBeNull();
    expect(parse({ ...round, settings: null })).toBeNull();
  });

  it('refuses positions and scores that no round can have', () => {
    for (const bad of [
      { position: 10 },
      { position: -1 },
      { position: 2.5 },
      { position: '3' },
      { correct: 4 },
      { correct: -1 },
      { seed: -5 },
      { seed: 1e12 },
      { starter: 'yes' },
      { settings: { ...round.settings, count: 0 } },
      { settings: { ...round.settings, count: 1e9 } },
    ]) {
      expect(parse({ ...round, ...bad }), JSON.stringify(bad)).toBeNull();
    }
  });

  it('keeps nothing extra from the stored value and repeats no deck or kind', () => {
    const stored = JSON.stringify({
      ...round,
      settings: { deckIds: ['article', 'article'], kinds: ['fill', 'fill'], count: 10, x: 1 },
      extra: '<script>',
    });
    const parsed = parse(stored.replace(/^\{/, '{"__proto__":{"polluted":true},'));
    expect(parsed).toEqual({
      ...round,
      settings: { deckIds: ['article'], kinds: ['fill'], count: 10 },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
