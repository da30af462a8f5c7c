import type { Page } from '@playwright/test';
import type { Question } from '../../lib/questions/models';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, test } from './fixtures';
import { expectedQuiz } from './quiz-helpers';

// Viewport-independent checks: the desktop project runs them once.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 120_000 });

/** Presses Tab until the focused element matches a CSS selector, and fails if it never does. */
async function tabTo(page: Page, selector: string) {
  // Enough presses to go once round every control of a page.
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a focus indicator: an outline or a ring drawn with box-shadow. */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement!;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow, tag: el.tagName };
  });
  const outlined = style.outline !== 'none' && parseFloat(style.width) >= 1;
  expect(outlined || style.shadow !== 'none', `focus on ${style.tag} is visible`).toBe(true);
}

/** Answers the question on screen with the keyboard alone, then checks it. */
async function answerByKeyboard(page: Page, q: Question) {
  switch (q.kind) {
    case 'single':
    case 'truefalse':
    case 'multiple': {
      const keys =
        q.kind === 'single' ? [q.answer] : q.kind === 'truefalse' ? [String(q.answer)] : q.answer;
      for (const id of keys) {
        await page.keyboard.press(String(q.options.findIndex((o) => o.id === id) + 1));
      }
      await page.keyboard.press('Enter');
      return;
    }
    case 'fill': {
      // A fill-in reached with Next already has focus in its box; the first of a round does not.
      const box = page.locator('form.quiz-card input[type=text]');
      if (!(await box.evaluate((el) => el === document.activeElement)))
        await tabTo(page, 'form.quiz-card input[type=text]');
      await expectVisibleFocus(page);
      await page.keyboard.type(q.answer.accepted[0] ?? '');
      await page.keyboard.press('Enter');
      return;
    }
    case 'order': {
      // Moved down with Enter to the bottom, an event keeps focus on its arrows (the down arrow,
      // then the up one once the down one is disabled), and Enter never checks meanwhile.
      const first = await page.locator('[data-option-id]').first().getAttribute('data-option-id');
      await tabTo(page, `[data-option-id="${first}"] button:last-child`);
      for (let m = 1; m < q.options.length; m++) {
        await page.keyboard.press('Enter');
        await expect(page.locator('[data-option-id]').nth(m)).toHaveAttribute(
          'data-option-id',
          first!,
        );
        const arrow = m < q.options.length - 1 ? 'last-child' : 'first-child';
        await expect(page.locator(`[data-option-id="${first}"] button:${arrow}`)).toBeFocused();
      }
      await expect(page.locator('.feedback')).toHaveCount(0);
      for (let target = 0; target < q.answer.length; target++) {
        const id = q.answer[target]!;
        const ids = await page
          .locator('[data-option-id]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-option-id')));
        const moves = ids.indexOf(id) - target;
        if (moves <= 0) continue;
        // The first of an item's two buttons moves it up.
        await tabTo(page, `[data-option-id="${id}"] button:first-child`);
        await expectVisibleFocus(page);
        // The button moves with its item, so focus stays on it.
        for (let m = 0; m < moves; m++) await page.keyboard.press('Enter');
      }
      await tabTo(page, 'form.quiz-card button[type=submit]');
      await page.keyboard.press('Enter');
      return;
    }
    case 'match': {
      for (const left of q.left) {
        await tabTo(page, 'form.quiz-card select');
        await expectVisibleFocus(page);
        const index = q.options.findIndex((o) => o.id === q.answer[left.id]);
        // Option 0 is "choose"; arrow keys step through a closed list without opening it.
        for (let k = 0; k <= index; k++) await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, 'form.quiz-card button[type=submit]');
      await page.keyboard.press('Enter');
      return;
    }
  }
}

