'use client';

import { useTranslations } from 'next-intl';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { downloadText, exportFileName } from '@/components/progress/download';
import { useProgress } from '@/components/progress/ProgressProvider';
import type { ImportResult } from '@/lib/progress/save';

type Outcome = { tone: 'ok' | 'error'; text: string } | null;

/** Export, import and reset of the active profile's progress. */
export function DataSection() {
  const t = useTranslations('Settings');
  const { store, progress } = useProgress();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingReset) question.current?.focus();
  }, [confirmingReset]);

  const importMessage = (result: ImportResult, stored: boolean): Outcome => {
    if (result.ok) {
      // Merged in memory but not written (storage full): "added" would be untrue.
      if (!stored && result.added > 0)
        return { tone: 'error', text: t('importNotStored', { count: result.added }) };
      const added = t('importAdded', { count: result.added });
      if (result.skipped === 0) return { tone: 'ok', text: added };
      return { tone: 'error', text: `${added} ${t('importSkipped', { count: result.skipped })}` };
    }
    const text = {
      'not-json': t('importNotJson'),
      'not-progress': t('importNotProgress'),
      'newer-version': t('importNewerVersion'),
      invalid: t('importInvalid'),
    }[result.error];
    return { tone: 'error', text };
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!store || !file) return;
    // A large file takes a moment to read and check: say so first, and let it be painted.
    setOutcome({ tone: 'ok', text: t('importing') });
    await new Promise((resolve) => setTimeout(resolve, 50));
    try {
      const result = store.importIntoActive(await file.text());
      setOutcome(importMessage(result, store.getSnapshot().persistent));
    } catch {
      setOutcome({ tone: 'error', text: t('importReadFailed') });
    }
    // Choosing the same file again must fire another change.
    input.value = '';
  };

  const exportProgress = () => {
    if (!store) return;
    const fileName = exportFileName(store.getSnapshot().profile.name, Date.now());
    downloadText(fileName, store.exportActive());
    setOutcome({ tone: 'ok', text: t('exported', { file: fileName }) });
  };

  const ready = !!store && !!progress;
  return (
    <section className="settings-section" aria-labelledby="settings-data">
      <h2 id="settings-data">{t('dataHeading')}</h2>
      <p className="hint">{t('dataIntro')}</p>
      {progress && !progress.persistent && <p className="notice">{t('inMemory')}</p>}
      <div className="data-actions">
        <button type="button" className="button" onClick={exportProgress} disabled={!ready}>
          {t('export')}
        </button>
        <label className={ready ? 'button file-button' : 'button file-button is-disabled'}>
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            disabled={!ready}
            onChange={onFile}
          />
          {t('import')}
        </label>
        <button
          ref={resetButton}
          type="button"
          className="button button-danger-outline"
          disabled={!ready}
          aria-expanded={confirmingReset}
          onClick={() => {
            setOutcome(null);
            setConfirmingReset(true);
          }}
        >
          {t('reset')}
        </button>
      </div>
      {confirmingReset && progress && store && (
        <div className="confirm-panel">
          <p ref={question} tabIndex={-1} className="confirm-text">
            {t('resetConfirm', { name: progress.profile.name })}
          </p>
          <div className="profile-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                store.resetProgress();
                setConfirmingReset(false);
                resetButton.current?.focus();
                setOutcome({ tone: 'ok', text: t('resetDone') });
              }}
            >
              {t('resetYes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirmingReset(false);
                resetButton.current?.focus();
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p
        role="status"
        className={outcome?.tone === 'error' ? 'settings-status is-error' : 'settings-status'}
      >
        {outcome?.text}
      </p>
    </section>
  );
}
