/**
 * npm run screenshots:classroom [-- --base http://localhost:3000] — the README's classroom
 * pictures (docs/classroom-*.png), taken from the built site: the quiz builder, a projector
 * slide with its answer revealed, a student's phone, and the results page holding three results.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { compactAnswer, correctResponse } from '../lib/classroom/answers';
import { createQuiz } from '../lib/classroom/quiz';
import { encodeResultCode } from '../lib/classroom/result-code';
import { readHistory } from '../lib/content/history-file';
import { loadContent } from '../lib/content/load';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:3000' },
    out: { type: 'string', default: 'docs' },
  },
});

const content = { ...loadContent(), history: readHistory() };
const deck = content.decks.find((d) => d.id === 'sco-ssc-2024-article') ?? content.decks[0]!;
const quiz = createQuiz(content, {
  deckIds: [deck.id],
  kinds: ['single', 'truefalse'],
  count: 5,
  secondsPerQuestion: 30,
  language: 'both',
  seed: 7,
});
/** Three students: all right, one wrong, two wrong. */
const results = [
  ['Ann', 0],
  ['Bo 波', 1],
  ['Chen 晨', 2],
].map(([nickname, wrong], s) =>
  encodeResultCode(quiz, {
    nickname: nickname as string,
    seconds: 95 + s * 20,
    answers: quiz.questions.map((q, i) => {
      if (i >= (wrong as number)) return compactAnswer(q, correctResponse(q));
      if (q.kind === 'truefalse') return compactAnswer(q, { kind: 'truefalse', value: !q.answer });
      const other = q.kind === 'single' ? q.options.find((o) => o.id !== q.answer) : undefined;
      return compactAnswer(q, other ? { kind: 'single', optionId: other.id } : correctResponse(q));
    }),
  }),
);

const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
const shot = async (
  name: string,
  size: { width: number; height: number },
  path: string,
  act: (page: import('@playwright/test').Page) => Promise<void>,
  fullPage = false,
) => {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  await page.goto(`${values.base}${path}`);
  await page.locator('html[data-hydrated]').waitFor();
  await act(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${values.out}/classroom-${name}.png`, fullPage });
  await page.close();
  console.log(`${values.out}/classroom-${name}.png`);
};

const desktop = { width: 1280, height: 800 };
await shot('builder', desktop, '/en/classroom/', async () => {});
await shot(
  'projector',
  { width: 1280, height: 720 },
  `/en/classroom/present/?q=${quiz.code}`,
  async (page) => {
    // The stage comes with the generator, after hydration: its keys work once it is there.
    await page.locator('.present-join').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.present-prompt').waitFor();
    await page.keyboard.press('r');
    await page.locator('.present-reveal').waitFor();
  },
);
await shot(
  'phone',
  { width: 390, height: 844 },
  `/zh/classroom/play/?q=${quiz.code}`,
  async (page) => {
    await page.getByLabel(/昵称/).fill('小林');
    await page.getByRole('button', { name: '开始' }).click();
    await page.locator('form.student-card .quiz-prompt').waitFor();
  },
);
await shot(
  'results',
  desktop,
  `/en/classroom/results/?q=${quiz.code}`,
  async (page) => {
    await page.getByLabel(/Result codes/).fill(results.join('\n'));
    await page.getByText('3 students counted').waitFor();
  },
  true,
);
await browser.close();
