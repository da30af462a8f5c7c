import type { Profile, Review } from './schema';

/*
 * Reading a profile's reviews, without the zod schemas that restoring a save needs: study pages
 * and the progress page import this, and must not pull the schemas into their first-load JavaScript.
 */

/** The reviews that count: not undone, not before a reset, oldest first. */
export function effectiveReviews(profile: Profile): Review[] {
  const undone = new Set(profile.undone);
  const restored = new Set(profile.restored);
  const resetAt = profile.resetAt ?? 0;
  return profile.reviews.filter(
    (r) => !undone.has(r.id) && (r.at >= resetAt || restored.has(r.id)),
  );
}
