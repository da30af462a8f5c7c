import { BitReader, BitWriter } from './bits';

/**
 * Short text in a code: UTF-8 or UTF-16, whichever is shorter (Chinese takes 16 bits a
 * character in UTF-16 against 24 in UTF-8; Latin letters 8 in UTF-8), behind a mode bit and
 * a length in code units.
 */

export function writeText(w: BitWriter, text: string, lengthBits: number): void {
  const utf8 = [...new TextEncoder().encode(text)];
  const utf16 = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const limit = 2 ** lengthBits - 1;
  const useUtf8 =
    utf8.length <= limit && (utf8.length * 8 <= utf16.length * 16 || utf16.length > limit);
  const units = useUtf8 ? utf8 : utf16;
  if (units.length > limit)
    throw new RangeError(`"${text}" is too long for ${lengthBits} length bits`);
  w.write(useUtf8 ? 0 : 1, 1)
    .write(units.length, lengthBits)
    .writeBytes(units, useUtf8 ? 8 : 16);
}

/** The text, or null when its bytes are not well-formed UTF-8 or UTF-16. */
export function readText(r: BitReader, lengthBits: number): string | null {
  const utf16 = r.read(1) === 1;
  const length = r.read(lengthBits);
  const units = Array.from({ length }, () => r.read(utf16 ? 16 : 8));
  if (utf16) {
    const text = String.fromCharCode(...units);
    // A lone surrogate is half a character: no encoder writes one.
    return /\p{Cs}/u.test(text) ? null : text;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(units));
  } catch {
    return null;
  }
}
