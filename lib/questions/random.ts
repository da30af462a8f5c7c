/**
 * Seeded randomness that gives the same numbers on every machine and browser:
 * 32-bit integer arithmetic only (Math.imul, >>>), no Math.random, no floating-point
 * functions whose last bits may differ between engines.
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of any string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** A 32-bit unsigned integer. */
  nextUint32: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
}

/** mulberry32, seeded from a string so that every question draws from its own stream. */
export function createRandom(seed: string): Random {
  let state = hashString(seed);
  const nextUint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    // Modulo bias is irrelevant at these sizes and keeps the arithmetic exact.
    int: (n) => (n <= 0 ? 0 : nextUint32() % n),
  };
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function pickOne<T>(items: readonly T[], random: Random): T | undefined {
  return items.length === 0 ? undefined : items[random.int(items.length)];
}

/**
 * Positions 0 … size−1 in a random order, one at a time, without listing them all first:
 * a Fisher–Yates shuffle carried out only as far as it is read. Undefined once all are drawn.
 */
export function drawPositions(size: number, random: Random): () => number | undefined {
  const moved = new Map<number, number>();
  let drawn = 0;
  return () => {
    if (drawn >= size) return undefined;
    const j = drawn + random.int(size - drawn);
    const atJ = moved.get(j) ?? j;
    moved.set(j, moved.get(drawn) ?? drawn);
    moved.delete(drawn);
    drawn += 1;
    return atJ;
  };
}
