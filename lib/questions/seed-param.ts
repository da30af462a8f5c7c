/** A quiz or round number in a link (?seed=): 1 to 9 digits. */
const SEED = /^\d{1,9}$/;

/**
 * The seed a link asks for: the number, or null when it names none. `bad` holds a value that is
 * not a seed, so that the page can say it made a new quiz instead of silently replacing it.
 */
export function seedParam(value: string | null): { seed: number | null; bad: string | null } {
  if (value === null) return { seed: null, bad: null };
  return SEED.test(value) ? { seed: Number(value), bad: null } : { seed: null, bad: value };
}
