'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { notHandedIn, parseRoster } from '@/lib/classroom/roster';
import { readKey, STORAGE_KEYS, writeKey } from '@/lib/storage/keys';

/** A class's list of names, kept per class, and who on it has not handed in a result. */
export function RosterPanel({
  className,
  nicknames,
}: {
  className: string;
  nicknames: readonly string[];
}) {
  const t = useTranslations('ClassroomResults');
  const locale = useLocale();
  const id = useId();
  const key = STORAGE_KEYS.classroomRoster(className);
  const [text, setText] = useState(() => readKey(key) ?? '');

  useEffect(() => {
    writeKey(key, text.trim() ? text : null);
  }, [key, text]);

  const roster = parseRoster(text);
  const missing = notHandedIn(roster, nicknames);
  return (
    <details className="classroom-panel roster" open={roster.length > 0}>
      {/* Folded, the heading alone did not say what the list is for: the line says it. */}
      <summary>
        <h2>{t('rosterHeading')}</h2>
        <span className="hint roster-hint">{t('rosterHint')}</span>
      </summary>
      <label className="field-label" htmlFor={`${id}-roster`}>
        {t('rosterLabel')}
      </label>
      <textarea
        id={`${id}-roster`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        spellCheck={false}
        autoComplete="off"
      />
      <p role="status" className="roster-status">
        {roster.length === 0
          ? null
          : missing.length > 0
            ? t('rosterMissing', {
                count: missing.length,
                names: missing.join(locale === 'zh' ? '、' : ', '),
              })
            : t('rosterAllIn', { count: roster.length })}
      </p>
    </details>
  );
}
