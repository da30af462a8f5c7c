import { describe, expect, it } from 'vitest';
import { ALPHABET } from '@/lib/classroom/base32';
import {
  answersShown,
  CLOSING_MARGIN_SECONDS,
  closesAt,
  isRevealWord,
  REVEAL_WORD_LENGTH,
  revealWord,
  UNTIMED_SECONDS,
} from '@/lib/classroom/pacing';
import {
  latestCode,
  loadSavedResult,
  parseSavedResult,
  type ResultStorage,
  serializeSavedResult,
  storeSavedResult,
  withRetake,
} from '@/lib/classroom/saved-result';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/** A device's storage as a map. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const storage: ResultStorage = {
    read: (key) => map.get(key) ?? null,
    write: (key, value) => {
      if (value === null) map.delete(key);
      else map.set(key, value);
      return true;
    },
  };
  return { map, storage };
}

const CODE = '2FWA026198013WN6SFP3W0Q9SM';
const quiz = (teacherPaced: boolean, secondsPerQuestion = 30) => ({
  teacherPaced,
  secondsPerQuestion,
  questions: Array.from({ length: 10 }, (_, i) => i),
});

describe('reveal words', () => {
  it('are four characters of the code alphabet, the same for the same quiz', () => {
    const word = revealWord(CODE);
    expect(word).toHaveLength(REVEAL_WORD_LENGTH);
    expect([...word].every((c) => ALPHABET.includes(c))).toBe(true);
    expect(revealWord(CODE)).toBe(word);
  });

  it('differ between quizzes', () => {
    const words = new Set(
      Array.from({ length: 200 }, (_, i) => revealWord(`${CODE.slice(0, -3)}${i}`)),
    );
    expect(words.size).toBeGreaterThan(190);
  });

  it('are accepted in any case, with spaces, O for 0 and I or L for 1', () => {
    const word = revealWord(CODE);
    expect(isRevealWord(word, CODE)).toBe(true);
    const loose = ` ${word.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(isRevealWord(loose, CODE)).toBe(true);
    expect(isRevealWord(`${word}X`, CODE)).toBe(false);
    expect(isRevealWord(word.slice(1), CODE)).toBe(false);
    expect(isRevealWord('', CODE)).toBe(false);
    expect(isRevealWord('?!', CODE)).toBe(false);
  });
});

describe('when a teacher-paced quiz shows its answers', () => {
  const start = 1_700_000_000_000;
  const closing = closesAt(quiz(true), start);

  it('closes after its whole time and a margin; an untimed quiz counts a minute a question', () => {
    expect(closing).toBe(start + (10 * 30 + CLOSING_MARGIN_SECONDS) * 1000);
    expect(closesAt(quiz(true, 0), start)).toBe(
      start + (10 * UNTIMED_SECONDS + CLOSING_MARGIN_SECONDS) * 1000,
    );
  });

  it('hides them until the reveal word or the closing time', () => {
    const saved = { startedAt: start, revealed: false };
    expect(answersShown(quiz(true), saved, closing - 1)).toBe(false);
    expect(answersShown(quiz(true), saved, closing)).toBe(true);
    expect(answersShown(quiz(true), { ...saved, revealed: true }, start)).toBe(true);
  });

  it('shows them at once in a quiz the students pace themselves', () => {
    expect(answersShown(quiz(false), { startedAt: start, revealed: false }, start)).toBe(true);
  });
});

describe('saved results', () => {
  it('read back what was written', () => {
    const saved = { code: 'H123', startedAt: 5, revealed: true };
    expect(parseSavedResult(serializeSavedResult(saved))).toEqual(saved);
  });

  it('read a plain result code from before as one started long ago, not revealed', () => {
    expect(parseSavedResult('H1234ABC')).toEqual({
      code: 'H1234ABC',
      startedAt: 0,
      revealed: false,
    });
  });

  it('keep a retake beside the first result, which stays as it was handed in', () => {
    const first = { code: 'K-FIRST', startedAt: 5, revealed: false };
    const twice = withRetake(withRetake(first, 'K-SECOND'), 'K-THIRD');
    expect(twice).toEqual({ ...first, retakes: ['K-SECOND', 'K-THIRD'] });
    expect(latestCode(first)).toBe('K-FIRST');
    expect(latestCode(twice)).toBe('K-THIRD');
    expect(parseSavedResult(serializeSavedResult(twice))).toEqual(twice);
  });

  it('set aside retakes that cannot be read, never the first result', () => {
    expect(parseSavedResult('{"code":"K1","startedAt":1,"retakes":[3,"K2"]}')).toEqual({
      code: 'K1',
      startedAt: 1,
      revealed: false,
      retakes: ['K2'],
    });
    expect(parseSavedResult('{"code":"K1","startedAt":1,"retakes":"K2"}')).toEqual({
      code: 'K1',
      startedAt: 1,
      revealed: false,
    });
  });

  it('set aside what is no saved result', () => {
    expect(parseSavedResult(null)).toBeNull();
    expect(parseSavedResult('{"code":1}')).toBeNull();
    expect(parseSavedResult('{not json')).toBeNull();
    expect(parseSavedResult('{"code":"H1","startedAt":-4}')).toBeNull();
  });
});

describe('saved results on a device shared by two profiles', () => {
  const ana = { code: 'H-ANA', startedAt: 1, revealed: false };
  const ben = { code: 'H-BEN', startedAt: 2, revealed: true };

  it('keep each profile’s result of the same quiz: the second does not replace the first', () => {
    const { storage } = memoryStorage();
    storeSavedResult('ana', CODE, ana, storage);
    storeSavedResult('ben', CODE, ben, storage);
    expect(loadSavedResult('ana', CODE, storage)).toEqual(ana);
    expect(loadSavedResult('ben', CODE, storage)).toEqual(ben);
    expect(loadSavedResult('cai', CODE, storage)).toBeNull();
  });

  it('give a result saved before profiles counted to the first profile that opens the quiz', () => {
    const { map, storage } = memoryStorage({
      [STORAGE_KEYS.classroomResultUnowned(CODE)]: 'H-OLD',
    });
    const old = { code: 'H-OLD', startedAt: 0, revealed: false };
    expect(loadSavedResult('ana', CODE, storage)).toEqual(old);
    expect(map.has(STORAGE_KEYS.classroomResultUnowned(CODE))).toBe(false);
    expect(loadSavedResult('ben', CODE, storage)).toBeNull();
    expect(loadSavedResult('ana', CODE, storage)).toEqual(old);
  });
});
