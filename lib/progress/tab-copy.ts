import { STORAGE_KEYS } from '../storage/keys';
import { checkReview, type Review, type Save } from './schema';
import type { KeyValueStorage } from './store';

/*
 * The tab's own copy of what localStorage could not take. While localStorage is full (or holds a
 * damaged original nothing may write over), the reviews and undos it lacks are also written to
 * the tab's sessionStorage, whose quota is its own, so that a reload of the tab brings them back
 * (ProgressStore.takeUnsaved); answers held for a profile deleted in another tab are kept there too.
 */

/** The profile id under which a tab keeps answers held for a deleted profile. */
export const DELETED = '-deleted';

/** Reviews and undos kept in a tab's storage, per profile (STORAGE_KEYS.unsaved). */
export interface Unsaved {
  profile: string;
  name: string;
  reviews: Review[];
  undone: string[];
}

/** What each profile of `save` holds that `stored` (null: nothing readable) lacks. */
export function unstoredOf(save: Save, stored: Save | null): Unsaved[] {
  const out: Unsaved[] = [];
  for (const p of save.profiles) {
    const there = stored?.profiles.find((s) => s.id === p.id);
    const ids = new Set(there?.reviews.map((r) => r.id));
    const undos = new Set(there?.undone);
    const before = Math.max(there?.archive?.before ?? 0, there?.resetAt ?? 0);
    const reviews = p.reviews.filter((r) => !ids.has(r.id) && r.at >= before);
    const undone = p.undone.filter((u) => !undos.has(u));
    if (reviews.length > 0 || undone.length > 0)
      out.push({ profile: p.id, name: p.name, reviews, undone });
  }
  return out;
}

export function writeUnsaved(tab: KeyValueStorage | null, kept: readonly Unsaved[]) {
  if (!tab) return;
  try {
    if (kept.length === 0) tab.removeItem(STORAGE_KEYS.unsaved);
    else tab.setItem(STORAGE_KEYS.unsaved, JSON.stringify(kept));
  } catch {
    // The tab's storage is full too: the reviews are in memory, and leaving the page warns.
  }
}

export function readUnsaved(tab: KeyValueStorage | null): Unsaved[] {
  let json: unknown = null;
  try {
    json = JSON.parse(tab?.getItem(STORAGE_KEYS.unsaved) ?? 'null');
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  return json.flatMap((k: unknown) => {
    if (typeof k !== 'object' || k === null) return [];
    const { profile, name, reviews, undone } = k as Record<string, unknown>;
    if (typeof profile !== 'string') return [];
    const good = (Array.isArray(reviews) ? reviews : []).flatMap((r) => {
      const checked = checkReview(r);
      return checked.ok ? [checked.value] : [];
    });
    const ids = Array.isArray(undone) ? undone.filter((u) => typeof u === 'string') : [];
    return [
      { profile, name: typeof name === 'string' ? name : profile, reviews: good, undone: ids },
    ];
  });
}
