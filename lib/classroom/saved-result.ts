import { isInt, isPlainObject } from '../checks';

/**
 * A student's handed-in result on this device: the result code, when the quiz was started
 * (wall-clock ms, for when a teacher-paced quiz closes) and whether the reveal word was typed.
 * Kept as JSON; an older plain result code reads as one started at 0 (long closed).
 */
export interface SavedResult {
  code: string;
  startedAt: number;
  revealed: boolean;
}

export function parseSavedResult(raw: string | null): SavedResult | null {
  if (!raw) return null;
  if (!raw.startsWith('{')) return { code: raw, startedAt: 0, revealed: false };
  try {
    const value: unknown = JSON.parse(raw);
    if (!isPlainObject(value)) return null;
    const { code, startedAt, revealed } = value;
    if (typeof code !== 'string' || !isInt(startedAt, 0, Number.MAX_SAFE_INTEGER)) return null;
    return { code, startedAt, revealed: revealed === true };
  } catch {
    return null;
  }
}

export function serializeSavedResult(saved: SavedResult): string {
  return JSON.stringify(saved);
}
