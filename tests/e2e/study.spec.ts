import type { Page } from '@playwright/test';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { firstCard } from '../../lib/cards/content-cards';
import { emptySave } from '../../lib/progress/save';
import { flashcards, nameCards } from '../../lib/questions/cards';
import { expect, test, waitForHydration, withEmptyBundles } from './fixtures';
import { answerCorrectly, answerWrongly, expectedQuiz } from './quiz-helpers';
import { seedSave, storedReviewCounts, twoLearners } from './progress-seed';
import { STORAGE_KEYS } from '../../lib/storage/keys';

const ARTICLE = 'sco-ssc-2024-article';
const TIMELINE = 'sco-ssc-timeline';

/** A seed whose article quiz starts with a question answerWrongly can handle. */
function seedWithSimpleFirst(): number {
  let seed = 1;
  while (!['single', 'truefalse', 'fill'].includes(expectedQuiz(seed, ARTICLE)[0]!.kind)) seed += 1;
  return seed;
}

test('a wrong practice answer is in the mistakes notebook after a reload, and leaves it when answered right later', async ({
  page,
}) => {
  const seed = seedWithSimpleFirst();
  const question = expectedQuiz(seed, ARTICLE)[0]!;
  await page.goto(`/en/practice/?deck=${ARTICLE}&seed=${seed}`);
  await answerWrongly(page, question);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.feedback')).toContainText('Not quite');
  // This test is about the notebook, so it leaves once the answer is stored (an answer given
  // before the saved progress is read survives a full load too: tests/e2e/pending.spec.ts).
  await expect
    .poll(async () => Object.values(await storedReviewCounts(page)).reduce((a, b) => a + b, 0))
    .toBeGreaterThan(0);

  await page.goto('/en/mistakes/');
  await page.reload();
  const entry = page.locator('.mistake-item');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(question.prompt.en);
  // The entry shows the answer given; the right one and the explanation open on demand.
  await expect(entry.locator('.mistake-given')).toContainText('Your answer:');
  await expect(entry.locator('.mistake-answer .review-explanation')).toBeHidden();
  await page.getByLabel('Read-through mode: open every answer and explanation').check();
  await expect(entry.locator('.mistake-answer .review-explanation')).toHaveText(
    question.explanation.en,
  );

  // Redone right straight away (the same day): it stays.
  await page.getByRole('button', { name: /Redo all 1 mistake/ }).click();
  await answerCorrectly(page, question);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.feedback')).toContainText('Correct');
  await page.goto('/en/mistakes/');
  await expect(page.locator('.mistake-item')).toHaveCount(1);

  // Redone right on a later day: it leaves.
  await page.clock.install({ time: new Date(Date.now() + 36 * 3_600_000) });
  await page.reload();
  await page.getByRole('button', { name: /Redo all 1 mistake/ }).click();
  await answerCorrectly(page, question);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.feedback')).toContainText('Correct');
  await page.goto('/en/mistakes/');
  await expect(page.getByText('Your notebook is empty.')).toBeVisible();
});

test('a freshly loaded test page starts with its options as they are @any-screen', async ({
  page,
}) => {
  // Start was enabled by hand after hydration while React still held it disabled, so it did
  // nothing until an option changed.
  await page.goto('/en/test/');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
});

/** Gives any answer the question's kind allows: for tests of the flow, not the score. */
async function answerAnything(page: import('@playwright/test').Page) {
  const form = page.locator('form.quiz-card');
  if (await form.locator('input[type=radio], input[type=checkbox]').count()) {
    await form.locator('input[type=radio], input[type=checkbox]').first().check();
  } else if (await form.getByRole('textbox').count()) {
    await form.getByRole('textbox').fill('19');
  } else if (await form.locator('select').count()) {
    const selects = form.locator('select');
    for (let s = 0; s < (await selects.count()); s++)
      await selects.nth(s).selectOption({ index: 1 });
  }
}

