import { rm, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { create } from 'qrcode';
import { compactAnswer, correctResponse } from '../../lib/classroom/answers';
import { classroomUrl } from '../../lib/classroom/links';
import { type ClassroomQuiz, createQuiz } from '../../lib/classroom/quiz';
import { encodeResultCode } from '../../lib/classroom/result-code';
import { loadContent } from '../../lib/content/load';
import { QUESTION_KINDS } from '../../lib/questions/models';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, test } from './fixtures';

// The teacher's results page, on a computer: the desktop project alone runs these.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

const content = loadContent();

function nodeQuiz(): ClassroomQuiz {
  return createQuiz(content, {
    deckIds: content.decks.map((d) => d.id),
    kinds: [...QUESTION_KINDS],
    count: 10,
    secondsPerQuestion: 20,
    language: 'zh',
    seed: 2026,
  });
}

/** Forty students' results: every one right up to a point, then nothing, with a name each. */
function classCodes(quiz: ClassroomQuiz, students: number): string[] {
  return Array.from({ length: students }, (_, s) =>
    encodeResultCode(quiz, {
      nickname: `学生${s + 1}`,
      seconds: 60 + s,
      answers: quiz.questions.map((q, i) =>
        i < s % (quiz.questions.length + 1)
          ? compactAnswer(q, correctResponse(q))
          : { type: 'none' },
      ),
    }),
  );
}

const WIDTH = 320;
const HEIGHT = 240;
const FPS = 10;
const FRAMES_PER_CODE = 5;

/** One grey frame (the Y plane) with the QR code of `text` in its middle, dark on white. */
function qrFrame(text: string): Buffer {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (n + 8));
  const left = Math.floor((WIDTH - n * scale) / 2);
  const top = Math.floor((HEIGHT - n * scale) / 2);
  const y = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < n * scale; row++) {
    for (let col = 0; col < n * scale; col++) {
      if (modules.get(Math.floor(row / scale), Math.floor(col / scale))) {
        y[(top + row) * WIDTH + left + col] = 16;
      }
    }
  }
  return y;
}

/**
 * A Y4M video (what Chromium's fake camera plays) showing each text's QR code in turn for half
 * a second, as a teacher's camera would see one phone after another.
 */
