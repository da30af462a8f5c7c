import { isInt, isPlainObject } from '../checks';
import { readKey, STORAGE_KEYS, writeKey } from '../storage/keys';

/**
 * A student's handed-in result on this device: the result code, when the quiz was started
 * (wall-clock ms, for when a teacher-paced quiz closes), whether the reveal word was typed, and
 * the codes of any later goes at a self-paced quiz ("Start again"). A retake never replaces the
 * first result: it is kept beside it, and its code says it is a retake and which go.
 * Kept as JSON per profile and quiz, so that two people sharing a device (two profiles) each keep
 * their own; an older plain result code reads as one started at 0 (long closed).
 */
export interface SavedResult {
  code: string;
  startedAt: number;
  revealed: boolean;
  /** Result codes of later goes, oldest first; absent before the first retake. */
  retakes?: string[];
}

/** The code of the latest go: a retake's, or the first result's. */
export function latestCode(saved: SavedResult): string {
  return saved.retakes?.at(-1) ?? saved.code;
}

/** The saved result with one more go's code kept after the others. */
export function withRetake(saved: SavedResult, code: string): SavedResult {
  return { ...saved, retakes: [...(saved.retakes ?? []), code] };
}

export function parseSavedResult(raw: string | null): SavedResult | null {
  if (!raw) return null;
  if (!raw.startsWith('{')) return { code: raw, startedAt: 0, revealed: false };
  try {
    const value: unknown = JSON.parse(raw);
    if (!isPlainObject(value)) return null;
    const { code, startedAt, revealed, retakes } = value;
    if (typeof code !== 'string' || !isInt(startedAt, 0, Number.MAX_SAFE_INTEGER)) return null;
    // Retakes that cannot be read are set aside; the first result never is.
    const kept = Array.isArray(retakes)
      ? retakes.filter((r): r is string => typeof r === 'string')
      : [];
    return {
      code,
      startedAt,
      revealed: revealed === true,
      ...(kept.length > 0 ? { retakes: kept } : {}),
    };
  } catch {
    return null;
  }
}

export function serializeSavedResult(saved: SavedResult): string {
  return JSON.stringify(saved);
}

/** Key-value storage as lib/storage/keys.ts gives it; tests pass a map. */
export interface ResultStorage {
  read: (key: string) => string | null;
  write: (key: string, value: string | null) => boolean;
}

const browserStorage: ResultStorage = { read: readKey, write: writeKey };

/**
 * The profile's saved result of a quiz. A result saved before results had a profile is taken
 * over by the first profile that opens the quiz, and so stays with one person.
 */
export function loadSavedResult(
  profileId: string,
  quizCode: string,
  storage: ResultStorage = browserStorage,
): SavedResult | null {
  const own = storage.read(STORAGE_KEYS.classroomResult(profileId, quizCode));
  if (own !== null) return parseSavedResult(own);
  const unowned = storage.read(STORAGE_KEYS.classroomResultUnowned(quizCode));
  if (unowned === null) return null;
  if (storage.write(STORAGE_KEYS.classroomResult(profileId, quizCode), unowned)) {
    storage.write(STORAGE_KEYS.classroomResultUnowned(quizCode), null);
  }
  return parseSavedResult(unowned);
}

/** Saves the profile's result of a quiz; false when storage is full or switched off. */
export function storeSavedResult(
  profileId: string,
  quizCode: string,
  saved: SavedResult,
  storage: ResultStorage = browserStorage,
): boolean {
  return storage.write(
    STORAGE_KEYS.classroomResult(profileId, quizCode),
    serializeSavedResult(saved),
  );
}
