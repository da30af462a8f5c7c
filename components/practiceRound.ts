import { parseSavedLearn, type SavedLearn } from '@/lib/questions/learn';
import { parseSavedRound, type SavedRound } from '@/lib/questions/round';
import { parseSavedTest, type SavedTest } from '@/lib/questions/test-run';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/*
 * The practice round, the test and the learn session in progress, in this tab's sessionStorage
 * (see lib/questions/round.ts, lib/questions/test-run.ts and lib/questions/learn.ts). A browser without it (storage switched
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

/** The round saved in this tab, as stored: read when the page loads, before its own answers. */
export function savedRoundText(): string | null {
  try {
    return tabStorage()?.getItem(STORAGE_KEYS.practiceRound) ?? null;
  } catch {
    return null;
  }
}

/** The round saved in this tab (or `saved`, read earlier), if it belongs to this address. */
export function readRound(
  search: string,
  deckIds: ReadonlySet<string>,
  saved: string | null = savedRoundText(),
): SavedRound | null {
  try {
    return parseSavedRound(saved, search, deckIds);
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

export function readLearn(search: string, deckIds: ReadonlySet<string>): SavedLearn | null {
  try {
    return parseSavedLearn(tabStorage()?.getItem(STORAGE_KEYS.learnRun) ?? null, search, deckIds);
  } catch {
    return null;
  }
}

/** Keeps the learn session after an answer, or forgets it (null) when a new one starts. */
export function writeLearn(learn: SavedLearn | null): void {
  try {
    const storage = tabStorage();
    if (learn) storage?.setItem(STORAGE_KEYS.learnRun, JSON.stringify(learn));
    else storage?.removeItem(STORAGE_KEYS.learnRun);
  } catch {
    // Full or switched off: the session just does not resume after a reload.
  }
}
