'use client';

import { useTranslations } from 'next-intl';
import { DISPLAY_MODES } from '@/lib/display';
import { useDisplayLanguage } from './DisplayLanguage';
import { useHydrated } from './useHydrated';

/** 中文 / English / Both for question text; a radio group so that arrow keys move between them. */
export function DisplaySwitch() {
  const t = useTranslations('DisplaySwitch');
  const { mode, setMode } = useDisplayLanguage();
  // Disabled in the HTML until hydrated: a choice made before would be lost.
  const hydrated = useHydrated();
  return (
    <fieldset className="segmented" disabled={!hydrated}>
      <legend className="segmented-legend">{t('label')}</legend>
      {DISPLAY_MODES.map((m) => (
        <label key={m} className={m === mode ? 'segment is-active' : 'segment'}>
          <input
            type="radio"
            name="display-language"
            value={m}
            checked={m === mode}
            onChange={() => setMode(m)}
          />
          <span lang={m === 'zh' ? 'zh-CN' : m === 'en' ? 'en' : undefined}>{t(m)}</span>
        </label>
      ))}
    </fieldset>
  );
}
