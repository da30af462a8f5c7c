'use client';

import { useTranslations } from 'next-intl';
import {
  createContext,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { randomId } from '@/lib/progress/record';
import type { KeyValueStorage, ProgressSnapshot, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';

const ProgressContext = createContext<ProgressStore | null>(null);

function browserStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    // Some browsers expose localStorage but throw on use (private mode, storage switched off).
    storage.getItem(STORAGE_KEYS.progress);
    return storage;
  } catch {
    return null;
  }
}

/**
 * One progress store per page, created in the browser, kept in step with other tabs.
 * Component tests pass `store` to use one over an in-memory storage.
 */
export function ProgressProvider({
  children,
  store: given,
}: {
  children: ReactNode;
  store?: ProgressStore;
}) {
  const t = useTranslations('Profiles');
  const defaultProfileName = t('defaultName');
  const [loaded, setLoaded] = useState<ProgressStore | null>(null);
  const store = given ?? loaded;

  // The store (with zod and FSRS) loads after the page is interactive, in its own chunk: no page
  // needs progress for its first paint, and every page's first-load JavaScript stays small.
  useEffect(() => {
    if (given) return;
    let live = true;
    void import('@/lib/progress/store').then(({ ProgressStore }) => {
      if (!live) return;
      // A transition: the pages that show progress re-render in short slices, so a slow phone
      // keeps answering taps while they catch up with the saved data.
      startTransition(() =>
        setLoaded(
          (current) =>
            current ??
            new ProgressStore({
              storage: browserStorage(),
              now: () => Date.now(),
              newId: randomId,
              defaultProfileName,
            }),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [given, defaultProfileName]);

  useEffect(() => {
    if (!store) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEYS.progress) store.refreshFromStorage(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  return <ProgressContext.Provider value={store}>{children}</ProgressContext.Provider>;
}

const noSubscription = () => () => {};
const nothing = () => null;

/**
 * The store and its current snapshot; both null during the static render and the first
 * hydration pass, so pages render a neutral state first and the learner's data right after.
 */
export function useProgress(): { store: ProgressStore | null; progress: ProgressSnapshot | null } {
  const store = useContext(ProgressContext);
  const progress = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? nothing,
    nothing,
  );
  return { store, progress };
}
