import { BitWriter } from './bits';
import { parseSymbols, symbolsToText } from './base32';
import { crc32 } from './crc32';

/**
 * Every classroom code has the same frame: one header symbol, the payload, and a CRC-32 of
 * both in seven symbols. The header says what the code is and in which format version, so a
 * result code pasted where a quiz code belongs, or a code from a newer app, is named as such.
 *
 *   header = type × 16 + version      quiz codes start with 3 (version 3), 2 or 1; result codes with K (version 3), J (2) or H (1)
 */
export const CODE_TYPES = ['quiz', 'result'] as const;
export type CodeType = (typeof CODE_TYPES)[number];

export const CHECKSUM_SYMBOLS = 7;

/** What is wrong with a code, in terms a teacher or student can act on. */
export type CodeProblem =
  | { kind: 'empty' }
  | { kind: 'bad-character'; character: string; position: number }
  | { kind: 'not-a-code' }
  | { kind: 'truncated'; missing: number }
  | { kind: 'too-long'; extra: number }
  | { kind: 'checksum' }
  | { kind: 'wrong-type'; found: CodeType }
  /**
   * A code from a newer version of the app: its format `version` is newer, or (a quiz code) it
   * was drawn by generator `rules` this app does not have yet.
   */
  | { kind: 'version-too-new'; version: number; rules?: number }
  | { kind: 'invalid'; detail: string };

export type Decoded<T, P = CodeProblem> = { ok: true; value: T } | { ok: false; problem: P };

export function failure<P>(problem: P): { ok: false; problem: P } {
  return { ok: false, problem };
}

/** The first symbol of a code of this type and format version. */
export function frameHeader(type: CodeType, version: number): number {
  return CODE_TYPES.indexOf(type) * 16 + version;
}

function checksumOf(symbols: readonly number[]): number[] {
  // Each symbol is one byte of input, so a changed symbol is an error in one byte.
  return new BitWriter().write(crc32(symbols), CHECKSUM_SYMBOLS * 5).toSymbols();
}

/**
 * The code as text, without grouping: header, payload, checksum. The checksum also covers
 * `context`, symbols the code does not carry but its reader holds (a result code's quiz code):
 * a code read against another context fails its checksum.
 */
export function closeFrame(
  type: CodeType,
  version: number,
  payload: readonly number[],
  context: readonly number[] = [],
): string {
  const body = [frameHeader(type, version), ...payload];
  return symbolsToText([...body, ...checksumOf([...context, ...body])]);
}

export interface FrameSpec {
  type: CodeType;
  version: number;
  /**
   * How many payload symbols the fields in these symbols call for. Used only on a code
   * whose checksum fails, to tell a code cut short (or run on) from a mistyped one.
   */
  payloadSymbolsNeeded: (symbols: readonly number[]) => number;
  /** Symbols the checksum covers besides the code's own (see closeFrame). */
  context?: readonly number[];
}

/** The payload of a code whose characters, frame and checksum are sound; or what is wrong. */
export function openFrame(text: string, spec: FrameSpec): Decoded<number[]> {
  const parsed = parseSymbols(text);
  if (!parsed.ok) {
    return failure({
      kind: 'bad-character',
      character: parsed.character,
      position: parsed.position,
    });
  }
  const symbols = parsed.symbols;
  const first = symbols[0];
  if (first === undefined) return failure({ kind: 'empty' });
  const type = CODE_TYPES[first >> 4] ?? 'quiz';
  const version = first & 15;
  if (version === 0) return failure({ kind: 'not-a-code' });

  const body = symbols.slice(0, -CHECKSUM_SYMBOLS);
  const stored = symbols.slice(-CHECKSUM_SYMBOLS);
  // The context belongs to the format asked for: a code of another type is checked without it,
  // so that it can be named.
  const context = type === spec.type && version === spec.version ? (spec.context ?? []) : [];
  const intact =
    body.length > 1 &&
    stored.length === CHECKSUM_SYMBOLS &&
    checksumOf([...context, ...body]).every((s, i) => s === stored[i]);

  if (intact) {
    if (type !== spec.type) return failure({ kind: 'wrong-type', found: type });
    if (version > spec.version) return failure({ kind: 'version-too-new', version });
    if (version < spec.version) return failure({ kind: 'invalid', detail: 'version' });
    return { ok: true, value: body.slice(1) };
  }
  // Without a sound checksum the header cannot be trusted to name another type or version:
  // a first character this decoder does not expect most likely means this is no such code.
  if (type !== spec.type || version !== spec.version) return failure({ kind: 'not-a-code' });
  const expected = 1 + spec.payloadSymbolsNeeded(symbols.slice(1)) + CHECKSUM_SYMBOLS;
  if (symbols.length < expected) {
    return failure({ kind: 'truncated', missing: expected - symbols.length });
  }
  if (symbols.length > expected) {
    return failure({ kind: 'too-long', extra: symbols.length - expected });
  }
  return failure({ kind: 'checksum' });
}
