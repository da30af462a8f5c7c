'use client';

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useSyncExternalStore,
} from 'react';
import type { Text } from '@/lib/content/schema';
import { type DisplayMode, isDisplayMode, LANG_TAGS } from '@/lib/display';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';

interface DisplayLanguage {
  mode: DisplayMode;
  setMode: (mode: DisplayMode) => void;
}

const DisplayLanguageContext = createContext<DisplayLanguage>({ mode: 'zh', setMode: () => {} });

const CHANGE_EVENT = 'shizheng:display-language';
// Kept in memory too, so the choice holds for this visit when storage is switched off.
let memoryChoice: DisplayMode | null = null;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function savedChoice(): DisplayMode | null {
  const saved = readKey(STORAGE_KEYS.displayLanguage);
  return isDisplayMode(saved) ? saved : memoryChoice;
}

/** Holds the question language; it starts as the interface language and remembers a choice. */
export function DisplayLanguageProvider({
  initial,
  children,
}: {
  initial: DisplayMode;
  children: ReactNode;
}) {
  const saved = useSyncExternalStore(subscribe, savedChoice, () => null);
  const setMode = useCallback((next: DisplayMode) => {
    memoryChoice = next;
    writeKey(STORAGE_KEYS.displayLanguage, next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return (
    <DisplayLanguageContext.Provider value={{ mode: saved ?? initial, setMode }}>
      {children}
    </DisplayLanguageContext.Provider>
  );
}

export function useDisplayLanguage(): DisplayLanguage {
  return useContext(DisplayLanguageContext);
}

/** Text in the chosen question language, each part marked with its lang. */
export function BilingualText({ text, mode: forced }: { text: Text; mode?: DisplayMode }) {
  const { mode: chosen } = useDisplayLanguage();
  const mode = forced ?? chosen;
  if (mode !== 'both') return <span lang={LANG_TAGS[mode]}>{text[mode]}</span>;
  return (
    <span className="bilingual">
      <span lang={LANG_TAGS.zh}>{text.zh}</span>
      <span lang={LANG_TAGS.en} className="bilingual-second">
        {text.en}
      </span>
    </span>
  );
}
