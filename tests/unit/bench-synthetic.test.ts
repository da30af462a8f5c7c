import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthExponent, median, nLogNExponent } from '../../scripts/bench/measure';
import { factCount, syntheticContent } from '../../scripts/bench/synthetic';
import { exportedPages, scriptSources } from '../../scripts/bench/js-size';

describe('synthetic content for the benchmark', () => {
  it('is valid content with exactly the facts asked for', () => {
    for (const n of [1, 39, 1000]) expect(factCount(syntheticContent(n))).toBe(n);
  });

  it('has long series, memberships, audiences, statements and gaps in years', () => {
    const kinds = new Set(syntheticContent(200).decks.flatMap((d) => d.facts.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual(
      [
        'audience',
        'founding',
        'initiative',
        'interval',
        'meeting',
        'membership',
        'statement',
        'summit',
      ].sort(),
    );
  });
});

describe('benchmark arithmetic', () => {
  it('fits the exponent of a power law', () => {
    const points = [1e3, 1e4, 1e5].map((n) => ({ n, ms: 3 * n ** 1.5 }));
    expect(growthExponent(points)).toBeCloseTo(1.5, 6);
    expect(nLogNExponent([1e3, 1e4, 1e5])).toBeCloseTo(1.11, 2);
  });

  it('takes the middle of an odd list and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('first-load JavaScript', () => {
  it('counts script sources once and leaves the noModule polyfill out', () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script src="/_next/b.js" noModule=""></script>' +
      '<script>self.__next_f=[]</script><script src="/_next/a.js"></script>';
    expect(scriptSources(html)).toEqual(['/_next/a.js']);
  });

  it('finds the exported pages of out/ from their index.html files, _next aside', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'pages-'));
    for (const dir of ['', 'zh', 'zh/decks/a', '_next/static']) {
      mkdirSync(path.join(out, dir), { recursive: true });
      writeFileSync(path.join(out, dir, 'index.html'), '<html></html>');
    }
    writeFileSync(path.join(out, '404.html'), '<html></html>');
    expect(exportedPages(out)).toEqual(['/', '/zh/', '/zh/decks/a/']);
    rmSync(out, { recursive: true });
  });
});
