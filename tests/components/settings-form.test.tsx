// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { ThemeApplier } from '@/components/settings/ThemeApplier';
import { THEME_SCRIPT } from '@/components/settings/themeScript';
import { restoreSave } from '@/lib/progress/save';
import { ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import en from '@/messages/en.json';
import { MemoryStorage } from '../fixtures/memory-storage';

function renderSettings() {
  const storage = new MemoryStorage();
  let n = 0;
  const store = new ProgressStore({
    storage,
    now: () => Date.UTC(2026, 0, 5),
    newId: () => `id${String(n++).padStart(6, '0')}`,
    defaultProfileName: 'Me',
  });
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <ProgressProvider store={store}>
        <ThemeApplier />
        <SettingsForm />
      </ProgressProvider>
    </NextIntlClientProvider>,
  );
  const saved = () =>
    restoreSave(storage.getItem(STORAGE_KEYS.progress)).save?.profiles[0]?.settings;
  return { store, saved, user: userEvent.setup() };
}

describe('SettingsForm', () => {
  it('saves a theme chosen by the learner to the profile and puts it on <html>', async () => {
    const { store, saved, user } = renderSettings();
    const theme = within(screen.getByRole('group', { name: 'Theme' }));
    expect(theme.getByRole('radio', { name: 'Same as device' })).toBeChecked();
    await user.click(theme.getByRole('radio', { name: 'Dark' }));
    expect(store.getSnapshot().profile.settings.theme).toBe('dark');
    expect(saved()?.theme).toBe('dark');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('leaves <html> untouched for a default profile and takes the theme off again for "Same as device"', async () => {
    const root = document.documentElement;
    delete root.dataset.theme;
    delete root.dataset.motion;
    const writes: string[] = [];
    const observer = new MutationObserver((records) =>
      writes.push(...records.map((r) => r.attributeName ?? '')),
    );
    observer.observe(root, { attributes: true });
    const { user } = renderSettings();
    const theme = within(screen.getByRole('group', { name: 'Theme' }));
    expect(theme.getByRole('radio', { name: 'Same as device' })).toBeChecked();
    // A write would restyle the whole page for nothing on a first visit.
    expect(writes).toEqual([]);
    await user.click(theme.getByRole('radio', { name: 'Dark' }));
    expect(root.dataset.theme).toBe('dark');
    await user.click(theme.getByRole('radio', { name: 'Same as device' }));
    expect(root.hasAttribute('data-theme')).toBe(false);
    observer.disconnect();
  });

  it('has the head script set a saved theme and motion (nothing for "system"), and mark a profile that has answered', () => {
    const root = document.documentElement;
    for (const [settings, theme, motion] of [
      [{ theme: 'dark', motion: 'reduce' }, 'dark', 'reduce'],
      [{ theme: 'system', motion: 'system' }, null, null],
      [{ theme: '<script>', motion: 42 }, null, null],
    ] as const) {
      root.removeAttribute('data-theme');
      root.removeAttribute('data-motion');
      window.localStorage.setItem(
        STORAGE_KEYS.progress,
        JSON.stringify({ activeProfile: 'p', profiles: [{ id: 'p', settings }] }),
      );
      new Function(THEME_SCRIPT)();
      expect(root.getAttribute('data-theme')).toBe(theme);
      expect(root.getAttribute('data-motion')).toBe(motion);
      expect(root.hasAttribute('data-saved')).toBe(true);
      expect(root.hasAttribute('data-studied')).toBe(false);
    }
    window.localStorage.setItem(
      STORAGE_KEYS.progress,
      JSON.stringify({
        activeProfile: 'b',
        profiles: [
          { id: 'a', reviews: [] },
          { id: 'b', reviews: [{ id: 'r1' }] },
        ],
      }),
    );
    new Function(THEME_SCRIPT)();
    expect(root.hasAttribute('data-studied')).toBe(true);
    root.removeAttribute('data-studied');
    window.localStorage.clear();
  });

  it("has the head script tell whether the flashcards' first card can be a first visit's", () => {
    const root = document.documentElement;
    const ownQueue = (save: string | null, more: Record<string, string> = {}) => {
      window.localStorage.clear();
      root.removeAttribute('data-own-queue');
      if (save !== null) window.localStorage.setItem(STORAGE_KEYS.progress, save);
      for (const [key, value] of Object.entries(more)) window.localStorage.setItem(key, value);
      new Function(THEME_SCRIPT)();
      return root.hasAttribute('data-own-queue');
    };
    const save = (profile: object) =>
      JSON.stringify({
        activeProfile: 'p',
        profiles: [
          { id: 'q', reviews: [{ id: 'x' }] },
          { id: 'p', ...profile },
        ],
      });
    // Nothing saved, or a learner who has answered nothing (another profile has): a first visit's.
    expect(ownQueue(null)).toBe(false);
    expect(ownQueue(save({ reviews: [], settings: { newCardsPerDay: 10 } }))).toBe(false);
    // Their own: answers, an archive, no new cards, a question language, answers waiting, a bad save.
    expect(ownQueue(save({ reviews: [{ id: 'r' }] }))).toBe(true);
    expect(ownQueue(save({ reviews: [], archive: {} }))).toBe(true);
    expect(ownQueue(save({ reviews: [], settings: { newCardsPerDay: 0 } }))).toBe(true);
    expect(ownQueue(save({ reviews: [], settings: { questionLanguage: 'en' } }))).toBe(true);
    expect(ownQueue(save({ reviews: [], settings: { questionLanguages: { zh: 'en' } } }))).toBe(
      true,
    );
    expect(ownQueue(save({ reviews: [] }), { [STORAGE_KEYS.displayLanguage]: 'en' })).toBe(true);
    expect(ownQueue(save({ reviews: [] }), { [`${STORAGE_KEYS.pendingPrefix}page1`]: '[]' })).toBe(
      true,
    );
    expect(ownQueue('{not json')).toBe(true);

    // On a page of one interface, a language is a reason only if it is not that interface's own:
    // the device notes the language in use even when nobody chose one.
    const choice = (text: string) => ({ [STORAGE_KEYS.displayLanguage]: text });
    window.history.replaceState(null, '', '/zh/cards/');
    expect(ownQueue(save({ reviews: [] }), choice('p|zh|zh'))).toBe(false);
    expect(ownQueue(save({ reviews: [] }), choice('p|en|zh'))).toBe(false);
    expect(ownQueue(save({ reviews: [] }), choice('p|zh|en'))).toBe(true);
    expect(ownQueue(save({ reviews: [] }), choice('p|zh|both'))).toBe(true);
    expect(ownQueue(save({ reviews: [] }), choice('p||en'))).toBe(true);
    expect(ownQueue(save({ reviews: [] }), choice('en'))).toBe(true);
    expect(ownQueue(save({ reviews: [], settings: { questionLanguages: { zh: 'zh' } } }))).toBe(
      false,
    );
    expect(ownQueue(save({ reviews: [], settings: { questionLanguages: { en: 'zh' } } }))).toBe(
      false,
    );
    expect(ownQueue(save({ reviews: [], settings: { questionLanguages: { zh: 'en' } } }))).toBe(
      true,
    );
    expect(ownQueue(save({ reviews: [], settings: { questionLanguage: 'zh' } }))).toBe(false);
    expect(ownQueue(save({ reviews: [], settings: { questionLanguage: 'en' } }))).toBe(true);
    // Its own choice for this interface outranks the one from before each had its own.
    expect(
      ownQueue(
        save({
          reviews: [],
          settings: { questionLanguage: 'en', questionLanguages: { zh: 'zh' } },
        }),
      ),
    ).toBe(false);
    window.history.replaceState(null, '', '/en/cards/');
    expect(ownQueue(save({ reviews: [] }), choice('p|en|en'))).toBe(false);
    expect(ownQueue(save({ reviews: [] }), choice('p|zh|en'))).toBe(false);
    expect(ownQueue(save({ reviews: [] }), choice('p|en|zh'))).toBe(true);
    window.history.replaceState(null, '', '/');
    window.localStorage.clear();
    root.removeAttribute('data-own-queue');
    root.removeAttribute('data-studied');
    root.removeAttribute('data-saved');
  });

  it('saves a daily goal typed in, and refuses one out of range with a message', async () => {
    const { saved, user } = renderSettings();
    const goal = screen.getByRole('spinbutton', { name: 'Daily goal (reviews)' });
    await user.clear(goal);
    await user.type(goal, '35');
    expect(saved()?.dailyGoal).toBe(35);

    await user.clear(goal);
    await user.type(goal, '0');
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    expect(goal).toHaveAccessibleDescription(/Enter a whole number from 1 to 1000/);
    expect(saved()?.dailyGoal).toBe(35);
  });

  it('explains desired retention next to its slider and saves a new value', async () => {
    const { saved } = renderSettings();
    const slider = screen.getByRole('slider', { name: 'Desired retention' });
    expect(slider).toHaveAccessibleDescription(/chance you still remember a card/);
    expect(slider).toHaveAttribute('aria-valuetext', '90%');
    // Sliders take no typing; a change event is what a drag or an arrow key sends.
    fireEvent.change(slider, { target: { value: '0.8' } });
    expect(saved()?.desiredRetention).toBe(0.8);
    expect(slider).toHaveAttribute('aria-valuetext', '80%');
  });
});
