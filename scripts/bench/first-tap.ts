import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { median } from './measure';

/*
 * When a phone user's first tap is handled. Chromium with a phone's screen and touch, a slow
 * phone network (1.6 Mbps down, 750 kbps up, 150 ms round trip) and its CPU slowed 4×, opens a
 * page and taps its main control every 100 ms from the moment the control is on screen, as an
 * impatient learner would. The figure is the time from the start of navigation to the page's
 * first response to a tap (the answer marked, the card turned, the counter counting), seen by a
 * MutationObserver in the page. Taps made before it that changed nothing are counted as lost.
 *
 * Each page is measured cold (a fresh profile: no cache, no service worker) and warm (the same
 * profile a few seconds later, as a second visit), interleaved with the floor in every round so
 * a busy machine slows both alike. The floor is a bare Next.js page with one client counter.
 */

export interface TapTarget {
  /** What the table calls it. */
  label: string;
  /** The path to open, with its query. */
  path: string;
  /** The control tapped (CSS selector; the first visible match). */
  tap: string;
  /** A JavaScript expression, true once the page has responded to a tap. */
  handled: string;
  /** Run before the page's scripts on every visit of the pair (a learner's saved progress). */
  prepare?: string;
  /**
   * A JavaScript expression, true once the page's scripts have taken it over (hydrated). A page
   * whose first control works as plain HTML answers before then; the table shows both.
   */
  ready?: string;
  /**
   * False for a row reported beside the others and not held to the 1.2× budget (issue 19 budgets
   * the first tap of home, practice, the flashcards, a deck page and the projector). A tap lost
   * fails it all the same.
   */
  budget?: boolean;
}

export interface TapRun {
  /** From navigation start to the first response to a tap; Infinity when none came. */
  handledMs: number;
  /** When the control was first on screen (taps start then). */
  visibleMs: number;
  /** Taps made before the response that were not acted on. */
  lostTaps: number;
  /** From navigation start to the page's scripts having taken it over (TapTarget.ready). */
  readyMs: number;
  /** Where the page went instead of answering (a tap that opened another page), if it did. */
  wentTo?: string;
}

export interface TapResult {
  target: TapTarget;
  cold: TapRun[];
  warm: TapRun[];
}

export const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
export const CPU_SLOWDOWN = 4;
const TAP_EVERY_MS = 100;
/** Longer than any visit takes (GIVE_UP_MS and the waits after it). */
const VISIT_LIMIT_MS = 90_000;
const GIVE_UP_MS = 30_000;

/*
 * Installed in the page before any of its scripts: watches for the response and counts taps.
 * Taps are counted in the capture phase on window, which exists before the page's own code.
 */
