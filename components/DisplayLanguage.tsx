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
import {
  type DisplayMode,
  isDisplayMode,
  isLanguage,
  LANG_TAGS,
  type Language,
} from '@/lib/display';
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
 * The question language is a setting of each profile, one for each interface language: English
 * questions chosen in the Chinese interface leave the English interface as it was. This device
 * also keeps the active profile's last choice as "<profile>|<interface>|<mode>", to show the
 * page in it before the saved progress is read; "<profile>|<mode>" is a choice saved before each
 * interface had its own, and a bare mode one saved before the language was per profile.
 */
interface Choice {
  profile: string | null;
  /** The interface it was made in; null for a choice saved before each had its own. */
  locale: Language | null;
  mode: DisplayMode;
}

function parseChoice(value: string | null): Choice | null {
  if (value === null) return null;
  const parts = value.split('|');
  const mode = parts.pop();
  if (!isDisplayMode(mode)) return null;
  const locale = parts.length >= 2 && isLanguage(parts[parts.length - 1]) ? parts.pop()! : null;
  const profile = parts.join('|');
  return { profile: profile === '' ? null : profile, locale: locale as Language | null, mode };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function choiceText(choice: Choice): string {
  return `${choice.profile ?? ''}|${choice.locale ?? ''}|${choice.mode}`;
}

// The raw string: useSyncExternalStore compares snapshots, and a string compares by value.
function savedChoice(): string | null {
  const saved = readKey(STORAGE_KEYS.displayLanguage);
  if (parseChoice(saved)) return saved;
  return memoryChoice ? choiceText(memoryChoice) : null;
}

function remember(choice: Choice) {
  memoryChoice = choice;
  writeKey(STORAGE_KEYS.displayLanguage, choiceText(choice));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * Holds the question language of the active profile in this interface (`locale`): its choice
 * for this interface, else its choice from before each interface had its own, else the interface
 * language (`initial`). Until the saved progress is read, the last choice made on this device in
 * this interface.
 */
export function DisplayLanguageProvider({
  initial,
  locale = initial === 'both' ? 'zh' : initial,
  children,
}: {
  initial: DisplayMode;
  /** The interface language: each keeps its own choice. */
  locale?: Language;
  children: ReactNode;
}) {
  const { store, progress } = useProgress();
  const cached = parseChoice(useSyncExternalStore(subscribe, savedChoice, () => null));
  const profile = progress?.profile;
  const chosen = profile?.settings.questionLanguages;
  const mine = chosen?.[locale];
  const earlier = profile?.settings.questionLanguage;
  // A choice saved before the language was per profile belongs to the profile active then.
  const legacy =
    cached && cached.profile === null && cached.locale === null ? cached.mode : undefined;
  const cachedHere = cached && (cached.locale === null || cached.locale === locale);
  const mode = profile
    ? (pendingChoice ?? mine ?? earlier ?? legacy ?? initial)
    : cachedHere
      ? cached.mode
      : initial;

  useEffect(() => {
    if (!store || !profile) return;
    // A choice made on this page before the saved progress was read is the learner's latest.
    if (pendingChoice !== null) {
      const next = pendingChoice;
      pendingChoice = null;
      if (next !== mine) store.updateSettings({ questionLanguages: { ...chosen, [locale]: next } });
      return;
    }
    if (mine === undefined && earlier === undefined && legacy !== undefined)
      store.updateSettings({ questionLanguage: legacy });
    if (cached?.profile !== profile.id || cached.locale !== locale || cached.mode !== mode)
      remember({ profile: profile.id, locale, mode });
  }, [
    store,
    profile,
    chosen,
    mine,
    earlier,
    legacy,
    locale,
    cached?.profile,
    cached?.locale,
    cached?.mode,
    mode,
  ]);

  const setMode = useCallback(
    (next: DisplayMode) => {
      if (store && profile)
        store.updateSettings({ questionLanguages: { ...chosen, [locale]: next } });
      else pendingChoice = next;
      remember({ profile: profile?.id ?? null, locale, mode: next });
    },
    [store, profile, chosen, locale],
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
