import type { Save, Settings } from './schema';

/*
 * Two tabs writing within milliseconds: the later write can be made over a value read before the
 * earlier one landed. Reviews and undos come back by themselves (the tab that holds them writes
 * them again when it hears of the other write), but a field that merges by "newest wins" (the
 * active profile, a name, a setting) would stay as the later write left it: the earlier tab's
 * change, reverted. So a tab remembers the fields its writes changed, and when the first write
 * stored after its own, moments later, shows one of them as it was before, it sets it again.
 * Both conditions keep a learner's deliberate change in another tab (which takes longer than
 * RACE_MS, and comes after that tab has heard of ours) from being undone.
 */

/** How long after a write another tab's write showing the old value is taken for a race, not a choice. */
export const RACE_MS = 1000;

/** A field this tab changed: its value before and after, as JSON, and when. */
export interface FieldChange {
  was: string;
  now: string;
  at: number;
  /** How many times it has been set again. */
  again?: number;
}

/** A change is set again at most this often: two tabs that each chose a value stop there. */
export const MAX_AGAIN = 3;

export type FieldChanges = Map<string, FieldChange>;

function fieldsOf(save: Save): Map<string, string> {
  const out = new Map<string, string>([['active', JSON.stringify(save.activeProfile)]]);
  for (const p of save.profiles) {
    out.set(`name:${p.id}`, JSON.stringify(p.name));
    for (const [key, value] of Object.entries(p.settings))
      out.set(`setting:${p.id}:${key}`, JSON.stringify(value));
  }
  return out;
}

/** Notes in `into` every field `after` (this tab's write) changed from `before` (what it read). */
export function noteChanges(before: Save | null, after: Save, at: number, into: FieldChanges) {
  if (!before) return;
  const old = fieldsOf(before);
  for (const [key, now] of fieldsOf(after)) {
    const was = old.get(key);
    if (was !== undefined && was !== now) into.set(key, { was, now, at });
  }
}

/**
 * The fields `incoming` (the first value stored after this tab's write) shows as they were
 * before this tab's change, made moments ago: that write had not seen ours.
 */
export function revertedFields(incoming: Save, mine: FieldChanges, now: number): string[] {
  const theirs = fieldsOf(incoming);
  return [...mine]
    .filter(
      ([key, change]) =>
        now - change.at <= RACE_MS &&
        (change.again ?? 0) < MAX_AGAIN &&
        theirs.get(key) === change.was,
    )
    .map(([key]) => key);
}

/** The save with this tab's changes to `keys` set again (where their profile is still there). */
export function reapply(save: Save, mine: FieldChanges, keys: readonly string[]): Save {
  let out = save;
  for (const key of keys) {
    const change = mine.get(key);
    if (!change) continue;
    const value: unknown = JSON.parse(change.now);
    const [field, id, setting] = key.split(':') as [string, string?, string?];
    if (field === 'active') {
      if (out.profiles.some((p) => p.id === value))
        out = { ...out, activeProfile: value as string };
      continue;
    }
    out = {
      ...out,
      profiles: out.profiles.map((p) => {
        if (p.id !== id) return p;
        if (field === 'name') return { ...p, name: value as string };
        return { ...p, settings: { ...p.settings, [setting as keyof Settings]: value } };
      }),
    };
  }
  return out;
}

/** The changes after `reverted` were set again: each counted once more, none made anew. */
export function settledAgain(before: FieldChanges, reverted: readonly string[]): FieldChanges {
  const out: FieldChanges = new Map(before);
  for (const key of reverted) {
    const change = out.get(key);
    if (change) out.set(key, { ...change, again: (change.again ?? 0) + 1 });
  }
  return out;
}
