/** Fields packed bit by bit, most significant first, into 5-bit symbols. */

export const BITS_PER_SYMBOL = 5;

export class BitWriter {
  private readonly bits: number[] = [];

  /** Writes `value` in `width` bits; values up to 2^53 are exact. */
  write(value: number, width: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }

  writeBytes(bytes: Iterable<number>, bitsEach: number): this {
    for (const b of bytes) this.write(b, bitsEach);
    return this;
  }

  /** The bits so far as symbols, the last one padded with zero bits. */
  toSymbols(): number[] {
    const symbols: number[] = [];
    for (let i = 0; i < this.bits.length; i += BITS_PER_SYMBOL) {
      let s = 0;
      for (let j = 0; j < BITS_PER_SYMBOL; j++) s = s * 2 + (this.bits[i + j] ?? 0);
      symbols.push(s);
    }
    return symbols;
  }
}

/**
 * Reads fields back. Reading past the end gives zeros and sets `overrun` rather than
 * throwing, so a decoder can finish its pass over a short code and then report it as cut off.
 */
export class BitReader {
  private position = 0;
  overrun = false;

  constructor(private readonly symbols: readonly number[]) {}

  get totalBits(): number {
    return this.symbols.length * BITS_PER_SYMBOL;
  }

  get bitsRead(): number {
    return this.position;
  }

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + this.bit(this.position + i);
    this.position += width;
    if (this.position > this.totalBits) this.overrun = true;
    return value;
  }

  /** Whether every bit after the fields read so far is zero: the padding of a well-formed code. */
  restIsZero(): boolean {
    for (let p = this.position; p < this.totalBits; p++) if (this.bit(p) !== 0) return false;
    return true;
  }

  private bit(p: number): number {
    const symbol = this.symbols[Math.floor(p / BITS_PER_SYMBOL)];
    if (symbol === undefined) return 0;
    return (symbol >> (BITS_PER_SYMBOL - 1 - (p % BITS_PER_SYMBOL))) & 1;
  }
}

/** Symbols needed to hold `bits` bits. */
export function symbolsFor(bits: number): number {
  return Math.ceil(bits / BITS_PER_SYMBOL);
}
