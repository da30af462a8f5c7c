import { allKinds, KINDS } from '.';
import { FACT_SCHEMAS } from './schemas';
import type { FactKindModule } from './types';

/** Edits (insert, delete, replace) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(replace, (previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The kind an author most likely meant by a kind that does not exist: one whose name or
 * other names (`alsoCalled`: "appointment" for office) the word contains or nearly spells.
 */
export function closestKind(word: string): FactKindModule | undefined {
  const w = word.toLowerCase().replace(/[^a-z]+/g, '');
  if (!w) return undefined;
  let best: { kind: FactKindModule; distance: number } | undefined;
  for (const kind of allKinds()) {
    for (const name of [kind.kind, ...(kind.alsoCalled ?? [])]) {
      const distance = w.includes(name) ? 0 : editDistance(w, name);
      if (
        distance <= Math.max(2, Math.floor(name.length / 3)) &&
        (!best || distance < best.distance)
      )
        best = { kind, distance };
    }
  }
  return best?.kind;
}

/** What content:check says of a fact whose `kind` is missing or names no kind. */
export function unknownKindMessage(value: unknown): string {
  const list = (kinds: readonly FactKindModule[]) =>
    `${kinds.map((k) => k.kind).join(', ')} (docs/authoring.md, "The fact kinds")`;
  if (typeof value !== 'string' || value === '')
    return `a fact needs a kind; kinds: ${list(allKinds())}`;
  const closest = closestKind(value);
  return closest
    ? `kind "${value}" is not a kind; use "${closest.kind}" (${closest.summary}). Other kinds: ${list(allKinds().filter((k) => k !== closest))}`
    : `kind "${value}" is not a kind; kinds: ${list(allKinds())}`;
}

/**
 * The kind whose fields hold every field of a fact that its own kind does not know: a fact
 * written as an office with a `title` field is a title. The kind with the fewest fields wins (the
 * nearest fit); undefined when no kind holds them all, or for the fact's own kind.
 */
export function kindForFields(fields: readonly string[], own: unknown): FactKindModule | undefined {
  let best: { kind: string; size: number } | undefined;
  for (const schema of FACT_SCHEMAS) {
    const shape = Object.keys(schema.shape);
    const kind = schema.shape.kind.value;
    if (kind === own || !fields.every((f) => f === 'kind' || shape.includes(f))) continue;
    if (!best || shape.length < best.size) best = { kind, size: shape.length };
  }
  return best ? (KINDS[best.kind as keyof typeof KINDS] as FactKindModule) : undefined;
}
