'use client';

import { useTranslations } from 'next-intl';
import { useProgress } from '@/components/progress/ProgressProvider';

/** The header's profile menu: a native select, so switching is one tap to open and one to pick. */
export function ProfileSwitcher() {
  const t = useTranslations('ProfileSwitcher');
  const { store, progress } = useProgress();
  return (
    <label className="profile-switcher">
      <svg viewBox="0 0 24 24" className="profile-icon" aria-hidden="true">
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
      </svg>
      <span className="visually-hidden">{t('label')}</span>
      {store && progress ? (
        <select
          value={progress.save.activeProfile}
          onChange={(event) => store.switchProfile(event.target.value)}
        >
          {progress.save.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      ) : (
        // Until the saved profiles are read: a box of the select's size, so the header does not
        // shift. Not a disabled select: a select's first layout costs a phone's first frame more
        // than the rest of the header together.
        <span className="profile-placeholder" aria-hidden="true">
          …
        </span>
      )}
    </label>
  );
}
