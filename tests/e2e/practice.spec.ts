import type { Locator, Page } from '@playwright/test';
import { loadContent } from '../../lib/content/load';
import { starterQuiz } from '../../lib/questions/starter';
import { STORAGE_KEYS } from '../../lib/storage/keys';
import {
  expect,
  expectNoSidewaysScroll,
  test,
  waitForHydration,
  withEmptyBundles,
  withoutHydration,
} from './fixtures';
import { PROGRESS_KEY, seedSave, twoLearners } from './progress-seed';
import { answerCorrectly, answerWrongly, drawSeedsFrom, expectedQuiz } from './quiz-helpers';

const ARTICLE = 'sco-ssc-2024-article';

/**
 * How an option is drawn: its edge and background colours, and the contrast of its text on its
 * background and of its edge on what surrounds it (WCAG relative luminance).
 */
function optionLook(option: Locator) {
  return option.evaluate((label) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const behind = (element: Element | null): string => {
      for (let e = element; e; e = e.parentElement) {
        const background = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(background) && background !== 'transparent') return background;
      }
      return 'rgb(255, 255, 255)';
    };
    const style = getComputedStyle(label);
    const text = getComputedStyle(label.querySelector('.option-text')!).color;
    return {
      border: style.borderTopColor,
      background: style.backgroundColor,
      contrast: {
        text: ratio(text, style.backgroundColor),
        border: ratio(style.borderTopColor, behind(label.parentElement)),
      },
    };
  });
}
const TIMELINE = 'sco-ssc-timeline';

test('a full practice quiz in Chinese, answered right, scores 10 of 10 with feedback on each', async ({
  page,
}) => {
  const seed = 11;
  const quiz = expectedQuiz(seed, ARTICLE);
  expect(quiz).toHaveLength(10);
  await page.goto(`/zh/practice/?deck=${ARTICLE}&seed=${seed}`);
  for (const [i, q] of quiz.entries()) {
    await expect(page.getByText(`第 ${i + 1} 题，共 10 题`)).toBeVisible();
    await expect(page.locator('.quiz-prompt')).toHaveText(q.prompt.zh);
    await answerCorrectly(page, q);
    await page.getByRole('button', { name: '提交' }).click();
    const feedback = page.locator('.feedback');
    await expect(feedback).toContainText('回答正确');
    await expect(feedback).toContainText('解析');
    await expect(feedback).toContainText(q.sources[0]!.publication.zh);
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: i === 9 ? '查看结果' : '下一题' }).click();
  }
  await expect(page.getByRole('heading', { name: '本轮练习完成' })).toBeVisible();
  await expect(page.getByText('共 10 题，答对 10 题。')).toBeVisible();
});

test('the same seed gives the same questions and option order in the browser as in Node @any-screen', async ({
  page,
}) => {
  const seed = 2024;
  const quiz = expectedQuiz(seed);
  await page.goto(`/en/practice/?seed=${seed}`);
  const first = quiz[0]!;
  await expect(page.locator('.quiz-prompt')).toHaveText(first.prompt.en);
  if ('options' in first && first.kind !== 'match') {
    const shown = await page
      .locator(
        'form.quiz-card input[type=radio], form.quiz-card input[type=checkbox], form.quiz-card [data-option-id]',
      )
      .evaluateAll((els) =>
        els.map((el) => el.getAttribute('value') ?? el.getAttribute('data-option-id')),
      );
    expect(shown).toEqual(first.options.map((o) => o.id));
  }
});

test('a wrong answer is marked, with the right answer, the explanation and the source', async ({
  page,
}) => {
  // Find a seed whose first question can be answered wrongly by a simple control.
  let seed = 1;
  let quiz = expectedQuiz(seed, ARTICLE);
  while (!['single', 'truefalse', 'fill'].includes(quiz[0]!.kind))
    quiz = expectedQuiz(++seed, ARTICLE);
  await page.goto(`/en/practice/?deck=${ARTICLE}&seed=${seed}`);
  await answerWrongly(page, quiz[0]!);
  await page.getByRole('button', { name: 'Check' }).click();
  const feedback = page.locator('.feedback');
  await expect(feedback).toContainText('Not quite');
  await expect(feedback).toContainText('Answer:');
  await expect(feedback).toContainText('Source');
});

