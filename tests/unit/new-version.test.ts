import { describe, expect, it } from 'vitest';
import { isMissingFile } from '@/components/newVersion';
import { staticFilesOf } from '@/sw/static-files';

describe('a page and the files it needs to run', () => {
  it('finds the scripts and stylesheets an exported page names, once each', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/3yxsl6p2ip_1g.css"/>' +
      '<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js" async=""></script>' +
      '<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js"></script>' +
      '<link rel="preload" href="/_next/static/media/icon.3b2muyb_q2ef7.svg"/>' +
      // Next's polyfills: modern browsers skip them, so the worker does too.
      '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>';
    expect(staticFilesOf(html)).toEqual([
      '/_next/static/chunks/3yxsl6p2ip_1g.css',
      '/_next/static/chunks/turbopack-2u1d16houkiyo.js',
    ]);
  });

  it("finds them in a page's data (RSC), which names them without the leading slash", () => {
    const rsc =
      '1:I["abc",["_next/static/chunks/3qfy96eoyh-ek.js","_next/static/chunks/0hb3f.js"],""]';
    expect(staticFilesOf(rsc)).toEqual([
      '/_next/static/chunks/3qfy96eoyh-ek.js',
      '/_next/static/chunks/0hb3f.js',
    ]);
  });
});

describe('a lazy file of an older version', () => {
  it('is told from other failures', () => {
    const chunk = new Error('Failed to load chunk /_next/static/chunks/x.js from module 12');
    chunk.name = 'ChunkLoadError';
    expect(isMissingFile(chunk)).toBe(true);
    const gone = new Error('/content/abc.json: 404');
    gone.name = 'FileGoneError';
    expect(isMissingFile(gone)).toBe(true);
    expect(isMissingFile(new TypeError('Failed to fetch dynamically imported module: x'))).toBe(
      true,
    );
    expect(isMissingFile(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isMissingFile(new Error('/content/abc.json: 500'))).toBe(false);
    expect(isMissingFile(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
    expect(isMissingFile('Failed to load chunk')).toBe(false);
  });
});
