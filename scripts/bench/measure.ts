/** Timing helpers for the benchmark. Times are in milliseconds. */

export interface Timing {
  /** The fastest run: other work on the machine only ever adds time, so this is the cost. */
  best: number;
  median: number;
  /** CPU time of the fastest run (user + system, every thread of this process). */
  cpu: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn(i)` `runs` times after `setup(i)` (not timed) and reports the times. */
export function time<S>(
  runs: number,
  setup: (i: number) => S,
  fn: (state: S, i: number) => unknown,
): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = setup(i);
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn(state, i);
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const fastest = walls.indexOf(Math.min(...walls));
  return { best: walls[fastest]!, median: median(walls), cpu: cpus[fastest]!, runs };
}

/**
 * The exponent k of the best fit time ≈ c·n^k (least squares on log time against log n).
 * 1 is linear growth; n·log n over 1,000 … 100,000 fits about 1.11.
 */
export function growthExponent(points: readonly { n: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? NaN : num / den;
}

/** The exponent n·log n shows over the same sizes, for comparison with growthExponent. */
export function nLogNExponent(sizes: readonly number[]): number {
  return growthExponent(sizes.map((n) => ({ n, ms: n * Math.log(n) })));
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
