import { describe, expect, it } from 'vitest';
import {
  parseProjectorPlace,
  readProjectorPlace,
  writeProjectorPlace,
} from '@/lib/classroom/projector-place';
import type { ResultStorage } from '@/lib/classroom/saved-result';
import { STORAGE_KEYS } from '@/lib/storage/keys';

function memoryStorage(): ResultStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    read: (key) => map.get(key) ?? null,
    write: (key, value) => {
      if (value === null) map.delete(key);
      else map.set(key, value);
      return true;
    },
  };
}

describe('parseProjectorPlace', () => {
  it('reads a place on a question with answers shown, times up and the pause', () => {
    const place = { slide: 2, revealed: [0, 1], timeUp: [1], paused: true };
    expect(parseProjectorPlace(JSON.stringify(place), 5)).toEqual(place);
  });

  it('reads the join and end slides', () => {
    expect(parseProjectorPlace('{"slide":-1}', 5)).toEqual({
      slide: -1,
      revealed: [],
      timeUp: [],
      paused: false,
    });
    expect(parseProjectorPlace('{"slide":5}', 5)?.slide).toBe(5);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{slide'],
    ['an array', '[]'],
    ['a slide past the end slide', '{"slide":6}'],
    ['a slide before the join slide', '{"slide":-2}'],
    ['a fractional slide', '{"slide":1.5}'],
    ['a revealed question outside the quiz', '{"slide":1,"revealed":[5]}'],
    ['a time-up list that is not a list', '{"slide":1,"timeUp":3}'],
    ['a pause that is not true or false', '{"slide":1,"paused":"yes"}'],
  ])('gives null for %s', (_, raw) => {
    expect(parseProjectorPlace(raw, 5)).toBeNull();
  });
});

describe('the projector place in the tab', () => {
  it('is read back per quiz code', () => {
    const storage = memoryStorage();
    const place = { slide: 2, revealed: [2], timeUp: [], paused: false };
    writeProjectorPlace('3AAAA', place, storage);
    expect(readProjectorPlace('3AAAA', 5, storage)).toEqual(place);
    expect(readProjectorPlace('3BBBB', 5, storage)).toBeNull();
  });

  it('is forgotten once the projector is back at the start with nothing shown', () => {
    const storage = memoryStorage();
    writeProjectorPlace('3AAAA', { slide: 1, revealed: [], timeUp: [], paused: false }, storage);
    writeProjectorPlace('3AAAA', { slide: -1, revealed: [], timeUp: [], paused: false }, storage);
    expect(storage.map.has(STORAGE_KEYS.classroomProjector('3AAAA'))).toBe(false);
  });

  it('does not take up a place past the end of a shorter quiz under the same key', () => {
    const storage = memoryStorage();
    writeProjectorPlace('3AAAA', { slide: 9, revealed: [], timeUp: [], paused: false }, storage);
    expect(readProjectorPlace('3AAAA', 5, storage)).toBeNull();
  });
});
