import { STORAGE_KEYS } from '@/lib/storage/keys';

/*
 * A tab left open on an older version of the site. After a deploy, and once another tab has
 * accepted the update, the host no longer has this version's lazy files: a script chunk
 * (ChunkLoadError), the content file (/content/<hash>.json). The service worker still serves the
 * ones it kept (sw/service-worker.ts), so most such tabs go on working. When one it never kept is
 * needed, the page loads again, into the new version, at the moment the learner waits for that
 * file (a new quiz being drawn, the notebook, the scanner): nothing is lost, because the round on
 * screen is saved after every answer (components/practiceRound.ts) and the answers themselves as
 * they are given (components/progress/ProgressProvider.tsx); the reloaded page takes the round
 * up where it was. A background preload that fails does not reload: the learner may be typing.
 *
 * Every lazy load a learner waits for goes through `orNewVersion`: this is the one place that
 * decides. A lazy load nobody catches (a failed import left unhandled) comes here too, through
 * `reloadOnUnhandledMissingFile`: the page could not go on without it.
 */

/** At most one such reload in this long: a host that lacks a file for good gets the error shown. */
const RELOAD_GAP_MS = 60_000;

const LOAD_FAILED = [
  /Failed to load chunk/i, // Turbopack
  /Loading (CSS )?chunk [\w-]+ failed/i, // webpack
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
];

/** Whether this error is a lazy file of this page's version that could not be had. */
export function isMissingFile(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError' || error.name === 'FileGoneError') return true;
  return LOAD_FAILED.some((pattern) => pattern.test(error.message));
}

function lastReload(): number {
  try {
    return Number(window.sessionStorage.getItem(STORAGE_KEYS.versionReload) ?? 0) || 0;
  } catch {
    return 0;
  }
}

/**
 * Loads this page again from the host, into the version it has now, unless offline (the file
 * is missing because the network is) or this tab did so a moment ago. Returns whether it does.
 * The service worker's copy of this page is dropped first: it is of the old version, and would
 * be served again (stale while revalidating).
 */
export function reloadIntoNewVersion(
  now = Date.now(),
  reload = () => window.location.reload(),
): boolean {
  if (!navigator.onLine) return false;
  if (now - lastReload() < RELOAD_GAP_MS) return false;
  try {
    window.sessionStorage.setItem(STORAGE_KEYS.versionReload, String(now));
  } catch {
    // Without session storage the gap cannot be kept: do not risk reloading in a loop.
    return false;
  }
  const page = window.location.origin + window.location.pathname;
  const forget =
    'caches' in window
      ? caches
          .keys()
          .then((names) =>
            Promise.all(
              names.map((name) =>
                caches.open(name).then((cache) => cache.delete(page, { ignoreSearch: true })),
              ),
            ),
          )
          .catch(() => undefined)
      : Promise.resolve();
  void forget.then(reload);
  return true;
}

/**
 * What `loading` gives; if it fails for a missing file of this version, the page reloads into
 * the new one instead, and the promise never settles (the page goes on saying it is loading
 * until it is replaced). Any other failure, or one that cannot reload, is passed on.
 */
export function orNewVersion<T>(loading: Promise<T>): Promise<T> {
  return loading.catch((error: unknown) => {
    if (isMissingFile(error) && reloadIntoNewVersion()) return new Promise<T>(() => {});
    throw error;
  });
}

/**
 * Reloads into the new version when a lazy file of this version fails and nothing handles the
 * failure. Returns the function that stops watching.
 */
export function reloadOnUnhandledMissingFile(reload = () => window.location.reload()): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (isMissingFile(event.reason)) reloadIntoNewVersion(Date.now(), reload);
  };
  window.addEventListener('unhandledrejection', onRejection);
  return () => window.removeEventListener('unhandledrejection', onRejection);
}
