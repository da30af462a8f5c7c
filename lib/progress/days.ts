/*
 * Calendar days and daily counts, without the rest of the statistics: pages import these for dates in file names
 * and charts, and must not pull the scheduler and the schemas into their first-load JavaScript.
 */

export const DAY_MS = 86_400_000;

/**
 * The local calendar day of a moment, as whole days since 1970. `offsetMinutes` is
 * Date.prototype.getTimezoneOffset() of the learner's clock (UTC − local), passed in.
 */
export function dayNumber(at: number, offsetMinutes: number): number {
  return Math.floor((at - offsetMinutes * 60_000) / DAY_MS);
}

/**
 * A local day number as a Date whose UTC fields are that calendar day, for formatting with
 * `timeZone: 'UTC'`: the learner's own zone is already in the day number.
 */
export function calendarDate(day: number): Date {
  return new Date(day * DAY_MS);
}

/** 0 for no reviews, then 1–4 by how much of the daily goal the day reached; 4 is the goal met. */
export function heatLevel(count: number, dailyGoal: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0) return 0;
  const share = count / Math.max(1, dailyGoal);
  if (share >= 1) return 4;
  if (share >= 0.5) return 3;
  if (share >= 0.25) return 2;
  return 1;
}
