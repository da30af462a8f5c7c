import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentOf, deckList, FileGoneError, jsonFile } from '@/lib/content/remote';
import { loadContent } from '@/lib/content/load';
import { FIXTURE_ROOT } from '../fixtures/content';

const content = loadContent(FIXTURE_ROOT);

afterEach(() => vi.unstubAllGlobals());

describe('the content file a page fetches (lib/content/remote.ts)', () => {
  it('gives content a page holds as it is, without fetching', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    await expect(contentOf(content)).resolves.toBe(content);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fetches a file once per page, whoever asks', async () => {
    const fetchSpy = vi.fn(async () => Response.json(content));
    vi.stubGlobal('fetch', fetchSpy);
    const source = { url: '/content/once.json' };
    const [a, b] = await Promise.all([contentOf(source), contentOf({ ...source })]);
    expect(a).toEqual(content);
    expect(b).toBe(a);
    expect(fetchSpy).toHaveBeenCalledOnce();
  });

  it('fails on a missing file, and fetches again next time (offline, then online)', async () => {
    const fetchSpy = vi
      .fn()
      .mockResolvedValueOnce(new Response('gone', { status: 404 }))
      .mockResolvedValueOnce(Response.json(content));
    vi.stubGlobal('fetch', fetchSpy);
    const source = { url: '/content/retry.json' };
    await expect(contentOf(source)).rejects.toThrow('404');
    await expect(contentOf(source)).resolves.toEqual(content);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('fetches any file of the export (the cards file) the same way, once, and tells a file gone from the host', async () => {
    const fetchSpy = vi
      .fn()
      .mockResolvedValueOnce(Response.json({ cards: [] }))
      .mockResolvedValueOnce(new Response('gone', { status: 410 }));
    vi.stubGlobal('fetch', fetchSpy);
    const url = '/content/cards-once.json';
    const [a, b] = await Promise.all([jsonFile(url), jsonFile(url)]);
    expect(a).toEqual({ cards: [] });
    expect(b).toBe(a);
    await expect(jsonFile('/content/cards-old.json')).rejects.toBeInstanceOf(FileGoneError);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('lists the decks by id and title only', () => {
    const list = deckList(content);
    expect(list.decks.map((d) => d.id)).toEqual(content.decks.map((d) => d.id));
    for (const deck of list.decks) expect(Object.keys(deck).sort()).toEqual(['id', 'title']);
  });
});
