// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { EARLY_PROFILES_GLOBAL } from '@/components/settings/earlyProfiles';
import { ProfileSwitcher } from '@/components/settings/ProfileSwitcher';
import { THEME_SCRIPT } from '@/components/settings/themeScript';
import { ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import en from '@/messages/en.json';
import { MemoryStorage } from '../fixtures/memory-storage';

function makeStore(storage = new MemoryStorage()) {
  let n = 0;
  return new ProgressStore({
    storage,
    now: () => Date.UTC(2026, 0, 5),
    newId: () => `id${String(n++).padStart(6, '0')}`,
    defaultProfileName: 'Me',
  });
}

/** A save with the default profile (stored as 我) and a second one, the second active. */
function savedTwoProfiles() {
  const storage = new MemoryStorage();
  const zhStore = new ProgressStore({
    storage,
    now: () => Date.UTC(2026, 0, 5),
    newId: (() => {
      let n = 0;
      return () => `p${n++}`;
    })(),
    defaultProfileName: '我',
  });
  const li = zhStore.addProfile('Li');
  zhStore.switchProfile(li);
  return { storage, li };
}

const wrap = (children: ReactNode) => (
  <NextIntlClientProvider locale="en" messages={en}>
    {children}
  </NextIntlClientProvider>
);

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-saved');
  document.documentElement.removeAttribute('data-own-profiles');
  delete (window as unknown as Record<string, unknown>)[EARLY_PROFILES_GLOBAL];
});

describe('ProfileSwitcher before the store has loaded', () => {
  it('lists the profiles the head script read, under the interface’s default name, the active one chosen', () => {
    const { storage, li } = savedTwoProfiles();
    window.localStorage.setItem(STORAGE_KEYS.progress, storage.getItem(STORAGE_KEYS.progress)!);
    new Function(THEME_SCRIPT)();
    render(wrap(<ProfileSwitcher />));
    const menu = screen.getByRole('combobox', { name: 'Profile' });
    expect([...menu.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Me', 'Li']);
    expect((menu as HTMLSelectElement).value).toBe(li);
  });

  it('switches to a profile picked before the store came, once it has', () => {
    const { storage, li } = savedTwoProfiles();
    window.localStorage.setItem(STORAGE_KEYS.progress, storage.getItem(STORAGE_KEYS.progress)!);
    new Function(THEME_SCRIPT)();
    const store = makeStore(storage);
    expect(store.getSnapshot().save.activeProfile).toBe(li);
    // The store's chunk has not come: the provider has none yet.
    const { rerender } = render(
      wrap(<ProgressProvider store={undefined}>{<ProfileSwitcher />}</ProgressProvider>),
    );
    const menu = screen.getByRole('combobox', { name: 'Profile' }) as HTMLSelectElement;
    fireEvent.change(menu, { target: { value: 'p0' } });
    expect(menu.value).toBe('p0');
    rerender(wrap(<ProgressProvider store={store}>{<ProfileSwitcher />}</ProgressProvider>));
    expect(store.getSnapshot().save.activeProfile).toBe('p0');
    expect((screen.getByRole('combobox', { name: 'Profile' }) as HTMLSelectElement).value).toBe(
      'p0',
    );
  });

  it('shows the one default profile on a first visit, and waits for the store when the save could not be read', () => {
    const { unmount } = render(wrap(<ProfileSwitcher />));
    const menu = screen.getByRole('combobox', { name: 'Profile' });
    expect([...menu.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Me']);
    unmount();
    window.localStorage.setItem(STORAGE_KEYS.progress, '{not json');
    new Function(THEME_SCRIPT)();
    expect(document.documentElement.hasAttribute('data-saved')).toBe(true);
    render(wrap(<ProfileSwitcher />));
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('is a first visit’s in the HTML, which the head script hides from a learner with other profiles', () => {
    const html = renderToString(wrap(<ProfileSwitcher />));
    expect(html).toContain(
      '<select data-first-visit=""><option value="" selected="">Me</option></select>',
    );
    // No save, or a save whose one profile has the default name: the HTML's menu is theirs.
    new Function(THEME_SCRIPT)();
    expect(document.documentElement.hasAttribute('data-own-profiles')).toBe(false);
    const storage = new MemoryStorage();
    makeStore(storage).updateSettings({ newCardsPerDay: 5 });
    window.localStorage.setItem(STORAGE_KEYS.progress, storage.getItem(STORAGE_KEYS.progress)!);
    new Function(THEME_SCRIPT)();
    expect(document.documentElement.hasAttribute('data-saved')).toBe(true);
    expect(document.documentElement.hasAttribute('data-own-profiles')).toBe(false);
    // Two profiles, or a save that cannot be read: hidden until drawn with theirs.
    const { storage: two } = savedTwoProfiles();
    window.localStorage.setItem(STORAGE_KEYS.progress, two.getItem(STORAGE_KEYS.progress)!);
    new Function(THEME_SCRIPT)();
    expect(document.documentElement.hasAttribute('data-own-profiles')).toBe(true);
    document.documentElement.removeAttribute('data-own-profiles');
    window.localStorage.setItem(STORAGE_KEYS.progress, '{not json');
    new Function(THEME_SCRIPT)();
    expect(document.documentElement.hasAttribute('data-own-profiles')).toBe(true);
    // Drawn in the browser, it is no longer the HTML's.
    render(wrap(<ProfileSwitcher />));
    expect(document.querySelector('select[data-first-visit]')).toBeNull();
  });
});
