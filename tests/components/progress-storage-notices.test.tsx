// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressProvider } from '@/components/progress/ProgressProvider';
import { StorageNotices } from '@/components/progress/StorageNotices';
import { emptySave, serializeSave } from '@/lib/progress/save';
import { ProgressStore } from '@/lib/progress/store';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import en from '@/messages/en.json';
import { MemoryStorage as BaseMemoryStorage } from '../fixtures/memory-storage';

const T0 = Date.UTC(2026, 0, 5);

class MemoryStorage extends BaseMemoryStorage {
  failWrites = false;
  /** No room for a new key (a backup), while the keys there can still be written. */
  full = false;
  override setItem(key: string, value: string) {
    // jsdom's DOMException is not an Error, unlike every browser's; this is what a browser throws.
    if (this.failWrites || (this.full && !this.map.has(key)))
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      });
    this.map.set(key, value);
  }
}

/** A valid save whose second review has a grade no scheduler knows. */
function saveWithOneBrokenReview(): string {
  const save = emptySave('p1', 'Me', T0);
  const good = {
    id: 'aaaaaa',
    fact: 'f1',
    grade: 3,
    at: T0,
    kind: 'single',
    mode: 'practice',
    session: 's1',
  } as const;
  save.profiles[0]!.reviews = [good];
  const raw = JSON.parse(serializeSave(save));
  raw.profiles[0].reviews.push({ ...good, id: 'bbbbbb', grade: 9 });
  return JSON.stringify(raw);
}

function renderNotices(storage: MemoryStorage) {
  let n = 0;
  const store = new ProgressStore({
    storage,
    now: () => T0,
    newId: () => `id${String(n++).padStart(6, '0')}`,
    defaultProfileName: 'Me',
  });
  render(
    <NextIntlClientProvider locale="en" messages={en}>
      <ProgressProvider store={store}>
        <StorageNotices />
      </ProgressProvider>
    </NextIntlClientProvider>,
  );
  return { store, user: userEvent.setup() };
}

/** Catches what a download link would save, since jsdom cannot save files. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StorageNotices', () => {
  it('tells the learner that damaged data was kept aside and lets them download it as it was', async () => {
    const storage = new MemoryStorage();
    const raw = saveWithOneBrokenReview();
    storage.setItem(STORAGE_KEYS.progress, raw);
    const files = catchDownloads();
    const { user } = renderNotices(storage);

    expect(await screen.findByRole('status')).toHaveTextContent(
      /could not be read \(1 part damaged\)/,
    );
    await user.click(screen.getByRole('button', { name: 'Download the original' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^shizheng-backup-\d+\.txt$/);
    expect(await files[0]!.blob.text()).toBe(raw);
  });

  it('holds damaged data there is no room to set aside, offers it, and writes over it only when told', async () => {
    const storage = new MemoryStorage();
    const raw = saveWithOneBrokenReview();
    storage.setItem(STORAGE_KEYS.progress, raw);
    storage.full = true;
    const files = catchDownloads();
    const { store, user } = renderNotices(storage);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /no room to keep the original aside.*nothing will be written over the original until you download it/,
    );
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
    act(() => store.updateSettings({ dailyGoal: 5 }));
    expect(storage.getItem(STORAGE_KEYS.progress)).toBe(raw);

    await user.click(screen.getByRole('button', { name: 'Download the original' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^shizheng-backup-\d+\.txt$/);
    expect(await files[0]!.blob.text()).toBe(raw);

    await user.click(screen.getByRole('button', { name: 'Go on saving: write over the original' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const stored = JSON.parse(storage.getItem(STORAGE_KEYS.progress)!);
    expect(stored.profiles[0].settings.dailyGoal).toBe(5);
    expect(stored.profiles[0].reviews.map((r: { id: string }) => r.id)).toEqual(['aaaaaa']);
  });

  it('goes away when dismissed and does not come back on the next change', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.progress, saveWithOneBrokenReview());
    const { store, user } = renderNotices(storage);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    store.updateSettings({ dailyGoal: 5 });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('warns with an alert and offers an export when storage is full', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const files = catchDownloads();
    const { store, user } = renderNotices(storage);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() => store.updateSettings({ dailyGoal: 5 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage is full/);
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(files[0]!.name).toMatch(/^shizheng-progress-Me-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await files[0]!.blob.text()).profile.settings.dailyGoal).toBe(5);
  });

  it('says when another tab deleted this profile, and lets the learner place or drop its answers', async () => {
    const storage = new MemoryStorage();
    const save = emptySave('p1', 'Ana', T0);
    save.profiles.push({ ...emptySave('p2', 'Ben', T0).profiles[0]! });
    storage.setItem(STORAGE_KEYS.progress, serializeSave(save));
    const { store, user } = renderNotices(storage);
    const other = new ProgressStore({
      storage,
      now: () => T0,
      newId: () => 'other1',
      defaultProfileName: 'Me',
    });
    other.deleteProfile('p1');
    const answer = {
      id: 'aaaaaa',
      fact: 'f1',
      grade: 3,
      at: T0,
      kind: 'single',
      mode: 'practice',
      session: 's1',
    } as const;
    // Given before this tab heard of the deletion: held, not Ben's.
    act(() => store.record([answer]));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The profile “Ana” was deleted in another tab. This tab now shows “Ben”. 1 answer given as “Ana” since then is not saved.',
    );
    await user.click(screen.getByRole('button', { name: 'Add them to “Ben”' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const stored = JSON.parse(storage.getItem(STORAGE_KEYS.progress)!);
    expect(stored.profiles.map((p: { name: string }) => p.name)).toEqual(['Ben']);
    expect(stored.profiles[0].reviews.map((r: { id: string }) => r.id)).toEqual(['aaaaaa']);
  });

  it('answers held for a deleted profile are let go only when the learner says so', async () => {
    const storage = new MemoryStorage();
    const save = emptySave('p1', 'Ana', T0);
    save.profiles.push({ ...emptySave('p2', 'Ben', T0).profiles[0]! });
    storage.setItem(STORAGE_KEYS.progress, serializeSave(save));
    const { store, user } = renderNotices(storage);
    new ProgressStore({
      storage,
      now: () => T0,
      newId: () => 'other1',
      defaultProfileName: 'Me',
    }).deleteProfile('p1');
    act(() =>
      store.record([
        {
          id: 'aaaaaa',
          fact: 'f1',
          grade: 3,
          at: T0,
          kind: 'single',
          mode: 'practice',
          session: 's1',
        },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.progress)!).profiles[0].reviews).toEqual([]);
  });
});
