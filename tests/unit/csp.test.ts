import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from '../../scripts/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>t</title>
<script>var a=1;</script><script src="/_next/static/chunks/x.js" async=""></script></head><body>
<p>Hi</p><script>self.__next_f.push([1,"x"])</script>
<script type="application/json" id="__after_paint">["/a.js"]</script><script>var a=1;</script></body></html>`;

describe('the Content-Security-Policy of an exported page (scripts/csp.ts)', () => {
  it('allows each inline script by its hash, once, and not data blocks or scripts with a src', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('var a=1;'), sha('self.__next_f.push([1,"x"])')]);
  });

  it('puts the policy after the charset and before every script', () => {
    const html = withPolicy(PAGE);
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charSet="utf-8"/>'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${sha('var a=1;')} ${sha('self.__next_f.push([1,"x"])')}`,
    );
  });

  it('is written once, and recomputed when a page is processed again after a change', () => {
    const once = withPolicy(PAGE);
    expect(withPolicy(once)).toBe(once);
    const changed = withPolicy(once.replaceAll('var a=1;', 'var a=2;'));
    expect(changed.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(changed).toContain(sha('var a=2;'));
    expect(changed).not.toContain(sha('var a=1;'));
  });

  it('loads nothing from elsewhere and allows no plugin, base or form target of another site', () => {
    const policy = policyFor([]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    // No JavaScript from text (eval, inline without a hash) and nothing from another origin.
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('refuses a page without a head', () => {
    expect(() => withPolicy('<html><body><script>x</script></body></html>')).toThrow(/no <head>/);
  });
});