export function observer(handled: string, ready = 'false', tap = ''): string {
  return `(() => {
  const state = { handledAt: -1, handledTap: 0, readyAt: -1, taps: [], kept: 0, seenAt: -1, box: null, documents: 1 };
  Object.defineProperty(window, '__firstTap', { value: state });
  // Which document of the visit this is: a tap that lands on a link (the control moved under
  // the finger) or a page that reloads itself makes a second.
  try {
    state.documents = Number(sessionStorage.getItem('__firstTapDocuments') || 0) + 1;
    sessionStorage.setItem('__firstTapDocuments', String(state.documents));
  } catch {}
  const test = () => { try { return Boolean(${handled}); } catch { return false; } };
  const isReady = () => { try { return Boolean(${ready}); } catch { return false; } };
  const answered = () => { state.handledAt = performance.now(); state.handledTap = state.taps.length; };
  const seen = (records) => {
    if (state.readyAt < 0 && isReady()) state.readyAt = performance.now();
    // A tap the page keeps until it can act on it marks its control (components/earlyTaps.ts).
    for (const r of records || []) if (state.handledAt < 0 && r.attributeName === 'data-early-tap' && r.target.hasAttribute('data-early-tap')) state.kept += 1;
    // Only a response to a tap counts: a control that works as plain HTML (a native select)
    // answers its first tap at once, with nothing to see in the page's own markup.
    if (state.handledAt < 0 && state.taps.length > 0 && test()) answered();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('pointerdown', () => {
    state.taps.push(performance.now());
    // Already answerable (a native select opens at this very tap).
    if (state.handledAt < 0 && test()) answered();
  }, true);
  addEventListener('change', () => seen([]), true);
  // When the control is first drawn on screen (laid out, with a size, not visibility: hidden),
  // looked at once a frame, as a learner sees it: the harness taps from then on.
  const control = ${JSON.stringify(tap)};
  const look = () => {
    const el = control && document.querySelector(control);
    const r = el && el.getBoundingClientRect();
    if (r && r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible') {
      state.seenAt = performance.now();
      state.box = { x: r.x, y: r.y, width: r.width, height: r.height, inView: r.top >= 0 && r.bottom <= innerHeight };
    } else requestAnimationFrame(look);
  };
  if (control) requestAnimationFrame(look);
  // The taps go on until the harness has read the response (it asks every 250 ms); taps after
  // it would land on what the response drew (a grade button where Show answer was) and make the
  // next visit another learner's. The page does not see them.
  for (const type of ['pointerdown', 'pointerup', 'touchstart', 'touchend', 'mousedown', 'mouseup', 'click'])
    addEventListener(type, (e) => { if (state.handledAt >= 0 && state.taps.length > state.handledTap) { e.stopImmediatePropagation(); e.preventDefault(); } }, { capture: true, passive: false });
  // A native select answers at the tap's pointerdown (above); the menu its tap would then open
  // is kept shut: an open menu could hold the page's main thread, and the harness with it (a home
  // visit hung so, its first tap already answered).
  for (const type of ['touchend', 'mousedown'])
    addEventListener(type, (e) => { if (state.handledAt >= 0 && e.target instanceof Element && e.target.closest('select')) e.preventDefault(); }, { capture: true, passive: false });
})();`;
}

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One visit: open the page and tap until it responds. */
async function visit(context: BrowserContext, origin: string, target: TapTarget): Promise<TapRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(observer(target.handled, target.ready, target.tap));
    await throttle(page);
    await page.goto(`${origin}${target.path}`, { waitUntil: 'commit' });
    const control = page.locator(target.tap).first();
    const start = Date.now();
    type Seen = { seenAt: number; box: (Box & { inView: boolean }) | null };
    type Box = { x: number; y: number; width: number; height: number };
    let seen: Seen = { seenAt: -1, box: null };
    // Wait for the control on screen, as the page itself saw it drawn (one question a poll: each
    // waits for the page's main thread, as a tap would). A control under visibility: hidden (a
    // returning learner's cards before their queue is read) has a box, but nobody taps it.
    while (!seen.box && Date.now() - start < GIVE_UP_MS) {
      seen = await page
        .evaluate(() => (window as unknown as { __firstTap: Seen }).__firstTap)
        .catch(() => ({ seenAt: -1, box: null }));
      if (!seen.box) await sleep(50);
    }
    let box: Box | null = seen.box;
    // Below the fold (a returning learner's flashcard), a learner scrolls to it first.
    if (seen.box && !seen.box.inView) {
      await control.scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => undefined);
      box = await control.boundingBox().catch(() => null);
    }
    if (!box) return { handledMs: Infinity, visibleMs: Infinity, lostTaps: 0, readyMs: Infinity };
    const visibleMs = seen.seenAt;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    let done = false;
    let wentTo: string | undefined;
    const watch = (async () => {
      while (!done && Date.now() - start < GIVE_UP_MS) {
        await sleep(250);
        // A page between two documents answers nothing yet: asked again.
        const now = await page
          .evaluate(
            () =>
              (window as unknown as { __firstTap: { handledAt: number; documents: number } })
                .__firstTap,
          )
          .catch(() => ({ handledAt: -1, documents: 1 }));
        // Another document: a tap landed on a link (or the page reloaded). It was not the
        // control's answer, and tapping on would go on opening pages.
        if (now.documents > 1) wentTo = page.url();
        if (now.handledAt >= 0 || wentTo) done = true;
      }
      done = true;
    })();
    while (!done) {
      await page.touchscreen.tap(x, y).catch(() => undefined);
      await sleep(TAP_EVERY_MS);
    }
    await watch;
    if (wentTo) return { handledMs: Infinity, visibleMs, lostTaps: 1, readyMs: Infinity, wentTo };
    type State = { handledAt: number; readyAt: number; taps: number[]; kept: number };
    const read = () => page.evaluate(() => (window as unknown as { __firstTap: State }).__firstTap);
    let state = await read();
    // A response before the scripts (plain HTML): wait for them too, to report when they came.
    while (target.ready && state.readyAt < 0 && Date.now() - start < GIVE_UP_MS) {
      await sleep(250);
      state = await read();
    }
    const readyMs = state.readyAt < 0 ? Infinity : state.readyAt;
    if (state.handledAt < 0)
      return { handledMs: Infinity, visibleMs, lostTaps: state.taps.length, readyMs };
    // Before the response, every tap was kept (and acted on once the page could) or not; of
    // those not kept, the last may be the one the page answered itself. The rest were lost.
    const before = state.taps.filter((t) => t <= state.handledAt).length;
    return {
      handledMs: state.handledAt,
      visibleMs,
      lostTaps: Math.max(0, before - state.kept - 1),
      readyMs,
    };
  } finally {
    await page.close();
  }
}

