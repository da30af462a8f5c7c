import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

/*
 * On a phone the Check / Next bar stays at the bottom of the screen (sticky): an option scrolled
 * into view must come out above it, where a tap reaches the option and not the bar.
 */

const SUBMIT = 'form.quiz-card .quiz-actions button[type=submit]';

/** Gives the question on screen some answer: its first choice, a number typed, or each pair. */
async function answerAnything(page: Page) {
  const form = page.locator('form.quiz-card');
  const choice = form.locator('input[type=radio], input[type=checkbox]');
  if (await choice.count()) await choice.first().check();
  else if (await form.getByRole('textbox').count()) await form.getByRole('textbox').fill('19');
  else {
    const selects = form.locator('select');
    for (let s = 0; s < (await selects.count()); s++)
      await selects.nth(s).selectOption({ index: 1 });
  }
}

/** Which question is on screen: its number ("3 / 10") and prompt. */
function where(page: Page): Promise<string> {
  return page
    .locator('form.quiz-card')
    .evaluate(
      (form) =>
        `${form.querySelector('.quiz-meta')?.textContent}|${form.querySelector('.quiz-prompt')?.textContent}`,
    );
}

/** Moves through the session until a question with four options to choose from is shown. */
async function untilFourOptions(page: Page): Promise<Locator> {
  const options = page.locator('form.quiz-card label.option');
  for (let i = 0; i < 30; i++) {
    await expect(page.locator('form.quiz-card')).toBeVisible();
    if ((await options.count()) === 4) return options;
    await answerAnything(page);
    const before = await where(page);
    await page.locator(SUBMIT).click();
    // Practice checks first, then moves on with the same button.
    if ((await where(page)) === before && (await page.locator('.feedback').count()))
      await page.locator(SUBMIT).click();
    // Two questions in a row can have the same prompt (two statements to judge): the question's
    // number says it moved on.
    await expect.poll(() => where(page)).not.toBe(before);
  }
  throw new Error('no question with four options in 30');
}

/** Each option, scrolled into view as the browser does for a focus or a find, is what a tap hits. */
async function expectEveryOptionTappable(options: Locator) {
  const count = await options.count();
  for (let i = 0; i < count; i++) {
    const option = options.nth(i);
    // From the top and from the bottom of the page: the option comes in at the bottom edge, or
    // at the top edge.
    for (const from of ['top', 'bottom'] as const) {
      const hit = await option.evaluate((el, edge) => {
        window.scrollTo(0, edge === 'top' ? 0 : document.documentElement.scrollHeight);
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { hits: !!at && el.contains(at), top: r.top, bottom: r.bottom, by: at?.className };
      }, from);
      expect(hit, `option ${i + 1} of ${count}, scrolled to from the ${from}`).toMatchObject({
        hits: true,
      });
    }
  }
}

for (const locale of ['zh', 'en'] as const) {
  test.describe(`${locale}: the bar below a question`, () => {
    test('practice: every option of a four-option question can be tapped', async ({ page }) => {
      await page.goto(`/${locale}/practice/`);
      await waitForHydration(page);
      await expectEveryOptionTappable(await untilFourOptions(page));
    });

    test('test: every option of a four-option question can be tapped', async ({ page }) => {
      await page.goto(`/${locale}/test/`);
      await waitForHydration(page);
      await page.locator('.test-setup .button-primary, button.button-primary').first().click();
      await expectEveryOptionTappable(await untilFourOptions(page));
    });
  });
}

test.describe('after Check on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'a phone screen');
  test('the verdict shows whole above the bar, or from the top of the screen', async ({ page }) => {
    await page.goto('/zh/practice/');
    await waitForHydration(page);
    for (let i = 0; i < 10; i++) {
      await answerAnything(page);
      await page.locator(SUBMIT).click();
      const feedback = page.locator('.feedback');
      await expect(feedback).toBeVisible();
      // After the page's own scroll: the verdict's end is above the bar, or its top is at the
      // top of the screen (a verdict taller than the room left).
      await expect(async () => {
        const { top, bottom, bar } = await feedback.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const b = document.querySelector('.quiz-actions')!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, bar: b.top };
        });
        expect(bottom <= bar + 1 || top <= 16, `verdict ${top}–${bottom}, bar at ${bar}`).toBe(
          true,
        );
      }).toPass({ timeout: 2000 });
      const prompt = await page.locator('.quiz-prompt').textContent();
      await page.locator(SUBMIT).click();
      if (i < 9) await expect(page.locator('.quiz-prompt')).not.toHaveText(prompt ?? '');
      else break;
    }
  });
});
