import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chunkNamesOf,
  pageScriptFiles,
  preloadChunksOfExport,
  resolveChunkNames,
  withChunkFiles,
  withEarlyScript,
  withPreloadInHead,
} from '../../scripts/preload-chunks';

/* Built scripts as Turbopack writes them: a page chunk whose import() loaders list chunk files,
 * and the async chunks, one of which holds a module's CHUNK_NAME. */
const loader = (files: string[], id: number) =>
  `t.v(s=>Promise.all([${files.map((f) => `"static/chunks/${f}"`).join(',')}].map(s=>t.l(s))).then(()=>s(${id})))`;
const scripts = new Map([
  [
    'page.js',
    `push([0,1,t=>{${loader(['gen.js', 'kinds.js'], 7)}},2,t=>{${loader(['view.js', 'kinds.js'], 8)}},3,t=>{${loader(['store.js'], 9)}}])`,
  ],
  // The same module in another page's chunk, which another page's loader lists.
  ['other-page.js', `push([0,4,t=>{${loader(['gen-other.js'], 7)}}])`],
  ['gen-other.js', `push([0,7,e=>{e.s(["CHUNK_NAME",0,"chunk:quiz-drawing"])}])`],
  [
    'gen.js',
    `push([0,7,e=>{e.s(["CHUNK_NAME",0,"chunk:quiz-drawing","createQuiz",0,function(){}])}])`,
  ],
  ['kinds.js', `push([0,5,e=>{}])`],
  ['view.js', `push([0,8,e=>{e.s(["CHUNK_NAME",0,'chunk:quiz-view'])}])`],
  ['store.js', `push([0,9,e=>{}])`],
]);

