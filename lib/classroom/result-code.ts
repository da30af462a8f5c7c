import type { Question } from '../questions/models';
import { hashString } from '../questions/random';
import { mustPass } from '../checks';
import { answerStates, rankAnswer, unrankAnswer } from './answer-rank';
import { MAX_TEXT_CHARS } from './answers';
import { parseSymbols } from './base32';
import { BitReader, BitWriter, symbolsFor } from './bits';
import {
  closeFrame,
  type CodeProblem,
  type Decoded,
  failure,
  frameHeader,
  openFrame,
} from './frame';
import { decodeResultCodeV1, quizHashOf, RESULT_CODE_V1 } from './result-code-v1';
import { readShortText, writeShortText } from './short-text';
import {
  checkStudentResult,
  DAY_BITS,
  MAX_NICKNAME_CHARS,
  type StudentResult,
} from './student-result';

export {
  formatResultDay,
  MAX_ATTEMPT,
  MAX_NICKNAME_CHARS,
  resultDay,
  MAX_SECONDS_TAKEN,
  nicknameIsCut,
  normalizeNickname,
  type StudentResult,
} from './student-result';

/**
 * A result code carries one student's answers back to the teacher: a code a student can read
 * out or type. It is written for one quiz and read against it, so it need not say which
 * options a question has or even which quiz it is: the phone and the results page both hold the
 * quiz. The CRC-32 of the frame covers the quiz code as well as the code itself, so a code read
 * against another quiz fails it like a mistyped one; it is a check against slips and casual
 * edits, not a seal: anyone can compute it, as there is no server to keep a secret.
 *
 * Version 3, after the header symbol K (bits):
 *   quiz tag 10 (only to tell "another quiz" from "mistyped") ·
 *   seconds: 0 and 10 bits below 1024, else 1 and 16 bits ·
 *   the day the student finished, 14 bits (0: the phone's clock could not say) ·
 *   retake: 0 for a first go, else 1 and the attempt number less 2 in 4 bits ·
 *   nickname (short text, up to 12 characters) ·
 *   the answers as one number in mixed radix (answer-rank.ts), in as many bits as the quiz's
 *   largest number needs · each typed answer that matched no accepted form, in question order ·
 *   zero padding
 * Ten four-option questions: 21 characters without a nickname, 28 with a two-character Chinese
 * one (version 2, without the day and the attempt: 18 and 25; version 1: 32 and 38), before the
 * dashes that group them in fives. Typed answers that are wrong add their text, 7 bits a Latin
 * letter and 15 a Chinese character. Codes of versions 1 (H…) and 2 (J…) still read, with no day.
 */
export const RESULT_CODE_VERSION = 3;
/** The version before the day and the attempt: its codes still read. */
const RESULT_CODE_V2 = 2;
const ATTEMPT_BITS = 4;
export const QUIZ_TAG_BITS = 10;
const SHORT_SECONDS_BITS = 10;

/** What a result code needs of its quiz. */
export interface ResultQuiz {
  /** The quiz's canonical code. */
  code: string;
  questions: readonly Question[];
}

export type ResultCodeProblem =
  | CodeProblem
  /** The code is sound but was made for another quiz. */
  | { kind: 'other-quiz' }
  /** The code is sound but its answers cannot belong to this quiz's questions. */
  | { kind: 'answers-mismatch' };

export function quizTagOf(quizCode: string): number {
  return hashString(`result-tag:${quizCode}`) & (2 ** QUIZ_TAG_BITS - 1);
}

function contextOf(quiz: ResultQuiz): number[] {
  const parsed = parseSymbols(quiz.code);
  return parsed.ok ? parsed.symbols : [];
}

