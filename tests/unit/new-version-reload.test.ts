// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  orNewVersion,
  reloadIntoNewVersion,
  reloadOnUnhandledMissingFile,
} from '@/components/newVersion';

function chunkError() {
  const error = new Error('Failed to load chunk /_next/static/chunks/x.js from module 1');
  error.name = 'ChunkLoadError';
  return error;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('a tab whose version is gone from the host', () => {
  it('reloads once, and not again within a minute (a host that lacks the file for good)', async () => {
    const reload = vi.fn();
    expect(reloadIntoNewVersion(1_000_000, reload)).toBe(true);
    await flush();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadIntoNewVersion(1_000_000 + 59_000, reload)).toBe(false);
    expect(reloadIntoNewVersion(1_000_000 + 61_000, reload)).toBe(true);
    await flush();
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload offline: the file is missing because the network is', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const reload = vi.fn();
    expect(reloadIntoNewVersion(1_000_000, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('passes on every other failure, and a missing file it cannot reload for', async () => {
    const other = new TypeError('x is undefined');
    await expect(orNewVersion(Promise.reject(other))).rejects.toBe(other);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const missing = chunkError();
    await expect(orNewVersion(Promise.reject(missing))).rejects.toBe(missing);
  });

  it('gives what loads', async () => {
    await expect(orNewVersion(Promise.resolve(7))).resolves.toBe(7);
  });

  it('reloads when a failed lazy load is left unhandled, and only for a missing file', async () => {
    const reload = vi.fn();
    const stop = reloadOnUnhandledMissingFile(reload);
    const rejection = (reason: unknown) =>
      Object.assign(new Event('unhandledrejection'), { reason }) as PromiseRejectionEvent;
    window.dispatchEvent(rejection(new TypeError('x is undefined')));
    await flush();
    expect(reload).not.toHaveBeenCalled();
    window.dispatchEvent(rejection(chunkError()));
    await flush();
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
    sessionStorage.clear();
    window.dispatchEvent(rejection(chunkError()));
    await flush();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
