/** Every key this app writes to localStorage, in one place, each with its format version. */
export const STORAGE_KEYS = {
  /** All learners' progress on this device: profiles, review logs, settings. */
  progress: 'shizheng:v1:progress',
  /** Saved data that could not be read is set aside under this prefix plus a timestamp. */
  backupPrefix: 'shizheng:v1:backup:',
  /** The question language (中文 / English / both) on this device. */
  displayLanguage: 'shizheng:v1:display-language',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** localStorage that may be missing, full or switched off: reads give null, writes report failure. */
export function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeKey(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
