'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies text, and says so in a live region; when the clipboard is refused it says that instead. */
export function CopyButton({
  text,
  label,
  className = 'button',
}: {
  text: string;
  /** What is copied, for the button's accessible name: "Copy quiz code". */
  label: string;
  className?: string;
}) {
  const t = useTranslations('Classroom');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="copy">
      <button type="button" className={className} onClick={copy} aria-label={label}>
        {status === 'copied' ? (
          <>
            <span className="mark">✓</span> {t('copied')}
          </>
        ) : (
          t('copy')
        )}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied' ? <span className="visually-hidden">{t('copied')}</span> : null}
        {status === 'failed' ? t('copyFailed') : null}
      </span>
    </span>
  );
}
