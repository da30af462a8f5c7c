import { isArrayOf, isPlainObject, parseJsonObject } from '../checks';
import { listKeys, readKey, STORAGE_KEYS, writeKey } from '../storage/keys';
import type { ClassroomQuiz } from './quiz';
import { parseClassNames } from './roster';
import { canonicalQuizCode, decodeQuizCode } from './quiz-code';
import type { ResultStorage } from './saved-result';

/*
 * A results page keeps the quiz it opened: its questions, options and answers; a student's phone
 * keeps the quiz it handed a result in for. When the content can no longer draw that quiz (a deck
 * it used was deleted since), the results page still grades the result codes it holds against
 * the questions their students answered, and the student still opens their result. A copy is
 * about 15 KB for 10 questions, one per quiz code.
 */

/** Storage as the kept copies need it: a page also lists the copies it holds (tests pass a map). */
export interface SnapshotStorage extends ResultStorage {
  /** The keys held that start with `prefix`. */
  keys: (prefix: string) => string[];
}

const browserStorage: SnapshotStorage = { read: readKey, write: writeKey, keys: listKeys };

/** What every kept copy's key starts with. */
const COPY_PREFIX = STORAGE_KEYS.classroomQuiz('');

/**
 * How many copies a device keeps: about 450 KB at 15 KB a copy, a tenth of what browsers give a
 * site. Bounded by count, not by age, because space is what runs out: a student who takes a quiz
 * every school day would otherwise fill the storage their progress needs within a year or two.
 * The copies are kept most recently opened first, so a result the student still opens keeps its
 * copy; a copy a teacher's results page still needs is never removed (copyStillNeeded), and is
 * kept beside the limit once it is among the older ones.
 */
export const MAX_KEPT_QUIZZES = 30;

/** Keeps the quiz as opened; false when storage is full or switched off. */
export function storeQuizSnapshot(
  quiz: ClassroomQuiz,
  storage: SnapshotStorage = browserStorage,
): boolean {
  // The settings are in the code: the questions and the decks' names are what the content gave.
  const snapshot = {
    code: quiz.code,
    decks: quiz.decks.map(({ id, title }) => ({ id, title })),
    questions: quiz.questions,
  };
  // Room is made first, so that a full storage has the removed copies' space for this one.
  const order = keptOrder(quiz.code, storage);
  const key = STORAGE_KEYS.classroomQuiz(quiz.code);
  const stored = storage.write(key, JSON.stringify(snapshot));
  if (!stored && storage.read(key) === null) order.splice(order.indexOf(quiz.code), 1);
  writeOrder(order, storage);
  return stored;
}

/**
 * Marks a kept copy as just opened (a student opening a result graded from it), so that the
 * copies still in use are the last to go.
 */
export function touchQuizSnapshot(code: string, storage: SnapshotStorage = browserStorage): void {
  if (storage.read(STORAGE_KEYS.classroomQuiz(code)) === null) return;
  writeOrder(keptOrder(code, storage), storage);
}

/** Writes the order of the kept copies, unless it is the one stored already. */
function writeOrder(order: readonly string[], storage: ResultStorage): void {
  const text = JSON.stringify(order);
  if (storage.read(STORAGE_KEYS.classroomQuizOrder) !== text)
    storage.write(STORAGE_KEYS.classroomQuizOrder, text);
}

/**
 * The order of kept copies with `first` first, after removing the copies past MAX_KEPT_QUIZZES
 * that nothing still needs. Copies kept before there was an order (found by their keys, listed in
 * no order) are older than every listed one: they come last, so they are the first to go, and
 * those within the limit join the order. A listed code whose copy is gone is dropped.
 */
function keptOrder(first: string | null, storage: SnapshotStorage): string[] {
  const listed = parseCodeList(storage.read(STORAGE_KEYS.classroomQuizOrder));
  const unlisted = storage
    .keys(COPY_PREFIX)
    .map((key) => key.slice(COPY_PREFIX.length))
    .filter((c) => !listed.includes(c))
    .sort();
  const order = [...(first === null ? [] : [first]), ...listed, ...unlisted].filter(
    (c, i, all) =>
      all.indexOf(c) === i && (c === first || storage.read(STORAGE_KEYS.classroomQuiz(c)) !== null),
  );
  const kept: string[] = [];
  for (const c of order) {
    if (kept.length < MAX_KEPT_QUIZZES || copyStillNeeded(c, storage)) kept.push(c);
    else storage.write(STORAGE_KEYS.classroomQuiz(c), null);
  }
  return kept;
}

/**
 * Whether a teacher's results page on this device holds result codes of the quiz: it grades
 * them with the copy once the content can no longer draw the quiz, and has no other way to.
 * (A student's saved result without its copy still shows its code, and says why: SavedResultOnly.)
 */
function copyStillNeeded(code: string, storage: ResultStorage): boolean {
  const classes = ['', ...parseClassNames(storage.read(STORAGE_KEYS.classroomClasses(code)))];
  return classes.some((name) => !!storage.read(STORAGE_KEYS.classroomCodes(code, name))?.trim());
}

function parseCodeList(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The quiz a results page kept for this code, or null when there is none or it cannot be read.
 * The settings are read again from the code itself, so a snapshot of another quiz is not taken.
 * Opening a copy counts as using it (it becomes the most recent), and the copies past the limit
 * are removed, so that a device that only reads them still holds no more than MAX_KEPT_QUIZZES.
 */
export function loadQuizSnapshot(
  text: string,
  storage: SnapshotStorage = browserStorage,
): ClassroomQuiz | null {
  const quiz = readQuizSnapshot(text, storage);
  writeOrder(keptOrder(quiz?.code ?? null, storage), storage);
  return quiz;
}

/** The kept copy for this code, read only: what a page renders (loadQuizSnapshot notes it opened). */
export function readQuizSnapshot(
  text: string,
  storage: ResultStorage = browserStorage,
): ClassroomQuiz | null {
  // As typed or linked: grouped, lower case, or with O for 0.
  const code = canonicalQuizCode(text);
  const raw = storage.read(STORAGE_KEYS.classroomQuiz(code));
  if (!raw) return null;
  const decoded = decodeQuizCode(code);
  if (!decoded.ok) return null;
  const value = parseJsonObject(raw);
  if (!value || value.code !== code) return null;
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
