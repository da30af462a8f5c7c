'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useProgress } from '@/components/progress/ProgressProvider';
import type { Profile } from '@/lib/progress/schema';
import type { ProgressStore } from '@/lib/progress/store';

type Editing = { kind: 'rename'; id: string } | { kind: 'delete'; id: string } | null;

/** Learners sharing this device: list, add, rename, delete (asking first) and switch. */
export function ProfileManager() {
  const t = useTranslations('Settings');
  const { store, progress } = useProgress();
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState('');
  const [newName, setNewName] = useState('');
  const [nameError, setNameError] = useState(false);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!store) return;
    const name = newName.trim();
    if (!name) {
      setNameError(true);
      return;
    }
    store.addProfile(name);
    setNewName('');
    setNameError(false);
    setAnnouncement(t('added', { name }));
  };

  return (
    <section className="settings-section" aria-labelledby="settings-profiles">
      <h2 id="settings-profiles">{t('profilesHeading')}</h2>
      <p className="hint">{t('profilesIntro')}</p>
      {store && progress ? (
        <>
          <ul className="profile-list">
            {progress.save.profiles.map((profile) => (
              <ProfileRow
                key={profile.id}
                profile={profile}
                store={store}
                isActive={profile.id === progress.save.activeProfile}
                isLast={progress.save.profiles.length <= 1}
                editing={editing?.id === profile.id ? editing.kind : null}
                onEdit={(kind) => setEditing(kind ? { kind, id: profile.id } : null)}
                announce={setAnnouncement}
              />
            ))}
          </ul>
          {progress.save.profiles.length <= 1 && <p className="hint">{t('lastProfile')}</p>}
          <form className="profile-add" onSubmit={add} noValidate>
            <div className="field">
              <label htmlFor="new-profile-name">{t('addLabel')}</label>
              <input
                id="new-profile-name"
                type="text"
                maxLength={40}
                autoComplete="off"
                value={newName}
                aria-invalid={nameError}
                aria-describedby={nameError ? 'new-profile-error' : undefined}
                onChange={(event) => setNewName(event.target.value)}
              />
              {nameError && (
                <p id="new-profile-error" className="field-error">
                  {t('nameRequired')}
                </p>
              )}
            </div>
            <button type="submit" className="button">
              {t('add')}
            </button>
          </form>
        </>
      ) : (
        <p className="settings-skeleton">{t('loading')}</p>
      )}
      <p role="status" className="settings-status">
        {announcement}
      </p>
    </section>
  );
}

function ProfileRow({
  profile,
  store,
  isActive,
  isLast,
  editing,
  onEdit,
  announce,
}: {
  profile: Profile;
  store: ProgressStore;
  isActive: boolean;
  isLast: boolean;
  editing: 'rename' | 'delete' | null;
  onEdit: (kind: 'rename' | 'delete' | null) => void;
  announce: (message: string) => void;
}) {
  const t = useTranslations('Settings');
  const [name, setName] = useState(profile.name);
  const nameInput = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  // Focus goes where the learner's next step is: the name to edit, or the question to answer.
  useEffect(() => {
    if (editing === 'rename') nameInput.current?.focus();
    if (editing === 'delete') question.current?.focus();
  }, [editing]);

  if (editing === 'rename') {
    return (
      <li className="profile-row is-editing">
        <form
          className="profile-rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return;
            store.renameProfile(profile.id, name);
            onEdit(null);
          }}
        >
          <label htmlFor={`rename-${profile.id}`}>{t('renameLabel', { name: profile.name })}</label>
          <input
            ref={nameInput}
            id={`rename-${profile.id}`}
            type="text"
            maxLength={40}
            autoComplete="off"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="profile-actions">
            <button type="submit" className="button button-primary">
              {t('save')}
            </button>
            <button type="button" className="button" onClick={() => onEdit(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  if (editing === 'delete') {
    return (
      <li className="profile-row is-confirming">
        <p ref={question} tabIndex={-1} className="confirm-text">
          {t('deleteConfirm', { name: profile.name })}
        </p>
        <div className="profile-actions">
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              store.deleteProfile(profile.id);
              onEdit(null);
            }}
          >
            {t('deleteYes')}
          </button>
          <button type="button" className="button" onClick={() => onEdit(null)}>
            {t('cancel')}
          </button>
        </div>
      </li>
    );
  }

  return (
    <li className={isActive ? 'profile-row is-active' : 'profile-row'}>
      <span className="profile-name">
        {profile.name}
        {isActive && <span className="profile-current">{t('currentMark')}</span>}
      </span>
      <div className="profile-actions">
        {!isActive && (
          <button
            type="button"
            className="button button-primary"
            aria-label={t('useLabel', { name: profile.name })}
            onClick={() => {
              store.switchProfile(profile.id);
              announce(t('switched', { name: profile.name }));
            }}
          >
            {t('use')}
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-label={t('renameProfile', { name: profile.name })}
          onClick={() => {
            setName(profile.name);
            onEdit('rename');
          }}
        >
          {t('rename')}
        </button>
        {!isLast && (
          <button
            type="button"
            className="button"
            aria-label={t('deleteLabel', { name: profile.name })}
            onClick={() => onEdit('delete')}
          >
            {t('delete')}
          </button>
        )}
      </div>
    </li>
  );
}
