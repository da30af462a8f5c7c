/**
 * What the classroom pages keep in this browser, each key with its format version. They sit
 * beside lib/storage/keys.ts rather than in it because each is one key per quiz code.
 * Every call is wrapped: storage may be full, switched off or missing, and a classroom must
 * go on without it.
 */
const PREFIX = 'shizheng:v1:classroom';

export const CLASSROOM_KEYS = {
  /** A student's finished result code, so a reload does not lose it before it reaches the teacher. */
  finishedResult: (quizCode: string) => `${PREFIX}:result:${quizCode}`,
  /** The result codes a teacher has pasted or scanned for a quiz. */
  collectedCodes: (quizCode: string) => `${PREFIX}:codes:${quizCode}`,
} as const;

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
