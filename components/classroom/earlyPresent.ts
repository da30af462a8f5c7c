import { optionLetter } from '@/lib/classroom/letters';
import { codeGroups } from '@/lib/classroom/base32';
import { candidateAt, type OpenerPick, pickOpener } from '@/lib/classroom/opener';
import type { OpenersFile, OpenerView } from '@/lib/classroom/openers-file';
import { canonicalQuizCode, decodeQuizCode, type QuizCodeData } from '@/lib/classroom/quiz-code';
import type { Text } from '@/lib/content/schema';
import { LANG_TAGS } from '@/lib/display';
import type { Question } from '@/lib/questions/models';
import { EARLY_PRESENT_ID } from './earlyHandover';
import { fitSlide, layoutsFor, slideDensity } from './slideFit';

/**
 * The projector before its scripts have run. On a slow phone or a school laptop the page's own
 * scripts, the generator and the content arrive seconds after the HTML, and a Start tapped before
 * then had nothing to show. This script, inline at the top of the projector page's <head>
 * (bundled after the build by scripts/preload-chunks.ts), reads the code in the address, asks for
 * the small file of the opener's deck (lib/classroom/opener.ts: the code alone says which question
 * opens the quiz), draws the join slide as soon as its place is parsed and, on Start, the first
 * question, in the markup and classes the React stage uses (PresentMode.tsx, PresentQuestion.tsx).
 * When the page has drawn the quiz, the stage takes over on the slide the teacher is on
 * (earlyHandover.ts) and this slide goes.
 *
 * It shows no question it cannot be sure of: for a code of other content or rules than this
 * build's, of no opener kind, or whose file does not come, a Start is kept for the stage instead.
 * It draws nothing for a reload (the stage returns to its place), a code that does not decode or
 * a deck this build lacks: the page then works as before.
 */

/** What the page hands over (the script element's data attributes). */
export interface EarlyConfig {
  /** `/content/openers-<hash>`: a deck's file is `<prefix>-<deck hash>.json`. */
  openers: string;
  /** The content version and generator rules of this build: a code of others has no opener. */
  contentVersion: number;
  rules: number;
  /** Each deck's title in the page's language, by the hash a code names it by. */
  decks: Record<number, string>;
  locale: 'zh' | 'en';
  /** The stage's words, in the page's language. */
  text: {
    joinHeading: string;
    /** With `{link}`. */
    orOpen: string;
    start: string;
    /** With `{title}`. */
    stageLabel: string;
    /** With `{current}` and `{prompt}`. */
    questionAnnouncement: string;
    kinds: Record<Question['kind'], string>;
  };
}

/** What the stage reads when it takes over (PresentMode.tsx). */
export interface EarlyStart {
  code: string;
  /** When Start was pressed (performance.now()), or null on the join slide. */
  started: number | null;
  /** The stage's keys pressed on the early slide, in order: the stage acts on them once there. */
  keys: string[];
  /** Set by the stage once it has taken over: the early slide is gone and takes no keys. */
  done: boolean;
}

declare global {
  interface Window {
    __earlyPresent?: EarlyStart;
  }
}

const EARLY_ID = EARLY_PRESENT_ID;

/** The keys that go to the next slide, and every key the stage acts on (PresentMode.tsx). */
const NEXT_KEYS = ['ArrowRight', ' ', 'PageDown', 'Enter'];
const STAGE_KEYS = [
  ...NEXT_KEYS,
  'ArrowLeft',
  'PageUp',
  'Home',
  'ArrowDown',
  'ArrowUp',
  'r',
  'R',
  'f',
  'F',
  'p',
  'P',
];

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A text in the quiz's language mode, as BilingualText draws it. */
function textNode(text: Text, mode: QuizCodeData['language']): HTMLElement {
  if (mode !== 'both') {
    const span = el('span', undefined, text[mode]);
    span.lang = LANG_TAGS[mode];
    return span;
  }
  const zh = el('span', undefined, text.zh);
  zh.lang = LANG_TAGS.zh;
  const en = el('span', 'bilingual-second', text.en);
  en.lang = LANG_TAGS.en;
  return el('span', 'bilingual', zh, en);
}

function plain(text: Text, mode: QuizCodeData['language']): string {
  return mode === 'both' ? `${text.zh} ${text.en}` : text[mode];
}

