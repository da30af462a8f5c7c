import { hashString } from '../questions/random';
import { type CompactAnswer, NO_CHOICE } from './answers';
import { BitReader, BitWriter, symbolsFor } from './bits';
import { type Checked, isInt, mustPass } from '../checks';
import { closeFrame, type Decoded, failure, openFrame } from './frame';
import { checkStudentResult, type StudentResult } from './student-result';
import { readText, writeText } from './text-bits';

/**
 * Version 1 of the result code, the format handed out before the short codes of
 * result-code.ts: still read (the results page takes codes students already sent), and still
 * written by the tests that prove so. It carries which quiz (a hash of its code), the nickname,
 * the time taken and each answer, readable without the quiz: 42 to 66 characters for ten
 * questions, over a thousand with typed answers. The CRC-32 in the frame catches every
 * one-character change: it is a check against slips and casual edits, not a seal: anyone
 * can compute it, as there is no server to keep a secret.
 *
 * Version 1, after the header symbol (bits):
 *   quiz hash 20 · seconds 16 · nickname (text, 5-bit length) · answer count 6 ·
 *   per answer: a 3-bit tag and its fields (see ANSWER_TAGS) · zero padding
 */
export const RESULT_CODE_V1 = 1;
export const QUIZ_HASH_BITS = 20;
const NICKNAME_LENGTH_BITS = 5;
const TEXT_LENGTH_BITS = 6;
const INDEX_BITS = 4;

const ANSWER_TAGS = ['none', 'choice', 'choices', 'order', 'pairs', 'text', 'accepted'] as const;

/** A version-1 result: it names its quiz by a hash, as it was read without the quiz at hand. */
export interface ResultV1 extends StudentResult {
  quizHash: number;
}

export function checkResultV1(value: unknown): Checked<ResultV1> {
  const { quizHash, ...rest } = (value ?? {}) as Partial<ResultV1>;
  if (!isInt(quizHash, 0, 2 ** QUIZ_HASH_BITS - 1)) return { ok: false, field: 'quizHash' };
  const checked = checkStudentResult(rest);
  return checked.ok ? { ok: true, value: { quizHash, ...checked.value } } : checked;
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

export function encodeResultCodeV1(result: ResultV1): string {
  const d = mustPass(checkResultV1(result), 'student result');
  const w = new BitWriter().write(d.quizHash, QUIZ_HASH_BITS).write(d.seconds, 16);
  writeText(w, d.nickname, NICKNAME_LENGTH_BITS);
  w.write(d.answers.length, 6);
  for (const a of d.answers) writeAnswer(w, a);
  return closeFrame('result', RESULT_CODE_V1, w.toSymbols());
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

export function decodeResultCodeV1(text: string): Decoded<ResultV1> {
  const frame = openFrame(text, {
    type: 'result',
    version: RESULT_CODE_V1,
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
  const checked = checkResultV1(fields);
  if (!checked.ok) return failure({ kind: 'invalid', detail: checked.field });
  return { ok: true, value: checked.value };
}
