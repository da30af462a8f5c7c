'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useProgress } from '@/components/progress/ProgressProvider';
import type { Settings } from '@/lib/progress/schema';
import { DEFAULT_SETTINGS, MOTION, SETTING_LIMITS, THEMES } from '@/lib/progress/settings-limits';
import type { ProgressStore } from '@/lib/progress/store';

/** Study and appearance settings of the active profile, saved as soon as they change. */
export function SettingsForm() {
  const t = useTranslations('Settings');
  const { store, progress } = useProgress();
  if (!store || !progress) {
    // The fields with the default values, inert, until the saved ones are read: the page keeps
    // its layout when they arrive.
    return (
      <div inert aria-busy="true">
        <p role="status" className="visually-hidden">
          {t('loading')}
        </p>
        <SettingsFields store={null} settings={DEFAULT_SETTINGS} />
      </div>
    );
  }
  // Keyed by profile: switching profile starts the fields afresh from that profile's values.
  return (
    <SettingsFields key={progress.profile.id} store={store} settings={progress.profile.settings} />
  );
}

function SettingsFields({ store, settings }: { store: ProgressStore | null; settings: Settings }) {
  const t = useTranslations('Settings');
  const goal = SETTING_LIMITS.dailyGoal;
  const fresh = SETTING_LIMITS.newCardsPerDay;
  const retention = SETTING_LIMITS.desiredRetention;
  return (
    <>
      <section className="settings-section" aria-labelledby="settings-study">
        <h2 id="settings-study">{t('studyHeading')}</h2>
        <NumberSetting
          label={t('dailyGoal')}
          hint={t('dailyGoalHint')}
          value={settings.dailyGoal}
          min={goal.min}
          max={goal.max}
          onCommit={(dailyGoal) => store?.updateSettings({ dailyGoal })}
        />
        <NumberSetting
          label={t('newCardsPerDay')}
          hint={t('newCardsHint')}
          value={settings.newCardsPerDay}
          min={fresh.min}
          max={fresh.max}
          onCommit={(newCardsPerDay) => store?.updateSettings({ newCardsPerDay })}
        />
        <RetentionSetting
          value={settings.desiredRetention}
          min={retention.min}
          max={retention.max}
          onCommit={(desiredRetention) => store?.updateSettings({ desiredRetention })}
        />
        <NumberSetting
          label={t('mistakeClearAfter')}
          hint={t('mistakeClearHint')}
          value={settings.mistakeClearAfter ?? 1}
          min={SETTING_LIMITS.mistakeClearAfter.min}
          max={SETTING_LIMITS.mistakeClearAfter.max}
          onCommit={(mistakeClearAfter) => store?.updateSettings({ mistakeClearAfter })}
        />
      </section>
      <section className="settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('appearanceHeading')}</h2>
        <ChoiceSetting
          name="theme"
          legend={t('theme')}
          value={settings.theme}
          options={THEMES.map((theme) => ({
            value: theme,
            label: t(
              theme === 'system' ? 'themeSystem' : theme === 'light' ? 'themeLight' : 'themeDark',
            ),
          }))}
          onChange={(theme) => store?.updateSettings({ theme })}
        />
        <ChoiceSetting
          name="motion"
          legend={t('motion')}
          value={settings.motion}
          options={MOTION.map((motion) => ({
            value: motion,
            label: t(motion === 'system' ? 'motionSystem' : 'motionReduce'),
          }))}
          onChange={(motion) => store?.updateSettings({ motion })}
        />
      </section>
    </>
  );
}

/**
 * A whole number saved once it is valid; while the learner types something out of range the
 * field says what it takes and the saved value stays as it was.
 */
function NumberSetting({
  label,
  hint,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}) {
  const t = useTranslations('Settings');
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const parsed = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
  return (
    <div className="field settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint${valid ? '' : ` ${id}-error`}`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const n = Number(next);
          if (next.trim() !== '' && Number.isInteger(n) && n >= min && n <= max && n !== value)
            onCommit(n);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {!valid && (
        <p id={`${id}-error`} className="field-error">
          {t('numberError', { min, max })}
        </p>
      )}
    </div>
  );
}

function RetentionSetting({
  value,
  min,
  max,
  onCommit,
}: {
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}) {
  const t = useTranslations('Settings');
  const id = useId();
  const percent = Math.round(value * 100);
  return (
    <div className="field settings-field">
      <label htmlFor={id}>{t('retention')}</label>
      <div className="range-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={0.01}
          value={value}
          aria-valuetext={t('retentionValue', { percent })}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onCommit(Math.round(Number(event.target.value) * 100) / 100)}
        />
        <output htmlFor={id} className="range-value">
          {t('retentionValue', { percent })}
        </output>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('retentionHint')}
      </p>
    </div>
  );
}

function ChoiceSetting<V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="segmented settings-choice">
      <legend className="segmented-legend">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'segment is-active' : 'segment'}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
