/**
 * Crockford's base32: 32 symbols that survive being read aloud, handwritten and retyped.
 * No I, L, O or U; on input, letters are case-insensitive, I and L read as 1, and O as 0.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE_OF = new Map<string, number>([
  ...[...ALPHABET].map((ch, i) => [ch, i] as const),
  ['I', 1],
  ['L', 1],
  ['O', 0],
]);

/**
 * Separators a person or a chat app may put between groups: spaces, line breaks and every
 * kind of dash (phones turn "--" into "—"). They carry no meaning and are skipped.
 */
const SEPARATOR = /[\s\-‐‑‒–—―−_.·]/u;

export type SymbolParse =
  { ok: true; symbols: number[] } | { ok: false; character: string; position: number };

/** The symbol values of a typed or pasted code; the first character that is not a symbol fails it. */
export function parseSymbols(text: string): SymbolParse {
  const symbols: number[] = [];
  let position = 0;
  for (const ch of text) {
    position += 1;
    if (SEPARATOR.test(ch)) continue;
    const value = VALUE_OF.get(ch.toUpperCase());
    if (value === undefined) return { ok: false, character: ch, position };
    symbols.push(value);
  }
  return { ok: true, symbols };
}

export function symbolsToText(symbols: readonly number[]): string {
  return symbols.map((s) => ALPHABET.charAt(s)).join('');
}

/** A code's groups of five, the way it is read out: 1ABCD, EFGHJ, K. */
export function codeGroups(code: string, size = 5): string[] {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += size) groups.push(code.slice(i, i + size));
  return groups;
}

/** Groups of five joined by dashes, the way a code is shown and read out: 1ABCD-EFGHJ-K. */
export function groupCode(code: string, size = 5): string {
  return codeGroups(code, size).join('-');
}
