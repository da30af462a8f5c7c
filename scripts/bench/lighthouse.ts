import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { median } from './measure';

/*
 * Lighthouse 12.2.3 in its default (mobile) configuration: a phone-sized screen, simulated slow
 * 4G and a 4× slower CPU. Each page is run three times and each category's median kept.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

/** What explains one run's performance score: the two metrics that moved most between runs, and
 * when Chromium really drew its first frame. A late first frame (about 1.2 s instead of 0.2 s)
 * makes Lighthouse's simulation count every script in LCP; docs/performance.md explains the cause. */
export interface RunDetail {
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  observedFirstPaintMs: number;
}

export interface LighthouseResult {
  url: string;
  runs: { scores: Scores; detail: RunDetail }[];
  median: Scores;
}

/** Serves a folder on a loopback port with `serve`, as any static host would. */
export async function serveFolder(
  projectRoot: string,
  folder: string,
  port: number,
): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules', 'serve', 'build', 'main.js'),
      folder,
      '--listen',
      `tcp://127.0.0.1:${port}`,
      '--no-clipboard',
      '--no-port-switching',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`serve did not start on port ${port}`);
}

/**
 * How Lighthouse slows the page: `simulate` (its default: loads fast, then models a slow phone
 * from the trace) or `devtools` (the page really loads under DevTools' network and CPU throttling,
 * as the first-tap measure does).
 */
export type Throttling = 'simulate' | 'devtools';

function runOnce(
  projectRoot: string,
  url: string,
  chromePath: string | undefined,
  throttling: Throttling,
): { scores: Scores; detail: RunDetail } {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const result = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${flags}`,
      `--throttling-method=${throttling}`,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
    },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    categories: Record<Category, { score: number | null }>;
    audits: Record<
      string,
      { numericValue?: number; details?: { items?: Record<string, number>[] } }
    >;
    runtimeError?: { message: string };
  };
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((report.categories[c].score ?? 0) * 100)]),
    ) as Scores,
    detail: {
      totalBlockingTimeMs: metric('total-blocking-time'),
      largestContentfulPaintMs: metric('largest-contentful-paint'),
      observedFirstPaintMs: report.audits.metrics?.details?.items?.[0]?.observedFirstPaint ?? NaN,
    },
  };
}

export function lighthouse(
  projectRoot: string,
  url: string,
  runs = 3,
  throttling: Throttling = 'simulate',
): LighthouseResult {
  const chromePath = findChromium();
  const all = Array.from({ length: runs }, () => runOnce(projectRoot, url, chromePath, throttling));
  return {
    url,
    runs: all,
    median: Object.fromEntries(
      CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))]),
    ) as Scores,
  };
}
