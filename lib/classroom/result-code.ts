import { hashString } from '../questions/random';
import { type CompactAnswer, isCompactAnswer, NO_CHOICE } from './answers';
import { BitReader, BitWriter, symbolsFor } from './bits';
import { type Checked, checkFields, isArrayOf, isInt, mustPass } from '../checks';
import { closeFrame, type Decoded, failure, openFrame } from './frame';
import { MAX_QUESTIONS } from './quiz-code';
import { readText, writeText } from './text-bits';

/**
 * A result code carries one student's answers back to the teacher: which quiz (a hash of its
 * code), the nickname, the time taken and each answer. The CRC-32 in the frame catches every
 * one-character change: it is a check against slips and casual edits, not a seal: anyone
 * can compute it, as there is no server to keep a secret.
 *
 * Version 1, after the header symbol (bits):
 *   quiz hash 20 · seconds 16 · nickname (text, 5-bit length) · answer count 6 ·
 *   per answer: a 3-bit tag and its fields (see ANSWER_TAGS) · zero padding
 */
export const RESULT_CODE_VERSION = 1;
export const QUIZ_HASH_BITS = 20;
export const MAX_SECONDS_TAKEN = 2 ** 16 - 1;
export const MAX_NICKNAME_CHARS = 12;
const NICKNAME_LENGTH_BITS = 5;
const TEXT_LENGTH_BITS = 6;
const INDEX_BITS = 4;

const ANSWER_TAGS = ['none', 'choice', 'choices', 'order', 'pairs', 'text', 'accepted'] as const;

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

export interface StudentResult {
  quizHash: number;
  /** In its normal form (normalizeNickname); may be empty. */
  nickname: string;
  seconds: number;
  answers: CompactAnswer[];
}

export function checkStudentResult(value: unknown): Checked<StudentResult> {
  return checkFields<StudentResult>(value, {
    quizHash: (v) => isInt(v, 0, 2 ** QUIZ_HASH_BITS - 1),
    nickname: (v) => typeof v === 'string' && v === normalizeNickname(v),
    seconds: (v) => isInt(v, 0, MAX_SECONDS_TAKEN),
    answers: (v) => isArrayOf(v, isCompactAnswer, 1, MAX_QUESTIONS),
  });
}

/** Which quiz a result belongs to, from the quiz's canonical code. */
export function quizHashOf(quizCode: string): number {
  const h = hashString(`quiz:${quizCode}`);
  return (h ^ (h >>> QUIZ_HASH_BITS)) & (2 ** QUIZ_HASH_BITS - 1);
}

function writeAnswer(w: BitWriter, a: CompactAnswer): void {
  w.write(ANSWER_TAGS.indexOf(a.type), 3);
  switch (a.type) {
    case 'none':
      return;
    case 'choice':
    case 'accepted':
      w.write(a.index, INDEX_BITS);
      return;
    case 'choices':
      w.write(a.optionCount, INDEX_BITS);
      for (let i = 0; i < a.optionCount; i++) w.write(a.indexes.includes(i) ? 1 : 0, 1);
      return;
    case 'order':
      w.write(a.order.length, INDEX_BITS).writeBytes(a.order, INDEX_BITS);
      return;
    case 'pairs':
      w.write(a.pairs.length, INDEX_BITS).writeBytes(
        a.pairs.map((p) => p ?? NO_CHOICE),
        INDEX_BITS,
      );
      return;
    case 'text':
      writeText(w, a.text, TEXT_LENGTH_BITS);
      return;
  }
}

/** An answer as read, before validation; undefined for a tag no encoder writes. */
function readAnswer(r: BitReader): unknown {
  const type = ANSWER_TAGS[r.read(3)];
  const n = () => r.read(INDEX_BITS);
  switch (type) {
    case undefined:
      return undefined;
    case 'none':
      return { type };
    case 'choice':
    case 'accepted':
      return { type, index: n() };
    case 'choices': {
      const optionCount = n();
      const indexes: number[] = [];
      for (let i = 0; i < optionCount; i++) if (r.read(1)) indexes.push(i);
      return { type, optionCount, indexes };
    }
    case 'order': {
      const length = n();
      return { type, order: Array.from({ length }, n) };
    }
    case 'pairs': {
      const length = n();
      return {
        type,
        pairs: Array.from({ length }, () => {
          const p = n();
          return p === NO_CHOICE ? null : p;
        }),
      };
    }
    case 'text':
      return { type, text: readText(r, TEXT_LENGTH_BITS) };
  }
}

export function encodeResultCode(result: StudentResult): string {
  const d = mustPass(checkStudentResult(result), 'student result');
  const w = new BitWriter().write(d.quizHash, QUIZ_HASH_BITS).write(d.seconds, 16);
  writeText(w, d.nickname, NICKNAME_LENGTH_BITS);
  w.write(d.answers.length, 6);
  for (const a of d.answers) writeAnswer(w, a);
  return closeFrame('result', RESULT_CODE_VERSION, w.toSymbols());
}

function readFields(r: BitReader) {
  const quizHash = r.read(QUIZ_HASH_BITS);
  const seconds = r.read(16);
  const nickname = readText(r, NICKNAME_LENGTH_BITS);
  const count = r.read(6);
  const answers: unknown[] = [];
  for (let i = 0; i < count && !r.overrun; i++) answers.push(readAnswer(r));
  return { quizHash, seconds, nickname, answers };
}

export function decodeResultCode(text: string): Decoded<StudentResult> {
  const frame = openFrame(text, {
    type: 'result',
    version: RESULT_CODE_VERSION,
    payloadSymbolsNeeded: (symbols) => {
      const r = new BitReader(symbols);
      readFields(r);
      return symbolsFor(r.bitsRead);
    },
  });
  if (!frame.ok) return frame;
  const r = new BitReader(frame.value);
  const fields = readFields(r);
  if (r.overrun || !r.restIsZero() || frame.value.length !== symbolsFor(r.bitsRead)) {
    return failure({ kind: 'invalid', detail: 'layout' });
  }
  const checked = checkStudentResult(fields);
  if (!checked.ok) return failure({ kind: 'invalid', detail: checked.field });
  return { ok: true, value: checked.value };
}
