import { compactAnswer, correctResponse } from '../../lib/classroom/answers';
import { createQuiz } from '../../lib/classroom/quiz';
import { encodeResultCode } from '../../lib/classroom/result-code';
import { readHistory } from '../../lib/content/history-file';
import { loadContent } from '../../lib/content/load';
import { QUESTION_KINDS } from '../../lib/questions/models';
import { expect, test } from './fixtures';
import { expectedQuiz } from './quiz-helpers';

// A link is read the same on any screen: the desktop project alone runs these.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

/*
 * ?seed=, ?deck=, ?q= and ?r= are written by whoever made the link: a value the page cannot use
 * is said on the page, and what the page repeats of it carries no bidirectional control
 * characters (which could make a notice read backwards).
 */

const RLO = '\u202E';
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const content = { ...loadContent(), history: readHistory() };
const quiz = createQuiz(content, {
  deckIds: content.decks.map((d) => d.id),
  kinds: [...QUESTION_KINDS],
  count: 4,
  secondsPerQuestion: 20,
  language: 'zh',
  seed: 2121,
});

test('a bad ?seed= on practice is said, without the bidi controls it came with', async ({
  page,
}) => {
  await page.goto(`/zh/practice/?seed=${encodeURIComponent(`${RLO}abc`)}`);
  const notice = page.getByRole('status').filter({ hasText: '题组编号' });
  await expect(notice).toHaveText(
    '链接里的题组编号“abc”无效（应为 1 到 9 位数字），已改为随机出题。',
  );
  expect(await notice.textContent()).not.toMatch(BIDI);
  // A quiz is there all the same.
  await expect(page.locator('.quiz-prompt')).toBeVisible();
});

test('a seed wrapped in direction marks (a chat app passing the link on) is the seed', async ({
  page,
}) => {
  await page.goto(`/en/practice/?seed=${encodeURIComponent('\u200E42\u200F')}`);
  await expect(page.locator('.quiz-prompt')).toHaveText(expectedQuiz(42)[0]!.prompt.en);
  await expect(page.getByRole('status').filter({ hasText: 'quiz number' })).toHaveCount(0);
});

test('an unknown ?deck= is repeated without bidi controls', async ({ page }) => {
  await page.goto(`/en/practice/?deck=${encodeURIComponent(`${RLO}evil\u2066x`)}`);
  const notice = page.getByRole('status').filter({ hasText: 'no deck called' });
  await expect(notice).toHaveText(
    'There is no deck called “evilx”. Showing questions from all decks.',
  );
});

test('a bad ?seed= on the timeline game is said', async ({ page }) => {
  await page.goto(`/en/timeline/?seed=${encodeURIComponent(`12${RLO}x`)}`);
  const notice = page.getByRole('status').filter({ hasText: 'round number' });
  await expect(notice).toContainText('The round number “12x” in the link is not valid');
});

test('a bad ?q= is said; the same code behind a bidi control opens', async ({ page }) => {
  await page.goto(`/zh/classroom/play/?q=${encodeURIComponent('HELLO')}`);
  await expect(page.getByRole('alert').filter({ hasText: '无法打开这个代码' })).toBeVisible();
  await expect(page.getByRole('button', { name: '开始答题' })).toHaveCount(0);

  await page.goto(`/zh/classroom/play/?q=${encodeURIComponent(`${RLO}${quiz.code}`)}`);
  await expect(page.getByRole('button', { name: '开始答题' })).toBeVisible();
});

test('a bad ?r= adds nothing and says why; a good one behind a bidi control is added', async ({
  page,
}) => {
  await page.goto(
    `/zh/classroom/results/?q=${quiz.code}&r=${encodeURIComponent(`${RLO}NOTACODE`)}`,
  );
  const status = page.getByRole('status').filter({ hasText: '没有加入' });
  await expect(status).toContainText('链接里的成绩码“NOTACODE”没有加入。');
  expect(await status.textContent()).not.toMatch(BIDI);
  await expect(page.getByLabel('成绩码（每行一个）')).toHaveValue('');
  await expect(page.getByText('已从扫描的链接加入一个成绩码。')).toHaveCount(0);

  const answers = quiz.questions.map((q) => compactAnswer(q, correctResponse(q)));
  const code = encodeResultCode(quiz, { nickname: 'Mei', seconds: 30, answers });
  await page.goto(`/zh/classroom/results/?q=${quiz.code}&r=${encodeURIComponent(`${code}\u200F`)}`);
  await expect(page.getByText('已从扫描的链接加入一个成绩码。')).toBeVisible();
  await expect(page.getByLabel('成绩码（每行一个）')).toHaveValue(`${code}\n`);
});