test('a test session gives no feedback until it is handed in, then the score, the time and a review of every answer', async ({
  page,
}) => {
  await page.goto('/en/test/');
  await page.getByLabel('Length').selectOption('5');
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 5; i++) {
    await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
    await answerAnything(page);
    await expect(page.locator('.feedback')).toHaveCount(0);
    await page.getByRole('button', { name: 'Save and next' }).click();
  }
  await expect(page.getByText('Every question is answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Hand in' }).click();
  await expect(page.getByRole('heading', { name: 'Test results' })).toBeVisible();
  await expect(page.getByText(/Score: \d\/5/)).toBeVisible();
  await expect(page.getByText(/Time taken: \d+ min \d+ s/)).toBeVisible();
  await expect(page.locator('.review-item')).toHaveCount(5);
  await expect(page.locator('.review-explanation')).toHaveCount(5);
});

test('a test keeps its answers, flags and place through a reload and a change of language, and records nothing until handed in @any-screen', async ({
  page,
}) => {
  const content = loadContent();
  const article = content.decks.find((d) => d.id === ARTICLE)!;
  const other = content.decks.find((d) => d.id !== ARTICLE)!;
  await page.goto(`/en/test/?deck=${ARTICLE}`);
  // ?deck= starts the options with that deck alone.
  await expect(page.getByRole('checkbox', { name: article.title.en })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: other.title.en })).not.toBeChecked();
  await page.getByLabel('Length').selectOption('5');
  await page.getByRole('button', { name: 'Start' }).click();

  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await answerAnything(page);
  await page.getByRole('button', { name: 'Save and next' }).click();
  await expect(page.getByText('Question 2 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  const sheet = page.getByRole('navigation', { name: 'Answer sheet' });
  await sheet.getByRole('button', { name: 'Question 4: Not answered' }).click();
  await expect(page.getByText('Question 4 of 5')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Question 4 of 5')).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Question 1: answered' })).toBeVisible();
  await expect(
    sheet.getByRole('button', { name: 'Question 2: Not answered, flagged' }),
  ).toBeVisible();
  expect(Object.values(await storedReviewCounts(page)).every((n) => n === 0)).toBe(true);

  await page.locator('.locale-links').getByRole('link', { name: '中文' }).click();
  await expect(page.getByText('第 4 题，共 5 题')).toBeVisible();
  const sheetZh = page.getByRole('navigation', { name: '答题卡' });
  await expect(sheetZh.getByRole('button', { name: '第 1 题：已答' })).toBeVisible();

  // Handing in with questions left asks first; the review names the unanswered ones.
  await sheetZh.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByText('还有 4 题未作答，确定交卷吗？')).toBeVisible();
  await page.getByRole('group', { name: '交卷' }).getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('heading', { name: '测试结果' })).toBeVisible();
  await expect(page.locator('.review-item')).toHaveCount(5);
  await expect(page.locator('.review-item').filter({ hasText: '未作答' })).toHaveCount(4);
  expect(Object.values(await storedReviewCounts(page)).some((n) => n > 0)).toBe(true);
});

test('flashcards: grade a card, see it counted, undo it, and the progress survives a reload', async ({
  page,
}) => {
  await page.goto('/en/cards/');
  const counts = page.locator('.cards-counts');
  await expect(counts).toHaveText('0 due · 10 new left today');
  await page.keyboard.press('Space');
  await expect(page.locator('.grade-buttons')).toBeVisible();
  // Each grade button shows when the card would come back.
  await expect(page.getByRole('button', { name: /Good/ })).toContainText(/\d+ (min|h|d)/);
  await page.getByRole('button', { name: /Good/ }).click();
  await expect(counts).toHaveText('0 due · 9 new left today');

  await page.getByRole('button', { name: 'Undo last grade' }).click();
  await expect(counts).toHaveText('0 due · 10 new left today');
  await expect(page.locator('.grade-buttons')).toBeVisible();

  await page.keyboard.press('4');
  await expect(counts).toHaveText('0 due · 9 new left today');
  await page.reload();
  await expect(counts).toHaveText('0 due · 9 new left today');
});

