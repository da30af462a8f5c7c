import { parseSavedRound, type SavedRound } from '@/lib/questions/round';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/*
 * The practice round in progress, in this tab's sessionStorage (see lib/questions/round.ts). A
 * browser without it (storage switched off, a sandboxed frame) simply does not resume.
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
