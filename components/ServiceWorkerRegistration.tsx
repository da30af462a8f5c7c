'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { reloadOnUnhandledMissingFile } from './newVersion';

/**
 * Registers the service worker (out/sw.js, built from sw/service-worker.ts by
 * scripts/build-sw.ts) in production builds. It caches pages as the learner visits them: once it
 * is active, this page hands it the files it has already loaded, and after a minute and a quarter the other
 * main pages of its language (not on a connection that asks to save data). A new version
 * installs in the background and waits: the learner is offered a reload into it rather than
 * having the page swapped under them mid-quiz; a page that is itself of the new version lets its
 * worker take over at once instead (see `offer`). Offline support is an addition: where it fails,
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

/** This page's build (next.config.mjs): base 36 of the time it was built, so later is larger. */
const BUILD = process.env.NEXT_PUBLIC_BUILD_ID ?? '';

/**
 * The worker's address names the build of the page that registered it. A host or CDN that
 * keeps serving an old /sw.js next to new pages cannot serve it for this address, which no old
 * page asked for: a page newer than its worker gets its own version's worker.
 */
const workerUrl = (build: string) => `/sw.js?build=${encodeURIComponent(build)}`;

/**
 * The build a worker came with: it says so when asked (sw/service-worker.ts). Its address may
 * name another, older build: an update found at an old address. '' for a worker from before
 * builds were named, which does not answer.
 */
function buildOf(worker: ServiceWorker | null | undefined): Promise<string> {
  if (!worker) return Promise.resolve('');
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // A worker not running starts to answer: on a busy phone that can take seconds.
    const timer = setTimeout(() => resolve(''), 10_000);
    channel.port1.onmessage = (event: MessageEvent) => {
      clearTimeout(timer);
      resolve(typeof event.data === 'string' ? event.data : '');
    };
    worker.postMessage({ type: 'GET_BUILD' }, [channel.port2]);
  });
}

/** Whether build `a` is older than `b` (an unnamed build is older than any). */
export function olderBuild(a: string, b: string): boolean {
  if (!b) return false;
  if (!a) return true;
  return parseInt(a, 36) < parseInt(b, 36);
}

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

export function ServiceWorkerRegistration() {
  const t = useTranslations('Offline');
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  // A chunk of this version gone from the host, that no code handles: into the new version.
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return reloadOnUnhandledMissingFile();
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let live = true;
    const offer = async (worker: ServiceWorker | null) => {
      // Only an update waits behind a page already controlled; a first install just starts.
      const controller = container.controller;
      if (!live || !worker || !controller) return;
      const [theirs, ours] = await Promise.all([buildOf(worker), buildOf(controller)]);
      // The worker of this page's own version behind an older one (or the same version again,
      // from another address): this page is already that version, so the worker takes over at
      // once (tabs still on an older version go on working, see components/newVersion.ts)
      // rather than the learner being offered a reload into what is on screen.
      if ((theirs && theirs === ours) || (theirs === BUILD && olderBuild(ours, BUILD)))
        worker.postMessage({ type: 'SKIP_WAITING' });
      else if (live) setWaiting(worker);
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
    const register = async () => {
      // A worker as new as this page, or newer, is kept at its own address (checked for updates
      // there); an older one, or none, gives way to this page's version.
      const existing = await container.getRegistration('/').catch(() => undefined);
      const current = existing?.active ?? existing?.waiting ?? existing?.installing;
      const url =
        current && !olderBuild(await buildOf(current), BUILD)
          ? new URL(current.scriptURL).pathname + new URL(current.scriptURL).search
          : workerUrl(BUILD);
      return container
        .register(url, { scope: '/', updateViaCache: 'none' })
        .then((registration) => {
          void cache(loadedFiles());
          const locale = location.pathname.split('/')[1];
          if (locale && !saveData())
            shellTimer = setTimeout(
              () => void cache(SHELL.map((page) => `/${locale}/${page}`)),
              SHELL_DELAY_MS,
            );
          // A worker may already be waiting, or installing (an update found by this very
          // registration: its updatefound may have fired before this listener was added).
          const watch = (worker: ServiceWorker | null) => {
            if (worker?.state === 'installed') void offer(worker);
            else
              worker?.addEventListener('statechange', () => {
                if (worker.state === 'installed') void offer(worker);
              });
          };
          watch(registration.waiting);
          watch(registration.installing);
          registration.addEventListener('updatefound', () => watch(registration.installing));
        })
        .catch(() => {});
    };
    // After the page has loaded and the main thread is free, so that precaching never competes
    // with the first visit. Safari has no requestIdleCallback: a short timer stands in.
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const whenIdle = () => {
      const start = () => void register();
      if ('requestIdleCallback' in window)
        idle = window.requestIdleCallback(start, { timeout: 3000 });
      else timer = setTimeout(start, 200);
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
    // The worker waiting now: another update found since the offer may have replaced the one
    // offered, which would never take over.
    void navigator.serviceWorker
      .getRegistration('/')
      .catch(() => undefined)
      .then((registration) =>
        (registration?.waiting ?? waiting).postMessage({ type: 'SKIP_WAITING' }),
      );
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
