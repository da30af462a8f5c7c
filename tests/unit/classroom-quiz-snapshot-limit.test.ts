import { describe, expect, it } from 'vitest';
import { recordVersion, type ClassroomContent } from '@/lib/classroom/content-history';
import { type ClassroomQuiz, createQuiz } from '@/lib/classroom/quiz';
import {
  loadQuizSnapshot,
  MAX_KEPT_QUIZZES,
  type SnapshotStorage,
  storeQuizSnapshot,
  touchQuizSnapshot,
} from '@/lib/classroom/quiz-snapshot';
import { loadContent } from '@/lib/content/load';
import { QUESTION_KINDS } from '@/lib/questions/models';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { FIXTURE_ROOT } from '../fixtures/content';

const fixture = loadContent(FIXTURE_ROOT);
const content: ClassroomContent = {
  ...fixture,
  history: recordVersion({ versions: [] }, fixture),
};

/** Quizzes of the fixture, each with a code of its own. */
const quizzes: ClassroomQuiz[] = Array.from({ length: MAX_KEPT_QUIZZES + 5 }, (_, i) =>
  createQuiz(content, {
    deckIds: fixture.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 5,
    secondsPerQuestion: 30,
    language: 'both',
    seed: 7000 + i,
  }),
);

/** A device's storage as a map; `full` makes every write fail. */
function memoryStorage() {
  const map = new Map<string, string>();
  const state = { full: false };
  const storage: SnapshotStorage = {
    keys: (prefix) => [...map.keys()].filter((key) => key.startsWith(prefix)),
    read: (key) => map.get(key) ?? null,
    write: (key, value) => {
      if (value === null) map.delete(key);
      else if (state.full) return false;
      else map.set(key, value);
      return true;
    },
  };
  return { map, storage, state };
}

const codeIndex = (code: string) => quizzes.findIndex((q) => q.code === code);
const keptCodes = (map: Map<string, string>) =>
  quizzes.map((q) => q.code).filter((code) => map.has(STORAGE_KEYS.classroomQuiz(code)));

