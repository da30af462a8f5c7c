/**
 * Field-by-field checks of untrusted values that reach the browser: quiz and result codes from
 * links and from what students type, saved progress and imported files. Content is checked with
 * zod at build time; in the browser these few helpers do the same work without zod's runtime,
 * which added 18 to 30 KB (gzip) to a page and a long task to every start. The unit tests hold
 * each check to a zod schema of the same rules.
 */

/** A checked value, or the first field that failed. */
export type Checked<T> = { ok: true; value: T } | { ok: false; field: string };

/** A safe integer from min to max. */
export function isInt(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A finite number from min to max. */
export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A stored text read back as a plain object, or null: nothing, not JSON, or not an object. */
export function parseJsonObject(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return isPlainObject(value) ? value : null;
}

/**
 * Checks an object with exactly the given fields (an unknown field fails, as a strict schema
 * would) and returns a copy of it. An optional field's check must accept undefined.
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
    if (Object.hasOwn(value, name)) copy[name] = value[name];
  }
  return { ok: true, value: copy as T };
}

/** Like checkFields, for an encoder's own input: a failure is a bug, so it throws. */
export function mustPass<T>(checked: Checked<T>, what: string): T {
  if (!checked.ok) throw new Error(`Invalid ${what}: ${checked.field || 'not an object'}`);
  return checked.value;
}
