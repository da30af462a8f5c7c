import { describe, expect, it } from 'vitest';
import { withHeadScriptFirst } from '../../scripts/head-order';

const head = (parts: string[]) =>
  `<!DOCTYPE html><html><head>${parts.join('')}</head><body><p>hi</p></body></html>`;
const META = '<meta charSet="utf-8"/>';
const SHEET = '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>';
const ASYNC = '<script src="/_next/static/chunks/b.js" async=""></script>';
const SCRIPT =
  '<script data-head-script="">(function(){document.documentElement.dataset.x="1"})()</script>';
const PRELOAD = '<script data-preload="">preload()</script>';

describe('the head script before the stylesheets', () => {
  it('moves it to just before the first stylesheet, keeping everything else in order', () => {
    const html = head([META, PRELOAD, SHEET, ASYNC, '<title>t</title>', SCRIPT]);
    expect(withHeadScriptFirst(html)).toBe(
      head([META, PRELOAD, SCRIPT, SHEET, ASYNC, '<title>t</title>']),
    );
  });

  it('changes nothing done already, without stylesheets or without the script', () => {
    const done = head([META, SCRIPT, SHEET, ASYNC]);
    expect(withHeadScriptFirst(done)).toBe(done);
    const bare = head([META, ASYNC, SCRIPT]);
    expect(withHeadScriptFirst(bare)).toBe(bare);
    const none = head([META, SHEET, ASYNC]);
    expect(withHeadScriptFirst(none)).toBe(none);
  });

  it('leaves a script of that name in the body where it is', () => {
    const html = `<html><head>${SHEET}</head><body>${SCRIPT}</body></html>`;
    expect(withHeadScriptFirst(html)).toBe(html);
  });
});