describe('kept quiz copies', () => {
  it('are distinct quizzes in the fixture', () => {
    expect(new Set(quizzes.map((q) => q.code)).size).toBe(quizzes.length);
  });

  it('keep the most recently opened MAX_KEPT_QUIZZES and remove the older ones', () => {
    const { map, storage } = memoryStorage();
    for (const quiz of quizzes) expect(storeQuizSnapshot(quiz, storage)).toBe(true);
    const newest = quizzes.slice(-MAX_KEPT_QUIZZES).map((q) => q.code);
    expect(keptCodes(map)).toEqual(newest);
    expect(loadQuizSnapshot(quizzes[0]!.code, storage)).toBeNull();
    expect(loadQuizSnapshot(quizzes.at(-1)!.code, storage)?.questions).toEqual(
      quizzes.at(-1)!.questions,
    );
  });

  it('keep a copy a student opens again, however long ago it was first kept', () => {
    const { map, storage } = memoryStorage();
    const [first, ...rest] = quizzes;
    storeQuizSnapshot(first!, storage);
    for (const quiz of rest.slice(0, MAX_KEPT_QUIZZES - 1)) storeQuizSnapshot(quiz, storage);
    // Opened from the copy (the content can no longer draw it): it becomes the most recent.
    touchQuizSnapshot(first!.code, storage);
    storeQuizSnapshot(rest[MAX_KEPT_QUIZZES - 1]!, storage);
    expect(keptCodes(map)).toContain(first!.code);
    expect(keptCodes(map)).not.toContain(rest[0]!.code);
    expect(keptCodes(map)).toHaveLength(MAX_KEPT_QUIZZES);
  });

  it('never remove a copy whose results page holds result codes, in any class', () => {
    const { map, storage } = memoryStorage();
    const [unclassed, classed, ...rest] = quizzes;
    map.set(STORAGE_KEYS.classroomCodes(unclassed!.code), 'K1234\n');
    map.set(STORAGE_KEYS.classroomClasses(classed!.code), JSON.stringify(['7B']));
    map.set(STORAGE_KEYS.classroomCodes(classed!.code, '7B'), 'K5678\n');
    for (const quiz of [unclassed!, classed!, ...rest]) storeQuizSnapshot(quiz, storage);
    const kept = keptCodes(map);
    expect(kept).toContain(unclassed!.code);
    expect(kept).toContain(classed!.code);
    // Kept beside the limit: the others still make room for the newest.
    expect(kept).toHaveLength(MAX_KEPT_QUIZZES + 2);
    expect(kept.slice(2)).toEqual(rest.slice(-MAX_KEPT_QUIZZES).map((q) => q.code));
  });

  it('remove the copies kept before there was an order first, once past the limit', () => {
    const { map, storage } = memoryStorage();
    const legacy = quizzes.slice(0, 3);
    for (const quiz of legacy) map.set(STORAGE_KEYS.classroomQuiz(quiz.code), `{"kept":"early"}`);
    map.set(STORAGE_KEYS.classroomQuizOrder, '{not json');
    // Within the limit, every copy stays and the old ones join the order after the new.
    for (const quiz of quizzes.slice(3, MAX_KEPT_QUIZZES)) storeQuizSnapshot(quiz, storage);
    expect(keptCodes(map)).toHaveLength(MAX_KEPT_QUIZZES);
    const order: unknown = JSON.parse(map.get(STORAGE_KEYS.classroomQuizOrder)!);
    expect(order).toEqual([
      ...quizzes
        .slice(3, MAX_KEPT_QUIZZES)
        .map((q) => q.code)
        .reverse(),
      ...legacy.map((q) => q.code).sort(),
    ]);
    // Past it, they go before any copy kept since.
    storeQuizSnapshot(quizzes[MAX_KEPT_QUIZZES]!, storage);
    storeQuizSnapshot(quizzes[MAX_KEPT_QUIZZES + 1]!, storage);
    expect(keptCodes(map)).toHaveLength(MAX_KEPT_QUIZZES);
    const [oldestKept] = legacy.map((q) => q.code).sort();
    expect(keptCodes(map)).toEqual(
      [oldestKept!, ...quizzes.slice(3, MAX_KEPT_QUIZZES + 2).map((q) => q.code)].sort(
        (a, b) => codeIndex(a) - codeIndex(b),
      ),
    );
  });

  it('bring a storage past the limit back to it when a copy is only read', () => {
    const { map, storage } = memoryStorage();
    // Copies left by a version that kept every quiz: more than the limit, and no order.
    for (const quiz of quizzes) map.set(STORAGE_KEYS.classroomQuiz(quiz.code), 'old copy');
    const opened = quizzes[0]!;
    storeQuizSnapshot(opened, storage);
    map.set(STORAGE_KEYS.classroomQuizOrder, JSON.stringify([opened.code]));
    expect(loadQuizSnapshot(opened.code, storage)?.code).toBe(opened.code);
    expect(keptCodes(map)).toHaveLength(MAX_KEPT_QUIZZES);
    expect(keptCodes(map)).toContain(opened.code);
    // A code with no copy is read as none, and removes nothing more.
    expect(loadQuizSnapshot('NOT-A-CODE', storage)).toBeNull();
    expect(keptCodes(map)).toHaveLength(MAX_KEPT_QUIZZES);
  });

  it('report a full storage and list no copy that was not kept', () => {
    const { map, storage, state } = memoryStorage();
    storeQuizSnapshot(quizzes[0]!, storage);
    state.full = true;
    expect(storeQuizSnapshot(quizzes[1]!, storage)).toBe(false);
    expect(keptCodes(map)).toEqual([quizzes[0]!.code]);
    state.full = false;
    storeQuizSnapshot(quizzes[2]!, storage);
    expect(JSON.parse(map.get(STORAGE_KEYS.classroomQuizOrder)!)).toEqual([
      quizzes[2]!.code,
      quizzes[0]!.code,
    ]);
  });
});