test('the display switch shows questions in both languages, each marked with its lang', async ({
  page,
}) => {
  await page.goto('/en/practice/?seed=5');
  await page.getByRole('radio', { name: 'Both' }).check();
  await expect(page.locator('.quiz-prompt [lang="zh-CN"]')).toBeVisible();
  await expect(page.locator('.quiz-prompt [lang="en"]')).toBeVisible();
  // The choice is remembered on the next visit.
  await page.reload();
  await expect(page.locator('.quiz-prompt [lang="zh-CN"]')).toBeVisible();
  await page.getByRole('radio', { name: '中文' }).check();
  await expect(page.locator('.quiz-prompt [lang="en"]')).toHaveCount(0);
});

test('changing the interface language mid-quiz keeps the quiz, the question reached and the score @any-screen', async ({
  page,
}) => {
  const seed = 11;
  const quiz = expectedQuiz(seed, ARTICLE);
  await page.goto(`/zh/practice/?deck=${ARTICLE}&seed=${seed}`);
  for (const q of quiz.slice(0, 3)) {
    await expect(page.locator('.quiz-prompt')).toHaveText(q.prompt.zh);
    await answerCorrectly(page, q);
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('button', { name: '下一题' }).click();
  }
  // The language links load the other language's page.
  await page.locator('.locale-links').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/practice/\\?deck=${ARTICLE}&seed=${seed}$`));
  await expect(page.getByText('Question 4 of 10')).toBeVisible();
  // One wrong answer, in English, where the question kind allows an obviously wrong one.
  const wrongAt = quiz.findIndex(
    (q, i) => i >= 3 && ['single', 'truefalse', 'fill'].includes(q.kind),
  );
  expect(wrongAt).toBeGreaterThan(2);
  for (const [i, q] of quiz.entries()) {
    if (i < 3) continue;
    await expect(page.locator('.quiz-prompt')).toHaveText(q.prompt.en);
    if (i === wrongAt) await answerWrongly(page, q);
    else await answerCorrectly(page, q);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: i === 9 ? 'See results' : 'Next question' }).click();
  }
  await expect(page.getByText('You answered 9 of 10 correctly.')).toBeVisible();
  // A finished quiz is not taken up again: a reload starts the same seed from the beginning.
  await page.reload();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
});

test('a reload mid-quiz takes the quiz up again where it was; a move within the app starts a new one @any-screen', async ({
  page,
}) => {
  await seedSave(page, twoLearners());
  await drawSeedsFrom(page, 2001);
  const quiz = expectedQuiz(2001);
  await page.goto('/en/practice/');
  for (const [i, q] of quiz.slice(0, 2).entries()) {
    await expect(page.locator('.quiz-prompt')).toHaveText(q.prompt.en);
    await answerCorrectly(page, q);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.locator('.feedback')).toContainText('Correct');
    if (i === 0) await page.getByRole('button', { name: 'Next question' }).click();
  }
  // Reloaded while the second answer's feedback shows: the third question is next.
  await page.reload();
  await expect(page.getByText('Question 3 of 10')).toBeVisible();
  await expect(page.locator('.quiz-prompt')).toHaveText(quiz[2]!.prompt.en);

  const nav = page.locator('.site-nav');
  await nav.getByRole('link', { name: 'Flashcards' }).click();
  // Practice's link on practice itself would keep the page: wait until the move has happened.
  await expect(page).toHaveURL(/\/en\/cards\/$/);
  await nav.getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  const newFirst = await page.locator('.quiz-prompt').textContent();
  expect(newFirst).not.toBe(quiz[2]!.prompt.en);
  // That new quiz is the one on screen now: a reload does not bring the old one back.
  await page.reload();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.locator('.quiz-prompt')).not.toHaveText(quiz[2]!.prompt.en);
});

/** Puts a practice round into the tab's sessionStorage before the first page load, once. */
async function seedRound(page: Page, round: unknown) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('test:seeded')) return;
      sessionStorage.setItem('test:seeded', '1');
      sessionStorage.setItem(key, value);
    },
    [STORAGE_KEYS.practiceRound, JSON.stringify(round)] as const,
  );
}

test('a damaged or edited saved round is ignored: the page gives a new quiz and reports nothing @any-screen', async ({
  page,
}) => {
  const seed = 11;
  await seedRound(page, {
    search: 'seed=11',
    starter: false,
    settings: { deckIds: ['no-such-deck'], kinds: ['single'], count: 10 },
    seed: 11,
    position: 4,
    correct: 9,
  });
  await page.goto(`/en/practice/?seed=${seed}`);
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.locator('.quiz-prompt')).toHaveText(expectedQuiz(seed)[0]!.prompt.en);
});

test('a saved round further on than its quiz is long starts the quiz from the beginning @any-screen', async ({
  page,
}) => {
  // Well formed, but the starter quiz has ten questions, not a hundred.
  await seedRound(page, {
    search: '',
    starter: true,
    settings: { deckIds: [ARTICLE], kinds: ['single'], count: 100 },
    seed: 1,
    position: 50,
    correct: 50,
  });
  await page.goto('/en/practice/');
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await expect(page.getByText(/You answered/)).toHaveCount(0);
});

test('a quiz of one whole-deck kind alone (put in order) has questions @any-screen', async ({
  page,
}) => {
  await page.goto('/en/practice/?deck=sco-ssc-2024-article&seed=3');
  await page.locator('.setup-panel summary').click();
  for (const kind of [
    'Single choice',
    'Multiple select',
    'True or false',
    'Fill in the blank',
    'Match the pairs',
  ]) {
    await page.getByRole('checkbox', { name: kind }).uncheck();
  }
  await page.getByRole('button', { name: 'New quiz with these options' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await expect(page.locator('.quiz-prompt')).toHaveText(
    'Put these events in order, earliest first.',
  );
  // The article's deck holds fewer ordering questions than the ten asked for: the round says so.
  const total = (await page.getByText(/^Question 1 of \d+$/).textContent())!.split(' of ')[1]!;
  expect(Number(total)).toBeLessThan(10);
  await expect(page.getByRole('status').filter({ hasText: 'asked for' })).toHaveText(
    `These decks and kinds give only ${total} questions, so this round has ${total} of the 10 asked for.`,
  );
});

test('keyboard only: a number picks an option, Enter checks and Enter continues @any-screen', async ({
  page,
}) => {
  let seed = 1;
  let quiz = expectedQuiz(seed);
  while (!['single', 'truefalse'].includes(quiz[0]!.kind)) quiz = expectedQuiz(++seed);
  await page.goto(`/en/practice/?seed=${seed}`);
  await expect(page.locator('.quiz-prompt')).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.locator('form.quiz-card input').first()).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
});

test('an unknown deck in the link gets a clear notice and a quiz from all decks @any-screen', async ({
  page,
}) => {
  await page.goto('/en/practice/?deck=no-such-deck&seed=3');
  await expect(page.getByRole('status').filter({ hasText: 'no-such-deck' })).toBeVisible();
  await expect(page.locator('.quiz-prompt')).toBeVisible();
});

test('a quiz number in the link that is no number is said, not silently replaced @any-screen', async ({
  page,
}) => {
  for (const [url, text] of [
    ['/en/practice/?seed=abc', 'The quiz number “abc” in the link is not valid'],
    ['/zh/learn/?seed=-4', '链接里的题组编号“-4”无效'],
    ['/en/timeline/?seed=1e9', 'The round number “1e9” in the link is not valid'],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
  }
  await page.goto('/en/practice/?seed=abc');
  await expect(page.locator('.quiz-prompt')).toBeVisible();
  // A good number says nothing.
  await page.goto('/en/practice/?seed=12');
  await expect(page.locator('.quiz-prompt')).toBeVisible();
  await expect(page.getByText('in the link is not valid')).toHaveCount(0);
});

test.describe('the starter quiz', () => {
  const starter = starterQuiz(loadContent());

  test('is in the HTML: a first visit sees its first question before any script runs @any-screen', async ({
    page,
  }) => {
    await withEmptyBundles(page);
    await page.goto('/zh/practice/');
    await expect(page.locator('.quiz-prompt')).toBeVisible();
    await expect(page.locator('.quiz-prompt')).toHaveText(starter.questions[0]!.prompt.zh);
    await expect(page.getByText('正在准备题目')).toBeHidden();
    await expect(page.getByText('第 1 题，共 10 题')).toBeVisible();
    // A choice before the scripts have taken the page over works as plain HTML: it is drawn
    // chosen at once, and Check looks ready.
    const option = page.locator('.quiz-card label.option').first();
    const other = page.locator('.quiz-card label.option').nth(1);
    const background = (l: typeof option) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    const plain = await background(option);
    const check = page.getByRole('button', { name: '提交' });
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await expect(check).not.toHaveCSS('opacity', '1');
    await option.click();
    await expect(option.locator('input')).toBeChecked();
    await expect.poll(() => background(option)).not.toBe(plain);
    expect(await background(other)).toBe(plain);
    // Check says it is available, to the eye and to assistive technology.
    await expect(check).toHaveAttribute('aria-disabled', 'false');
    await expect(check).toHaveCSS('opacity', '1');
    // Check is kept for the scripts, not left to the browser (the form would submit itself).
    await check.click();
    await expect(check).toHaveAttribute('data-early-tap', '');
    await expect(page).toHaveURL(/\/zh\/practice\/$/);
  });

  test('a choice tapped before the scripts have run is made once they have: no tap is lost @any-screen', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    withoutHydration(page);
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // The held scripts hold the load event too: the page is there once its HTML is.
    await page.goto('/en/practice/', { waitUntil: 'domcontentloaded' });
    const option = page.locator('.quiz-card label.option').nth(1);
    await option.click();
    await expect(option.locator('input')).toBeChecked();
    await expect(page.locator('.quiz-card .option.is-selected')).toHaveCount(0);
    // Check, tapped before the scripts: kept, and made after the choice it reads.
    await page.getByRole('button', { name: 'Check' }).click();
    release();
    await waitForHydration(page);
    await expect(page.locator('.feedback')).toBeVisible();
    const choice = (await option.locator('input').getAttribute('value')) ?? '';
    const first = starter.questions[0]!;
    const right = first.kind === 'single' ? first.answer === choice : undefined;
    if (right !== undefined)
      await expect(page.locator('.feedback-verdict')).toContainText(
        right ? 'Correct' : 'Not quite',
      );
    await expect(option.locator('input')).toBeChecked();
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
    await expect(page.locator('[data-early-tap]')).toHaveCount(0);
    // The answer counts for the round: a reload takes it up at the next question.
    await page.reload();
    await expect(page.getByText('Question 2 of 10')).toBeVisible();
  });

  test('a first visit answers it once scripts run, and the answers are saved with its seed @any-screen', async ({
    page,
  }) => {
    await page.goto('/en/practice/');
    const first = starter.questions[0]!;
    await expect(page.locator('.quiz-prompt')).toHaveText(first.prompt.en);
    await expect(page.locator('.quiz-prompt')).toBeFocused();
    await answerCorrectly(page, first);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.locator('.feedback')).toContainText('Correct');
    const seeds = () =>
      page.evaluate((key) => {
        const save = JSON.parse(localStorage.getItem(key) ?? '{"profiles":[{"reviews":[]}]}');
        // The review that carries the question carries its seed (a question on several claims
        // records a review per claim).
        return (save.profiles[0].reviews as { seed?: number; question?: string }[])
          .filter((r) => r.question)
          .map((r) => r.seed);
      }, PROGRESS_KEY);
    await expect.poll(async () => (await seeds()).length).toBeGreaterThan(0);
    expect(new Set(await seeds())).toEqual(new Set([starter.seed]));
  });

  test('a first visit that reloads mid-way takes the starter quiz up again, in the other language too @any-screen', async ({
    page,
  }) => {
    await page.goto('/en/practice/');
    for (const q of starter.questions.slice(0, 2)) {
      await expect(page.locator('.quiz-prompt')).toHaveText(q.prompt.en);
      await answerCorrectly(page, q);
      await page.getByRole('button', { name: 'Check' }).click();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.reload();
    // The learner has studied now, so the page waits for the query; then the starter goes on.
    await expect(page.locator('html')).toHaveAttribute('data-studied', '');
    await expect(page.getByText('Question 3 of 10')).toBeVisible();
    await expect(page.locator('.quiz-prompt')).toHaveText(starter.questions[2]!.prompt.en);
    await page.locator('.locale-links').getByRole('link', { name: '中文' }).click();
    await expect(page.getByText('第 3 题，共 10 题')).toBeVisible();
    await expect(page.locator('.quiz-prompt')).toHaveText(starter.questions[2]!.prompt.zh);
  });

  test('a learner who has answered before gets a quiz of their own @any-screen', async ({
    page,
  }) => {
    await seedSave(page, twoLearners());
    // The seed this browser draws is 4242, so the quiz that replaces the starter is known.
    await drawSeedsFrom(page, 4242);
    const own = expectedQuiz(4242)[0]!;
    expect(own.prompt.en).not.toBe(starter.questions[0]!.prompt.en);
    await page.goto('/en/practice/');
    await expect(page.locator('html')).toHaveAttribute('data-studied', '');
    await expect(page.locator('.quiz-prompt')).toHaveText(own.prompt.en);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a chosen option is drawn apart from right and wrong, the same before the scripts run and after, legibly (${colorScheme}) @any-screen`, async ({
      page,
    }) => {
      const first = starter.questions[0]!;
      expect(['single', 'multiple']).toContain(first.kind);
      if (first.kind !== 'single' && first.kind !== 'multiple') return;
      const keyed = (id: string) => [first.answer].flat().includes(id);
      const wrongId = first.options.find((o) => !keyed(o.id))!.id;
      const rightId = first.options.find((o) => keyed(o.id))!.id;
      await page.emulateMedia({ colorScheme });
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      withoutHydration(page);
      await page.route('**/_next/static/chunks/*.js', async (route) => {
        await held;
        await route.fallback();
      });
      await page.goto('/en/practice/', { waitUntil: 'domcontentloaded' });
      const option = page.locator(`.quiz-card label.option:has(input[value="${wrongId}"])`);
      await option.click();
      await expect(option.locator('input')).toBeChecked();
      const early = await optionLook(option);

      release();
      await waitForHydration(page);
      await expect(option).toHaveClass(/is-selected/);
      const chosen = await optionLook(option);
      expect(chosen, 'the chosen look is the same before and after hydration').toEqual(early);
      expect(chosen.contrast.text).toBeGreaterThanOrEqual(4.5);
      expect(chosen.contrast.border).toBeGreaterThanOrEqual(3);

      await page.getByRole('button', { name: 'Check' }).click();
      await expect(option).toHaveClass(/is-wrong/);
      const wrong = await optionLook(option);
      const right = await optionLook(
        page.locator(`.quiz-card label.option:has(input[value="${rightId}"])`),
      );
      for (const feedback of [wrong, right]) {
        expect(feedback.border).not.toBe(chosen.border);
        expect(feedback.background).not.toBe(chosen.background);
      }
    });
  }

  test("a returning learner's browser hides the starter until their own quiz is drawn @any-screen", async ({
    page,
  }) => {
    await withEmptyBundles(page);
    await seedSave(page, twoLearners());
    await page.goto('/en/practice/');
    await expect(page.locator('html')).toHaveAttribute('data-studied', '');
    await expect(page.locator('.quiz-prompt')).toBeAttached();
    await expect(page.locator('.quiz-prompt')).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Preparing questions' })).toBeVisible();
  });

  test("a deck's practice link, followed within the app, never shows the starter in place of the deck's quiz @any-screen", async ({
    page,
  }) => {
    await drawSeedsFrom(page, 4242);
    const deckQuiz = expectedQuiz(4242, ARTICLE)[0]!;
    await page.goto(`/en/decks/${ARTICLE}/`);
    await waitForHydration(page);
    // Every question prompt the page ever shows, in order.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const prompt = document.querySelector('.quiz-prompt')?.textContent;
        if (prompt && seen.at(-1) !== prompt) seen.push(prompt);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('.deck-header').getByRole('link', { name: 'Practise this deck' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/practice/\\?deck=${ARTICLE}$`));
    await expect(page.locator('.quiz-prompt')).toHaveText(deckQuiz.prompt.en);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual([deckQuiz.prompt.en]);
  });

  test('coming back to practice from another page within the app gives a new quiz @any-screen', async ({
    page,
  }) => {
    await seedSave(page, twoLearners());
    // The seeds this browser draws are known, from the first of three seeds in a row whose
    // quizzes start with different questions (whatever content/ holds, such a run is near).
    const firstOf = (from: number) =>
      [from, from + 1, from + 2].map((seed) => expectedQuiz(seed)[0]!.prompt.en);
    let start = 1001;
    while (new Set(firstOf(start)).size < 3 && start < 1100) start += 1;
    const firstPrompts = firstOf(start);
    expect(new Set(firstPrompts).size, 'these seeds start with different questions').toBe(3);
    await drawSeedsFrom(page, start);
    const nav = page.locator('.site-nav');
    await page.goto('/en/practice/');
    await expect(page.locator('.quiz-prompt')).toHaveText(firstPrompts[0]!);
    await nav.getByRole('link', { name: 'Flashcards' }).click();
    await expect(page).toHaveURL(/\/en\/cards\/$/);
    await nav.getByRole('link', { name: 'Practice' }).click();
    await expect(page).toHaveURL(/\/en\/practice\/$/);
    await expect(page.locator('.quiz-prompt')).toHaveText(firstPrompts[1]!);
  });

  test("the header's Practice link on a deck's practice page gives a quiz from every deck", async ({
    page,
  }) => {
    await seedSave(page, twoLearners());
    // A seed whose deck quiz and whole-content quiz start differently, whatever content/ holds.
    let seed = 1001;
    while (expectedQuiz(seed, TIMELINE)[0]!.prompt.en === expectedQuiz(seed)[0]!.prompt.en)
      seed += 1;
    await drawSeedsFrom(page, seed);
    const deckFirst = expectedQuiz(seed, TIMELINE)[0]!.prompt.en;
    const allFirst = expectedQuiz(seed)[0]!.prompt.en;
    expect(deckFirst, 'the two quizzes start differently').not.toBe(allFirst);
    await page.goto(`/en/practice/?deck=${TIMELINE}`);
    await expect(page.locator('.quiz-prompt')).toHaveText(deckFirst);
    // The options line names the deck, without opening the options.
    const scope = page.locator('.setup-panel summary .setup-scope');
    await expect(scope).toHaveText('Deck: SCO Meeting of Security Council Secretaries, 2004–2025');
    await page.locator('.setup-panel summary').click();
    await expect(page.getByRole('checkbox', { name: /2024/ })).not.toBeChecked();
    // The link changes only the query: the page stays mounted and must read the new address.
    await page.locator('.site-nav').getByRole('link', { name: 'Practice' }).click();
    await expect(page).toHaveURL(/\/en\/practice\/$/);
    await expect(page.locator('.quiz-prompt')).toHaveText(allFirst);
    await expect(scope).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /2024/ })).toBeChecked();
  });

  test('an address with a query hides it until the quiz it asks for is drawn @any-screen', async ({
    page,
  }) => {
    await withEmptyBundles(page);
    await page.goto('/en/practice/?seed=7');
    await expect(page.locator('.quiz-prompt')).toBeAttached();
    await expect(page.locator('.quiz-prompt')).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Preparing questions' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  // The phone project is that phone (touch, its screen): the desktop project need not pose as one.
  test.skip(({ isMobile }) => !isMobile, 'phone project only');

  test('after Check the verdict and Next are on screen without scrolling', async ({ page }) => {
    const quiz = expectedQuiz(2);
    await page.goto('/en/practice/?seed=2');
    for (const [i, question] of quiz.slice(0, 6).entries()) {
      await answerCorrectly(page, question);
      await page.getByRole('button', { name: 'Check' }).click();
      await expect(page.locator('.feedback'), `question ${i + 1}`).toBeInViewport();
      const next = page.getByRole('button', { name: 'Next question' });
      await expect(next, `question ${i + 1}`).toBeInViewport({ ratio: 1 });
      await expect(next).toBeFocused();
      await next.click();
    }
  });
});

test('switching the interface language before the first answer keeps the same quiz @any-screen', async ({
  page,
}) => {
  // A returning learner gets a quiz with a seed of its own, drawn in the browser.
  await seedSave(page, twoLearners());
  await page.goto('/en/practice/');
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  const saved = await page.evaluate(
    (key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as { seed: number } | null,
    STORAGE_KEYS.practiceRound,
  );
  expect(saved).not.toBeNull();
  const first = expectedQuiz(saved!.seed)[0]!;
  await expect(page.locator('.quiz-prompt')).toHaveText(first.prompt.en);
  await page.locator('.locale-links').getByRole('link', { name: '中文' }).click();
  await expect(page.locator('.quiz-prompt')).toHaveText(first.prompt.zh);
  await expect(page.getByText('第 1 题，共 10 题')).toBeVisible();
});
