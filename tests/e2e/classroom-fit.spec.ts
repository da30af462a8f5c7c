import type { Page } from '@playwright/test';
import { type ClassroomQuiz, createQuiz } from '../../lib/classroom/quiz';
import { readHistory } from '../../lib/content/history-file';
import { loadContent } from '../../lib/content/load';
import type { Text } from '../../lib/content/schema';
import type { DisplayMode } from '../../lib/display';
import type { Question } from '../../lib/questions/models';
import { expect, test } from './fixtures';

// A projector is a computer's screen: the desktop project alone runs these.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

const content = { ...loadContent(), history: readHistory() };

/** The text a slide carries, Chinese counted double (a character is about two letters wide). */
function slideText(q: Question): number {
  const length = (t: Text) => t.zh.length * 2 + t.en.length;
  const items = [...('options' in q ? q.options : []), ...(q.kind === 'match' ? q.left : [])];
  return length(q.prompt) + items.reduce((sum, o) => sum + length(o.text), 0);
}

/**
 * Of the quizzes the content draws (every deck, a range of sets), the one whose six questions
 * carry the most text: long bilingual statements, orderings and matchings.
 */
function longestQuiz(language: DisplayMode): ClassroomQuiz {
  let best: { quiz: ClassroomQuiz; text: number } | null = null;
  for (const deck of content.decks) {
    for (let seed = 1; seed <= 12; seed++) {
      const quiz = createQuiz(content, {
        deckIds: [deck.id],
        kinds: ['single', 'multiple', 'order', 'match'],
        count: 6,
        secondsPerQuestion: 30,
        language,
        seed,
      });
      const text = quiz.questions.reduce((sum, q) => sum + slideText(q), 0);
      if (!best || text > best.text) best = { quiz, text };
    }
  }
  return best!.quiz;
}

/**
 * What of the slide lies outside the room between the top bar and the controls bar, or off
 * the side of the screen: the prompt and each option, by its text.
 */
function outsideTheSlide(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('.present-main')!.getBoundingClientRect();
    const controls = document.querySelector('.present-controls')!.getBoundingClientRect();
    const bottom = Math.min(main.bottom, controls.top);
    // Half a pixel: a box edge may fall between two pixels.
    return [...document.querySelectorAll<HTMLElement>('.present-prompt, .present-option')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (
          box.top < main.top - 0.5 || box.bottom > bottom + 0.5 || box.right > innerWidth + 0.5
        );
      })
      .map((el) => el.textContent?.slice(0, 30));
  });
}

/** The computed font sizes, in px, of the prompt and of the smallest option. */
function typeSizes(page: Page) {
  return page.evaluate(() => {
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    return {
      prompt: size(document.querySelector('.present-prompt')!),
      option: Math.min(...[...document.querySelectorAll('.present-option')].map(size)),
    };
  });
}

/** Whether the revealed answer line lies wholly inside the slide's room, above the controls. */
function answerShows(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('.present-main')!.getBoundingClientRect();
    const controls = document.querySelector('.present-controls')!.getBoundingClientRect();
    const answer = document.querySelector('.present-reveal .present-answer')!;
    const box = answer.getBoundingClientRect();
    return (
      getComputedStyle(answer).visibility === 'visible' &&
      box.top >= main.top - 0.5 &&
      box.bottom <= Math.min(main.bottom, controls.top) + 0.5
    );
  });
}

/** Whether the explanation's panel has shown its end, and that end lies inside the room. */
function explanationEndShows(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('.present-main')!.getBoundingClientRect();
    const panel = document.querySelector<HTMLElement>(
      '.present-reveal .present-explanation-panel',
    )!;
    return (
      panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 2 &&
      panel.getBoundingClientRect().bottom <= main.bottom + 0.5
    );
  });
}

const SCREENS = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

const CASES: {
  language: DisplayMode;
  locale: 'zh' | 'en';
  screens: readonly (readonly [number, number])[];
}[] = [
  { language: 'both', locale: 'zh', screens: SCREENS },
  { language: 'en', locale: 'en', screens: [SCREENS[0]] },
  { language: 'zh', locale: 'zh', screens: [SCREENS[0]] },
];

for (const { language, locale, screens } of CASES) {
  test(`every option of a long ${language} quiz lies on the projector's slide, above the controls, and revealing shrinks nothing and shows the answer line, the explanation scrolling in its panel`, async ({
    page,
  }) => {
    test.slow();
    const quiz = longestQuiz(language);
    const stage = page.locator('.present');
    const more = stage.locator('.present-more');
    for (const [width, height] of screens) {
      await page.setViewportSize({ width, height });
      await page.goto(`/${locale}/classroom/present/?q=${quiz.code}`);
      await expect(stage.locator('.present-join')).toBeVisible();
      await page.keyboard.press('ArrowRight');
      for (const [i, question] of quiz.questions.entries()) {
        const name = `${width}×${height}, question ${i + 1} (${question.kind})`;
        await expect(stage.locator('.present-prompt')).toContainText(
          language === 'en' ? question.prompt.en : question.prompt.zh,
        );
        const options = 'options' in question ? question.options.length : 0;
        const left = question.kind === 'match' ? question.left.length : 0;
        await expect(stage.locator('.present-option')).toHaveCount(options + left);
        await expect.poll(() => outsideTheSlide(page), name).toEqual([]);
        await expect(more, name).toBeHidden();

        const before = await typeSizes(page);

        // Revealed: the prompt and options keep their size and place, the answer line shows
        // above the controls, and an explanation longer than the room left says so and scrolls
        // (↓) within its panel to its end.
        await page.keyboard.press('r');
        await expect(stage.locator('.present-reveal')).toBeVisible();
        const after = await typeSizes(page);
        expect(after.prompt, `${name}, revealed prompt`).toBeGreaterThanOrEqual(
          before.prompt - 0.01,
        );
        expect(after.option, `${name}, revealed options`).toBeGreaterThanOrEqual(
          before.option - 0.01,
        );
        expect(await outsideTheSlide(page), `${name}, revealed`).toEqual([]);
        expect(await answerShows(page), `${name}, the answer line in view`).toBe(true);
        if (!(await explanationEndShows(page))) {
          await expect(more, `${name}, revealed`).toBeVisible();
          for (let step = 0; step < 40 && (await more.isVisible()); step++) {
            await page.keyboard.press('ArrowDown');
            await page.waitForTimeout(250);
          }
          await expect(more, `${name}, scrolled to the end`).toBeHidden();
          expect(await explanationEndShows(page), `${name}, the explanation's end in view`).toBe(
            true,
          );
          expect(await answerShows(page), `${name}, the answer line still in view`).toBe(true);
        }
        await page.keyboard.press('ArrowRight');
      }
    }
  });
}
