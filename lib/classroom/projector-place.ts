import { isArrayOf, isInt, parseJsonObject } from '../checks';
import { STORAGE_KEYS } from '../storage/keys';
import { tabStorage } from './run';
import type { ResultStorage } from './saved-result';

/**
 * Where a projector is in a quiz, kept in the presenting tab (sessionStorage) after every step,
 * so that a reload mid-quiz takes the class back to the same slide rather than the QR code.
 * Only a reload or Back/Forward takes the place up (PresentMode.tsx); opening the page afresh
 * starts at the QR code. The running timer's exact time is not kept: the question's count starts
 * again, unless its time had run out.
 */
export interface ProjectorPlace {
  /** -1 the join slide, 0…total−1 a question, total the end slide. */
  slide: number;
  /** Questions whose answer is shown. */
  revealed: number[];
  /** Questions whose time ran out. */
  timeUp: number[];
  /** Whether the current question's timer was paused. */
  paused: boolean;
}

/** A place read back for a quiz of `total` questions, or null for anything it cannot be. */
export function parseProjectorPlace(raw: string | null, total: number): ProjectorPlace | null {
  const value = parseJsonObject(raw);
  if (!value) return null;
  const { slide, revealed = [], timeUp = [], paused = false } = value;
  const question = (v: unknown) => isInt(v, 0, total - 1);
  if (!isInt(slide, -1, total)) return null;
  if (!isArrayOf(revealed, question, 0, total) || !isArrayOf(timeUp, question, 0, total)) {
    return null;
  }
  if (typeof paused !== 'boolean') return null;
  return { slide, revealed: revealed as number[], timeUp: timeUp as number[], paused };
}

export function readProjectorPlace(
  quizCode: string,
  total: number,
  storage: ResultStorage = tabStorage,
): ProjectorPlace | null {
  return parseProjectorPlace(storage.read(STORAGE_KEYS.classroomProjector(quizCode)), total);
}

/** Keeps the place; the join slide with nothing shown is the start, and is forgotten. */
export function writeProjectorPlace(
  quizCode: string,
  place: ProjectorPlace,
  storage: ResultStorage = tabStorage,
): void {
  const atStart = place.slide === -1 && place.revealed.length === 0 && place.timeUp.length === 0;
  storage.write(STORAGE_KEYS.classroomProjector(quizCode), atStart ? null : JSON.stringify(place));
}
