import { DISPLAY_MODES, type DisplayMode } from '../display';
import { QUESTION_KINDS, type QuestionKind } from '../questions/models';
import { FIRST_RULES, isKnownRules, LATEST_RULES } from '../questions/rules';
import { parseSymbols, symbolsToText } from './base32';
import { BitReader, BitWriter, symbolsFor } from './bits';
import {
  type Checked,
  checkFields,
  isArrayOf,
  isDistinct,
  isInt,
  isOneOf,
  mustPass,
} from '../checks';
import { type Decoded, failure, closeFrame, openFrame } from './frame';

/**
 * A quiz code holds everything every device needs to draw the same quiz from the same
 * content: which decks, which kinds, how many questions, the seed, the time per question and
 * the question language; the content version it was drawn from (content/history.json), so a
 * device with more content draws from the content as it was; the generator rules it was drawn
 * by (lib/questions/rules.ts), so a corrected generator still draws it as it was; whether the
 * teacher paces the quiz; and a fingerprint of the quiz it made, so a device whose content was
 * edited since says so.
 *
 * Version 3, after the header symbol (bits):
 *   language 2 · kinds 6 (one bit per QUESTION_KINDS entry) · count 6 · seconds 8 · seed 20 ·
 *   teacher paced 1 · content version 12 · generator rules 6 · deck count 4 ·
 *   deck hash 15 per deck · fingerprint 15 · zero padding to a whole symbol
 * One deck gives 27 characters, two decks 30. Version 2 lacked the rules: its codes were all
 * drawn by the first rules, and decode so. Version 1 had neither the pacing nor the content
 * version either, so its quizzes failed to open after any change of content; its codes still
 * decode. A later correction of the generator needs a new rules version, not a new format.
 */
export const QUIZ_CODE_VERSION = 3;

export const MAX_QUESTIONS = 50;
export const MAX_DECKS = 15;
export const SEED_LIMIT = 2 ** 20;
export const HASH_BITS = 15;
export const CONTENT_VERSION_BITS = 12;
/** Content versions a code can name; 0 names no version (content without a history). */
export const MAX_CONTENT_VERSION = 2 ** CONTENT_VERSION_BITS - 1;
/**
 * The rules field cost every code one character (a code had one spare bit); six bits fill that
 * character, so 63 rules versions fit.
 */
export const RULES_BITS = 6;
/** 0 means no time limit; below 5 seconds nobody can read a question. */
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 255;

export interface QuizCodeData {
  language: DisplayMode;
  /** At least one, each once. */
  kinds: QuestionKind[];
  count: number;
  /** 0 (no limit) or MIN_SECONDS to MAX_SECONDS. */
  secondsPerQuestion: number;
  seed: number;
  /** Students see answers only once the teacher reveals them or the quiz is closed. */
  teacherPaced: boolean;
  /** The content version the quiz was drawn from; 0 for content without a history. */
  contentVersion: number;
  /** The generator rules the quiz was drawn by: rules this app knows (lib/questions/rules.ts). */
  rulesVersion: number;
  /** One to MAX_DECKS decks, each once. */
  deckHashes: number[];
  fingerprint: number;
}

const isHash = (v: unknown) => isInt(v, 0, 2 ** HASH_BITS - 1);

/** Whether the seconds per question are 0 (no limit) or a limit someone can read within. */
export function isSecondsPerQuestion(v: unknown): boolean {
  return isInt(v, 0, MAX_SECONDS) && (v === 0 || v >= MIN_SECONDS);
}

export function checkQuizCodeData(value: unknown): Checked<QuizCodeData> {
  return checkFields<QuizCodeData>(value, {
    language: (v) => isOneOf(v, DISPLAY_MODES),
    kinds: (v) =>
      isArrayOf(v, (k) => isOneOf(k, QUESTION_KINDS), 1, QUESTION_KINDS.length) && isDistinct(v),
    count: (v) => isInt(v, 1, MAX_QUESTIONS),
    secondsPerQuestion: isSecondsPerQuestion,
    seed: (v) => isInt(v, 0, SEED_LIMIT - 1),
    teacherPaced: (v) => typeof v === 'boolean',
    contentVersion: (v) => isInt(v, 0, MAX_CONTENT_VERSION),
    rulesVersion: isKnownRules,
    deckHashes: (v) => isArrayOf(v, isHash, 1, MAX_DECKS) && isDistinct(v),
    fingerprint: isHash,
  });
}

const FIXED_BITS =
  2 + QUESTION_KINDS.length + 6 + 8 + 20 + 1 + CONTENT_VERSION_BITS + RULES_BITS + 4;

