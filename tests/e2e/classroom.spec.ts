import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { compactAnswer, correctResponse } from '../../lib/classroom/answers';
import { ALPHABET, groupCode } from '../../lib/classroom/base32';
import { type ClassroomQuiz, createQuiz, deckHash, openQuiz } from '../../lib/classroom/quiz';
import { decodeQuizCode } from '../../lib/classroom/quiz-code';
import { revealWord } from '../../lib/classroom/pacing';
import { decodeResultCode, encodeResultCode } from '../../lib/classroom/result-code';
import { gradeResult } from '../../lib/classroom/results';
import { readHistory } from '../../lib/content/history-file';
import { loadContent } from '../../lib/content/load';
import { QUESTION_KINDS, type Question } from '../../lib/questions/models';
import { LATEST_RULES } from '../../lib/questions/rules';
import { quizCodeAs } from '../unit/classroom-fixtures';
import { expect, expectNoSidewaysScroll, test, withEmptyBundles } from './fixtures';
import { PROGRESS_KEY, seedSave, twoLearners } from './progress-seed';
import { answerCorrectly, answerWrongly } from './quiz-helpers';

/** The content as the build holds it, with its versions: codes made here name the latest. */
const content = { ...loadContent(), history: readHistory() };
const ARTICLE = 'sco-ssc-2024-article';

/** The fields of one CSV line, quotes undone. */
function csvCells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .slice(0, -1)
    .map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!));
}

/** Today as the browser's calendar has it (the tests run it in this machine's time zone). */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

/** A quiz made in Node, as the builder would make it, for the tests that start from a code. */
function nodeQuiz(overrides: Partial<Parameters<typeof createQuiz>[1]> = {}): ClassroomQuiz {
  return createQuiz(content, {
    deckIds: content.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 6,
    secondsPerQuestion: 20,
    language: 'en',
    seed: 31337,
    ...overrides,
  });
}

/** A page in a fresh browser context (a second phone), failing the test on any console error. */
async function studentPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, context, errors };
}

interface ShownQuestion {
  prompt: string;
  optionIds: string[];
  left: string[];
}

/** What a student's phone shows for the current question: the prompt and the option ids in order. */
async function shownQuestion(page: Page): Promise<ShownQuestion> {
  return page.locator('form.student-card').evaluate((form) => ({
    prompt: form.querySelector('.quiz-prompt')?.textContent ?? '',
    optionIds: [
      ...[
        ...form.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'),
      ].map((i) => i.value),
      ...[...form.querySelectorAll<HTMLElement>('[data-option-id]')].map(
        (e) => e.dataset.optionId ?? '',
      ),
      ...[...(form.querySelector('select')?.options ?? [])].map((o) => o.value).filter(Boolean),
    ],
    left: [...form.querySelectorAll('.match-left')].map((e) => e.textContent ?? ''),
  }));
}

function expectedShown(q: Question): ShownQuestion {
  return {
    prompt: q.prompt.en,
    optionIds: 'options' in q ? q.options.map((o) => o.id) : [],
    left: q.kind === 'match' ? q.left.map((l, i) => `${i + 1}. ${l.text.en}`) : [],
  };
}

const WRONGABLE = new Set(['single', 'truefalse', 'fill']);

/**
 * Takes the quiz on a student page: right where `right(i)`, otherwise wrong where a simple
 * control allows it, else skipped. Returns what was shown and the result code.
 */
