'use client';

import { useTranslations } from 'next-intl';
import { Component, lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useProgress } from './ProgressProvider';

/*
 * What the learner must know about their saved progress, shown on every page above the content
 * (./StorageNoticeBanners.tsx). The banners are a chunk of their own, fetched as soon as the
 * progress is loaded, so that every page's first-load JavaScript does not carry them and the
 * service worker keeps them for offline use before they are ever needed.
 */

const loadBanners = () => import('./StorageNoticeBanners');
const Banners = lazy(() => loadBanners().then((m) => ({ default: m.StorageNoticeBanners })));

/** Where the banners' chunk cannot be had (offline, never cached): a plain alert in their place. */
class Fallback extends Component<{ children: ReactNode; message: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p role="alert">{this.props.message}</p> : this.props.children;
  }
}

export function StorageNotices() {
  const t = useTranslations('StorageNotices');
  const { store, progress } = useProgress();
  useEffect(() => {
    if (store) void loadBanners().catch(() => undefined);
  }, [store]);
  if (!store || !progress || progress.notices.length === 0) return null;
  return (
    <Fallback message={t('notLoaded')}>
      <Suspense fallback={null}>
        <Banners store={store} notices={progress.notices} />
      </Suspense>
    </Fallback>
  );
}
