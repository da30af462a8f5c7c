import { parseSavedRound, type SavedRound } from '@/lib/questions/round';
import { parseSavedTest, type SavedTest } from '@/lib/questions/test-run';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/*
 * The practice round and the test in progress, in this tab's sessionStorage (see
 * lib/questions/round.ts and lib/questions/test-run.ts). A browser without it (storage switched
 * off, a sandboxed frame) simply does not resume.
 */

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The address's query as the page reads it: "deck=x", "" for none. */
export const currentSearch = () => new URLSearchParams(window.location.search).toString();

export function readRound(search: string, deckIds: ReadonlySet<string>): SavedRound | null {
  try {
    return parseSavedRound(
      tabStorage()?.getItem(STORAGE_KEYS.practiceRound) ?? null,
      search,
      deckIds,
    );
  } catch {
    return null;
  }
}

export function saveRound(round: SavedRound): void {
  try {
    tabStorage()?.setItem(STORAGE_KEYS.practiceRound, JSON.stringify(round));
  } catch {
    // Full or switched off: the round just does not resume.
  }
}

export function clearRound(): void {
  try {
    tabStorage()?.removeItem(STORAGE_KEYS.practiceRound);
  } catch {
    // As above.
  }
}

export function readTest(search: string, deckIds: ReadonlySet<string>): SavedTest | null {
  try {
    return parseSavedTest(tabStorage()?.getItem(STORAGE_KEYS.testRun) ?? null, search, deckIds);
  } catch {
    return null;
  }
}

/** Keeps the test in progress, or forgets it (null) once handed in or abandoned. */
export function writeTest(test: SavedTest | null): void {
  try {
    const storage = tabStorage();
    if (test) storage?.setItem(STORAGE_KEYS.testRun, JSON.stringify(test));
    else storage?.removeItem(STORAGE_KEYS.testRun);
  } catch {
    // Full or switched off: the test just does not resume after a reload.
  }
}