async function takeQuiz(
  page: Page,
  link: string,
  nickname: string,
  questions: readonly Question[],
  right: (i: number) => boolean,
) {
  await page.goto(link);
  await page.getByLabel('Nickname (optional)').fill(nickname);
  const cut = page.getByText(/^Only the first 12 characters are kept/);
  if ([...nickname].length > 12) {
    await expect(cut).toHaveText(
      `Only the first 12 characters are kept: “${[...nickname].slice(0, 12).join('')}”.`,
    );
  } else await expect(cut).toHaveCount(0);
  await page.getByRole('button', { name: 'Start' }).click();
  const shown: ShownQuestion[] = [];
  for (const [i, q] of questions.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
    await expect(page.locator('form.student-card .quiz-prompt')).toHaveText(q.prompt.en);
    shown.push(await shownQuestion(page));
    // Nothing on the phone gives the answer away before the end.
    await expect(page.locator('.feedback, .is-correct, .is-wrong')).toHaveCount(0);
    if (right(i)) await answerCorrectly(page, q);
    else if (WRONGABLE.has(q.kind)) await answerWrongly(page, q);
    const submit = page.locator('form.student-card button[type=submit]');
    if (right(i) || WRONGABLE.has(q.kind)) await submit.click();
    else await page.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(page.getByRole('heading', { name: /All done!/ })).toBeVisible();
  const code = (await page.getByTestId('result-code').textContent()) ?? '';
  expect(code).toMatch(/^K[0-9A-Z-]+$/);
  await expectNoSidewaysScroll(page);
  return { shown, code };
}

test('a quiz built in the builder reaches three phones alike, and their codes make the class table', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(
    test.info().project.name === 'phone',
    'the phones are contexts of their own; the teacher builds on a computer',
  );
  test.slow();

  // The teacher builds a quiz: one deck, five questions, no time limit, in English.
  await page.goto('/en/classroom/');
  for (const deck of content.decks.filter((d) => d.id !== ARTICLE)) {
    await page.getByRole('checkbox', { name: deck.title.en }).uncheck();
  }
  await page.getByLabel('Number of questions').selectOption('5');
  await page.getByLabel('Time per question').selectOption('0');
  await page.getByRole('radio', { name: 'English', exact: true }).check();
  const codeOutput = page.getByTestId('quiz-code');
  await expect(codeOutput).toHaveText(/^3[0-9A-Z]{4}(-[0-9A-Z]{1,5})+$/);
  await expect(page.getByText('5 questions · no time limit · English')).toBeVisible();
  await expectNoSidewaysScroll(page);
  const code = (await codeOutput.textContent())!.replace(/-/g, '');
  await expect(page).toHaveURL(new RegExp(`\\?q=${code}$`));

  const decoded = decodeQuizCode(code);
  expect(decoded.ok && decoded.value).toMatchObject({
    language: 'en',
    count: 5,
    secondsPerQuestion: 0,
    deckHashes: [deckHash(ARTICLE)],
  });
  const opened = openQuiz(content, code);
  if (!opened.ok) throw new Error(`the builder's code does not open: ${opened.problem.kind}`);
  const questions = opened.value.questions;
  expect(questions).toHaveLength(5);

  const link = (await page.locator('a.student-link').textContent())!;
  expect(link).toBe(`${baseURL}/en/classroom/play/?q=${code}`);
  await expect(page.getByRole('img', { name: `QR code for ${link}` })).toHaveAttribute(
    'data-qr-text',
    link,
  );

  // Three phones, each its own browser context, open the link and are shown the same quiz:
  // the same questions in the same order, each with its options in the same order.
  const ann = await studentPage(browser, baseURL);
  const bo = await studentPage(browser, baseURL);
  const cy = await studentPage(browser, baseURL);
  const boRight = (i: number) => i % 2 === 0;
  const annRun = await takeQuiz(ann.page, link, 'Ann', questions, () => true);
  // Bo's nickname is longer than a result code holds: the page says what is kept.
  const boRun = await takeQuiz(bo.page, link, 'Bo 波 from class 3B', questions, boRight);
  const cyRun = await takeQuiz(cy.page, link, 'Cy', questions, () => false);
  expect(annRun.shown).toEqual(questions.map(expectedShown));
  expect(boRun.shown).toEqual(annRun.shown);
  expect(cyRun.shown).toEqual(annRun.shown);
  const boScore = questions.filter((_, i) => boRight(i)).length;
  await expect(ann.page.getByText('You got 5 of 5 right')).toBeVisible();
  await expect(bo.page.getByText(`You got ${boScore} of 5 right`)).toBeVisible();
  for (const s of [ann, bo, cy]) {
    expect(s.errors, 'console errors on a phone').toEqual([]);
    await s.context.close();
  }

  // The teacher pastes the codes, a tampered one and a repeat on the results page.
  // Character 8 of the grouped code lies in the time taken: a change there can only fail the checksum.
  const at = 8;
  const original = annRun.code.charAt(at);
  const tampered =
    annRun.code.slice(0, at) +
    ALPHABET.charAt((ALPHABET.indexOf(original) + 1) % 32) +
    annRun.code.slice(at + 1);
  await page.getByRole('link', { name: 'Collect results' }).click();
  await page
    .getByLabel('Result codes (one per line)')
    .fill([annRun.code, boRun.code, tampered, annRun.code].join('\n'));
  await expect(page.getByText('2 students counted')).toBeVisible();

  const rows = page.locator('.class-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('th')).toHaveText('Ann');
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('5 / 5');
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText(/^\d+:\d\d$/);
  await expect(rows.nth(1).locator('th')).toHaveText('Bo 波 from cl');
  await expect(rows.nth(1).locator('td').nth(0)).toHaveText(`${boScore} / 5`);

  const rates = page.locator('.question-table tbody tr');
  await expect(rates).toHaveCount(5);
  for (const [i, q] of questions.entries()) {
    const row = rates.nth(i);
    await expect(row.locator('td').nth(0)).toHaveText(boRight(i) ? '100% (2/2)' : '50% (1/2)');
    if (q.kind === 'single' && !boRight(i)) {
      const wrong = q.options.findIndex((o) => o.id !== q.answer);
      await expect(row.locator('td').nth(1)).toContainText(`${'ABCDE'[wrong]} `);
      await expect(row.locator('td').nth(1)).toContainText('×1');
    }
    if (boRight(i)) await expect(row.locator('td').nth(1)).toHaveText('—');
  }

  const issues = page.locator('.results-issues li');
  await expect(issues).toHaveCount(2);
  await expect(issues.nth(0)).toContainText('Line 3');
  await expect(issues.nth(0)).toContainText('This code has a mistake');
  await expect(issues.nth(1)).toContainText('Line 4');
  await expect(issues.nth(1)).toContainText('Same code as line 1');
  await expectNoSidewaysScroll(page);

  // The CSV has a byte order mark for Excel, a header and a row per student.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  const numbers = [1, 2, 3, 4, 5];
  expect(lines[0]).toBe(
    `Nickname,Score,Out of,Percent,Time (s),Date finished,Go,${numbers.map((n) => `Q${n} answer,Q${n} correct`).join(',')}`,
  );
  // Each student's chosen answer and a 1 or 0 for each question.
  const annCells = csvCells(lines[1]!);
  expect(annCells.slice(0, 4)).toEqual(['Ann', '5', '5', '100']);
  // The day Ann finished, as her phone's result code carries it, and her first go.
  expect(annCells[5]).toBe(today());
  expect(annCells[6]).toBe('1');
  expect(annCells.slice(7).filter((_, i) => i % 2 === 1)).toEqual(['1', '1', '1', '1', '1']);
  expect(
    annCells
      .slice(7)
      .filter((_, i) => i % 2 === 0)
      .every((a) => a.length > 0),
  ).toBe(true);
  const boCells = csvCells(lines[2]!);
  expect(boCells.slice(0, 3)).toEqual(['Bo 波 from cl', String(boScore), '5']);
  expect(boCells.slice(7).filter((_, i) => i % 2 === 1)).toEqual(['1', '0', '1', '0', '1']);
  // Then the question table: each question's text with its rate.
  expect(lines[4]).toBe(
    'Question,Question text,Correct answer,Correct (%),Wrong answer chosen most,Chosen by',
  );
  expect(csvCells(lines[5]!).slice(0, 2)).toEqual(['1', questions[0]!.prompt.en]);

  // The pasted codes survive a reload: they are kept in this browser.
  await page.reload();
  await expect(page.getByText('2 students counted')).toBeVisible();
});

test('the builder says what a set number does, that the code follows the settings, and names teacher pacing @any-screen', async ({
  page,
}) => {
  await page.goto('/zh/classroom/');
  const shuffle = page.getByRole('button', { name: '换一组题', exact: true });
  await expect(shuffle).toHaveAccessibleDescription(
    '题库和设置不变，换一个组号就换一组题；用同一个测验码的设备，题目都相同。',
  );
  const code = page.getByTestId('quiz-code');
  await expect(page.locator('.quiz-code')).toHaveAccessibleDescription(
    '设置改动后，测验码随之更新，不用另外生成。',
  );
  await page.getByLabel('题目数量').selectOption('5');
  await page.getByLabel('每题限时').selectOption('60');
  await page.getByRole('radio', { name: '中文' }).check();
  const summary = page.locator('.builder-summary');
  await expect(summary).toHaveText('5 道题 · 每题 60 秒 · 中文');
  const before = await code.textContent();
  await page.getByRole('checkbox', { name: '由老师控制节奏' }).check();
  await expect(summary).toHaveText('5 道题 · 每题 60 秒 · 中文 · 老师控制节奏');
  await expect(code).not.toHaveText(before!);

  await page.goto('/en/classroom/');
  await page.getByLabel('Number of questions').selectOption('5');
  await page.getByRole('checkbox', { name: 'Teacher paced' }).check();
  await expect(page.locator('.builder-summary')).toContainText(' · teacher paced');
  await expect(
    page.getByRole('button', { name: 'Draw another set', exact: true }),
  ).toHaveAccessibleDescription(/^Another set number draws other questions/);
});

for (const [device, theme] of [
  ['light', null],
  ['dark', null],
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test(`the builder's ticked boxes are blue like a chosen answer, not the red of wrong, legibly (${device} device${theme ? `, ${theme} theme` : ''}) @any-screen`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: device });
    await page.goto('/en/classroom/');
    if (theme) await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const box = page.getByRole('checkbox', { name: 'Teacher paced' });
    await box.check();
    const look = await box.evaluate((input) => {
      const probe = (variable: string) => {
        const el = document.createElement('span');
        el.style.color = `var(${variable})`;
        document.body.append(el);
        const color = getComputedStyle(el).color;
        el.remove();
        return color;
      };
      const luminance = (css: string) => {
        const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      const row = input.closest('.check-row')!;
      const rowStyle = getComputedStyle(row);
      const around = getComputedStyle(row.parentElement!.closest('.classroom-panel')!);
      return {
        accent: getComputedStyle(input).accentColor,
        border: rowStyle.borderTopColor,
        chosen: probe('--chosen'),
        wrong: probe('--wrong'),
        contrast: {
          text: ratio(rowStyle.color, rowStyle.backgroundColor),
          box: ratio(getComputedStyle(input).accentColor, rowStyle.backgroundColor),
          border: ratio(rowStyle.borderTopColor, around.backgroundColor),
        },
      };
    });
    expect(look.accent).toBe(look.chosen);
    expect(look.border).toBe(look.chosen);
    expect(look.accent).not.toBe(look.wrong);
    expect(look.contrast.text).toBeGreaterThanOrEqual(4.5);
    expect(look.contrast.box).toBeGreaterThanOrEqual(3);
    expect(look.contrast.border).toBeGreaterThanOrEqual(3);
  });
}