function payloadBits(deckCount: number): number {
  return FIXED_BITS + HASH_BITS * deckCount + HASH_BITS;
}

export function encodeQuizCode(data: QuizCodeData): string {
  const d = mustPass(checkQuizCodeData(data), 'quiz code data');
  const w = new BitWriter()
    .write(DISPLAY_MODES.indexOf(d.language), 2)
    .write(
      QUESTION_KINDS.reduce(
        (mask, kind, i) => (d.kinds.includes(kind) ? mask | (1 << i) : mask),
        0,
      ),
      QUESTION_KINDS.length,
    )
    .write(d.count, 6)
    .write(d.secondsPerQuestion, 8)
    .write(d.seed, 20)
    .write(d.teacherPaced ? 1 : 0, 1)
    .write(d.contentVersion, CONTENT_VERSION_BITS)
    .write(d.rulesVersion, RULES_BITS)
    .write(d.deckHashes.length, 4);
  for (const hash of d.deckHashes) w.write(hash, HASH_BITS);
  w.write(d.fingerprint, HASH_BITS);
  return closeFrame('quiz', QUIZ_CODE_VERSION, w.toSymbols());
}

/**
 * The bits of the fields each older format lacks, all of them before the deck count: version 1
 * the pacing bit, the content version and the rules; version 2 the rules.
 */
const MISSING_BITS: Readonly<Record<number, number>> = {
  1: 1 + CONTENT_VERSION_BITS + RULES_BITS,
  2: RULES_BITS,
};

function deckCountIn(symbols: readonly number[], version: number): number {
  const r = new BitReader(symbols);
  r.read(FIXED_BITS - 4 - (MISSING_BITS[version] ?? 0));
  return r.read(4);
}

/** The format version a code's first character names, for the quiz type; 0 if none. */
function quizVersionOf(text: string): number {
  const parsed = parseSymbols(text);
  const first = parsed.ok ? parsed.symbols[0] : undefined;
  return first !== undefined && first >> 4 === 0 ? first & 15 : 0;
}

/**
 * The settings in a quiz code. Codes of older formats still open as they did: a version 2 code
 * was drawn by the first generator rules; a version 1 code (handed out before content versions)
 * also names no content version (0, the content as it is) and is not teacher paced. A code drawn
 * by rules this app does not know yet was made by a newer version of the app.
 */
export function decodeQuizCode(text: string): Decoded<QuizCodeData> {
  const found = quizVersionOf(text);
  const version = MISSING_BITS[found] === undefined ? QUIZ_CODE_VERSION : found;
  const missing = MISSING_BITS[version] ?? 0;
  const frame = openFrame(text, {
    type: 'quiz',
    version,
    payloadSymbolsNeeded: (symbols) =>
      symbolsFor(payloadBits(deckCountIn(symbols, version)) - missing),
  });
  if (!frame.ok) return frame;
  const r = new BitReader(frame.value);
  const language = DISPLAY_MODES[r.read(2)];
  const mask = r.read(QUESTION_KINDS.length);
  const count = r.read(6);
  const secondsPerQuestion = r.read(8);
  const seed = r.read(20);
  const teacherPaced = version === 1 ? false : r.read(1) === 1;
  const contentVersion = version === 1 ? 0 : r.read(CONTENT_VERSION_BITS);
  const rulesVersion = version < 3 ? FIRST_RULES : r.read(RULES_BITS);
  const deckCount = r.read(4);
  const deckHashes = Array.from({ length: deckCount }, () => r.read(HASH_BITS));
  const fingerprint = r.read(HASH_BITS);
  if (r.overrun || !r.restIsZero() || frame.value.length !== symbolsFor(r.bitsRead)) {
    return failure({ kind: 'invalid', detail: 'layout' });
  }
  if (rulesVersion > LATEST_RULES) {
    return failure({ kind: 'version-too-new', version, rules: rulesVersion });
  }
  const checked = checkQuizCodeData({
    language,
    kinds: QUESTION_KINDS.filter((_, i) => mask & (1 << i)),
    count,
    secondsPerQuestion,
    seed,
    teacherPaced,
    contentVersion,
    rulesVersion,
    deckHashes,
    fingerprint,
  });
  if (!checked.ok) return failure({ kind: 'invalid', detail: checked.field });
  return { ok: true, value: checked.value };
}

/**
 * A sound code as its canonical text: ungrouped, upper case, O and I read as digits. What links
 * and result codes refer to; for a code of an older format, the text it was handed out as.
 */
export function canonicalQuizCode(text: string): string {
  const parsed = parseSymbols(text);
  return parsed.ok ? symbolsToText(parsed.symbols) : text;
}
