import { type CompactAnswer, isCompactAnswer } from './answers';
import { type Checked, checkFields, isArrayOf, isInt } from '../checks';
import { MAX_QUESTIONS } from './quiz-code';

/** One student's answers to a quiz, as a result code carries them back to the teacher. */
export interface StudentResult {
  /** In its normal form (normalizeNickname); may be empty. */
  nickname: string;
  seconds: number;
  answers: CompactAnswer[];
  /** The day the student finished (resultDay); absent when the code does not say (older codes). */
  day?: number;
  /** Which go at the quiz this is on the student's device: absent for the first, 2 for the first retake. */
  attempt?: number;
}

export const MAX_SECONDS_TAKEN = 2 ** 16 - 1;
export const MAX_NICKNAME_CHARS = 12;
export const DAY_BITS = 14;
/** Day 1 is 2025-01-01; the last day a code can carry is in 2069. */
const DAY_EPOCH_UTC = Date.UTC(2024, 11, 31);
export const MAX_DAY = 2 ** DAY_BITS - 1;
/** A retake's number is carried up to this; later ones say this. */
export const MAX_ATTEMPT = 17;
const DAY_MS = 86_400_000;

/**
 * The calendar day a moment falls on where the student is (their device's time zone), as a
 * result code carries it; undefined when the device's clock is outside what a code can carry.
 */
export function resultDay(moment: Date): number | undefined {
  const local = Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate());
  const day = Math.round((local - DAY_EPOCH_UTC) / DAY_MS);
  return day >= 1 && day <= MAX_DAY ? day : undefined;
}

/** A result day as a teacher reads dates: 2026-03-01. */
export function formatResultDay(day: number): string {
  return new Date(DAY_EPOCH_UTC + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A nickname as it is kept: NFC, no control or invisible format characters (the zero-width
 * joiner inside emoji excepted), runs of spaces made one, at most MAX_NICKNAME_CHARS characters.
 */
export function normalizeNickname(input: string): string {
  return cleanNickname(input).slice(0, MAX_NICKNAME_CHARS).join('').trim();
}

/** Whether normalizeNickname cuts this nickname short. */
export function nicknameIsCut(input: string): boolean {
  return cleanNickname(input).length > MAX_NICKNAME_CHARS;
}

/** The nickname's characters (code points) in the kept form, before the length limit. */
function cleanNickname(input: string): string[] {
  const cleaned = input
    .normalize('NFC')
    .replace(/(?!\u200d)[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...cleaned];
}

export function checkStudentResult(value: unknown): Checked<StudentResult> {
  return checkFields<StudentResult>(value, {
    nickname: (v) => typeof v === 'string' && v === normalizeNickname(v),
    seconds: (v) => isInt(v, 0, MAX_SECONDS_TAKEN),
    answers: (v) => isArrayOf(v, isCompactAnswer, 1, MAX_QUESTIONS),
    day: (v) => v === undefined || isInt(v, 1, MAX_DAY),
    attempt: (v) => v === undefined || isInt(v, 2, MAX_ATTEMPT),
  });
}