test('present mode reveals and moves between questions by keyboard @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  const [first, second] = quiz.questions;
  await page.goto(`/en/classroom/present/?q=${quiz.code}`);
  const stage = page.locator('.present');
  await expect(stage.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  await expect(
    stage.getByRole('img', { name: /QR code for .*\/en\/classroom\/play\/\?q=/ }),
  ).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(stage.locator('.present-prompt')).toHaveText(first!.prompt.en);
  await expect(stage.getByText('Question 1 of 6')).toBeAttached();
  await expect(stage.getByRole('timer')).toHaveText(/^0:(20|19|18)/);
  await expect(stage.locator('.present-reveal')).toHaveCount(0);

  await page.keyboard.press('r');
  await expect(stage.locator('.present-reveal')).toContainText('Answer');
  await expect(stage.locator('.present-reveal')).toContainText(first!.explanation.en);
  await expect(stage.getByRole('timer')).toHaveCount(0);

  await page.keyboard.press(' ');
  await expect(stage.locator('.present-prompt')).toHaveText(second!.prompt.en);
  await expect(stage.getByText('Question 2 of 6')).toBeAttached();
  await expect(stage.locator('.present-reveal')).toHaveCount(0);

  // Enter reveals first, then moves on.
  await page.keyboard.press('Enter');
  await expect(stage.locator('.present-reveal')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(stage.locator('.present-prompt')).toHaveText(first!.prompt.en);
  // A question revealed once stays revealed when the class goes back to it.
  await expect(stage.locator('.present-reveal')).toBeVisible();

  // P pauses the countdown.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(stage.locator('.present-prompt')).toHaveText(quiz.questions[2]!.prompt.en);
  await page.keyboard.press('p');
  await expect(stage.getByRole('button', { name: 'Resume timer' })).toBeVisible();

  // F asks for full screen on the stage.
  await page.keyboard.press('f');
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.className ?? ''))
    .toContain('present');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  for (let i = 3; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(stage.getByRole('heading', { name: 'That’s the quiz!' })).toBeVisible();
  await expect(stage.getByRole('link', { name: 'Collect results' })).toHaveAttribute(
    'href',
    `../results/?q=${quiz.code}`,
  );
  await expectNoSidewaysScroll(page);
});

for (const [screen, viewport] of [
  ['a 1280×720 projector', { width: 1280, height: 720 }],
  ['a 390 px phone', { width: 390, height: 844 }],
] as const) {
  test(`the projector's progress dots take one row at most, and the position is said, on ${screen} @any-screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    for (const count of [10, 20, 50]) {
      const quiz = nodeQuiz({ count, secondsPerQuestion: 0 });
      await page.goto(`/en/classroom/present/?q=${quiz.code}`);
      await page.getByRole('button', { name: 'Start →' }).click();
      const stage = page.locator('.present');
      await expect(stage.locator('.present-prompt')).toBeVisible();
      await expect(stage.getByText(`Question 1 of ${count}`)).toBeAttached();
      await expect(stage.locator('.present-count')).toHaveText(`1 / ${count}`);
      await expect(stage.locator('.present-count')).toBeVisible();
      // Rows by where each dot is laid out (offsetTop leaves out the current dot's scale).
      const rows = await stage
        .locator('.present-dots span')
        .evaluateAll((dots) => new Set(dots.map((d) => (d as HTMLElement).offsetTop)).size);
      const shown = await stage.locator('.present-dots').isVisible();
      if (viewport.width === 1280) expect(shown, `${count} dots on a projector`).toBe(true);
      if (shown) {
        expect(rows, `${count} dots in one row`).toBe(1);
        const dot = (await stage.locator('.present-dots span').last().boundingBox())!;
        expect(dot.width, 'a dot big enough to see').toBeGreaterThanOrEqual(6);
      }
    }
  });
}

/** The line (by its top, in pixels) each symbol of a shown code sits on, separators left out. */
function symbolLines(element: HTMLElement): number[] {
  const tops: number[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '-') continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      tops.push(Math.round(range.getBoundingClientRect().top));
    }
  }
  return tops;
}

for (const [screen, viewport] of [
  ['a 1280×720 projector', { width: 1280, height: 720 }],
  // The same projector on a laptop that scales its screen by 125%.
  ['a 1280×720 projector at 125%', { width: 1024, height: 576 }],
  ['a 390 px phone', { width: 390, height: 844 }],
] as const) {
  test(`the join slide shows the quiz code in its groups, on two lines at most, on ${screen} @any-screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    for (const quiz of [
      nodeQuiz({ count: 20, language: 'zh' }),
      nodeQuiz({ deckIds: [ARTICLE], count: 10, language: 'zh' }),
    ]) {
      await page.goto(`/zh/classroom/present/?q=${quiz.code}`);
      const code = page.locator('.present-join-code');
      // The text is the code in its groups, which any code field reads; the QR carries it whole.
      await expect(code).toHaveText(groupCode(quiz.code));
      await expect(page.getByRole('img', { name: new RegExp(`\\?q=${quiz.code}$`) })).toBeVisible();
      const lines = await code.evaluate(symbolLines);
      expect(lines).toHaveLength(quiz.code.length);
      // A line breaks only between groups of five, and there are two lines at most.
      for (let i = 0; i < lines.length; i += 5) {
        expect(new Set(lines.slice(i, i + 5)).size, `group ${i / 5 + 1} on one line`).toBe(1);
      }
      expect(new Set(lines).size).toBeLessThanOrEqual(2);
      const box = (await code.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expectNoSidewaysScroll(page);
    }
  });
}

