'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useProgress } from '@/components/progress/ProgressProvider';
import { GATE } from '../earlyTaps';
import { appHydrated } from '../hydrated';
import { EARLY_PROFILES_GLOBAL, type EarlyProfiles, readEarlyProfiles } from './earlyProfiles';

const noSubscription = () => () => {};
/** A first visit's menu, as the HTML holds it: the one profile the store will make. */
let firstVisit: EarlyProfiles | undefined;
function firstVisitSnapshot(defaultName: string): EarlyProfiles {
  if (firstVisit?.profiles[0]?.name !== defaultName)
    firstVisit = { active: '', profiles: [{ id: '', name: defaultName }] };
  return firstVisit;
}
/** The last list read, kept while what it was read from stays the same (a stable snapshot). */
let early: { key: readonly unknown[]; value: EarlyProfiles | null } | undefined;

function earlySnapshot(defaultName: string): EarlyProfiles | null {
  const key = [
    defaultName,
    document.documentElement.hasAttribute('data-saved'),
    (window as unknown as Record<string, unknown>)[EARLY_PROFILES_GLOBAL],
  ];
  if (!early || key.some((k, i) => k !== early!.key[i]))
    early = { key, value: readEarlyProfiles(defaultName) };
  return early.value;
}

/** The profiles before the store: a first visit's in the HTML and while hydrating, then the
 * head script's. `fromHtml` says the list is the HTML's, which may not be this learner's. */
function useEarlyProfiles(defaultName: string): { list: EarlyProfiles | null; fromHtml: boolean } {
  const list = useSyncExternalStore(
    noSubscription,
    () => earlySnapshot(defaultName),
    () => firstVisitSnapshot(defaultName),
  );
  // The head script's list is always an object of its own, never the HTML's.
  return { list, fromHtml: list === firstVisit };
}

/**
 * The header's profile menu: a native select, so switching is one tap to open and one to pick.
 * The HTML holds a first visit's (one profile, under the default name), which works before any
 * script; a learner with other profiles sees a box of its size until it is drawn with theirs
 * (<html data-own-profiles>, set by the head script). Until the store has loaded it lists the
 * profiles the head script read (earlyProfiles.ts); a profile picked then is switched to as soon
 * as the store is there.
 */
export function ProfileSwitcher() {
  const t = useTranslations('ProfileSwitcher');
  const defaultName = useTranslations('Profiles')('defaultName');
  const { store, progress } = useProgress();
  const { list: earlyList, fromHtml } = useEarlyProfiles(defaultName);
  const [picked, setPicked] = useState<string | null>(null);

  // A profile picked before the store came: switched to once it has (the store then says which
  // is active, and a pick made after goes to it directly).
  useEffect(() => {
    if (store && picked !== null) store.switchProfile(picked);
  }, [store, picked]);

  const menu =
    store && progress
      ? {
          active: progress.save.activeProfile,
          profiles: progress.save.profiles,
          pick: (id: string) => store.switchProfile(id),
        }
      : earlyList
        ? { active: picked ?? earlyList.active, profiles: earlyList.profiles, pick: setPicked }
        : null;

  return (
    <label className="profile-switcher">
      <svg viewBox="0 0 24 24" className="profile-icon" aria-hidden="true">
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
      </svg>
      <span className="visually-hidden">{t('label')}</span>
      {menu ? (
        <select
          value={menu.active}
          onChange={(event) => menu.pick(event.target.value)}
          data-first-visit={fromHtml ? '' : undefined}
          // Gated (components/earlyTaps.ts): a tap before hydration opens it at once, as plain
          // HTML, and an option picked then is handed over once React is there.
          {...(appHydrated() ? {} : { [GATE]: '' })}
        >
          {menu.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      ) : (
        // Until the profiles are known: a box of the select's size, so the header does not
        // shift. Not a disabled select: a select's first layout costs a phone's first frame more
        // than the rest of the header together.
        <span className="profile-placeholder" aria-hidden="true">
          …
        </span>
      )}
    </label>
  );
}
