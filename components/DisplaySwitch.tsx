'use client';

import { useTranslations } from 'next-intl';
import { DISPLAY_MODES } from '@/lib/display';
import { useDisplayLanguage } from './DisplayLanguage';
import { HydrationGate } from './hydrated';

/** 中文 / English / Both for question text; a radio group so that arrow keys move between them. */
export function DisplaySwitch({ describedBy }: { describedBy?: string } = {}) {
  const t = useTranslations('DisplaySwitch');
  const { mode, setMode } = useDisplayLanguage();
  return (
    <HydrationGate>
      <fieldset className="segmented" aria-describedby={describedBy}>
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
    </HydrationGate>
  );
}