/**
 * `rounds` interleaved rounds; in each, every target cold then warm, each followed by the floor
 * cold then warm. Warm visits wait `settleMs` after the cold one (the service worker installs).
 */
export async function firstTap(
  targets: { origin: string; target: TapTarget }[],
  floor: { origin: string; target: TapTarget },
  rounds: number,
  log: (line: string) => void,
  settleMs = 4000,
): Promise<{ floor: TapResult[]; pages: TapResult[] }> {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  const pages: TapResult[] = targets.map(({ target }) => ({ target, cold: [], warm: [] }));
  const floors: TapResult[] = targets.map(() => ({ target: floor.target, cold: [], warm: [] }));
  const measure = async (origin: string, target: TapTarget, into: TapResult) => {
    const context = await browser.newContext({
      serviceWorkers: 'allow',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 3,
    });
    // A page whose main thread never comes back (a script in a loop) would hold every later
    // visit: after VISIT_LIMIT_MS its visit counts as one that never responded, and is named.
    const bounded = async (visitName: string) => {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<TapRun>((resolve) => {
        timer = setTimeout(() => {
          log(`  ${target.label}, ${visitName}: no answer in ${VISIT_LIMIT_MS / 1000} s`);
          resolve({ handledMs: Infinity, visibleMs: Infinity, lostTaps: 0, readyMs: Infinity });
        }, VISIT_LIMIT_MS);
      });
      const run = visit(context, origin, target).then((result) => {
        if (result.wentTo)
          log(`  ${target.label}, ${visitName}: a tap opened ${result.wentTo} instead`);
        return result;
      });
      run.catch(() => undefined);
      try {
        return await Promise.race([run, limit]);
      } finally {
        clearTimeout(timer);
      }
    };
    try {
      if (target.prepare) await context.addInitScript(target.prepare);
      into.cold.push(await bounded('cold'));
      await sleep(settleMs);
      into.warm.push(await bounded('warm'));
    } finally {
      await context.close().catch(() => undefined);
    }
  };
  try {
    for (let round = 0; round < rounds; round++) {
      log(`  round ${round + 1} of ${rounds}…`);
      for (const [i, { origin, target }] of targets.entries()) {
        // Alternate which goes first, so neither always meets a warmer machine.
        const pair = [
          () => measure(origin, target, pages[i]!),
          () => measure(floor.origin, floor.target, floors[i]!),
        ];
        if (round % 2) pair.reverse();
        for (const run of pair) await run();
      }
    }
  } finally {
    await browser.close();
  }
  return { floor: floors, pages };
}

type TapFigure = 'handledMs' | 'visibleMs' | 'readyMs';
export const medianOf = (runs: TapRun[], key: TapFigure) =>
  median(runs.map((r) => r[key]).filter(Number.isFinite));
