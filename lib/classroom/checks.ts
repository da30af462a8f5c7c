/**
 * Field-by-field checks of untrusted values, for the classroom pages. Quiz and result codes
 * come from links and from what students type; everything the decoders read is checked here
 * before it is used. These few helpers replace zod on these pages, where zod's runtime added
 * about 18 KB (gzip) to the first load of every classroom page. The unit tests compare them with
 * zod schemas of the same rules.
 */

/** A checked value, or the first field that failed. */
export type Checked<T> = { ok: true; value: T } | { ok: false; field: string };

export function isInt(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

export function isArrayOf(
  value: unknown,
  item: (v: unknown) => boolean,
  minLength: number,
  maxLength: number,
): value is unknown[] {
  return (
    Array.isArray(value) &&
    value.length >= minLength &&
    value.length <= maxLength &&
    value.every((v) => item(v))
  );
}

export function isDistinct(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks an object with exactly the given fields (an unknown field fails, as a strict schema
 * would) and returns a copy holding only them.
 */
export function checkFields<T extends object>(
  value: unknown,
  checks: { [K in keyof T]-?: (v: unknown) => boolean },
): Checked<T> {
  if (!isPlainObject(value)) return { ok: false, field: '' };
  const names = Object.keys(checks);
  for (const key of Object.keys(value)) if (!names.includes(key)) return { ok: false, field: key };
  const copy: Record<string, unknown> = {};
  for (const name of names) {
    const check = (checks as Record<string, (v: unknown) => boolean>)[name]!;
    if (!check(value[name])) return { ok: false, field: name };
    copy[name] = value[name];
  }
  return { ok: true, value: copy as T };
}

/** Like checkFields, for an encoder's own input: a failure is a bug, so it throws. */
export function mustPass<T>(checked: Checked<T>, what: string): T {
  if (!checked.ok) throw new Error(`Invalid ${what}: ${checked.field || 'not an object'}`);
  return checked.value;
}
