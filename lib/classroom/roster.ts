import { normalizeNickname } from './student-result';

/** The names on a pasted class list: one a line (or split by commas), each once, in order. */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[\r\n,，;；、]+/)) {
    const name = part.trim();
    const key = rosterKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/**
 * How a name on the list is matched to a result's nickname: in the form a result code keeps
 * (cut to its length), and without regard to case.
 */
export function rosterKey(name: string): string {
  return normalizeNickname(name).toLocaleLowerCase();
}

/** The names on the list that no result has handed in. */
export function notHandedIn(roster: readonly string[], nicknames: readonly string[]): string[] {
  const handedIn = new Set(nicknames.map(rosterKey));
  return roster.filter((name) => !handedIn.has(rosterKey(name)));
}

/** Class names, as the results page keeps them per quiz: trimmed, each once, none empty. */
export function parseClassNames(saved: string | null): string[] {
  if (!saved) return [];
  try {
    const value: unknown = JSON.parse(saved);
    if (!Array.isArray(value)) return [];
    return [
      ...new Set(value.filter((v): v is string => typeof v === 'string').map((v) => v.trim())),
    ].filter(Boolean);
  } catch {
    return [];
  }
}