test('a practice quiz done with the keyboard alone: every kind, right to the end', async ({
  page,
}) => {
  // A seed whose ten questions include every kind the content can make.
  let seed = 1;
  let quiz = expectedQuiz(seed);
  while (new Set(quiz.map((q) => q.kind)).size < 6 && seed < 200) quiz = expectedQuiz(++seed);
  await page.goto(`/en/practice/?seed=${seed}`);
  for (const [i, q] of quiz.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${quiz.length}`)).toBeVisible();
    if (q.kind === 'fill' && i > 0)
      await expect(page.locator('form.quiz-card input[type=text]')).toBeFocused();
    else await expect(page.locator('.quiz-prompt')).toBeFocused();
    // The key hint names number keys only where they choose an option.
    const hint = page.locator('.keyboard-hint');
    if (['single', 'multiple', 'truefalse'].includes(q.kind))
      await expect(hint).toContainText('1–9');
    else if (q.kind === 'order')
      await expect(hint).toHaveText(
        'Keys: Enter or Space on an arrow button moves the event; Enter anywhere else checks and continues.',
      );
    else await expect(hint).toHaveText('Keys: Enter checks and continues.');
    await answerByKeyboard(page, q);
    await expect(page.locator('.feedback'), `question ${i + 1} (${q.kind})`).toContainText(
      'Correct',
    );
    // Focus moves to the next button, and shows.
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
  }
  await expect(
    page.getByText(`You answered ${quiz.length} of ${quiz.length} correctly.`),
  ).toBeVisible();
});

test('a flashcard session done with the keyboard alone: Space shows, a number grades', async ({
  page,
}) => {
  await page.goto('/en/cards/');
  const counts = page.locator('.cards-counts');
  await expect(counts).toHaveText('0 due · 10 new left today');
  for (let left = 10; left > 0; left--) {
    await page.keyboard.press('Space');
    await expect(page.locator('.grade-buttons')).toBeVisible();
    await page.keyboard.press(left % 2 ? '3' : '4');
    await expect(counts).toHaveText(`0 due · ${left - 1} new left today`);
  }
  // The session ends when today's new cards are done; the undo button is still reachable.
  await page.keyboard.press('u');
  await expect(counts).toHaveText('0 due · 1 new left today');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(counts).toHaveText('0 due · 0 new left today');
  await tabTo(page, '.cards-undo, button.button:not([disabled])');
  await expectVisibleFocus(page);
});

test('the skip link comes first and takes focus to the content', async ({ page }) => {
  await page.goto('/zh/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test.describe('reduced motion', () => {
  test('the system setting turns transitions off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/en/practice/?seed=4');
    // The quiz of seed 4, not the starter quiz the HTML holds until the address is read (its bar
    // is replaced while the test reads it).
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    const bar = page.locator('.progress-bar span').first();
    await expect(bar).toBeAttached();
    expect(await bar.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  });

  test('without it the progress bar animates', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/en/practice/?seed=4');
    // The quiz of seed 4, not the starter quiz the HTML holds until the address is read (its bar
    // is replaced while the test reads it).
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    const bar = page.locator('.progress-bar span').first();
    await expect(bar).toBeAttached();
    expect(await bar.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
  });
});

test.describe('key hints', () => {
  const PAGES = ['/zh/practice/?seed=4', '/en/practice/?seed=4', '/en/learn/', '/zh/cards/'];
  // The screens Chromium is told it has (Blink's pointer and hover types): a mouse, a touch
  // phone, and a touch phone that says it can hover, as some with a stylus do.
  const SCREENS = [
    { name: 'a mouse', blink: 'primaryPointerType=4,primaryHoverType=2', hint: true },
    { name: 'a touch screen', blink: 'primaryPointerType=2,primaryHoverType=1', hint: false },
    {
      name: 'a touch screen that reports hover',
      blink: 'primaryPointerType=2,primaryHoverType=2',
      hint: false,
    },
  ];

  for (const screen of SCREENS)
    test(`with ${screen.name}, every page with a key hint ${screen.hint ? 'shows' : 'hides'} it`, async ({
      playwright,
      baseURL,
    }) => {
      const executablePath = findChromium();
      const browser = await playwright.chromium.launch({
        args: [...CHROMIUM_ARGS, `--blink-settings=${screen.blink}`],
        ...(executablePath ? { executablePath } : {}),
      });
      try {
        const page = await browser.newPage({ baseURL, serviceWorkers: 'block' });
        for (const path of PAGES) {
          await page.goto(path);
          const hint = page.locator('.keys-only');
          await expect(hint, path).toBeAttached();
          if (screen.hint) await expect(hint, path).toBeVisible();
          else await expect(hint, path).toBeHidden();
        }
      } finally {
        await browser.close();
      }
    });
});
