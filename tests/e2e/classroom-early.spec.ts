import type { Page } from '@playwright/test';
import { type QuizChoice, createQuiz } from '../../lib/classroom/quiz';
import { readHistory } from '../../lib/content/history-file';
import { loadContent } from '../../lib/content/load';
import { QUESTION_KINDS } from '../../lib/questions/models';
import { LATEST_RULES } from '../../lib/questions/rules';
import { encodeQuizCode } from '../../lib/classroom/quiz-code';
import { expect, test, withEmptyBundles, withoutHydration } from './fixtures';

/*
 * The projector before its scripts (components/classroom/earlyPresent.ts): the join slide and,
 * on Start, the quiz's first question come from the HTML's own script and the opener's file, so a
 * teacher on a slow school laptop is not left tapping a page that ignores them. Once the page has
 * drawn the quiz, its stage takes over on the same question, and what the teacher pressed on the
 * early slide is done there.
 */

// A projector is a computer's screen.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

const content = { ...loadContent(), history: readHistory() };
const CHOICE: QuizChoice = {
  deckIds: [content.decks[0]!.id],
  kinds: [...QUESTION_KINDS],
  count: 5,
  secondsPerQuestion: 60,
  language: 'zh',
  seed: 11,
};
const quiz = createQuiz(content, CHOICE);
const first = quiz.questions[0]!;

/** The page's scripts held back by `ms`, as a slow link would. */
async function slowScripts(page: Page, ms: number) {
  // goto does not wait for the page to hydrate: what comes before is what is tested.
  withoutHydration(page);
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('without its scripts, the projector shows the join slide and, on Start, the first question', async ({
  page,
}) => {
  await withEmptyBundles(page);
  await page.goto(`/zh/classroom/present/?q=${quiz.code}`);
  const stage = page.locator('.present');
  await expect(stage.locator('.present-join-heading')).toHaveText('扫码答题');
  await expect(stage.locator('.present-join-code')).toContainText(quiz.code.slice(0, 5));
  await expect(stage.locator('.quiz-summary-decks')).toContainText(content.decks[0]!.title.zh);
  await stage.getByRole('button', { name: /开始/ }).click();
  await expect(stage.locator('.present-prompt')).toHaveText(first.prompt.zh);
  const options = 'options' in first ? first.options : [];
  await expect(stage.locator('.present-option')).toHaveCount(options.length);
  for (const [i, option] of options.entries()) {
    await expect(stage.locator('.present-option').nth(i)).toContainText(option.text.zh);
  }
  // Nothing of the answer shows before the stage can reveal it.
  await expect(stage.locator('.present-reveal, .present-mark, .is-correct')).toHaveCount(0);
});

test('Start and the keys are heard though the page stops events aimed at what it has not hydrated', async ({
  page,
}) => {
  // React's listeners on the document stop a tap or key aimed at a part of the page it has not
  // hydrated yet; a Start pressed in that moment was lost. Stand-ins stop every one here.
  await page.addInitScript(() => {
    for (const type of ['click', 'keydown'])
      document.addEventListener(type, (event) => event.stopPropagation(), true);
  });
  await withEmptyBundles(page);
  await page.goto(`/zh/classroom/present/?q=${quiz.code}`);
  const stage = page.locator('.present');
  await stage.getByRole('button', { name: /开始/ }).click();
  await expect(stage.locator('.present-prompt')).toHaveText(first.prompt.zh);
  // Opened again (not reloaded: a reload goes on from the stage's place).
  await page.goto('about:blank');
  await page.goto(`/zh/classroom/present/?q=${quiz.code}`);
  await expect(stage.locator('.present-join-heading')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(stage.locator('.present-prompt')).toHaveText(first.prompt.zh);
});

test("the stage takes over on the early slide's question, and does what was pressed there", async ({
  page,
}) => {
  await slowScripts(page, 2500);
  await page.goto(`/zh/classroom/present/?q=${quiz.code}`, { waitUntil: 'commit' });
  const early = page.locator('.present.is-early');
  await expect(early).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(early.locator('.present-prompt')).toHaveText(first.prompt.zh);
  // Reveal, pressed before the stage is there.
  await page.keyboard.press('r');
  const stage = page.locator('.present:not(.is-early)');
  await expect(stage.locator('.present-prompt')).toHaveText(first.prompt.zh, { timeout: 15_000 });
  await expect(page.locator('.present')).toHaveCount(1);
  await expect(stage.locator('.present-count')).toHaveText(`1 / ${quiz.questions.length}`);
  await expect(stage.locator('.present-reveal')).toBeVisible();
});

test("the first question's timer counts from the early Start, not from the takeover", async ({
  page,
}) => {
  await slowScripts(page, 2500);
  await page.goto(`/zh/classroom/present/?q=${quiz.code}`, { waitUntil: 'commit' });
  await page.locator('.present.is-early').getByRole('button', { name: /开始/ }).click();
  const stage = page.locator('.present:not(.is-early)');
  await expect(stage.locator('.present-countdown')).toBeVisible({ timeout: 15_000 });
  const shown = await stage.locator('.present-countdown').innerText();
  expect(shown).not.toContain('1:00');
});

test("a join slide left alone is the stage's once it has come, QR code and all", async ({
  page,
}) => {
  await slowScripts(page, 1500);
  await page.goto(`/zh/classroom/present/?q=${quiz.code}`, { waitUntil: 'commit' });
  await expect(page.locator('.present.is-early')).toBeVisible();
  await expect(page.locator('.present svg.present-qr')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.present')).toHaveCount(1);
  await page.locator('.present').getByRole('button', { name: /开始/ }).click();
  await expect(page.locator('.present-count')).toHaveText(`1 / ${quiz.questions.length}`);
});

test('a code of earlier generator rules has the early join slide, and its Start is kept for the stage', async ({
  page,
}) => {
  // Drawn by the rules before the opener: no file can say its first question.
  const older = encodeQuizCode({ ...quiz.settings, rulesVersion: LATEST_RULES - 1 });
  await slowScripts(page, 2500);
  await page.goto(`/zh/classroom/present/?q=${older}`, { waitUntil: 'commit' });
  const early = page.locator('.present.is-early');
  await early.getByRole('button', { name: /开始/ }).click();
  // The press is shown to be taken, and no question is guessed at.
  await expect(early.getByRole('button', { name: /开始/ })).toHaveAttribute('data-early-tap', '');
  await expect(early.locator('.present-prompt')).toHaveCount(0);
  const stage = page.locator('.present:not(.is-early)');
  await expect(stage.locator('.present-count')).toHaveText(/^1 \//, { timeout: 15_000 });
  await expect(page.locator('.present')).toHaveCount(1);
});
