import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFloorHtml, writeContentFloors } from '../../scripts/bench/content-floor';

// The shapes of a Next 16 static export: the floor's page and one of the app's.
const FLOOR =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<script src="/_next/static/chunks/floor-main.js" async=""></script><title>Floor</title></head>' +
  '<body><div hidden=""><!--$--><!--/$--></div><main><h1>Floor</h1></main><!--$--><!--/$-->' +
  '<script id="_R_">self.floorBoot=1</script><script>self.__next_f.push([0])</script></body></html>';
const PAGE =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  '<script src="/_next/static/chunks/app-main.js" async=""></script>' +
  '<script>(function(){document.documentElement.dataset.x=1})()</script></head>' +
  '<body><header class="site-header"><a href="/zh/">时政卡片</a></header>' +
  '<main id="main"><h1>记忆卡</h1><script>self.__next_f.push([1,"app"])</script>' +
  '<p>上海合作组织何时成立？</p></main></body></html>';

describe("a page's content floor", () => {
  const { html, stylesheets } = contentFloorHtml(FLOOR, PAGE);

  it("keeps the floor's scripts and none of the app's", () => {
    expect(html).toContain('floor-main.js');
    expect(html).toContain('self.floorBoot=1');
    expect(html).not.toContain('app-main.js');
    expect(html).not.toContain('__next_f.push([1,"app"])');
    expect(html).not.toContain('dataset.x');
  });

  it("adds the page's markup after what React rendered in the floor, before its scripts", () => {
    const floorMain = html.indexOf('<main><h1>Floor</h1></main>');
    const markup = html.indexOf('<header class="site-header">');
    const boot = html.indexOf('<script id="_R_">');
    expect(floorMain).toBeGreaterThan(0);
    expect(markup).toBeGreaterThan(floorMain);
    expect(boot).toBeGreaterThan(markup);
    expect(html).toContain('<p>上海合作组织何时成立？</p></main>');
  });

  it("links the page's stylesheet in the head and takes its language", () => {
    expect(stylesheets).toEqual(['/_next/static/chunks/app.css']);
    expect(html.indexOf('app.css')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
  });

  it('refuses pages of another shape instead of measuring something else', () => {
    expect(() => contentFloorHtml('<html><body><h1>x</h1></body></html>', PAGE)).toThrow(
      /floor page/,
    );
    expect(() => contentFloorHtml(FLOOR, '<html><head></head></html>')).toThrow(/no body/);
  });

  it('writes each route beside a copy of the floor, with its stylesheet', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'content-floor-'));
    try {
      const floorOut = path.join(dir, 'floor');
      const appOut = path.join(dir, 'app');
      mkdirSync(floorOut);
      mkdirSync(path.join(appOut, 'zh', 'cards'), { recursive: true });
      mkdirSync(path.join(appOut, '_next', 'static', 'chunks'), { recursive: true });
      writeFileSync(path.join(floorOut, 'index.html'), FLOOR);
      writeFileSync(path.join(appOut, 'zh', 'cards', 'index.html'), PAGE);
      writeFileSync(path.join(appOut, '_next', 'static', 'chunks', 'app.css'), 'h1{color:red}');
      const dest = path.join(dir, 'out');
      writeContentFloors(floorOut, appOut, ['/zh/cards/'], dest);
      expect(readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe(FLOOR);
      expect(readFileSync(path.join(dest, 'zh', 'cards', 'index.html'), 'utf8')).toBe(html);
      expect(existsSync(path.join(dest, '_next', 'static', 'chunks', 'app.css'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
