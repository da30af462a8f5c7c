import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AFTER_PAINT_ID,
  afterPaintScripts,
  deferExport,
  deferScripts,
} from '../../scripts/after-paint';
import { scriptSources } from '../../scripts/bench/js-size';

// The shape of a page of a Next 16 static export.
const PAGE =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>' +
  '<link rel="preload" as="image" href="/icon.svg"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script>' +
  '<script src="/_next/static/chunks/page.js" async=""></script>' +
  '<script>(function(){document.documentElement.dataset.x=1})()</script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  '<body><main><h1>记忆卡</h1></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>' +
  '<script src="/_next/static/chunks/runtime.js" async=""></script>' +
  '<script>self.__next_f.push([1,"app"])</script></body></html>';

describe('scripts after the first paint', () => {
  const { html, scripts } = deferScripts(PAGE);

  it("lists Next's scripts in the order Next wrote them", () => {
    expect(scripts).toEqual([
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/page.js',
      '/_next/static/chunks/runtime.js',
    ]);
    expect(afterPaintScripts(html)).toEqual(scripts);
  });

  it('leaves no script the browser would fetch before the loader runs', () => {
    expect(html).not.toMatch(/<script src="[^"]*" async/);
    expect(html).not.toContain('as="script"');
  });

  it('keeps inline scripts, the noModule polyfill, other preloads and the content where they were', () => {
    expect(html).toContain('<script>(function(){document.documentElement.dataset.x=1})()</script>');
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(html).toContain('<link rel="preload" as="image" href="/icon.svg"/>');
    expect(html).toContain('<script id="_R_">');
    expect(html).toContain('<main><h1>记忆卡</h1></main>');
    expect(html.indexOf('self.__next_f.push([1,"app"])')).toBeLessThan(
      html.indexOf(AFTER_PAINT_ID),
    );
  });

  it('puts the list and its loader last in the body', () => {
    expect(html).toMatch(
      new RegExp(
        `<script type="application/json" id="${AFTER_PAINT_ID}">.*</script><script>.*</script></body></html>$`,
        's',
      ),
    );
  });

  it('leaves a page already rewritten as it is', () => {
    expect(deferScripts(html)).toEqual({ html, scripts });
  });

  it('counts the deferred scripts as first-load JavaScript in the bench', () => {
    expect(scriptSources(html).sort()).toEqual([...scripts].sort());
  });

  it('refuses a page whose shape it does not know rather than leave it without scripts', () => {
    expect(() => deferScripts('<html><body><p>no scripts</p></body></html>')).toThrow(
      /no Next scripts/,
    );
    expect(() =>
      deferScripts('<html><body><script src="/_next/static/chunks/a.js"></script></body></html>'),
    ).toThrow(/not async/);
  });

  it('rejects a tampered list', () => {
    expect(() =>
      afterPaintScripts(`<script type="application/json" id="${AFTER_PAINT_ID}">[1,2]</script>`),
    ).toThrow(/not a list of paths/);
  });

  it('rewrites every page of an export, the 404 page too, and nothing under _next', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'after-paint-'));
    try {
      for (const file of ['index.html', 'zh/cards/index.html', '404.html', '_next/static/x.html']) {
        mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
        writeFileSync(path.join(out, file), PAGE);
      }
      expect(deferExport(out)).toBe(3);
      for (const file of ['index.html', 'zh/cards/index.html', '404.html'])
        expect(afterPaintScripts(readFileSync(path.join(out, file), 'utf8'))).toEqual(scripts);
      expect(readFileSync(path.join(out, '_next/static/x.html'), 'utf8')).toBe(PAGE);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
