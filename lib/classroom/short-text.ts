import { BitReader, BitWriter } from './bits';

/**
 * Short text (a nickname, a typed answer) in as few bits as its characters allow: a length in
 * characters, then every character in the narrowest of four alphabets that holds them all.
 * Chinese takes 15 bits a character (against 16 in UTF-16 and 24 in UTF-8), Latin letters 7.
 */
const ALPHABETS = [
  /** Printable ASCII, space to tilde. */
  { first: 0x20, size: 0x7f - 0x20, bits: 7 },
  /** CJK Unified Ideographs and the blocks after them, up to the Hangul syllables. */
  { first: 0x4e00, size: 2 ** 15, bits: 15 },
  /** The rest of the Basic Multilingual Plane (surrogates are rejected on reading). */
  { first: 0, size: 2 ** 16, bits: 16 },
  /** Every code point, emoji included. */
  { first: 0, size: 0x110000, bits: 21 },
] as const;
const MODE_BITS = 2;

function lengthBits(maxChars: number): number {
  return Math.ceil(Math.log2(maxChars + 1));
}

export function writeShortText(w: BitWriter, text: string, maxChars: number): void {
  const points = [...text].map((ch) => ch.codePointAt(0)!);
  if (points.length > maxChars) throw new RangeError(`"${text}" is over ${maxChars} characters`);
  w.write(points.length, lengthBits(maxChars));
  if (points.length === 0) return;
  const mode = ALPHABETS.findIndex((a) =>
    points.every((p) => p >= a.first && p < a.first + a.size),
  );
  const alphabet = ALPHABETS[mode]!;
  w.write(mode, MODE_BITS);
  for (const p of points) w.write(p - alphabet.first, alphabet.bits);
}

/** The text, or null when a character read is none (past the last code point, a surrogate). */
export function readShortText(r: BitReader, maxChars: number): string | null {
  const length = r.read(lengthBits(maxChars));
  if (length === 0) return '';
  const alphabet = ALPHABETS[r.read(MODE_BITS)]!;
  const points = Array.from({ length }, () => r.read(alphabet.bits));
  if (points.some((p) => p >= alphabet.size)) return null;
  const text = String.fromCodePoint(...points.map((p) => p + alphabet.first));
  return /\p{Cs}/u.test(text) || length > maxChars ? null : text;
}