test('a projector reloaded mid-quiz takes up the same question, answers shown and pause kept @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  const stage = page.locator('.present');
  const prompt = stage.locator('.present-prompt');
  await page.goto(`/en/classroom/present/?q=${quiz.code}`);
  await stage.getByRole('button', { name: 'Start →' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(stage.locator('.present-reveal')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(prompt).toHaveText(quiz.questions[2]!.prompt.en);
  await page.keyboard.press('p');
  await expect(stage.getByRole('button', { name: 'Resume timer' })).toBeVisible();

  await page.reload();
  await expect(prompt).toHaveText(quiz.questions[2]!.prompt.en);
  await expect(stage.getByText('Question 3 of 6')).toBeAttached();
  await expect(stage.getByRole('timer')).toHaveText(/Paused/);
  await expect(stage.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(prompt).toHaveText(quiz.questions[1]!.prompt.en);
  await expect(stage.locator('.present-reveal')).toBeVisible();

  // The way back to the QR code, which a reload then keeps too.
  await stage.getByRole('button', { name: 'Show QR code' }).click();
  await expect(stage.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  await expect(stage).toBeFocused();
  await page.reload();
  await expect(stage.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  // Opened afresh, from the builder or a link, the projector starts at the QR code.
  await page.keyboard.press('ArrowRight');
  await expect(prompt).toHaveText(quiz.questions[0]!.prompt.en);
  await page.goto(`/en/classroom/present/?q=${quiz.code}`);
  await expect(stage.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(prompt).toHaveText(quiz.questions[0]!.prompt.en);
  // Another tab is another projector: it starts at the QR code.
  const other = await page.context().newPage();
  await other.goto(`/en/classroom/present/?q=${quiz.code}`);
  await expect(other.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  await other.close();
});

/** Whether the element at the centre of this locator's box is the locator's own element (or inside it). */
async function reachableAtCentre(page: Page, name: string): Promise<boolean> {
  const link = page.getByRole('link', { name });
  const box = await link.boundingBox();
  if (!box) return false;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  return link.evaluate(
    (el, [x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (hit === el || el.contains(hit));
    },
    [x, y],
  );
}

test('the end slide’s buttons sit above the controls bar, at laptop sizes and on a phone', async ({
  page,
}, testInfo) => {
  // Teacher paced: the end slide carries the reveal word too, its fullest form.
  const quiz = nodeQuiz({ language: 'zh', count: 3, teacherPaced: true });
  const sizes =
    testInfo.project.name === 'phone'
      ? [page.viewportSize()!]
      : [
          { width: 1280, height: 720 },
          { width: 1366, height: 768 },
        ];
  for (const size of sizes) {
    for (const locale of ['zh', 'en'] as const) {
      await page.setViewportSize(size);
      await page.goto(`/${locale}/classroom/present/?q=${quiz.code}`);
      await expect(page.locator('.present-join')).toBeVisible();
      for (let i = 0; i <= quiz.questions.length; i++) await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('reveal-word')).toBeVisible();
      const names =
        locale === 'zh' ? ['收集成绩', '返回设置'] : ['Collect results', 'Back to settings'];
      for (const name of names) {
        await expect(page.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
        expect(await reachableAtCentre(page, name), `${name} at ${size.width}×${size.height}`).toBe(
          true,
        );
      }
    }
  }
});

test('the projector’s controls take two rows at most on a phone and one on a laptop, and “Time’s up” one line, in both languages', async ({
  page,
}, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  if (!phone) await page.setViewportSize({ width: 1280, height: 720 });
  await page.clock.install();
  const stage = page.locator('.present');
  /** The rows the controls bar's buttons take, and whether the slide is wider than the screen. */
  const layout = () =>
    stage.evaluate((el) => ({
      rows: new Set(
        [...el.querySelectorAll('.present-controls .button')].map((b) =>
          Math.round(b.getBoundingClientRect().top),
        ),
      ).size,
      sideways: el.scrollWidth > el.clientWidth,
    }));
  /** The lines the timer's words take. */
  const timerLines = () =>
    stage.getByRole('timer').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  for (const teacherPaced of [false, true]) {
    const quiz = nodeQuiz({ secondsPerQuestion: 10, count: 3, teacherPaced });
    for (const locale of ['en', 'zh'] as const) {
      const name = `${locale}${teacherPaced ? ', teacher paced' : ''}`;
      await page.goto(`/${locale}/classroom/present/?q=${quiz.code}`);
      await expect(stage.locator('.present-join')).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(stage.locator('.present-prompt')).toBeVisible();
      // Six buttons: Previous, Reveal, Pause, Next, Full screen, Show QR code.
      await expect(stage.locator('.present-controls .button')).toHaveCount(6);
      expect(await layout(), name).toEqual({ rows: phone ? 2 : 1, sideways: false });
      await page.keyboard.press('p');
      await expect(stage.getByRole('timer')).toContainText(locale === 'en' ? 'Paused' : '已暂停');
      expect(await layout(), `${name}, paused`).toEqual({ rows: phone ? 2 : 1, sideways: false });
      await page.keyboard.press('p');
      await page.clock.runFor(11_000);
      await expect(stage.getByRole('timer')).toHaveText(locale === 'en' ? 'Time’s up' : '时间到');
      expect(await timerLines(), `${name}, time up`).toBe(1);
      expect((await layout()).sideways, `${name}, time up`).toBe(false);
    }
  }
});

test('a projector whose time is up offers Reveal and Next, not Pause', async ({ page }) => {
  test.skip(test.info().project.name === 'phone', 'a projector is a desktop screen');
  const quiz = nodeQuiz({ secondsPerQuestion: 10, count: 3 });
  await page.clock.install();
  await page.goto(`/en/classroom/present/?q=${quiz.code}`);
  const stage = page.locator('.present');
  const timer = stage.getByRole('timer');
  const pause = stage.getByRole('button', { name: 'Pause timer' });
  const resume = stage.getByRole('button', { name: 'Resume timer' });
  const reveal = stage.getByRole('button', { name: 'Reveal answer' });
  const hide = stage.getByRole('button', { name: 'Hide answer' });
  const next = stage.getByRole('button', { name: 'Next →' });
  await expect(stage.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(timer).toHaveText('0:10');
  await expect(pause).toBeVisible();

  // The teacher pauses and resumes with the button, which keeps the focus, and the time runs out.
  await pause.click();
  await page.clock.runFor(3_000);
  await expect(timer).toHaveText('0:10 · Paused');
  await resume.click();
  await expect(pause).toBeFocused();
  await page.clock.runFor(11_000);
  await expect(timer).toHaveText('Time’s up');
  await expect(pause).toHaveCount(0);
  await expect(resume).toHaveCount(0);
  // P does nothing to a finished timer; Reveal, now focused, is the main button.
  await page.keyboard.press('p');
  await expect(timer).toHaveText('Time’s up');
  await expect(resume).toHaveCount(0);
  await expect(reveal).toBeFocused();
  await expect(reveal).toHaveClass(/button-primary/);
  await page.keyboard.press('r');
  await expect(stage.locator('.present-reveal')).toBeVisible();
  // Revealed: Next is the main button.
  await expect(next).toHaveClass(/button-primary/);
  // The button now says what a press does.
  await expect(reveal).toHaveCount(0);
  await expect(hide).not.toHaveClass(/button-primary/);

  // The next question counts again; back on a question whose time ran out, it stays up.
  await page.keyboard.press('ArrowRight');
  await expect(timer).toHaveText('0:10');
  await expect(pause).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(timer).toHaveText('Time’s up');
  await page.keyboard.press('ArrowRight');
  await expect(pause).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(stage.locator('.present-prompt')).toHaveText(quiz.questions[1]!.prompt.en);
  await expect(timer).toHaveText('Time’s up');
  await expect(pause).toHaveCount(0);
});

/**
 * The back-row rule (app/classroom.css): options at least 24 pt on a 7.5-inch-tall slide,
 * 24 / (7.5 × 72) = 4.44% of the screen's height, wherever the slide fits at that size (this
 * quiz's questions do; classroom-fit.spec.ts takes the longest the content draws).
 */
const BACK_ROW_SHARE = 24 / (7.5 * 72);

test('projector options are readable from the back row at 1024×768 and 1920×1080, and the revealed answer fits or says there is more', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'a projector is a desktop screen');
  test.slow();
  const quiz = nodeQuiz({ language: 'both' });
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`/en/classroom/present/?q=${quiz.code}`);
    await expect(page.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    const floor = BACK_ROW_SHARE * height;
    for (const question of quiz.questions) {
      const stage = page.locator('.present');
      await expect(stage.locator('.present-prompt')).toContainText(question.prompt.en);
      /** The smallest computed font size of any option text on the slide, in px. */
      const smallestOption = () =>
        stage
          .locator('.present-option')
          .evaluateAll((items) =>
            Math.min(
              ...items.flatMap((item) =>
                [...item.querySelectorAll('span')].map((s) =>
                  parseFloat(getComputedStyle(s).fontSize),
                ),
              ),
            ),
          );
      const before = await smallestOption();
      // Smaller only where the slide would not fit at the full size: then every option shows.
      const fitsAtFullSize = await stage.evaluate((el) => {
        const slide = el.querySelector<HTMLElement>('.present-question')!;
        const room = el.querySelector('.present-main')!;
        const fitted = slide.style.getPropertyValue('--fit');
        slide.style.setProperty('--fit', '1');
        const fits = room.scrollHeight <= room.clientHeight;
        slide.style.setProperty('--fit', fitted);
        return fits;
      });
      if (fitsAtFullSize) {
        expect(before, `${width}×${height}, ${question.id}`).toBeGreaterThanOrEqual(floor);
      } else {
        const room = (await stage.locator('.present-main').boundingBox())!;
        for (const option of await stage.locator('.present-option').all()) {
          const box = (await option.boundingBox())!;
          expect(box.y + box.height, `${width}×${height}, ${question.id}`).toBeLessThanOrEqual(
            room.y + room.height + 0.5,
          );
        }
      }
      await page.keyboard.press('r');
      await expect(stage.locator('.present-reveal')).toBeVisible();
      // The answer had its room from the start: the options keep their size (or grow, the timer gone), and what of the
      // explanation does not fit is said to be below.
      const after = await smallestOption();
      expect(after, `${width}×${height}, ${question.id} revealed`).toBeGreaterThanOrEqual(
        before - 0.01,
      );
      const revealInside = await stage.evaluate((el) => {
        const room = el.querySelector('.present-main')!.getBoundingClientRect();
        const reveal = el.querySelector('.present-reveal')!.getBoundingClientRect();
        return reveal.bottom <= room.bottom + 0.5;
      });
      if (!revealInside) await expect(stage.locator('.present-more')).toBeVisible();
      // The prompt stays on screen: its top inside the slide's scrolling area.
      const [prompt, main] = await Promise.all([
        stage.locator('.present-prompt').boundingBox(),
        stage.locator('.present-main').boundingBox(),
      ]);
      expect(prompt!.y).toBeGreaterThanOrEqual(main!.y - 1);
      expect(prompt!.y + 40).toBeLessThanOrEqual(main!.y + main!.height);
      // Nothing for the teacher's eyes only is on the slide: the keys stay folded away.
      await expect(stage.locator('.present-keys p')).toBeHidden();
      await page.keyboard.press('ArrowRight');
    }
  }
});

test('the printed worksheet holds every question, and the answer key starts a new page @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz({ language: 'zh', count: 12, seed: 2024 });
  await page.goto(`/zh/classroom/print/?q=${quiz.code}`);
  await expect(page.locator('.worksheet')).toBeVisible();
  await expectNoSidewaysScroll(page);
  // Chinese sets no space after its full stop, nor before a full-width bracket.
  await expect(page.locator('.sheet-header .sheet-meta').first()).toHaveText(
    new RegExp(`^共 ${quiz.questions.length} 题。测验码 `),
  );
  const prompts0 = await page.locator('.sheet-prompt').allTextContents();
  expect(prompts0.filter((p) => /\s（/.test(p))).toEqual([]);
  expect(prompts0.filter((p) => p.includes('（')).length).toBeGreaterThan(0);
  // The print button's icon is drawn, not a character a font may lack, and not read aloud.
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印' }).locator('svg')).toHaveAttribute(
    'aria-hidden',
    'true',
  );

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.worksheet');
  const prompts = sheet.locator('.sheet-prompt');
  await expect(prompts).toHaveCount(quiz.questions.length);
  for (const [i, q] of quiz.questions.entries()) {
    await expect(prompts.nth(i)).toContainText(q.prompt.zh);
  }
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await expect(page.locator('.answer-key')).toHaveCSS('break-before', 'page');
  await expect(page.locator('.key-item')).toHaveCount(quiz.questions.length);

  const withKey = await page.pdf({ format: 'A4' });
  expect(withKey.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  expect(pages(withKey)).toBeGreaterThanOrEqual(2);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: '附答案页' }).uncheck();
  await expect(page.locator('.answer-key')).toHaveCount(0);
  const withoutKey = await page.pdf({ format: 'A4' });
  expect(pages(withoutKey)).toBeLessThan(pages(withKey));
});

test.describe('a bad code gets a message that says what is wrong @any-screen', () => {
  const quiz = nodeQuiz();
  const changed = quiz.code.slice(0, 5) + (quiz.code[5] === 'A' ? 'B' : 'A') + quiz.code.slice(6);
  // A sound code of a newer app, drawn by generator rules this one does not have yet.
  const newer = quizCodeAs(3, quiz.settings, LATEST_RULES + 1);

  const cases: [string, string, RegExp][] = [
    ['a tampered quiz code', changed, /校验位对不上/],
    ['a code drawn by newer generator rules', newer, /由更新版本的应用生成。请刷新页面/],
    ['a truncated quiz code', quiz.code.slice(0, -3), /代码不完整：少了 3 个字符/],
    ['a character no code has', `${quiz.code.slice(0, 4)}U${quiz.code.slice(5)}`, /第 5 个字符“U”/],
  ];
  for (const [name, code, message] of cases) {
    test(`${name} on the student page`, async ({ page }) => {
      await page.goto(`/zh/classroom/play/?q=${code}`);
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('button', { name: '开始答题' })).toHaveCount(0);
      await expectNoSidewaysScroll(page);
    });
  }

  test('a code from a newer version of the app asks for a reload and stays in the field', async ({
    page,
  }) => {
    await page.goto(`/en/classroom/present/?q=${newer}`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'made by a newer version of the app. Reload' }),
    ).toBeVisible();
    await expect(page.getByLabel('Quiz code or link')).toHaveValue(newer);
  });

  test('a corrected code typed into the field opens the quiz', async ({ page }) => {
    await page.goto(`/en/classroom/play/?q=${changed}`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'This code has a mistake' }),
    ).toBeVisible();
    await page.getByLabel('Quiz code or link').fill(quiz.code.toLowerCase());
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  });
});

