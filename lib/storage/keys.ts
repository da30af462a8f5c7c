/** Every key this app writes to localStorage, in one place, each with its format version. */
export const STORAGE_KEYS = {
  displayLanguage: 'shizheng:v1:display-language',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** localStorage that may be missing, full or switched off: reads give null, writes report failure. */
export function readKey(key: StorageKey): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeKey(key: StorageKey, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
