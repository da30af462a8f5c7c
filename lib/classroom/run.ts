import { isInt, isOneOf, parseJsonObject } from '../checks';
import { STORAGE_KEYS } from '../storage/keys';
import type { ResultStorage } from './saved-result';

/**
 * A student's classroom quiz in this tab, kept (sessionStorage) after every step so that a reload,
 * or a phone bringing a discarded tab back, takes up where the student was: on a question, waiting
 * for the teacher's next one, or on the result once handed in. The answers so far and the nickname
 * travel as a result code, so they are checked as any result code is when read back.
 */
export const RUN_STAGES = ['answering', 'waiting', 'done'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

export interface ClassroomRun {
  code: string;
  /** The question answered next (0-based); the number of questions once done. */
  position: number;
  stage: RunStage;
  /** Wall-clock ms when the question at `position` was shown, so a reload does not reset its timer. */
  shownAt?: number;
}

/** A run read back, or null for anything else (an older version's, edited or corrupted). */
export function parseClassroomRun(raw: string | null): ClassroomRun | null {
  const value = parseJsonObject(raw);
  if (!value) return null;
  const { code, position, stage = 'answering', shownAt } = value;
  if (typeof code !== 'string' || !isInt(position, 0, 10_000)) return null;
  if (!isOneOf(stage, RUN_STAGES)) return null;
  return {
    code,
    position,
    stage,
    ...(isInt(shownAt, 0, Number.MAX_SAFE_INTEGER) ? { shownAt } : {}),
  };
}

/**
 * Where a run takes up in a quiz of `total` questions: null when it cannot (a position outside
 * the quiz, or a result that is not the one this profile handed in).
 */
export function resumableStage(
  run: ClassroomRun,
  total: number,
  /** The code of the profile's latest saved result of this quiz, if any. */
  savedCode: string | null,
): RunStage | null {
  if (run.stage === 'done') {
    return run.position === total && savedCode === run.code ? 'done' : null;
  }
  return run.position < total ? run.stage : null;
}

/** This tab's sessionStorage; without it (switched off, a sandboxed frame) a reload starts again. */
export const tabStorage: ResultStorage = {
  read: (key) => {
    try {
      return window.sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write: (key, value) => {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
};

export function readClassroomRun(
  quizCode: string,
  storage: ResultStorage = tabStorage,
): ClassroomRun | null {
  return parseClassroomRun(storage.read(STORAGE_KEYS.classroomRun(quizCode)));
}

/** Keeps the run, or forgets it (null). */
export function writeClassroomRun(
  quizCode: string,
  run: ClassroomRun | null,
  storage: ResultStorage = tabStorage,
): void {
  storage.write(STORAGE_KEYS.classroomRun(quizCode), run && JSON.stringify(run));
}
