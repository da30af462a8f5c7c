import { isArrayOf, isPlainObject } from '../checks';
import { readKey, STORAGE_KEYS, writeKey } from '../storage/keys';
import type { ClassroomQuiz } from './quiz';
import { canonicalQuizCode, decodeQuizCode } from './quiz-code';
import type { ResultStorage } from './saved-result';

/*
 * A results page keeps the quiz it opened: its questions, options and answers; a student's phone
 * keeps the quiz it handed a result in for. When the content can no longer draw that quiz (a deck
 * it used was deleted since), the results page still grades the result codes it holds against
 * the questions their students answered, and the student still opens their result. A copy is
 * about 15 KB for 10 questions, one per quiz code.
 */

const browserStorage: ResultStorage = { read: readKey, write: writeKey };

/** Keeps the quiz as opened; false when storage is full or switched off. */
export function storeQuizSnapshot(
  quiz: ClassroomQuiz,
  storage: ResultStorage = browserStorage,
): boolean {
  // The settings are in the code: the questions and the decks' names are what the content gave.
  const snapshot = {
    code: quiz.code,
    decks: quiz.decks.map(({ id, title }) => ({ id, title })),
    questions: quiz.questions,
  };
  return storage.write(STORAGE_KEYS.classroomQuiz(quiz.code), JSON.stringify(snapshot));
}

/**
 * The quiz a results page kept for this code, or null when there is none or it cannot be read.
 * The settings are read again from the code itself, so a snapshot of another quiz is not taken.
 */
export function loadQuizSnapshot(
  text: string,
  storage: ResultStorage = browserStorage,
): ClassroomQuiz | null {
  // As typed or linked: grouped, lower case, or with O for 0.
  const code = canonicalQuizCode(text);
  const raw = storage.read(STORAGE_KEYS.classroomQuiz(code));
  if (!raw) return null;
  const decoded = decodeQuizCode(code);
  if (!decoded.ok) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isPlainObject(value) || value.code !== code) return null;
  const { questions, decks } = value;
  const isObject = (v: unknown) => isPlainObject(v) && typeof v.id === 'string';
  if (!isArrayOf(questions, isObject, 1, decoded.value.count)) return null;
  if (!isArrayOf(decks, isObject, 1, decoded.value.deckHashes.length)) return null;
  const settings = decoded.value;
  // The questions were drawn and checked by this app when the page opened the quiz.
  return {
    code,
    settings,
    decks: decks as ClassroomQuiz['decks'],
    questions: questions as ClassroomQuiz['questions'],
    language: settings.language,
    secondsPerQuestion: settings.secondsPerQuestion,
    teacherPaced: settings.teacherPaced,
  };
}