describe('preloading a lazy module’s scripts from the HTML (scripts/preload-chunks.ts)', () => {
  it('finds every file the loaders of the named chunk list, once each', () => {
    const resolved = resolveChunkNames(['chunk:quiz-drawing', 'chunk:quiz-view'], scripts, [
      'page.js',
    ]);
    expect(resolved.get('chunk:quiz-drawing')).toEqual([
      '/_next/static/chunks/gen.js',
      '/_next/static/chunks/kinds.js',
    ]);
    expect(resolved.get('chunk:quiz-view')).toEqual([
      '/_next/static/chunks/view.js',
      '/_next/static/chunks/kinds.js',
    ]);
  });

  it('counts only the loaders of the page’s own scripts', () => {
    expect(resolveChunkNames(['chunk:quiz-drawing'], scripts, ['other-page.js'])).toEqual(
      new Map([['chunk:quiz-drawing', ['/_next/static/chunks/gen-other.js']]]),
    );
    expect(() => resolveChunkNames(['chunk:quiz-view'], scripts, ['other-page.js'])).toThrow(
      /no loader/,
    );
  });

  it('reads the chunk files a page loads from its HTML', () => {
    expect(
      pageScriptFiles(
        '<script src="/_next/static/chunks/a.js" async=""></script><script async="" src="/_next/static/chunks/b-c.js"></script><script>x</script>',
      ),
    ).toEqual(['a.js', 'b-c.js']);
  });

  it('writes the files in place of the names, leaving the script itself alone', () => {
    const resolved = resolveChunkNames(['chunk:quiz-drawing', 'chunk:quiz-view'], scripts, [
      'page.js',
    ]);
    const html = `<p>x</p><script data-chunks="chunk:quiz-drawing chunk:quiz-view">(function(){})()</script>`;
    expect(withChunkFiles(html, resolved)).toBe(
      `<p>x</p><script data-chunks="/_next/static/chunks/gen.js /_next/static/chunks/kinds.js /_next/static/chunks/view.js">(function(){})()</script>`,
    );
  });

  it('fails the build for a name no script holds, or that is not a chunk name', () => {
    expect(() => resolveChunkNames(['chunk:gone'], scripts, ['page.js'])).toThrow(/no loader/);
    expect(() => resolveChunkNames(['createQuiz'], scripts, ['page.js'])).toThrow(
      /not a chunk name/,
    );
    expect(() => withChunkFiles('<script data-chunks="chunk:x"></script>', new Map())).toThrow(
      /not resolved/,
    );
  });

  it('moves the preload script before the stylesheets, leaving an empty one where React hydrates', () => {
    const preload = '<script data-preload="" data-chunks="/a.js">(function(){go()})()</script>';
    const html =
      '<html><head><meta charSet="utf-8"/><meta http-equiv="x"/><link rel="stylesheet" href="/s.css"/>' +
      `<script>theme()</script></head><body><main><h1>x</h1>${preload}<p>y</p></main></body></html>`;
    const moved = withPreloadInHead(html);
    expect(moved).toBe(
      `<html><head><meta charSet="utf-8"/><meta http-equiv="x"/>${preload}<link rel="stylesheet" href="/s.css"/>` +
        '<script>theme()</script></head><body><main><h1>x</h1>' +
        '<script data-preload="" data-chunks="/a.js"></script><p>y</p></main></body></html>',
    );
    // Run again, or on a page without one, it changes nothing.
    expect(withPreloadInHead(moved)).toBe(moved);
    expect(withPreloadInHead('<html><head></head><body><p>x</p></body></html>')).toBe(
      '<html><head></head><body><p>x</p></body></html>',
    );
  });

  it("writes the early projector's script and moves it with the preload, in the page's order", () => {
    const early = '<script data-preload="" data-early-present="" data-early-config="{}"></script>';
    const preload = '<script data-preload="" data-chunks="/a.js">go()</script>';
    const html =
      '<html><head><link rel="stylesheet" href="/s.css"/></head>' +
      `<body><main>${early}${preload}<div id="early-present"></div></main></body></html>`;
    const once = withPreloadInHead(withEarlyScript(html, () => 'draw()'));
    const filled =
      '<script data-preload="" data-early-present="" data-early-config="{}">draw()</script>';
    expect(once).toBe(
      `<html><head>${filled}${preload}<link rel="stylesheet" href="/s.css"/></head>` +
        `<body><main>${early}<script data-preload="" data-chunks="/a.js"></script>` +
        '<div id="early-present"></div></main></body></html>',
    );
    // Run again, it changes nothing: the body's empty copy is not written into.
    expect(withPreloadInHead(withEarlyScript(once, () => 'draw()'))).toBe(once);
  });

  it('keeps files a previous run wrote, and asks only for names still to replace', () => {
    const html = '<script data-chunks="/_next/static/chunks/a.js chunk:quiz-view"></script>';
    expect(chunkNamesOf(html)).toEqual(['chunk:quiz-view']);
    const resolved = resolveChunkNames(chunkNamesOf(html), scripts, ['page.js']);
    expect(withChunkFiles(html, resolved)).toBe(
      '<script data-chunks="/_next/static/chunks/a.js /_next/static/chunks/view.js /_next/static/chunks/kinds.js"></script>',
    );
  });

  it('changes nothing when run a second time over the same export', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'preload-chunks-'));
    try {
      const chunks = path.join(out, '_next', 'static', 'chunks');
      mkdirSync(chunks, { recursive: true });
      for (const [name, text] of scripts) writeFileSync(path.join(chunks, name), text);
      const preload =
        '<script data-preload="" data-chunks="chunk:quiz-drawing chunk:quiz-view">(function(){go()})()</script>';
      const page = path.join(out, 'en', 'classroom', 'present.html');
      mkdirSync(path.dirname(page), { recursive: true });
      writeFileSync(
        page,
        '<html><head><link rel="stylesheet" href="/s.css"/>' +
          '<script src="/_next/static/chunks/page.js" async=""></script></head>' +
          `<body><main>${preload}</main></body></html>`,
      );

      expect(preloadChunksOfExport(out)).toBe(1);
      const once = readFileSync(page, 'utf8');
      const files =
        '/_next/static/chunks/gen.js /_next/static/chunks/kinds.js /_next/static/chunks/view.js';
      // In <head>, and on the emptied script left in the body where React hydrates.
      expect(once.split(`data-chunks="${files}"`)).toHaveLength(3);
      expect(once).not.toContain('chunk:');

      expect(preloadChunksOfExport(out)).toBe(1);
      expect(readFileSync(page, 'utf8')).toBe(once);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