/**
 * The opener a deck's file names for a code, or undefined where the file cannot vouch for it
 * (another content version or other rules than the code's).
 */
export function openerOf(
  settings: QuizCodeData,
  pick: OpenerPick,
  file: OpenersFile,
): OpenerView | undefined {
  if (file.contentVersion !== settings.contentVersion || file.rules !== settings.rulesVersion) {
    return undefined;
  }
  return candidateAt(file.candidates[pick.kind], pick);
}

function isReturn(): boolean {
  const entries = performance.getEntriesByType?.('navigation') as
    PerformanceNavigationTiming[] | undefined;
  const type = entries?.[0]?.type;
  return type === 'reload' || type === 'back_forward';
}

/**
 * The place to draw in, as soon as the parser has made it: not at DOMContentLoaded, which on a
 * second visit waits for the page's own scripts, run from the cache as the HTML is parsed.
 */
function placeReady(): Promise<HTMLElement | null> {
  const find = () => document.getElementById(EARLY_ID);
  const now = find();
  if (now || document.readyState !== 'loading') return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found || document.readyState !== 'loading') {
        observer.disconnect();
        resolve(found);
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** A deck's openers file. */
async function fileOf(url: string): Promise<OpenersFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as OpenersFile;
}

/** Starts the early projector for the address's code, if it has one. */
export function startEarlyPresent(config: EarlyConfig): void {
  performance.mark('early-present:start');
  const code = new URLSearchParams(location.search).get('q');
  if (!code || isReturn()) return;
  const decoded = decodeQuizCode(code);
  if (!decoded.ok) return;
  const settings = decoded.value;
  // A deck this build lacks: the page says so, not a join slide.
  const titles = settings.deckHashes.map((hash) => config.decks[hash]);
  if (titles.some((title) => title === undefined)) return;
  // The opener's file is asked for at once, where it can vouch for this code's first question.
  const pick =
    settings.contentVersion === config.contentVersion && settings.rulesVersion === config.rules
      ? pickOpener({
          seed: settings.seed,
          kinds: settings.kinds,
          deckCount: settings.deckHashes.length,
        })
      : undefined;
  const opener: Promise<OpenerView | undefined> = pick
    ? fileOf(`${config.openers}-${settings.deckHashes[pick.deck]}.json`).then(
        (file) => {
          performance.mark('early-present:file');
          return openerOf(settings, pick, file);
        },
        () => undefined,
      )
    : Promise.resolve(undefined);
  // The join slide needs no file: it is drawn as soon as its place is parsed, before the page
  // is first painted.
  void placeReady().then((root) => {
    // The stage may already be there (a fast machine): it is the page's, then.
    if (!root || document.querySelector('.present')) return;
    draw(root, config, settings, titles as string[], opener);
  });
}

