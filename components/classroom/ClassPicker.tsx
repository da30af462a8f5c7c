'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';

/** Chooses the class whose results the page collects: a name typed, or one used before. */
export function ClassPicker({
  current,
  classes,
  onChoose,
}: {
  current: string;
  classes: readonly string[];
  onChoose: (name: string) => void;
}) {
  const t = useTranslations('ClassroomResults');
  const id = useId();
  const [draft, setDraft] = useState(current);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChoose(draft.trim());
  }

  return (
    <form className="classroom-panel class-picker" onSubmit={submit}>
      <label className="field-label" htmlFor={`${id}-class`}>
        {t('classLabel')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('classHint')}
      </p>
      <div className="class-picker-row">
        <input
          id={`${id}-class`}
          type="text"
          list={`${id}-classes`}
          value={draft}
          maxLength={40}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
        />
        <datalist id={`${id}-classes`}>
          {classes.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <button type="submit" className="button">
          {t('classOpen')}
        </button>
      </div>
      <p className="class-current" role="status">
        <strong>{current ? t('classCurrent', { name: current }) : t('classNone')}</strong>
      </p>
    </form>
  );
}