test("a deck's flashcards: from the deck's page, one deck's cards; the deck can be changed on the page @any-screen", async ({
  page,
}) => {
  // New cards come in file order: the first new card of every deck, and of one.
  const index = indexContent(loadContent());
  const cardsOf = (deckId?: string) =>
    flashcards(index, [
      ...new Set((deckId ? index.deckFacts(index.deck(deckId)!) : index.facts).map((f) => f.id)),
    ]).map((card) => card.front.en);
  const [allFirst] = cardsOf();
  const [deckFirst, deckSecond] = cardsOf(TIMELINE);
  expect(deckFirst, "the timeline deck's first card is not the first of all").not.toBe(allFirst);
  const prompt = page.locator('.flashcard-prompt');
  const deckSelect = page.getByRole('combobox', { name: 'Deck' });
  await page.goto('/en/cards/');
  await expect(deckSelect).toHaveValue('');
  await expect(prompt).toHaveText(allFirst!);

  await page.goto(`/en/decks/${TIMELINE}/`);
  await page
    .locator('.deck-header')
    .getByRole('link', { name: 'Flashcards for this deck' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/cards/\\?deck=${TIMELINE}$`));
  await expect(deckSelect).toHaveValue(TIMELINE);
  await expect(prompt).toHaveText(deckFirst!);

  // A card graded here counts for the deck and for all decks.
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /Good/ }).click();
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 9 new left today');
  await expect(prompt).toHaveText(deckSecond!);

  await deckSelect.selectOption({ label: 'All decks' });
  await expect(page).toHaveURL(/\/en\/cards\/$/);
  await expect(prompt).toHaveText(allFirst!);
  await deckSelect.selectOption(TIMELINE);
  await expect(page).toHaveURL(new RegExp(`/en/cards/\\?deck=${TIMELINE}$`));
  await expect(prompt).toHaveText(deckSecond!);
  // The header's link changes only the query and gives every deck again.
  await page.locator('.site-nav').getByRole('link', { name: 'Flashcards' }).click();
  await expect(page).toHaveURL(/\/en\/cards\/$/);
  await expect(deckSelect).toHaveValue('');
});

test("one deck's page counts only its own cards, and Undo stays with the deck it was used in @any-screen", async ({
  page,
}) => {
  const deckSelect = page.getByRole('combobox', { name: 'Deck' });
  await page.goto(`/en/cards/?deck=${ARTICLE}`);
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 10 new left today');
  // Again brings this card back in a minute; every other card of the article waits days.
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 9 new left today');
  await deckSelect.selectOption(TIMELINE);
  await expect(page.getByRole('button', { name: 'Undo last grade' })).toBeDisabled();
  await expect(page.locator('.flashcard-back')).toBeHidden();

  // With the day's new cards used up, the timeline deck says why no card shows, and where to
  // change it; the article's card due in a minute is not this deck's.
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 0 new left today');
  const done = page.locator('.quiz-done');
  await expect(done).toContainText('All cards done for today');
  await expect(done).not.toContainText('1 min');
  await expect(done).toContainText(
    /Today's limit of new cards \(10\) is reached: \d+ cards? you have not seen/,
  );
  await expect(
    done.getByRole('link', { name: 'Change the number of new cards a day' }),
  ).toHaveAttribute('href', '/en/settings/');
});

test('a flashcard asks one claim and shows nothing of its answer until it is turned @any-screen', async ({
  page,
}) => {
  const index = indexContent(loadContent());
  const [first] = flashcards(
    index,
    index.deckFacts(index.deck(ARTICLE)!).map((f) => f.id),
  );
  await page.goto(`/en/cards/?deck=${ARTICLE}`);
  const card = page.locator('.flashcard');
  await expect(card.locator('.flashcard-prompt')).toHaveText(first!.front.en);
  // The back is in the page, hidden: nothing of it shows, to the eye or to a screen reader.
  await expect(card).not.toContainText(first!.answer.en, { useInnerText: true });
  await expect(card.locator('.flashcard-back')).toBeHidden();
  await expect(card.locator('.flashcard-meta')).toHaveText('New');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(card.locator('.flashcard-answer')).toHaveText(first!.answer.en);
});

test("a quiz answered in practice leaves the day's new cards for flashcards @any-screen", async ({
  page,
}) => {
  const quiz = expectedQuiz(1, ARTICLE);
  await page.goto(`/en/practice/?deck=${ARTICLE}&seed=1`);
  for (const [i, question] of quiz.entries()) {
    await answerCorrectly(page, question);
    await page.getByRole('button', { name: 'Check' }).click();
    await page
      .getByRole('button', { name: i === quiz.length - 1 ? 'See results' : 'Next question' })
      .click();
  }
  await page.goto('/en/cards/');
  // The quiz's claims are cards in learning now, not new ones: all ten new cards are left.
  await expect(page.locator('.cards-counts')).toHaveText(/ · 10 new left today$/);
  await expect(
    page.getByText('The daily new-card limit counts only cards first studied here'),
  ).toBeVisible();
});

test('flashcards for a deck that does not exist say so and show every deck @any-screen', async ({
  page,
}) => {
  await page.goto('/en/cards/?deck=no-such-deck');
  await expect(page.getByRole('status').filter({ hasText: 'no-such-deck' })).toHaveText(
    'There is no deck called “no-such-deck”. Showing cards from all decks.',
  );
  await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeEnabled();
});

test('two tabs reviewing at once keep every review @any-screen', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto('/en/cards/');
  await waitForHydration(tabA);
  await tabB.goto('/en/cards/');
  await waitForHydration(tabB);
  for (const tab of [tabA, tabB, tabA, tabB]) {
    await tab.bringToFront();
    await tab.getByRole('button', { name: 'Show answer' }).click();
    await tab.getByRole('button', { name: /Again/ }).click();
  }
  const reviewCount = async () =>
    tabA.evaluate(() => {
      const raw = localStorage.getItem('shizheng:v1:progress');
      return raw ? (JSON.parse(raw).profiles[0].reviews as unknown[]).length : 0;
    });
  await expect.poll(reviewCount).toBe(4);
  await tabA.reload();
  // Facts graded Again are due again within minutes; the stored log holds all four reviews.
  await expect(tabA.locator('.cards-counts')).toBeVisible();
});

test('the first card of the HTML comes alive: it turns and grades @any-screen', async ({
  page,
}) => {
  await page.goto('/en/cards/');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('button', { name: /Good/ })).toBeVisible();
});

test('a first card turned and graded before the cards have arrived is recorded once they have @any-screen', async ({
  page,
}) => {
  // The content file (/content/<hash>.json) is held back: the page has hydrated, but its engine
  // has no cards yet; the HTML's first card can still be turned and graded.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/content\/[^/]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/cards/');
  const prompt = await page.locator('.flashcard-prompt').textContent();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /Good/ }).click();
  const stored = async () =>
    Object.values(await storedReviewCounts(page)).reduce((sum, n) => sum + n, 0);
  expect(await stored()).toBe(0);
  release();
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 9 new left today');
  await expect(page.locator('.flashcard-prompt')).not.toHaveText(prompt ?? '');
  await expect.poll(stored).toBe(1);
});

/** How far the sticky grade bar covers an element: 0 when it is clear of it. */
function coveredByGrades(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const bar = document.querySelector('.grade-buttons')!.getBoundingClientRect();
    const box = document.querySelector(sel)!.getBoundingClientRect();
    return Math.max(0, Math.round(box.bottom - bar.top));
  }, selector);
}

test('a turned card hands the focus to its answer and keeps its back clear of the grades', async ({
  page,
}) => {
  await page.goto(`/en/cards/?deck=${ARTICLE}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  const text = page.locator('.flashcard-text');
  await expect(text).toBeFocused();
  await expect.poll(() => coveredByGrades(page, '.flashcard-answer')).toBe(0);
  // Scrolled into view as the browser does for a line found or focused, the end of the back
  // stops above the grades that stay at the bottom of a phone's screen.
  await page
    .locator('.flashcard-back .feedback-source')
    .evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  expect(await coveredByGrades(page, '.flashcard-back .feedback-source')).toBe(0);
  // From the answer, the next stop of the keyboard is the first grade.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Again/ })).toBeFocused();
});

test('Space turns the card and the focus goes to its answer @any-screen', async ({ page }) => {
  await page.goto(`/en/cards/?deck=${ARTICLE}`);
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 10 new left today');
  await page.keyboard.press('Space');
  await expect(page.locator('.flashcard-text')).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.locator('.cards-counts')).toHaveText('0 due · 9 new left today');
});

test.describe('the flashcards page before its scripts run @any-screen', () => {
  test.beforeEach(({ page }) => withEmptyBundles(page));

  test('a first visit sees the first new card at once, and Show answer turns it at once', async ({
    page,
  }) => {
    await page.goto('/en/cards/');
    await expect(page.locator('.flashcard-prompt')).toBeVisible();
    await expect(page.locator('.flashcard-prompt')).not.toBeEmpty();
    // The answer is in the page but never shown before it is asked for.
    await expect(page.locator('.flashcard-back')).toBeHidden();
    await expect(page.locator('.flashcard-answer')).toBeHidden();
    const show = page.getByRole('button', { name: 'Show answer' });
    await show.click();
    await expect(page.locator('.flashcard-answer')).toBeVisible();
    await expect(page.locator('.flashcard-answer')).not.toBeEmpty();
    // Brought into view above the grade buttons and focused, as the page does once it has
    // hydrated: the focus does not fall to the page with the button.
    await expect(page.locator('.flashcard-answer')).toBeInViewport();
    await expect(page.locator('.flashcard-text')).toBeFocused();
    await expect(show).toBeHidden();
    // A grade tapped now is kept for the scripts (it shows it was taken).
    const good = page.getByRole('button', { name: /Good/ });
    await good.click();
    await expect(good).toHaveAttribute('data-early-tap', '');
  });

  test("an address that names a deck never shows another deck's card first", async ({ page }) => {
    await page.goto(`/en/cards/?deck=${TIMELINE}`);
    await expect(page.locator('html')).toHaveAttribute('data-query', '');
    await expect(page.locator('.flashcard')).toBeAttached();
    await expect(page.locator('.flashcard')).toBeHidden();
  });

  test('a returning learner never sees that card in place of their own', async ({ page }) => {
    await seedSave(page, twoLearners());
    await page.goto('/en/cards/');
    await expect(page.locator('html')).toHaveAttribute('data-own-queue', '');
    await expect(page.locator('.flashcard')).toBeAttached();
    await expect(page.locator('.flashcard')).toBeHidden();
  });

  test('a returning learner who has answered nothing sees the first card at once', async ({
    page,
  }) => {
    await seedSave(page, emptySave('ana', 'Ana', Date.now() - 86_400_000));
    await page.goto('/en/cards/');
    expect(await page.locator('html').getAttribute('data-own-queue')).toBeNull();
    await expect(page.locator('.flashcard-prompt')).toBeVisible();
    await expect(page.locator('.flashcard-prompt')).toHaveText(firstCard(loadContent())!.front.en);
  });
});

test('a learner back on the flashcards, having answered nothing, sees the first card at once again @any-screen', async ({
  page,
  context,
}) => {
  // A first visit notes the question language in use on the device (the interface's own, which
  // nobody chose): that must not hide the HTML's card on the next visit.
  await page.goto('/en/cards/');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.displayLanguage))
    .toMatch(/\|en\|en$/);
  const again = await context.newPage();
  await withEmptyBundles(again);
  await again.goto('/en/cards/');
  expect(await again.locator('html').getAttribute('data-own-queue')).toBeNull();
  await expect(again.locator('.flashcard-prompt')).toBeVisible();
  await expect(again.locator('.flashcard-prompt')).toHaveText(firstCard(loadContent())!.front.en);
  // In the other interface, that noted language is another's: its own card shows too.
  await again.goto('/zh/cards/');
  expect(await again.locator('html').getAttribute('data-own-queue')).toBeNull();
});