test.describe('classroom pages before their scripts run @any-screen', () => {
  test.beforeEach(({ page }) => withEmptyBundles(page));

  for (const path of ['play', 'present', 'print', 'results']) {
    test(`${path}: without a code the code field is there at once`, async ({ page }) => {
      await page.goto(`/en/classroom/${path}/`);
      await expect(page.getByRole('heading', { name: 'Enter the quiz code' })).toBeVisible();
      await expect(page.getByLabel('Quiz code or link')).toBeVisible();
      await expect(page.getByText('Preparing the quiz…')).toBeHidden();
    });
  }

  test('with a code in the address a loading line stands in for the field', async ({ page }) => {
    await page.goto(`/zh/classroom/play/?q=${nodeQuiz().code}`);
    await expect(page.locator('html')).toHaveAttribute('data-query', '');
    await expect(page.getByText('正在准备测验…')).toBeVisible();
    await expect(page.locator('.quiz-entry')).toBeHidden();
  });
});

test('a code typed on the projector page opens the quiz there, and Back returns to the field @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  await page.goto('/en/classroom/present/');
  await page.getByLabel('Quiz code or link').fill(quiz.code);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/classroom/present/\\?q=${quiz.code}$`));
  await expect(page.locator('.quiz-entry')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/classroom\/present\/$/);
  await expect(page.getByLabel('Quiz code or link')).toBeVisible();
});

test('a scanned result link adds its code once and leaves the address clean @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  const answers = quiz.questions.map((q) => compactAnswer(q, correctResponse(q)));
  const code = encodeResultCode(quiz, {
    nickname: '扫码',
    seconds: 64,
    answers,
  });
  await page.goto(`/zh/classroom/results/?q=${quiz.code}&r=${code}`);
  await expect(page.getByText('已从扫描的链接加入一个成绩码。')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?q=${quiz.code}$`));
  await expect(page.locator('.class-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.class-table tbody th')).toHaveText('扫码');
  await expect(page.locator('.class-table tbody td').nth(1)).toHaveText('1:04');
  // Scanning the same code again does not count it twice.
  await page.goto(`/zh/classroom/results/?q=${quiz.code}&r=${code}`);
  await expect(page.locator('.class-table tbody tr')).toHaveCount(1);
  await expect(page.getByLabel('成绩码（每行一个）')).toHaveValue(`${code}\n`);
});

