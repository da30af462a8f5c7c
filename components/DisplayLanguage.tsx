'use client';

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useSyncExternalStore,
} from 'react';
import type { Text } from '@/lib/content/schema';
import { type DisplayMode, isDisplayMode, LANG_TAGS } from '@/lib/display';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';
import { useProgress } from './progress/ProgressProvider';

interface DisplayLanguage {
  mode: DisplayMode;
  setMode: (mode: DisplayMode) => void;
}

const DisplayLanguageContext = createContext<DisplayLanguage>({ mode: 'zh', setMode: () => {} });

const CHANGE_EVENT = 'shizheng:display-language';
// Kept in memory too, so the choice holds for this visit when storage is switched off.
let memoryChoice: Choice | null = null;
// A choice made before the saved progress was read, for the active profile once it is.
let pendingChoice: DisplayMode | null = null;

/**
 * The question language is a setting of each profile. This device also keeps the active
 * profile's choice as "<profile>|<mode>", to show the page in it before the saved progress is
 * read; a bare mode is a choice saved before the language was per profile.
 */
interface Choice {
  profile: string | null;
  mode: DisplayMode;
}

function parseChoice(value: string | null): Choice | null {
  if (value === null) return null;
  const bar = value.lastIndexOf('|');
  const mode = value.slice(bar + 1);
  if (!isDisplayMode(mode)) return null;
  return { profile: bar <= 0 ? null : value.slice(0, bar), mode };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

// The raw string: useSyncExternalStore compares snapshots, and a string compares by value.
function savedChoice(): string | null {
  const saved = readKey(STORAGE_KEYS.displayLanguage);
  if (parseChoice(saved)) return saved;
  return memoryChoice ? `${memoryChoice.profile ?? ''}|${memoryChoice.mode}` : null;
}

function remember(choice: Choice) {
  memoryChoice = choice;
  writeKey(STORAGE_KEYS.displayLanguage, `${choice.profile ?? ''}|${choice.mode}`);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * Holds the question language of the active profile: its own choice, else the interface
 * language. Until the saved progress is read, the last choice made on this device.
 */
export function DisplayLanguageProvider({
  initial,
  children,
}: {
  initial: DisplayMode;
  children: ReactNode;
}) {
  const { store, progress } = useProgress();
  const cached = parseChoice(useSyncExternalStore(subscribe, savedChoice, () => null));
  const profile = progress?.profile;
  const own = profile?.settings.questionLanguage;
  // A choice saved before the language was per profile belongs to the profile active then.
  const legacy = cached && cached.profile === null ? cached.mode : undefined;
  const mode = profile ? (pendingChoice ?? own ?? legacy ?? initial) : (cached?.mode ?? initial);

  useEffect(() => {
    if (!store || !profile) return;
    // A choice made on this page before the saved progress was read is the learner's latest.
    if (pendingChoice !== null) {
      const chosen = pendingChoice;
      pendingChoice = null;
      if (chosen !== own) store.updateSettings({ questionLanguage: chosen });
      return;
    }
    if (own === undefined && legacy !== undefined)
      store.updateSettings({ questionLanguage: legacy });
    if (cached?.profile !== profile.id || cached.mode !== mode)
      remember({ profile: profile.id, mode });
  }, [store, profile, own, legacy, cached?.profile, cached?.mode, mode]);

  const setMode = useCallback(
    (next: DisplayMode) => {
      if (store && profile) store.updateSettings({ questionLanguage: next });
      else pendingChoice = next;
      remember({ profile: profile?.id ?? null, mode: next });
    },
    [store, profile],
  );
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
