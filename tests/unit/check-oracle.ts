import fc from 'fast-check';
import { expect, it } from 'vitest';

/*
 * Helpers to hold a hand-written check (lib/checks.ts) to a zod schema of the same rules: the
 * check must accept every valid value, and agree with the schema on values broken in one place.
 */

/** Values a tampered code, a damaged save or a bug could put anywhere. */
export const oddValue = fc.oneof(
  fc.integer({ min: -2, max: 40 }),
  fc.integer({ min: -3, max: 70_000 }),
  fc.constantFrom(
    -0,
    0.5,
    NaN,
    Infinity,
    -1,
    2 ** 20,
    2 ** 31,
    2 ** 53,
    '',
    ' ',
    'zh',
    null,
    undefined,
  ),
  fc.string({ maxLength: 6 }),
  fc.array(fc.integer({ min: -1, max: 16 }), { maxLength: 6 }),
  fc.anything({ maxDepth: 2 }),
);

type Container = Record<string, unknown> | unknown[];

function containers(value: unknown, out: Container[] = []): Container[] {
  if (Array.isArray(value)) {
    out.push(value);
    for (const item of value) containers(item, out);
  } else if (typeof value === 'object' && value !== null) {
    out.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

/** A value moved just across a likely edge: a number by one, a string by a character. */
function nudged(value: unknown, i: number): unknown {
  if (typeof value === 'number') return i % 2 === 0 ? value + 1 : value - 1;
  if (typeof value === 'string') return [`${value}x`, value.slice(1), ` ${value} `, ''][i % 4];
  return value;
}

/**
 * A valid value broken in one place, at any depth: a field or an item replaced by an odd
 * value or nudged across an edge, removed, or one added.
 */
export function brokenOnce<T>(valid: fc.Arbitrary<T>, extra: fc.Arbitrary<unknown> = oddValue) {
  return fc
    .record({
      value: valid,
      where: fc.nat(),
      which: fc.nat(),
      edge: fc.nat(),
      odd: fc.oneof(oddValue, extra),
      how: fc.constantFrom('set', 'delete', 'add', 'nudge'),
    })
    .map(({ value, where, which, edge, odd, how }) => {
      const copy = structuredClone(value) as unknown;
      const all = containers(copy);
      const target = all[where % all.length]!;
      if (Array.isArray(target)) {
        const k = which % Math.max(1, target.length);
        if (how === 'add' || target.length === 0) target.push(odd);
        else if (how === 'delete') target.splice(k, 1);
        else target[k] = how === 'nudge' ? nudged(target[k], edge) : odd;
      } else {
        const keys = Object.keys(target);
        const key = keys[which % Math.max(1, keys.length)]!;
        if (how === 'add' || keys.length === 0) target.extra = odd;
        else if (how === 'delete') delete target[key];
        else target[key] = how === 'nudge' ? nudged(target[key], edge) : odd;
      }
      return copy;
    });
}

/** Two tests: the check accepts every valid value, and agrees with the oracle on broken ones. */
export function agree(
  name: string,
  check: (v: unknown) => boolean,
  oracle: { safeParse: (v: unknown) => { success: boolean } },
  valid: fc.Arbitrary<unknown>,
  numRuns = 2000,
) {
  it(`${name}: accepts every valid value`, () => {
    fc.assert(
      fc.property(valid, (v) => {
        expect(oracle.safeParse(v).success).toBe(true);
        expect(check(v)).toBe(true);
      }),
    );
  });
  it(`${name}: agrees with the zod oracle on values broken in one place`, () => {
    fc.assert(
      fc.property(brokenOnce(valid), (v) => {
        expect(check(v)).toBe(oracle.safeParse(v).success);
      }),
      { numRuns },
    );
  });
}
