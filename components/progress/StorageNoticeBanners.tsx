'use client';

import { useTranslations } from 'next-intl';
import type { ProgressStore, StoreNotice } from '@/lib/progress/store';
import { backupFileName, downloadText, exportFileName } from './download';

/**
 * What the learner must know about their saved progress: data set aside, or changes kept in
 * memory only. Each can be dismissed, none blocks use. Loaded by ./StorageNotices.tsx only when
 * there is something to say.
 */
export function StorageNoticeBanners({
  store,
  notices,
}: {
  store: ProgressStore;
  notices: readonly StoreNotice[];
}) {
  return (
    <div className="storage-notices">
      {notices.map((notice) => (
        <StorageNoticeBanner key={notice.kind} notice={notice} store={store} />
      ))}
    </div>
  );
}

function StorageNoticeBanner({ notice, store }: { notice: StoreNotice; store: ProgressStore }) {
  const t = useTranslations('StorageNotices');
  const messageId = `storage-notice-${notice.kind}`;
  const backupKey = 'backupKey' in notice ? notice.backupKey : undefined;
  // Saved data that could not be set aside: nothing is written over it until the learner has
  // been offered its download and says to go on.
  const held = backupKey === null && store.heldOriginal() !== null;
  // Losing writes mid-visit is urgent; data set aside at load is news, not an emergency.
  const urgent =
    held ||
    notice.kind === 'storage-full' ||
    notice.kind === 'storage-unavailable' ||
    notice.kind === 'unreadable' ||
    notice.kind === 'profile-deleted';
  const orphans = notice.kind === 'profile-deleted' ? notice.reviews.length : 0;
  // The profile held answers go to: the one this tab shows now (it may have changed since).
  const shown = store.getSnapshot().profile.name;

  let message: string;
  switch (notice.kind) {
    case 'recovered':
      message = held
        ? t('recoveredHeld', { count: notice.dropped })
        : t('recovered', { count: notice.dropped });
      break;
    case 'unreadable':
      message = held ? t('unreadableHeld') : t('unreadable');
      break;
    case 'newer-version':
      message = held ? t('newerVersionHeld') : t('newerVersion');
      break;
    case 'storage-full':
      message = t('storageFull');
      break;
    case 'storage-unavailable':
      message = t('storageUnavailable');
      break;
    case 'profile-deleted':
      message = t('profileDeleted', { name: notice.name, now: shown });
      if (orphans > 0)
        message += ` ${t('profileDeletedAnswers', { count: orphans, name: notice.name })}`;
      break;
  }

  const downloadBackup = () => {
    const original = store.heldOriginal();
    if (held && original !== null) {
      downloadText(backupFileName(`held:${Date.now()}`), original, 'text/plain');
      return;
    }
    const backups = store.backups();
    const backup = backups.find((b) => b.key === backupKey) ?? backups[0];
    if (backup) downloadText(backupFileName(backup.key), backup.value, 'text/plain');
  };
  const exportProgress = () => {
    const name = store.getSnapshot().profile.name;
    downloadText(exportFileName(name, Date.now()), store.exportActive());
  };

  return (
    <div className={urgent ? 'storage-notice is-urgent' : 'storage-notice'}>
      <p id={messageId} className="storage-notice-text" role={urgent ? 'alert' : 'status'}>
        {message}
        {backupKey === null && !held && <> {t('noBackup')}</>}
      </p>
      <div className="storage-notice-actions">
        {(backupKey || held) && (
          <button type="button" className="button" onClick={downloadBackup}>
            {t('downloadBackup')}
          </button>
        )}
        {(notice.kind === 'storage-full' || notice.kind === 'storage-unavailable') && (
          <button type="button" className="button" onClick={exportProgress}>
            {t('export')}
          </button>
        )}
        {orphans > 0 && notice.kind === 'profile-deleted' && (
          <button type="button" className="button" onClick={() => store.keepOrphans()}>
            {t('keepOrphans', { now: shown })}
          </button>
        )}
        {held ? (
          <button
            type="button"
            className="button button-quiet"
            aria-describedby={messageId}
            onClick={() => store.releaseOriginal()}
          >
            {t('writeOver')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-quiet"
            aria-describedby={messageId}
            onClick={() => store.dismissNotice(notice.kind)}
          >
            {orphans > 0 ? t('discardOrphans') : t('dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
