'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * Registers the service worker (out/sw.js, written by scripts/build-sw.ts) in production builds,
 * so that after one visit the whole site works offline. A new version installs in the background
 * and waits: the learner is offered a reload into it rather than having the page swapped under
 * them mid-quiz. Offline support is an addition: where it fails, nothing else changes.
 */
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
    const register = () => {
      container
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .then((registration) => {
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
