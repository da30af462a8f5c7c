/*
 * Random ids and seeds from the platform's cryptographic generator. A module of their own: every
 * page's progress provider needs an id, and nothing of how answers are checked.
 */

/** A random id in base 36, from the platform's cryptographic generator. */
export function randomId(): string {
  const bytes = new Uint32Array(3);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(36).padStart(7, '0'))
    .join('')
    .slice(0, 20);
}

/** A quiz seed drawn in the browser: nine digits, short enough to put in a link. */
export function randomSeed(): number {
  const bytes = new Uint32Array(1);
  globalThis.crypto.getRandomValues(bytes);
  return (bytes[0] ?? 1) % 1_000_000_000;
}
