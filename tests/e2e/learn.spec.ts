import type { Page } from '@playwright/test';
import type { Question } from '../../lib/questions/models';
import { expect, expectNoSidewaysScroll, test, waitForHydration } from './fixtures';
import { PROGRESS_KEY } from './progress-seed';
import { answerCorrectly, answerWrongly, expectedQuiz } from './quiz-helpers';

const ARTICLE = 'sco-ssc-2024-article';

/** A seed whose first question of the article deck can be answered wrongly by a simple control. */
function quizWithSimpleFirst(): { seed: number; quiz: Question[] } {
  for (let seed = 1; ; seed++) {
    const quiz = expectedQuiz(seed, ARTICLE);
    if (['single', 'truefalse', 'fill'].includes(quiz[0]!.kind)) return { seed, quiz };
  }
}

/** Answers the question on screen, checks it, and goes on. */
async function answer(page: Page, q: Question, right: boolean, check: string, next: string) {
  await expect(page.locator('.quiz-prompt')).toHaveText(q.prompt[check === 'Check' ? 'en' : 'zh']);
  if (right) await answerCorrectly(page, q);
  else await answerWrongly(page, q);
  await page.getByRole('button', { name: check }).click();
  await page.getByRole('button', { name: next }).click();
}

test('a missed question comes back after three others, and the session ends with what was learned', async ({
  page,
}) => {
  const { seed, quiz } = quizWithSimpleFirst();
  expect(quiz).toHaveLength(10);
  await page.goto(`/zh/learn/?deck=${ARTICLE}&seed=${seed}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('学习模式');
  const count = page.locator('.learn-count');
  const note = page.locator('.quiz-meta > span').first();
  await expect(count).toHaveText('已学会 0/10 题，还剩 10 题');
  await expect(note).toHaveText('新题');

  // Missed on purpose: marked wrong, and nothing counts as learned.
  const first = quiz[0]!;
  await expect(page.locator('.quiz-prompt')).toHaveText(first.prompt.zh);
  await answerWrongly(page, first);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.feedback')).toContainText('回答错误');
  // The verdict and Next are on screen without scrolling, on a phone too.
  await expect(page.locator('.feedback-verdict')).toBeInViewport();
  await expect(page.getByRole('button', { name: '下一题' })).toBeInViewport();
  await expect(count).toHaveText('已学会 0/10 题，还剩 10 题');
  await page.getByRole('button', { name: '下一题' }).click();

  // Three others first, each new; a right answer counts at once.
  for (const [i, q] of quiz.slice(1, 4).entries()) {
    await expect(note).toHaveText('新题');
    await answer(page, q, true, '提交', '下一题');
    await expect(count).toHaveText(`已学会 ${i + 1}/10 题，还剩 ${9 - i} 题`);
  }

  // Then the missed one again, marked as a repeat.
  await expect(page.locator('.quiz-prompt')).toHaveText(first.prompt.zh);
  await expect(note).toHaveText('↻ 再次出现：这题你刚才答错了');
  await answer(page, first, true, '提交', '下一题');
  await expect(count).toHaveText('已学会 4/10 题，还剩 6 题');

  for (const [i, q] of quiz.slice(4).entries()) {
    await answer(page, q, true, '提交', i === 5 ? '查看结果' : '下一题');
  }

  const done = page.locator('.learn-done');
  await expect(page.getByRole('heading', { name: '本轮学习完成' })).toBeFocused();
  await expect(done).toContainText(
    '10 道题全部答对：9 道一次答对，1 道经过多次作答；共作答 11 次。',
  );
  const retried = done.locator('.learned-item.is-retried');
  await expect(retried).toHaveCount(1);
  await expect(retried).toContainText(first.prompt.zh);
  await expect(retried).toContainText('作答 2 次');
  await expect(done.locator('.learned-item:not(.is-retried)')).toHaveCount(9);
  await expectNoSidewaysScroll(page);

  // Every answer was recorded, the missed question twice: wrong, then right.
  const answers = await page.evaluate((key) => {
    const save = JSON.parse(localStorage.getItem(key) ?? '{"profiles":[{"reviews":[]}]}');
    return (save.profiles[0].reviews as { question?: string; right?: boolean }[]).filter(
      (r) => r.question,
    );
  }, PROGRESS_KEY);
  expect(answers).toHaveLength(11);
  expect(answers.filter((r) => r.question === first.id).map((r) => r.right)).toEqual([false, true]);

  // Next steps, no dead end: flashcards and practice of the same deck, the notebook, another round.
  await expect(done.getByRole('link', { name: '复习闪卡' })).toHaveAttribute(
    'href',
    `/zh/cards/?deck=${ARTICLE}`,
  );
  await expect(done.getByRole('link', { name: '看错题本' })).toBeVisible();

  // The summary survives a reload; another round starts from nothing learned.
  await page.reload();
  await expect(page.getByRole('heading', { name: '本轮学习完成' })).toBeVisible();
  await expect(done.locator('.learned-item.is-retried')).toContainText('作答 2 次');
  await done.getByRole('button', { name: '再学一轮' }).click();
  await expect(count).toHaveText('已学会 0/10 题，还剩 10 题');
});

test('a reload takes the session up where it was, missed question included @any-screen', async ({
  page,
}) => {
  const { seed, quiz } = quizWithSimpleFirst();
  await page.goto(`/en/learn/?deck=${ARTICLE}&seed=${seed}`);
  const count = page.locator('.learn-count');
  await answer(page, quiz[0]!, false, 'Check', 'Next question');
  await answer(page, quiz[1]!, true, 'Check', 'Next question');
  await expect(count).toHaveText('1 of 10 learned, 9 to go');

  await page.reload();
  await waitForHydration(page);
  await expect(count).toHaveText('1 of 10 learned, 9 to go');
  await answer(page, quiz[2]!, true, 'Check', 'Next question');
  await answer(page, quiz[3]!, true, 'Check', 'Next question');
  const prompt = page.locator('.quiz-prompt');
  await expect(prompt).toHaveText(quiz[0]!.prompt.en);
  await expect(prompt).toHaveAccessibleDescription('Again: you missed this one');

  // A change of interface language loads the other page, which takes the session up too.
  await page.locator('.locale-links').getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/learn\//);
  await expect(count).toHaveText('已学会 3/10 题，还剩 7 题');
  await expect(prompt).toHaveText(quiz[0]!.prompt.zh);
  await expect(page.locator('.learn-again')).toContainText('再次出现');
});

test("a deck's page and practice's options lead to Learn on that deck @any-screen", async ({
  page,
}) => {
  await page.goto(`/en/decks/${ARTICLE}/`);
  await waitForHydration(page);
  await page.locator('.deck-header').getByRole('link', { name: 'Learn this deck' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/learn/?\\?deck=${ARTICLE}$`));
  await expect(page.locator('.learn-count')).toHaveText(/^0 of \d+ learned, \d+ to go$/);
  await expect(page.locator('.setup-scope')).toContainText('Deck: ');

  await page.goto(`/en/practice/?deck=${ARTICLE}`);
  await waitForHydration(page);
  await page.locator('.setup-panel summary').click();
  await expect(page.locator('.setup-learn').getByRole('link')).toHaveAttribute(
    'href',
    `/en/learn/?deck=${ARTICLE}`,
  );
});

test('works by keyboard: a number key answers, Enter checks and goes on, focus follows @any-screen', async ({
  page,
}) => {
  let seed = 1;
  let quiz = expectedQuiz(seed, ARTICLE);
  while (!['single', 'truefalse'].includes(quiz[0]!.kind) || quiz[1]!.kind === 'fill')
    quiz = expectedQuiz(++seed, ARTICLE);
  const first = quiz[0]!;
  if (first.kind !== 'single' && first.kind !== 'truefalse') throw new Error('unreachable');
  const wrongKey = first.options.findIndex((o) => o.id !== String(first.answer)) + 1;
  await page.goto(`/en/learn/?deck=${ARTICLE}&seed=${seed}`);
  await waitForHydration(page);
  const prompt = page.locator('.quiz-prompt');
  await expect(prompt).toHaveText(first.prompt.en);
  await page.keyboard.press(String(wrongKey));
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback')).toContainText('Not quite');
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveText(quiz[1]!.prompt.en);
  await expect(prompt).toBeFocused();
});