function statesOf(quiz: ResultQuiz): bigint {
  return quiz.questions.reduce((product, q) => product * answerStates(q), 1n);
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

function writeBig(w: BitWriter, value: bigint, width: number): void {
  for (let i = width - 1; i >= 0; i--) w.write(Number((value >> BigInt(i)) & 1n), 1);
}

function readBig(r: BitReader, width: number): bigint {
  let value = 0n;
  for (let i = 0; i < width; i++) value = (value << 1n) | BigInt(r.read(1));
  return value;
}

export function encodeResultCode(quiz: ResultQuiz, result: StudentResult): string {
  const d = mustPass(checkStudentResult(result), 'student result');
  if (d.answers.length !== quiz.questions.length) {
    throw new RangeError(`${d.answers.length} answers for ${quiz.questions.length} questions`);
  }
  const w = new BitWriter().write(quizTagOf(quiz.code), QUIZ_TAG_BITS);
  if (d.seconds < 2 ** SHORT_SECONDS_BITS) w.write(0, 1).write(d.seconds, SHORT_SECONDS_BITS);
  else w.write(1, 1).write(d.seconds, 16);
  w.write(d.day ?? 0, DAY_BITS);
  if (d.attempt === undefined) w.write(0, 1);
  else w.write(1, 1).write(d.attempt - 2, ATTEMPT_BITS);
  writeShortText(w, d.nickname, MAX_NICKNAME_CHARS);
  let number = 0n;
  quiz.questions.forEach((q, i) => {
    number = number * answerStates(q) + rankAnswer(q, d.answers[i]!);
  });
  writeBig(w, number, bitLength(statesOf(quiz) - 1n));
  for (const a of d.answers) if (a.type === 'text') writeShortText(w, a.text, MAX_TEXT_CHARS);
  return closeFrame('result', RESULT_CODE_VERSION, w.toSymbols(), contextOf(quiz));
}

/** The fields in a payload, read against the quiz; answers are null where none could be read. */
function readFields(quiz: ResultQuiz, r: BitReader, version: number) {
  const tag = r.read(QUIZ_TAG_BITS);
  const seconds = r.read(1) ? r.read(16) : r.read(SHORT_SECONDS_BITS);
  const day = version >= 3 ? r.read(DAY_BITS) : 0;
  const attempt = version >= 3 && r.read(1) ? r.read(ATTEMPT_BITS) + 2 : 1;
  const nickname = readShortText(r, MAX_NICKNAME_CHARS);
  const states = statesOf(quiz);
  let number = readBig(r, bitLength(states - 1n));
  const inRange = number < states;
  const ranks: bigint[] = [];
  for (let i = quiz.questions.length - 1; i >= 0; i--) {
    const s = answerStates(quiz.questions[i]!);
    ranks.unshift(number % s);
    number /= s;
  }
  const answers = quiz.questions.map((q, i) =>
    r.overrun ? null : unrankAnswer(q, ranks[i]!, () => readShortText(r, MAX_TEXT_CHARS)),
  );
  return { tag, seconds, nickname, answers, inRange, day, attempt };
}

function decodeShort(
  quiz: ResultQuiz,
  text: string,
  version: number,
): Decoded<StudentResult, ResultCodeProblem> {
  const frame = openFrame(text, {
    type: 'result',
    version,
    context: contextOf(quiz),
    payloadSymbolsNeeded: (symbols) => {
      const r = new BitReader(symbols);
      readFields(quiz, r, version);
      return symbolsFor(r.bitsRead);
    },
  });
  if (!frame.ok) {
    const { problem } = frame;
    const unsound =
      problem.kind === 'checksum' || problem.kind === 'truncated' || problem.kind === 'too-long';
    // A checksum that fails under this quiz, on a code whose tag names another quiz.
    if (unsound && tagIn(text) !== quizTagOf(quiz.code)) return failure({ kind: 'other-quiz' });
    return frame;
  }
  const r = new BitReader(frame.value);
  const { tag, seconds, nickname, answers, inRange, day, attempt } = readFields(quiz, r, version);
  if (r.overrun || !r.restIsZero() || frame.value.length !== symbolsFor(r.bitsRead)) {
    return failure({ kind: 'invalid', detail: 'layout' });
  }
  // The checksum covers the quiz code, so a sound code with another tag is no encoder's.
  if (tag !== quizTagOf(quiz.code) || !inRange)
    return failure({ kind: 'invalid', detail: 'answers' });
  const checked = checkStudentResult({
    nickname,
    seconds,
    answers,
    ...(day > 0 ? { day } : {}),
    ...(attempt > 1 ? { attempt } : {}),
  });
  if (!checked.ok) return failure({ kind: 'invalid', detail: checked.field });
  return { ok: true, value: checked.value };
}

function tagIn(text: string): number | null {
  const parsed = parseSymbols(text);
  if (!parsed.ok || parsed.symbols.length < 3) return null;
  const r = new BitReader(parsed.symbols.slice(1));
  return r.read(QUIZ_TAG_BITS);
}

/**
 * The result in a code, read against its quiz: a code of today (K…), or one of version 2 (J…,
 * without the day) or version 1 (H…) that students may already have sent.
 */
export function decodeResultCode(
  quiz: ResultQuiz,
  text: string,
): Decoded<StudentResult, ResultCodeProblem> {
  const parsed = parseSymbols(text);
  if (parsed.ok && parsed.symbols[0] === frameHeader('result', RESULT_CODE_V1)) {
    const v1 = decodeResultCodeV1(text);
    if (!v1.ok) return v1;
    const { quizHash, ...result } = v1.value;
    if (quizHash !== quizHashOf(quiz.code)) return failure({ kind: 'other-quiz' });
    if (result.answers.length !== quiz.questions.length)
      return failure({ kind: 'answers-mismatch' });
    // Read through the short form, so an answer that cannot belong to its question is named.
    try {
      encodeResultCode(quiz, result);
    } catch {
      return failure({ kind: 'answers-mismatch' });
    }
    return { ok: true, value: result };
  }
  const v2 = parsed.ok && parsed.symbols[0] === frameHeader('result', RESULT_CODE_V2);
  return decodeShort(quiz, text, v2 ? RESULT_CODE_V2 : RESULT_CODE_VERSION);
}
