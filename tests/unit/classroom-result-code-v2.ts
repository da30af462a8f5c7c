import { answerStates, rankAnswer } from '@/lib/classroom/answer-rank';
import { MAX_TEXT_CHARS } from '@/lib/classroom/answers';
import { BitWriter } from '@/lib/classroom/bits';
import { closeFrame } from '@/lib/classroom/frame';
import {
  QUIZ_TAG_BITS,
  quizTagOf,
  type ResultQuiz,
  type StudentResult,
} from '@/lib/classroom/result-code';
import { writeShortText } from '@/lib/classroom/short-text';
import { parseSymbols } from '@/lib/classroom/base32';
import { MAX_NICKNAME_CHARS } from '@/lib/classroom/student-result';

/*
 * The version-2 result encoder (J…), as phones ran it before codes carried the day and the
 * attempt: the tests read its codes with today's decoder, as a teacher reads codes sent before.
 */
export function encodeResultCodeV2(quiz: ResultQuiz, result: StudentResult): string {
  const w = new BitWriter().write(quizTagOf(quiz.code), QUIZ_TAG_BITS);
  if (result.seconds < 1024) w.write(0, 1).write(result.seconds, 10);
  else w.write(1, 1).write(result.seconds, 16);
  writeShortText(w, result.nickname, MAX_NICKNAME_CHARS);
  let number = 0n;
  let states = 1n;
  quiz.questions.forEach((q, i) => {
    number = number * answerStates(q) + rankAnswer(q, result.answers[i]!);
    states *= answerStates(q);
  });
  const width = (states - 1n).toString(2).length;
  for (let i = width - 1; i >= 0; i--) w.write(Number((number >> BigInt(i)) & 1n), 1);
  for (const a of result.answers) if (a.type === 'text') writeShortText(w, a.text, MAX_TEXT_CHARS);
  const parsed = parseSymbols(quiz.code);
  return closeFrame('result', 2, w.toSymbols(), parsed.ok ? parsed.symbols : []);
}
