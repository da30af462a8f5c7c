// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { earlyModule } from '@/lib/early-module';

describe('earlyModule', () => {
  it('asks once in the browser, at once, and gives every caller that load', async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }));
    const get = earlyModule(load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await get()).toEqual({ answer: 42 });
    expect(await get()).toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('module');
    const get = earlyModule(load);
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
