import { expect, test, waitForHydration } from './fixtures';
import { seedSave, twoLearners } from './progress-seed';

// A stored setting, the same on any screen: the desktop project alone runs these.
test.skip(({ isMobile }) => isMobile, 'desktop project only');

/*
 * The question language belongs to an interface: a learner who reads English questions in the
 * Chinese interface does not find the English interface changed, and the settings page says so.
 */

test('each interface keeps its own question language', async ({ page }) => {
  await seedSave(page, twoLearners());
  await page.goto('/en/practice/');
  await waitForHydration(page);
  // In the English interface, Chinese questions.
  await page.getByRole('radio', { name: '中文' }).check();
  await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();

  // In the Chinese interface, English questions.
  await page.goto('/zh/practice/');
  await waitForHydration(page);
  await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('.quiz-prompt span[lang="en"]').first()).toBeVisible();

  // The English interface still shows the Chinese questions chosen there, after a reload too.
  await page.goto('/en/practice/');
  await waitForHydration(page);
  await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();
  await expect(page.locator('.quiz-prompt span[lang="zh-CN"]').first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();

  // And the Chinese interface its English ones.
  await page.goto('/zh/settings/');
  await waitForHydration(page);
  const group = page.getByRole('group', { name: '题目语言' });
  await expect(group.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(group).toHaveAccessibleDescription(/只用于中文界面/);
});

test('a choice made before each interface kept its own still holds in both', async ({ page }) => {
  const save = twoLearners();
  save.profiles[0]!.settings.questionLanguage = 'both';
  await seedSave(page, save);
  for (const locale of ['zh', 'en']) {
    await page.goto(`/${locale}/practice/`);
    await waitForHydration(page);
    await expect(page.locator('input[name="display-language"][value="both"]')).toBeChecked();
  }
  // A choice now is for this interface only.
  await page.getByRole('radio', { name: 'English' }).check();
  await page.goto('/zh/practice/');
  await waitForHydration(page);
  await expect(page.locator('input[name="display-language"][value="both"]')).toBeChecked();
});
