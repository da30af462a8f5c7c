import AxeBuilder from '@axe-core/playwright';
import { claimsOfFact, flashcards } from '../../lib/questions/cards';
import { indexContent } from '../../lib/content/index-content';
import { loadContent } from '../../lib/content/load';
import { expect, expectNoSidewaysScroll, test } from './fixtures';
import { serializeSave } from '../../lib/progress/save';
import { ARTICLE, PROGRESS_KEY, seedSave, storedReviewCounts, twoLearners } from './progress-seed';

const TEXT = {
  zh: {
    title: '学习进度',
    empty: '还没有学习记录',
    heatmap: '最近 12 周',
    mastery: '各题库掌握情况',
  },
  en: {
    title: 'Progress',
    empty: 'No reviews yet',
    heatmap: 'Last 12 weeks',
    mastery: 'Mastery per deck',
  },
} as const;

test.describe('the progress page @any-screen', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: a new learner sees an empty state that leads to practice`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/progress/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].title);
      await expect(page.getByRole('heading', { name: TEXT[locale].empty })).toBeVisible();
      await expect(page.locator('.progress-empty a[href$="/practice/"]')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test(`${locale}: a learner with reviews sees every chart, each with a text alternative`, async ({
      page,
    }) => {
      await seedSave(page, twoLearners());
      await page.goto(`/${locale}/progress/`);
      await expect(page.getByRole('heading', { name: TEXT[locale].heatmap })).toBeVisible();
      await expect(page.getByRole('heading', { name: TEXT[locale].mastery })).toBeVisible();
      const charts = page.locator('main svg[role="img"]');
      await expect(charts).toHaveCount(3);
      for (const label of await charts.evaluateAll((els) =>
        els.map((el) => el.getAttribute('aria-label') ?? ''),
      ))
        expect(label.length).toBeGreaterThan(10);
      // 12 weeks in the calendar, Monday first, the last one this week up to today; the
      // numbers behind it in a table for screen readers, a row a week.
      const mondayFirst = (new Date().getDay() + 6) % 7;
      await expect(page.locator('.heatmap-svg rect.heat')).toHaveCount(11 * 7 + mondayFirst + 1);
      await expect(page.locator('.heatmap table')).toHaveCount(1);
      await expect(page.locator('.heatmap table tbody tr')).toHaveCount(12);
      await expectNoSidewaysScroll(page);
    });
  }

  test('shows today against the goal, the streak, the forecast and accuracy in words', async ({
    page,
  }) => {
    await seedSave(page, twoLearners());
    await page.goto('/en/progress/');
    await expect(page.getByRole('img', { name: 'Daily goal: 2 of 20 reviews done' })).toBeVisible();
    await expect(page.getByText('2 days in a row')).toBeVisible();
    await expect(page.getByText('3 reviews in all · 0 cards mastered')).toBeVisible();
    await expect(
      page.getByRole('img', {
        name: /^You studied on 2 days in the last 12 weeks, 3 reviews in all/,
      }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: /cards due in the next 7 days/ })).toBeVisible();
    await expect(page.getByText('Single choice: 2 right of 3, 67%')).toBeAttached();
    // One card per claim; the seeded reviews name facts only (saved before claims), so each
    // counts for every claim of its fact.
    const index = indexContent(loadContent());
    const cards = flashcards(
      index,
      index.deckFacts(index.deck(ARTICLE)!).map((f) => f.id),
    ).map((c) => c.key);
    const claimsOf = claimsOfFact(index);
    const learning = ['sco-founding', 'sco-enlargement-2017', 'sco-enlargement-2023']
      .flatMap((fact) => claimsOf(fact) ?? [])
      .filter((claim) => cards.includes(claim)).length;
    expect(learning).toBeGreaterThan(3);
    await expect(
      page.getByText(
        `${cards.length} cards: 0 mastered, ${learning} learning, ${cards.length - learning} new`,
      ),
    ).toBeVisible();
  });

  test('two profiles in one browser keep separate progress', async ({ page }) => {
    await seedSave(page, twoLearners());
    await page.goto('/en/progress/');
    await expect(page.getByText('Profile: Ana')).toBeVisible();
    await expect(page.getByText('3 reviews in all · 0 cards mastered')).toBeVisible();

    // Two taps in the header: open the menu, pick a name.
    await page.getByRole('combobox', { name: 'Profile' }).selectOption({ label: 'Ben' });
    await expect(page.getByText('Profile: Ben')).toBeVisible();
    await expect(page.getByText('1 review in all · 0 cards mastered')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Profile' })).toHaveValue('ben');
    await expect(page.getByText('1 review in all · 0 cards mastered')).toBeVisible();

    await page.goto('/en/settings/');
    await page.getByRole('textbox', { name: 'New profile name' }).fill('Chen');
    await page.getByRole('button', { name: 'Add profile' }).click();
    await expect(page.getByText('Added “Chen” and switched to it.')).toBeVisible();
    await page.goto('/en/progress/');
    await expect(page.getByText('Profile: Chen')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No reviews yet' })).toBeVisible();
    expect(await storedReviewCounts(page)).toEqual({ Ana: 3, Ben: 1, Chen: 0 });
  });
});

test.describe('the progress page on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  // One run is enough: the phone project already emulates touch and a small screen.
  test.skip(({ isMobile }) => !isMobile, 'phone project only');
  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: fits without sideways scrolling`, async ({ page }) => {
      await seedSave(page, twoLearners());
      await page.goto(`/${locale}/progress/`);
      await expect(page.locator('.heatmap-svg')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  }
});

test('the progress page passes an accessibility check in light and dark @any-screen', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    const save = twoLearners();
    save.profiles[0]!.settings.theme = theme;
    await page.goto('/en/');
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      PROGRESS_KEY,
      serializeSave(save),
    ] as const);
    await page.goto('/zh/progress/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('.heatmap-svg')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  }
});
