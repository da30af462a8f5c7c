import { shownProfileName } from '@/lib/progress/default-names';

/*
 * The header's profile menu before the store has loaded. The store (with the save checks and
 * FSRS) is a chunk of its own that arrives after hydration; the menu only needs the profiles'
 * names and which is active. The script in <head> (themeScript.ts) already parses the save for the
 * theme, and leaves them on window for the menu, which then draws at hydration instead of a
 * round trip later on a slow phone (npm run bench, first tap).
 */

/** The global the head script writes: [active profile id, [[id, name], …]]. */
export const EARLY_PROFILES_GLOBAL = '__earlyProfiles';

export interface EarlyProfiles {
  active: string;
  profiles: { id: string; name: string }[];
}

/**
 * The profiles the head script read; for a first visit (no saved progress) the one profile the
 * store will make, under the default name; null when neither is known (unreadable save, no head
 * script): the menu then waits for the store.
 */
export function readEarlyProfiles(defaultName: string): EarlyProfiles | null {
  if (typeof window === 'undefined') return null;
  if (!document.documentElement.hasAttribute('data-saved'))
    return { active: '', profiles: [{ id: '', name: defaultName }] };
  const raw: unknown = (window as unknown as Record<string, unknown>)[EARLY_PROFILES_GLOBAL];
  if (!Array.isArray(raw) || typeof raw[0] !== 'string' || !Array.isArray(raw[1])) return null;
  const profiles = (raw[1] as unknown[]).flatMap((entry) =>
    Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string'
      ? [{ id: entry[0], name: shownProfileName(entry[1], defaultName) }]
      : [],
  );
  if (profiles.length === 0) return null;
  const active = profiles.some((p) => p.id === raw[0]) ? raw[0] : profiles[0]!.id;
  return { active, profiles };
}