test.describe('a student who reloads takes up where they were, nickname and answers kept @any-screen', () => {
  const submit = (page: Page) => page.locator('form.student-card button[type=submit]');
  const prompt = (page: Page) => page.locator('form.student-card .quiz-prompt');
  const nicknameField = (page: Page) => page.getByLabel('Nickname (optional)');

  test('on a self-paced quiz: after the nickname, between answers and after the end', async ({
    page,
  }) => {
    const quiz = nodeQuiz({ kinds: ['single', 'truefalse'], count: 4 });
    const questions = quiz.questions;
    await page.goto(`/en/classroom/play/?q=${quiz.code}`);
    await nicknameField(page).fill('Mei');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(prompt(page)).toHaveText(questions[0]!.prompt.en);
    await page.reload();
    await expect(page.getByText(`Question 1 of ${questions.length}`)).toBeVisible();
    await expect(nicknameField(page)).toHaveCount(0);
    for (const q of questions.slice(0, 2)) {
      await expect(prompt(page)).toHaveText(q.prompt.en);
      await answerCorrectly(page, q);
      await submit(page).click();
    }
    await page.reload();
    await expect(page.getByText(`Question 3 of ${questions.length}`)).toBeVisible();
    for (const q of questions.slice(2)) {
      await expect(prompt(page)).toHaveText(q.prompt.en);
      await answerCorrectly(page, q);
      await submit(page).click();
    }
    const score = page.getByText(`You got ${questions.length} of ${questions.length} right`);
    await expect(score).toBeVisible();
    const code = (await page.getByTestId('result-code').textContent()) ?? '';
    const decoded = decodeResultCode(quiz, code);
    expect(decoded.ok && decoded.value.nickname).toBe('Mei');
    // The end stays on the result, with the same code, not on the nickname field.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'All done! · Mei' })).toBeVisible();
    await expect(page.getByTestId('result-code')).toHaveText(code);
    await expect(score).toBeVisible();
    // Chosen to go again: a reload stays on the start, offering the saved result.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show my result' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  });

  test('on a teacher-paced quiz, on a phone: after the nickname, on a question, waiting for the next, waiting for the reveal and after it', async ({
    browser,
    baseURL,
  }) => {
    test.skip(test.info().project.name === 'phone', 'the phone is a context of its own');
    const quiz = nodeQuiz({ kinds: ['single', 'truefalse'], count: 3, teacherPaced: true });
    const questions = quiz.questions;
    const { page: phone, context, errors } = await studentPage(browser, baseURL);
    await phone.goto(`/en/classroom/play/?q=${quiz.code}`);
    await nicknameField(phone).fill('Lin');
    await phone.getByRole('button', { name: 'Start' }).click();
    await expect(prompt(phone)).toHaveText(questions[0]!.prompt.en);
    await phone.reload();
    await expect(prompt(phone)).toHaveText(questions[0]!.prompt.en);
    await expect(nicknameField(phone)).toHaveCount(0);
    await answerWrongly(phone, questions[0]!);
    await submit(phone).click();

    // Waiting for the projector's next question: a reload keeps waiting, it does not jump on.
    const waiting = phone.getByRole('heading', { name: 'Answer to question 1 saved' });
    await expect(waiting).toBeVisible();
    await phone.reload();
    await expect(waiting).toBeVisible();
    await expect(prompt(phone)).toHaveCount(0);
    await expect(waiting).toBeFocused();
    await expect(
      phone.getByText('Waiting for your teacher to move on to question 2 of'),
    ).toBeVisible();
    await phone.getByRole('button', { name: 'Go to question 2' }).click();

    // A reload on a timed question goes on with the time it had left, not a fresh 20 seconds.
    await expect(prompt(phone)).toHaveText(questions[1]!.prompt.en);
    await phone.waitForTimeout(4_000);
    await phone.reload();
    await expect(prompt(phone)).toHaveText(questions[1]!.prompt.en);
    await expect(phone.getByRole('timer')).toHaveText(/^0:(0\d|1[0-6])$/);
    await answerCorrectly(phone, questions[1]!);
    await submit(phone).click();
    await phone.getByRole('button', { name: 'Question 3' }).click();
    await answerCorrectly(phone, questions[2]!);
    await submit(phone).click();

    // Handed in, waiting for the teacher's reveal: a reload stays on the result.
    const code = (await phone.getByTestId('result-code').textContent()) ?? '';
    await phone.reload();
    await expect(phone.getByRole('heading', { name: 'All done! · Lin' })).toBeVisible();
    await expect(phone.getByTestId('result-code')).toHaveText(code);
    await expect(phone.getByText(/You got \d+ of/)).toHaveCount(0);
    await phone.getByLabel('Reveal word').fill(revealWord(quiz.code));
    await phone.getByRole('button', { name: 'Show answers' }).click();
    const score = phone.getByText(`You got 2 of ${questions.length} right`);
    await expect(score).toBeVisible();
    await phone.reload();
    await expect(score).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Answers and explanations' })).toBeVisible();

    const decoded = decodeResultCode(quiz, code);
    expect(decoded.ok && decoded.value.nickname).toBe('Lin');
    expect(decoded.ok && gradeResult(quiz, decoded.value.answers).correct).toEqual([
      false,
      true,
      true,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('a teacher-paced quiz: the projector says which question the class is on, phones keep answers hidden until the reveal word', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(
    test.info().project.name === 'phone',
    'a projector is a desktop screen; the phones are contexts of their own',
  );
  const quiz = nodeQuiz({ kinds: ['single', 'truefalse'], count: 3, teacherPaced: true });
  const questions = quiz.questions;

  // The projector names the class's question, and its last slide shows the reveal word.
  await page.goto(`/en/classroom/present/?q=${quiz.code}`);
  await expect(page.getByRole('heading', { name: 'Scan to join' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Class: question 1 of ${questions.length}`)).toBeVisible();
  for (let i = 0; i < questions.length; i++) await page.keyboard.press('ArrowRight');
  const word = (await page.getByTestId('reveal-word').textContent()) ?? '';
  expect(word).toMatch(/^[0-9A-Z]{4}$/);

  const { page: phone, context, errors } = await studentPage(browser, baseURL);
  await phone.goto(`/en/classroom/play/?q=${quiz.code}`);
  await expect(phone.getByText('Your teacher paces this quiz')).toBeVisible();
  await expect(phone.locator('.quiz-summary-meta')).toContainText('teacher paced');
  await phone.getByRole('button', { name: 'Start' }).click();
  const submit = phone.locator('form.student-card button[type=submit]');
  for (const [i, q] of questions.entries()) {
    await expect(phone.locator('form.student-card .quiz-prompt')).toHaveText(q.prompt.en);
    if (i === 0) await answerWrongly(phone, q);
    else await answerCorrectly(phone, q);
    await submit.click();
    if (i + 1 < questions.length) {
      // Between questions the phone waits for the projector.
      await expect(
        phone.getByRole('heading', { name: `Answer to question ${i + 1} saved` }),
      ).toBeVisible();
      await phone.getByRole('button', { name: `Go to question ${i + 2}` }).click();
    }
  }
  await expect(phone.getByTestId('result-code')).toBeVisible();
  // No score, answers or explanations, and no second go, before the teacher reveals them.
  await expect(phone.getByText(/You got \d+ of/)).toHaveCount(0);
  await expect(phone.getByText(questions[0]!.explanation.en)).toHaveCount(0);
  await expect(phone.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  // The link opened again in a new tab offers the handed-in result, and no second go.
  const again = await context.newPage();
  again.on('pageerror', (e) => errors.push(e.message));
  await again.goto(`/en/classroom/play/?q=${quiz.code}`);
  await expect(again.getByRole('button', { name: 'Show my result' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Start' })).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  await again.close();

  const field = phone.getByLabel('Reveal word');
  await field.fill(word === 'AAAA' ? 'BBBB' : 'AAAA');
  await phone.getByRole('button', { name: 'Show answers' }).click();
  await expect(phone.getByText('That is not the word.')).toBeVisible();
  await field.fill(word.toLowerCase());
  await phone.getByRole('button', { name: 'Show answers' }).click();
  await expect(
    phone.getByText(`You got ${questions.length - 1} of ${questions.length} right`),
  ).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Answers and explanations' })).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  // Revealed once, revealed in a new tab too.
  const later = await context.newPage();
  await later.goto(`/en/classroom/play/?q=${quiz.code}`);
  await later.getByRole('button', { name: 'Show my result' }).click();
  await expect(later.getByRole('heading', { name: 'Answers and explanations' })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('a retake after full marks keeps the first result, and the teacher sees it flagged as go 2 @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz({ kinds: ['single', 'truefalse'], count: 2 });
  const [first, second] = quiz.questions;
  await page.goto(`/en/classroom/play/?q=${quiz.code}`);
  await page.getByLabel('Nickname (optional)').fill('Cy');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerWrongly(page, first!);
  await page.locator('form.student-card button[type=submit]').click();
  await answerCorrectly(page, second!);
  await page.locator('form.student-card button[type=submit]').click();
  await expect(page.getByText('You got 1 of 2 right')).toBeVisible();
  const firstCode = (await page.getByTestId('result-code').textContent()) ?? '';
  await expect(page.getByTestId('retake-note')).toHaveCount(0);

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  for (const q of [first!, second!]) {
    await answerCorrectly(page, q);
    await page.locator('form.student-card button[type=submit]').click();
  }
  await expect(page.getByText('You got 2 of 2 right')).toBeVisible();
  const retakeCode = (await page.getByTestId('result-code').textContent()) ?? '';
  expect(retakeCode).not.toBe(firstCode);
  // The retake says which go it is, and the first result is still there, unchanged.
  await expect(page.getByTestId('retake-note')).toContainText('This is go 2 at this quiz');
  await expect(page.getByTestId('first-result-code')).toHaveText(firstCode);
  await page.reload();
  await expect(page.getByTestId('result-code')).toHaveText(retakeCode);
  await expect(page.getByTestId('first-result-code')).toHaveText(firstCode);

  // The teacher gets both: the first result as it was, the retake flagged with its go.
  await page.goto(`/en/classroom/results/?q=${quiz.code}`);
  await page.getByLabel('Result codes (one per line)').fill(`${firstCode}\n${retakeCode}\n`);
  await expect(page.getByText('2 students counted')).toBeVisible();
  const rows = page.locator('.class-table tbody tr');
  await expect(rows.nth(0)).toContainText('2 / 2');
  await expect(rows.nth(0)).toContainText('retake, go 2');
  await expect(rows.nth(1)).toContainText('1 / 2');
  await expect(rows.nth(1)).not.toContainText('retake, go');
});

test('two profiles on one phone each keep their own result of the same quiz @any-screen', async ({
  page,
}) => {
  const quiz = nodeQuiz({ kinds: ['single', 'truefalse'], count: 2 });
  await seedSave(page, twoLearners());
  /** Makes a profile the active one, as the profile switcher does, and reopens the quiz. */
  const become = async (profileId: string) => {
    await page.evaluate(
      ([key, id]) => {
        const save = JSON.parse(window.localStorage.getItem(key)!) as { activeProfile: string };
        save.activeProfile = id;
        window.localStorage.setItem(key, JSON.stringify(save));
      },
      [PROGRESS_KEY, profileId] as const,
    );
    await page.reload();
  };
  const takeQuiz = async (nickname: string) => {
    await page.getByLabel('Nickname (optional)').fill(nickname);
    await page.getByRole('button', { name: 'Start' }).click();
    for (const q of quiz.questions) {
      await expect(page.locator('form.student-card .quiz-prompt')).toHaveText(q.prompt.en);
      await answerCorrectly(page, q);
      await page.locator('form.student-card button[type=submit]').click();
    }
    return (await page.getByTestId('result-code').textContent()) ?? '';
  };
  const savedNickname = async () => {
    await page.getByRole('button', { name: 'Show my result' }).click();
    const code = (await page.getByTestId('result-code').textContent()) ?? '';
    const decoded = decodeResultCode(quiz, code);
    return decoded.ok ? decoded.value.nickname : null;
  };

  await page.goto(`/en/classroom/play/?q=${quiz.code}`);
  await takeQuiz('Ana');
  await become('ben');
  // Ben has not taken this quiz: nothing of Ana's is offered as his.
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show my result' })).toHaveCount(0);
  await takeQuiz('Ben');
  await become('ana');
  expect(await savedNickname()).toBe('Ana');
  await become('ben');
  expect(await savedNickname()).toBe('Ben');
});

test('two results tabs lose no code, and Clear can be undone @any-screen', async ({ context }) => {
  const quiz = nodeQuiz();
  const codeOf = (nickname: string) =>
    encodeResultCode(quiz, {
      nickname,
      seconds: 60,
      answers: quiz.questions.map((q) => compactAnswer(q, correctResponse(q))),
    });
  const rows = (page: Page) => page.locator('.class-table tbody tr');
  // A results tab left open, and each scanned code opening a new tab.
  const open = await context.newPage();
  await open.goto(`/en/classroom/results/?q=${quiz.code}&r=${codeOf('Ana')}`);
  await expect(rows(open)).toHaveCount(1);
  for (const name of ['Ben', 'Chen']) {
    const scan = await context.newPage();
    await scan.goto(`/en/classroom/results/?q=${quiz.code}&r=${codeOf(name)}`);
    await expect(rows(scan)).toHaveCount(name === 'Ben' ? 2 : 3);
    await scan.close();
  }
  // The tab left open took them in; typing there keeps all three.
  await expect(rows(open)).toHaveCount(3);
  const field = open.getByLabel(/Result codes/);
  await field.press('End');
  await field.pressSequentially(' ');
  await open.reload();
  await expect(rows(open)).toHaveCount(3);

  await open.getByRole('button', { name: 'Clear' }).click();
  await expect(rows(open)).toHaveCount(0);
  await expect(open.getByText('3 result codes cleared.')).toBeVisible();
  await open.getByRole('button', { name: 'Undo clear' }).click();
  await expect(rows(open)).toHaveCount(3);
});

test.describe('accessibility @any-screen', () => {
  const quiz = nodeQuiz();
  for (const path of [
    '/zh/classroom/',
    `/en/classroom/play/?q=${quiz.code}`,
    `/zh/classroom/results/?q=${quiz.code}&r=${encodeResultCode(quiz, {
      nickname: 'A11y',
      seconds: 30,
      answers: quiz.questions.map(() => ({ type: 'none' as const })),
    })}`,
    `/en/classroom/print/?q=${quiz.code}`,
    `/en/classroom/present/?q=${quiz.code}`,
  ]) {
    test(`${path.replace(/\?.*/, '')} has no axe violations`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      await expect(page.locator('main h1')).toBeAttached();
      await expect(
        page.locator('[role=status]').filter({ hasText: /Preparing|正在准备/ }),
      ).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
        [],
      );
    });
  }
});