function qrVideo(texts: readonly string[]): Buffer {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F${FPS}:1 Ip A1:1 C420jpeg\n`)];
  for (const text of texts) {
    const frame = Buffer.concat([Buffer.from('FRAME\n'), qrFrame(text), chroma]);
    for (let i = 0; i < FRAMES_PER_CODE; i++) parts.push(frame);
  }
  return Buffer.concat(parts);
}

test('the camera scanner reads 40 result QR codes into the results page, each once', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const quiz = nodeQuiz();
  const codes = classCodes(quiz, 40);
  // What each student's phone shows: a link to the results page with the result code in it.
  const root = new URL('/zh/classroom/', baseURL).toString();
  const links = codes.map((r) => classroomUrl(root, 'results', { q: quiz.code, r }));
  const video = testInfo.outputPath('result-codes.y4m');
  await writeFile(video, qrVideo(links));

  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  try {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Count the beeps: each is one oscillator started.
    await page.addInitScript(() => {
      const w = window as unknown as { beeps: number };
      w.beeps = 0;
      const start = OscillatorNode.prototype.start;
      OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
        w.beeps += 1;
        return start.apply(this, args);
      };
    });
    const wasm: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(r.url());
    });

    await page.goto(`/zh/classroom/results/?q=${quiz.code}`);
    await expect(page.getByText('还没有成绩码。')).toBeVisible();
    expect(wasm, 'the QR decoder loads only with the scanner').toEqual([]);

    const started = Date.now();
    await page.getByRole('button', { name: '用摄像头扫描' }).click();
    const count = page.getByTestId('scan-count');
    await expect(count).toHaveText('已收到 40 份', { timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds, 'forty results in under two minutes').toBeLessThan(120);

    await expect(page.locator('.class-table tbody tr')).toHaveCount(40);
    const names = await page.locator('.class-table tbody th').allTextContents();
    expect(new Set(names)).toEqual(new Set(codes.map((_, s) => `学生${s + 1}`)));
    // The video starts over: the first phones come round again and are not counted twice.
    await expect(page.locator('.scan-duplicate')).toContainText('的成绩已经收过', {
      timeout: 30_000,
    });
    await expect(count).toHaveText('已收到 40 份');
    expect(await page.evaluate(() => (window as unknown as { beeps: number }).beeps)).toBe(40);
    expect(wasm.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: '停止扫描' }).click();
    await expect(count).toHaveCount(0);
    await expect(page.getByRole('button', { name: '用摄像头扫描' })).toBeFocused();
    // Each code once, in the order read (a busy machine may miss a phone until the video comes round).
    const kept = (await page.getByLabel('成绩码（每行一个）').inputValue()).trim().split('\n');
    expect(kept.toSorted()).toEqual(codes.toSorted());
    expect(errors).toEqual([]);
    testInfo.annotations.push({ type: 'scan time', description: `${seconds.toFixed(1)} s` });
  } finally {
    await browser.close();
    await rm(video, { force: true });
  }
});

test('a camera the page may not use is said plainly, and pasting still works', async ({ page }) => {
  const quiz = nodeQuiz();
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await page.goto(`/en/classroom/results/?q=${quiz.code}`);
  await page.getByRole('button', { name: 'Scan with the camera' }).click();
  await expect(page.locator('.result-scanner').getByRole('alert')).toHaveText(
    'This page may not use the camera. Allow the camera in the browser’s site settings and try again, or paste the codes below.',
  );
  const [code] = classCodes(quiz, 1);
  await page.getByLabel(/Result codes/).fill(code!);
  await expect(page.locator('.class-table tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Stop scanning' }).click();
  await expect(page.locator('.result-scanner')).toHaveCount(0);
});

test('a paper sheet typed in from its answer strip is graded like the phones', async ({ page }) => {
  const quiz = createQuiz(content, {
    deckIds: content.decks.map((d) => d.id),
    kinds: ['single', 'truefalse'],
    count: 6,
    secondsPerQuestion: 0,
    language: 'zh',
    seed: 77,
  });
  await page.goto(`/zh/classroom/print/?q=${quiz.code}`);
  const strip = page.getByRole('region', { name: '答题栏' });
  await expect(strip.locator('.strip-cell')).toHaveCount(quiz.questions.length);

  const key = quiz.questions
    .map((q) => {
      const right = compactAnswer(q, correctResponse(q));
      return right.type === 'choice' ? 'ABCDEFGH'.charAt(right.index) : '?';
    })
    .join('');
  await page.goto(`/zh/classroom/results/?q=${quiz.code}`);
  const letters = page.getByLabel(`答案（共 ${quiz.questions.length} 题）`);
  await page.getByLabel('姓名').fill('纸上');
  // Enter after the name goes on to the letters: no error for a field not reached yet.
  await page.getByLabel('姓名').press('Enter');
  await expect(letters).toBeFocused();
  await expect(page.locator('.paper-entry').getByRole('alert')).toHaveCount(0);
  await letters.fill(key.slice(1));
  await page.getByRole('button', { name: '加入纸质答卷' }).click();
  await expect(page.locator('.paper-entry').getByRole('alert')).toHaveText(
    `这个测验有 ${quiz.questions.length} 题，这里输入了 ${quiz.questions.length - 1} 个答案。每题一个字母；如果有题要写几个字母，请用空格把各题答案隔开。`,
  );
  await letters.fill(`Z${key.slice(1)}`);
  await page.getByRole('button', { name: '加入纸质答卷' }).click();
  await expect(page.locator('.paper-entry').getByRole('alert')).toContainText('第 1 题没有选项“Z”');
  await letters.fill(key.toLowerCase());
  await page.getByRole('button', { name: '加入纸质答卷' }).click();
  await expect(page.locator('.paper-entry').getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.paper-added')).toHaveText(
    `已加入：纸上（${quiz.questions.length}/${quiz.questions.length}）`,
  );
  const row = page.locator('.class-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('th')).toHaveText('纸上');
  await expect(row.locator('td').nth(0)).toHaveText(
    `${quiz.questions.length} / ${quiz.questions.length}`,
  );
  await expect(row.locator('td').nth(1)).toHaveText('纸质');
  await expect(page.getByLabel('姓名')).toBeFocused();
});

test('results belong to a class, and a class list shows who has not handed in', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  const [one, two, three] = classCodes(quiz, 3);
  const codes = page.getByLabel('成绩码（每行一个）');
  const rows = page.locator('.class-table tbody tr');
  const openClass = async (name: string) => {
    await page.getByLabel('班级', { exact: true }).fill(name);
    await page.getByRole('button', { name: '打开' }).click();
    await expect(page.getByText(`正在收集：${name}`)).toBeVisible();
  };

  await page.goto(`/zh/classroom/results/?q=${quiz.code}`);
  await openClass('初二（1）班');
  await codes.fill(`${one}\n${two}\n`);
  await expect(rows).toHaveCount(2);
  // Folded, the class list says what it is for.
  await expect(page.locator('details.roster')).not.toHaveAttribute('open');
  await expect(page.getByText('粘贴本班学生名单，就能看到谁还没交成绩。')).toBeVisible();
  await page.getByText('名单', { exact: true }).click();
  await page.getByLabel(/本班名单/).fill('学生1\n学生2\n王小明\n');
  await expect(page.locator('.roster-status')).toHaveText('未交（1 人）：王小明');

  // The same quiz in another class starts empty and keeps its own codes.
  await openClass('初二（2）班');
  await expect(rows).toHaveCount(0);
  await codes.fill(`${three}\n`);
  await expect(rows).toHaveCount(1);

  await page.reload();
  await expect(page.getByText('正在收集：初二（2）班')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await openClass('初二（1）班');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.roster-status')).toHaveText('未交（1 人）：王小明');
});

test('the result codes box and the paper sheet are told apart, and a code in the paper field is named', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  const [one, two, three] = classCodes(quiz, 3);
  await page.goto(`/zh/classroom/results/?q=${quiz.code}`);
  const codesPanel = page.getByRole('region', { name: '学生成绩码' });
  const codes = codesPanel.getByLabel('成绩码（每行一个）');
  await expect(codes).toHaveAccessibleDescription('成绩码粘贴进来就计入，不用再按按钮。');
  const paper = page.getByRole('region', { name: '录入纸质答题卡' });
  await expect(paper.getByRole('button', { name: '加入纸质答卷' })).toBeVisible();
  // The codes box has no button of its own: what a paste added is said at once.
  await codes.fill(`${one}\n${two}\n`);
  await expect(codesPanel.getByRole('status')).toContainText('刚加入 2 份成绩。');
  await expect(codesPanel.getByRole('status')).toContainText('已统计 2 名学生');

  // A result code in the paper field is sent to the box above, and nothing is added.
  await paper.getByLabel(/^答案/).fill(three!);
  await paper.getByRole('button', { name: '加入纸质答卷' }).click();
  await expect(paper.getByRole('alert')).toHaveText('这是成绩码，请粘贴到上面的成绩码框。');
  await expect(page.locator('.class-table tbody tr')).toHaveCount(2);
  await expect(paper.getByLabel(/^答案/)).toHaveValue(three!);

  await page.goto(`/en/classroom/results/?q=${quiz.code}`);
  await expect(page.getByRole('region', { name: 'Students’ result codes' })).toBeVisible();
  const enPaper = page.getByRole('region', { name: 'Add a paper answer sheet' });
  await enPaper.getByLabel(/^Answers/).fill(three!);
  await enPaper.getByRole('button', { name: 'Add paper answers' }).click();
  await expect(enPaper.getByRole('alert')).toHaveText(
    'This is a result code: paste it into the result codes box above.',
  );
});

test('a result code with one wrong character is named under the box, kept as typed, and counted in the status', async ({
  page,
}) => {
  const quiz = nodeQuiz();
  const [code] = classCodes(quiz, 3).slice(2);
  // One character changed, as a teacher copying a code by hand might: the check characters catch it.
  const at = code!.length - 6;
  const typo = code!.slice(0, at) + (code![at] === '7' ? '8' : '7') + code!.slice(at + 1);
  await page.goto(`/en/classroom/results/?q=${quiz.code}`);
  const box = page.getByLabel('Result codes (one per line)');
  await box.fill(typo);

  const problem = page.locator('.results-issues');
  await expect(problem).toContainText('Line 1');
  await expect(problem).toContainText('This code has a mistake');
  // Next to the box it concerns: below it, before the buttons, not at the foot of the page.
  const [boxAt, problemAt, clearAt] = await Promise.all([
    box.boundingBox(),
    problem.boundingBox(),
    page.getByRole('button', { name: 'Clear' }).boundingBox(),
  ]);
  expect(problemAt!.y).toBeGreaterThanOrEqual(boxAt!.y + boxAt!.height);
  expect(problemAt!.y + problemAt!.height).toBeLessThanOrEqual(clearAt!.y);
  // The box says it holds a mistake and points at it; the status says so, not "No codes yet".
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/This code has a mistake/);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '1 line is not counted: the reason is under the box.' }),
  ).toBeVisible();
  await expect(page.getByText('No result codes yet.')).toHaveCount(0);
  await expect(box).toHaveValue(typo);

  // Corrected, the code counts and the note goes.
  await box.fill(code!);
  await expect(page.getByText('1 student counted')).toBeVisible();
  await expect(problem).toHaveCount(0);
  await expect(box).toHaveAttribute('aria-invalid', 'false');
});