test('the card the HTML holds for a learner who has answered nothing is the first of their own queue @any-screen', async ({
  page,
}) => {
  await seedSave(page, emptySave('ana', 'Ana', Date.now() - 86_400_000));
  await page.goto('/en/cards/');
  await expect(page.locator('.cards')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.cards-counts')).toHaveText(/^0 due · 10 new left today/);
  await expect(page.locator('.flashcard-prompt')).toHaveText(firstCard(loadContent())!.front.en);
});

test('name cards (Chinese ↔ English) can be added to flashcards, and stay on @any-screen', async ({
  page,
}) => {
  const index = indexContent(loadContent());
  const ids = index.deckFacts(index.deck(ARTICLE)!).map((f) => f.id);
  const names = new Set(nameCards(index, ids).map((c) => c.front.en));
  await page.goto(`/en/cards/?deck=${ARTICLE}`);
  await page.getByLabel(/Add name cards/).check();
  // Grade cards until a name card shows: each fact's name cards follow its own cards.
  const prompt = page.locator('.flashcard-prompt');
  let found = false;
  for (let i = 0; i < 10 && !found; i++) {
    found = names.has((await prompt.textContent()) ?? '');
    if (!found) {
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.getByRole('button', { name: /Easy/ }).click();
    }
  }
  expect(found).toBe(true);
  await page.reload();
  await expect(page.getByLabel(/Add name cards/)).toBeChecked();
  // They are a choice per deck: another deck's flashcards have none until asked.
  await page.goto(`/en/cards/?deck=${TIMELINE}`);
  await expect(page.getByLabel(/Add name cards/)).toBeEnabled();
  await expect(page.getByLabel(/Add name cards/)).not.toBeChecked();
  await page.goto(`/en/cards/?deck=${ARTICLE}`);
  await expect(page.getByLabel(/Add name cards/)).toBeChecked();
});

test('the question language is a setting of each learner @any-screen', async ({ page }) => {
  await seedSave(page, twoLearners());
  await page.goto('/zh/practice/');
  const english = page.getByRole('radio', { name: 'English' });
  const chinese = page.getByRole('radio', { name: '中文' });
  await expect(chinese).toBeChecked();
  await english.check();
  await expect(english).toBeChecked();
  // Ben has chosen nothing: questions in the interface language.
  await page.getByRole('combobox', { name: '学习者' }).selectOption({ label: 'Ben' });
  await expect(chinese).toBeChecked();
  await page.reload();
  await expect(chinese).toBeChecked();
  // Ana's choice is hers, after a reload too.
  await page.getByRole('combobox', { name: '学习者' }).selectOption({ label: 'Ana' });
  await expect(english).toBeChecked();
  await page.reload();
  await expect(english).toBeChecked();
});

test('a mistake can be made to wait for right answers on two later days @any-screen', async ({
  page,
}) => {
  const seed = seedWithSimpleFirst();
  const question = expectedQuiz(seed, ARTICLE)[0]!;
  await page.goto('/en/settings/');
  const setting = page.getByLabel('Days right before a mistake is cleared');
  await setting.fill('2');
  await page.goto(`/en/practice/?deck=${ARTICLE}&seed=${seed}`);
  await answerWrongly(page, question);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.feedback')).toContainText('Not quite');
  await page.goto('/en/mistakes/');
  await expect(page.getByText(/on 2 different later days/)).toBeVisible();

  for (const [days, left] of [
    [1.5, 1],
    [2.5, 0],
  ] as const) {
    await page.clock.install({ time: new Date(Date.now() + days * 86_400_000) });
    await page.reload();
    await page.getByRole('button', { name: /Redo all 1 mistake/ }).click();
    await answerCorrectly(page, question);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.locator('.feedback')).toContainText('Correct');
    await page.goto('/en/mistakes/');
    if (left) await expect(page.locator('.mistake-item')).toHaveCount(1);
    else await expect(page.getByText('Your notebook is empty.')).toBeVisible();
  }
});
