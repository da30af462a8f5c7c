import { type CompactAnswer, isCompactAnswer } from './answers';
import { type Checked, checkFields, isArrayOf, isInt } from '../checks';
import { MAX_QUESTIONS } from './quiz-code';

/** One student's answers to a quiz, as a result code carries them back to the teacher. */
export interface StudentResult {
  /** In its normal form (normalizeNickname); may be empty. */
  nickname: string;
  seconds: number;
  answers: CompactAnswer[];
}

export const MAX_SECONDS_TAKEN = 2 ** 16 - 1;
export const MAX_NICKNAME_CHARS = 12;

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
  });
}
