'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * Registers the service worker (out/sw.js, built from sw/service-worker.ts by
 * scripts/build-sw.ts) in production builds. It caches pages as the learner visits them: once it
 * is active, this page hands it the files it has already loaded, and after a minute and a quarter the other
 * main pages of its language (not on a connection that asks to save data). A new version
 * installs in the background and waits: the learner is offered a reload into it rather than
 * having the page swapped under them mid-quiz. Offline support is an addition: where it fails,
 * nothing else changes.
 */
/** The main pages of a language, cached after the first minute of a first visit: the shell offline. */
const SHELL = [
  '',
  'practice/',
  'learn/',
  'cards/',
  'test/',
  'timeline/',
  'mistakes/',
  'progress/',
  'settings/',
];
// After the first minute, which a first visit keeps for the page itself (npm run bench: ≤ 350 KB).
const SHELL_DELAY_MS = 75_000;

/** This page and the same-origin files it has loaded, for the service worker to keep. */
function loadedFiles(): string[] {
  const files = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => {
      const url = new URL(name);
      return url.origin === location.origin && url.pathname !== '/sw.js';
    });
  return [location.pathname, ...new Set(files)];
}

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

export function ServiceWorkerRegistration() {
  const t = useTranslations('Offline');
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let live = true;
    const offer = (worker: ServiceWorker | null) => {
      // Only an update waits behind a page already controlled; a first install just starts.
      if (live && worker && container.controller) setWaiting(worker);
    };
    let shellTimer: ReturnType<typeof setTimeout> | undefined;
    const cache = (urls: string[]) =>
      container.ready.then((registration) =>
        registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }),
      );
    // Once the worker controls the page, it sees every later request; what the page loaded
    // before that is handed to it then.
    const handOver = () => void cache(loadedFiles());
    if (!container.controller)
      container.addEventListener('controllerchange', handOver, { once: true });
    const register = () => {
      container
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .then((registration) => {
          void cache(loadedFiles());
          const locale = location.pathname.split('/')[1];
          if (locale && !saveData())
            shellTimer = setTimeout(
              () => void cache(SHELL.map((page) => `/${locale}/${page}`)),
              SHELL_DELAY_MS,
            );
          offer(registration.waiting);
          registration.addEventListener('updatefound', () => {
            const installing = registration.installing;
            installing?.addEventListener('statechange', () => {
              if (installing.state === 'installed') offer(installing);
            });
          });
        })
        .catch(() => {});
    };
    // After the page has loaded and the main thread is free, so that precaching never competes
    // with the first visit. Safari has no requestIdleCallback: a short timer stands in.
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const whenIdle = () => {
      if ('requestIdleCallback' in window)
        idle = window.requestIdleCallback(register, { timeout: 3000 });
      else timer = setTimeout(register, 200);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      live = false;
      window.removeEventListener('load', whenIdle);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      clearTimeout(timer);
      clearTimeout(shellTimer);
      container.removeEventListener('controllerchange', handOver);
    };
  }, []);

  if (!waiting) return null;
  const update = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  return (
    <div className="storage-notices">
      <div className="storage-notice">
        <p className="storage-notice-text" role="status">
          {t('updateReady')}
        </p>
        <div className="storage-notice-actions">
          <button type="button" className="button" onClick={update}>
            {t('reload')}
          </button>
        </div>
      </div>
    </div>
  );
}
