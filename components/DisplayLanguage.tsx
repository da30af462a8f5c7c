'use client';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Text } from '@/lib/content/schema';
import { type DisplayMode, isDisplayMode, LANG_TAGS } from '@/lib/display';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';

interface DisplayLanguage {
  mode: DisplayMode;
  setMode: (mode: DisplayMode) => void;
}

const DisplayLanguageContext = createContext<DisplayLanguage>({ mode: 'zh', setMode: () => {} });

/** Holds the question language; it starts as the interface language and remembers a choice. */
export function DisplayLanguageProvider({
  initial,
  children,
}: {
  initial: DisplayMode;
  children: ReactNode;
}) {
  const [mode, setModeState] = useState<DisplayMode>(initial);
  useEffect(() => {
    const saved = readKey(STORAGE_KEYS.displayLanguage);
    if (isDisplayMode(saved)) setModeState(saved);
  }, []);
  const setMode = useCallback((next: DisplayMode) => {
    setModeState(next);
    writeKey(STORAGE_KEYS.displayLanguage, next);
  }, []);
  return (
    <DisplayLanguageContext.Provider value={{ mode, setMode }}>
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
