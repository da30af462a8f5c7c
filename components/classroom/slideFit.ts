import type { Text } from '@/lib/content/schema';
import type { DisplayMode } from '@/lib/display';
import type { Question } from '@/lib/questions/models';

/**
 * The measured fit of a projector slide: the largest type, and the option columns, with which
 * everything the slide shows fits the room between the top bar and the controls. CSS sizes the
 * type from the screen (the back-row size, app/classroom.css); a slide with more text than that
 * room holds at that size scales it by `--fit` rather than hide options below the controls.
 */

/** How the options of a slide may be laid out: two columns, one, or as the CSS has it. */
export type SlideColumns = 'two' | 'one' | 'fixed';

/**
 * The smallest scale a slide goes down to: 45% of the back-row size, 22 px at 1920×1080 (the
 * CSS keeps type at 1rem at least). A slide that does not fit even so scrolls, and says so
 * (PresentQuestion.tsx). A phone is not fitted: its slide scrolls at the phone's reading size.
 */
export const MIN_FIT = 0.45;

/** Binary-search steps: 1 − 0.45 in 2⁷ steps is a 0.4% step, finer than a pixel of type. */
const STEPS = 7;

/** A fit found by fitSlide. */
export interface SlideFit {
  columns: SlideColumns;
  scale: number;
}

/** Puts a slide in a fit found before (the same slide's, its room unchanged). */
export function applyFit(slide: HTMLElement, fit: SlideFit) {
  apply(slide, fit.columns, fit.scale);
}

function apply(slide: HTMLElement, columns: SlideColumns, scale: number) {
  slide.style.setProperty('--fit', scale.toFixed(4));
  if (columns === 'fixed') delete slide.dataset.columns;
  else slide.dataset.columns = columns;
}

function fits(room: HTMLElement): boolean {
  // scrollHeight is rounded: a slide 0.4 px too tall reads as fitting, which no eye sees.
  return room.scrollHeight <= room.clientHeight && room.scrollWidth <= room.clientWidth;
}

/** The largest scale in [MIN_FIT, 1] at which the slide fits with these columns, or MIN_FIT. */
function largestFit(slide: HTMLElement, room: HTMLElement, columns: SlideColumns): number {
  apply(slide, columns, 1);
  if (fits(room)) return 1;
  let low = MIN_FIT;
  let high = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (low + high) / 2;
    apply(slide, columns, mid);
    if (fits(room)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * Fits `slide` inside its scrolling `room`, trying each layout in `layouts` (the first is
 * preferred when two fit alike), and leaves the slide in the best. Returns what it chose. With
 * no layouts the slide goes back to the CSS's own size and columns.
 */
export function fitSlide(
  slide: HTMLElement,
  room: HTMLElement,
  layouts: readonly SlideColumns[],
): SlideFit {
  let best: SlideFit | null = null;
  for (const columns of layouts) {
    const scale = largestFit(slide, room, columns);
    if (!best || scale > best.scale + 0.01) best = { columns, scale };
    if (scale === 1) break;
  }
  const chosen = best ?? { columns: 'fixed' as const, scale: 1 };
  // (With no layouts to try, that is the CSS's own.)
  apply(slide, chosen.columns, chosen.scale);
  return chosen;
}

/** What of a question decides its slide's layout: a whole question, or the early slide's view. */
export interface SlideShape {
  kind: Question['kind'];
  prompt: Text;
  options?: readonly { text: Text }[];
  left?: readonly { text: Text }[];
}

function lengthOf(text: Text, mode: DisplayMode): number {
  return mode === 'both'
    ? text.zh.length * 2 + text.en.length
    : text[mode].length * (mode === 'zh' ? 2 : 1);
}

/**
 * How much text a question carries. A dense one gets a smaller prompt; a very dense one lays its
 * options in one column first when the measured fit (slideFit.ts) finds both layouts fit alike.
 * The density does not change when the answer is revealed.
 * Chinese characters count double: each is about as wide as two Latin letters.
 */
export function slideDensity(
  question: SlideShape,
  mode: DisplayMode,
): 'normal' | 'dense' | 'very-dense' {
  const options = question.options ?? [];
  const left = question.left ?? [];
  const total =
    lengthOf(question.prompt, mode) +
    [...options, ...left].reduce((sum, o) => sum + lengthOf(o.text, mode), 0);
  return total > 400 ? 'very-dense' : total > 200 ? 'dense' : 'normal';
}

/** The option layouts a slide may take, the one it prefers first. */
export function layoutsFor(
  question: Pick<SlideShape, 'kind'>,
  density: ReturnType<typeof slideDensity>,
): SlideColumns[] {
  // True/false is a pair side by side; a matching keeps its items beside their partners.
  if (question.kind === 'truefalse' || question.kind === 'match' || question.kind === 'fill') {
    return ['fixed'];
  }
  // An order question reads as a list; two columns only where one would not fit as large.
  if (question.kind === 'order' || density === 'very-dense') return ['one', 'two'];
  return ['two', 'one'];
}