function draw(
  root: HTMLElement,
  config: EarlyConfig,
  settings: QuizCodeData,
  titles: readonly string[],
  opener: Promise<OpenerView | undefined>,
): void {
  const { text, locale } = config;
  const mode = settings.language;
  const state: EarlyStart = {
    code: canonicalQuizCode(new URLSearchParams(location.search).get('q') ?? ''),
    started: null,
    keys: [],
    done: false,
  };
  window.__earlyPresent = state;

  const top = el('header', 'present-top');
  const main = el('div', 'present-main');
  const announcement = el('p', 'visually-hidden');
  announcement.setAttribute('aria-live', 'polite');
  const stage = el('section', 'present is-early', top, main, el('footer', 'present-controls'));
  stage.append(announcement);
  stage.tabIndex = -1;
  stage.setAttribute('aria-label', fill(text.stageLabel, { title: titles.join(' · ') }));

  // The join slide, as PresentStage draws it; the QR code's room is held until the page draws it.
  const qr = el('div', 'present-qr is-early');
  qr.setAttribute('aria-hidden', 'true');
  const joinPage = new URL('../play/', location.href);
  const codeLine = el('p', 'grouped-code present-join-code');
  codeLine.translate = false;
  const groups = codeGroups(state.code);
  codeLine.dataset.lineGroups = String(Math.min(7, Math.ceil(groups.length / 2)));
  groups.forEach((group, i) => {
    if (i > 0) codeLine.append(el('wbr'));
    codeLine.append(el('span', 'code-group', i < groups.length - 1 ? `${group}-` : group));
  });
  const decks = el('ul', 'quiz-summary-decks');
  for (const title of titles) {
    const item = el('li', undefined, title);
    item.lang = LANG_TAGS[locale];
    decks.append(item);
  }
  const start = el('button', 'button button-primary button-large', `${text.start} →`);
  start.type = 'button';
  main.append(
    el(
      'div',
      'present-join',
      qr,
      el(
        'div',
        'present-join-text',
        el('h2', 'present-join-heading', text.joinHeading),
        el(
          'p',
          'present-join-link',
          fill(text.orOpen, { link: `${joinPage.host}${joinPage.pathname}` }),
        ),
        codeLine,
        el('div', 'quiz-summary', decks),
        start,
      ),
    ),
  );

  function show(question: OpenerView) {
    const drawn = slide(question, mode, text);
    stage.classList.add('is-question');
    main.replaceChildren(drawn);
    announcement.textContent = fill(text.questionAnnouncement, {
      current: 1,
      prompt: plain(question.prompt, mode),
    });
    // Fitted as the stage fits it (PresentQuestion.tsx) before the frame is drawn; a phone's
    // slide is left to scroll.
    const phone = window.matchMedia('(max-width: 40rem)').matches;
    fitSlide(drawn, main, phone ? [] : layoutsFor(question, slideDensity(question, mode)));
    stage.focus();
  }

  // The opener, once its file has come: undefined until then.
  let known: OpenerView | null | undefined;
  void opener.then((question) => {
    known = question ?? null;
    // Start pressed while the file was on its way.
    if (question && state.started !== null && !state.done) show(question);
  });

  function begin() {
    if (state.done) return;
    if (state.started !== null) {
      // Pressed again while the question is on its way: kept like the first (it asks the same).
      if (start.isConnected) start.setAttribute('data-early-tap', '');
      return;
    }
    state.started = performance.now();
    if (known) show(known);
    // Without the question yet, the press is kept, and shown to be (as the page's other early
    // taps are, components/earlyTaps.ts): the question comes with its file or with the stage.
    else start.setAttribute('data-early-tap', '');
  }
  // Heard first, on the window as the event comes down: React's own listeners on the document
  // stop an event aimed at a part of the page it has not hydrated yet (it keeps it for later),
  // and a press on Start there was lost. The slide is not React's, so React does not hear these.
  window.addEventListener(
    'click',
    (event) => {
      if (state.done || !(event.target instanceof Node) || !start.contains(event.target)) return;
      event.stopPropagation();
      begin();
    },
    true,
  );
  // A clicker's or keyboard's "next" starts, as on the stage; the stage's other keys, pressed
  // after Start before the stage is there, are kept for it (no key is lost).
  window.addEventListener(
    'keydown',
    (event) => {
      if (state.done || event.ctrlKey || event.metaKey || event.altKey) return;
      if (state.started === null) {
        if (!NEXT_KEYS.includes(event.key)) return;
        event.preventDefault();
        event.stopPropagation();
        begin();
      } else if (STAGE_KEYS.includes(event.key)) {
        event.preventDefault();
        event.stopPropagation();
        state.keys.push(event.key);
      }
    },
    true,
  );
  root.replaceChildren(stage);
  document.documentElement.setAttribute('data-early-present', '');
  performance.mark('early-present:drawn');
}

/** The first question's slide, without its answer: the stage reveals it once it has taken over. */
function slide(question: OpenerView, mode: QuizCodeData['language'], text: EarlyConfig['text']) {
  const options = question.options;
  const list = el('ul', `present-options${question.kind === 'truefalse' ? ' is-pair' : ''}`);
  options.forEach((option, i) => {
    const letter = el('span', 'present-letter', optionLetter(i));
    letter.translate = false;
    list.append(el('li', 'present-option', letter, ' ', textNode(option.text, mode)));
  });
  return el(
    'div',
    `present-question density-${slideDensity(question, mode)}`,
    el('p', 'present-kind', text.kinds[question.kind]),
    el('h2', 'present-prompt', textNode(question.prompt, mode)),
    list,
  );
}

/** Run as the inline script: its element carries the config. */
export function runFromScript(): void {
  const script = document.currentScript;
  const raw = script?.getAttribute('data-early-config');
  if (!raw) return;
  try {
    startEarlyPresent(JSON.parse(raw) as EarlyConfig);
  } catch {
    // The page works without it.
  }
}
