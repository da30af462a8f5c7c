'use client';

import { useTranslations } from 'next-intl';
import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { writePending } from '@/lib/progress/pending';
import { randomId } from '@/lib/progress/random';
import type { Review } from '@/lib/progress/schema';
import type { KeyValueStorage, ProgressSnapshot, ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { earlyModule } from '@/lib/early-module';
import { orNewVersion } from '../newVersion';

/*
 * The store (with the save checks and FSRS) is in its own chunk: no page needs progress for its
 * first paint, and every page's first-load JavaScript stays small. It is asked for as soon as
 * this module runs in the browser, while React is still hydrating the page, rather than from an
 * effect after it: on a slow phone that is half a second earlier (npm run bench, first tap).
 */
const loadStoreModule = earlyModule(() => import('@/lib/progress/store'));

const ProgressContext = createContext<ProgressStore | null>(null);
type RecordReviews = (reviews: readonly Review[]) => void;
const RecordContext = createContext<RecordReviews | null>(null);

/** This tab's sessionStorage: where reviews wait while localStorage is full. */
function tabStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

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
 *
 * Answers given before the store has loaded (the starter quiz is there before any script) wait
 * here, above every page, so that a client-side navigation cannot drop them; they are also written
 * under this page's pending key (lib/progress/pending.ts) at once and when the page is hidden, so
 * that a full page load cannot either: the next store to load merges them.
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
  const waiting = useRef<Review[]>([]);
  const current = useRef<ProgressStore | null>(null);
  const [pageId] = useState(randomId);

  useEffect(() => {
    if (given) return;
    let live = true;
    void orNewVersion(loadStoreModule()).then(({ ProgressStore }) => {
      if (!live) return;
      // A transition: the pages that show progress re-render in short slices, so a slow phone
      // keeps answering taps while they catch up with the saved data.
      startTransition(() =>
        setLoaded(
          (current) =>
            current ??
            new ProgressStore({
              storage: browserStorage(),
              tabStorage: tabStorage(),
              now: () => Date.now(),
              newId: randomId,
              defaultProfileName,
              offsetMinutes: () => new Date().getTimezoneOffset(),
            }),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [given, defaultProfileName]);

  useEffect(() => {
    current.current = store;
    if (!store) return;
    if (waiting.current.length > 0) {
      // Also merged by the store when it loaded, from the pending key: record keeps each id once.
      store.record(waiting.current);
      waiting.current = [];
    }
    writePending(browserStorage(), pageId, []);
  }, [store, pageId]);

  useEffect(() => {
    const flush = () => {
      if (waiting.current.length > 0) writePending(browserStorage(), pageId, waiting.current);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [pageId]);

  const record = useCallback<RecordReviews>(
    (reviews) => {
      if (reviews.length === 0) return;
      if (current.current) {
        current.current.record(reviews);
        return;
      }
      waiting.current.push(...reviews);
      writePending(browserStorage(), pageId, waiting.current);
    },
    [pageId],
  );

  // Reviews that could not be stored (storage full) are kept in this tab and come back after a
  // reload, but closing the tab would lose them: the browser asks first.
  useEffect(() => {
    if (!store) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (store.unsavedCount() > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  useEffect(() => {
    if (!store) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEYS.progress) store.refreshFromStorage(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  return (
    <ProgressContext.Provider value={store}>
      <RecordContext.Provider value={record}>{children}</RecordContext.Provider>
    </ProgressContext.Provider>
  );
}

/**
 * Stores a learner's reviews: at once when the saved progress has been read, else as soon as it
 * has been (see ProgressProvider). Outside a provider (a component test without one) it does nothing.
 */
export function useRecordReviews(): RecordReviews {
  return useContext(RecordContext) ?? ignore;
}

const ignore: RecordReviews = () => {};

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
