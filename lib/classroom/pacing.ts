import { hashString } from '../questions/random';
import { ALPHABET, parseSymbols } from './base32';

/**
 * A teacher-paced quiz keeps answers and explanations off the students' phones until the
 * teacher reveals them or the quiz is closed. With no server, the teacher reveals them with a
 * short word shown on the projector's last slide, which students type; a quiz is closed for a
 * student once its whole time, and a margin, has passed since they started. Either way the
 * result code was handed in first: seeing the answers cannot change it.
 * The word comes from the quiz code, so anyone who reads this file can work it out: it keeps
 * answers from spreading round a room during a quiz, it is no seal.
 */
export const REVEAL_WORD_LENGTH = 4;
/** Time allowed per question of an untimed quiz, for when it closes. */
export const UNTIMED_SECONDS = 60;
/** After the quiz's own time: latecomers and a slow start. */
export const CLOSING_MARGIN_SECONDS = 10 * 60;

/** The reveal word of a quiz: four characters of the code alphabet. */
export function revealWord(quizCode: string): string {
  let h = hashString(`reveal:${quizCode}`);
  let word = '';
  for (let i = 0; i < REVEAL_WORD_LENGTH; i++) {
    word += ALPHABET.charAt(h % ALPHABET.length);
    h = Math.floor(h / ALPHABET.length);
  }
  return word;
}

/** Whether typed text is the quiz's reveal word: any case, spaces ignored, O for 0, I or L for 1. */
export function isRevealWord(input: string, quizCode: string): boolean {
  const parsed = parseSymbols(input);
  if (!parsed.ok) return false;
  return parsed.symbols.map((s) => ALPHABET.charAt(s)).join('') === revealWord(quizCode);
}

/** When a quiz a student started at `startedAt` (ms) is closed for them (ms). */
export function closesAt(
  quiz: { questions: readonly unknown[]; secondsPerQuestion: number },
  startedAt: number,
): number {
  const perQuestion = quiz.secondsPerQuestion > 0 ? quiz.secondsPerQuestion : UNTIMED_SECONDS;
  return startedAt + (quiz.questions.length * perQuestion + CLOSING_MARGIN_SECONDS) * 1000;
}

/** Whether a student who handed in may see the answers and explanations now. */
export function answersShown(
  quiz: { teacherPaced: boolean; questions: readonly unknown[]; secondsPerQuestion: number },
  saved: { startedAt: number; revealed: boolean },
  now: number,
): boolean {
  return !quiz.teacherPaced || saved.revealed || now >= closesAt(quiz, saved.startedAt);
}
