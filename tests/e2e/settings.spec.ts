import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, expectNoSidewaysScroll, test, withoutHydration } from './fixtures';
import {
  BACKUP_PREFIX,
  PROGRESS_KEY,
  seedSave,
  storedReviewCounts,
  twoLearners,
} from './progress-seed';
import { serializeSave } from '../../lib/progress/save';

const TEXT = {
  zh: {
    title: '设置',
    goal: '每日目标（复习次数）',
    theme: '主题',
    dark: '深色',
    other: 'English',
  },
  en: {
    title: 'Settings',
    goal: 'Daily goal (reviews)',
    theme: 'Theme',
    dark: 'Dark',
    other: '中文',
  },
} as const;

test.describe('the settings page', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: renders every setting with a label and no sideways scroll`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/settings/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXT[locale].title);
      await expect(page.getByRole('spinbutton', { name: TEXT[locale].goal })).toHaveValue('20');
      await expect(page.getByRole('slider')).toHaveValue('0.9');
      await expect(page.getByRole('group', { name: TEXT[locale].theme })).toBeVisible();
      await expect(
        page.getByRole('combobox', { name: locale === 'zh' ? '学习者' : 'Profile' }),
      ).toBeEnabled();
      await expectNoSidewaysScroll(page);
    });
  }

  test('passes an accessibility check in light and dark, with a profile and a question open @any-screen', async ({
    page,
  }) => {
    await seedSave(page, twoLearners());
    await page.goto('/en/settings/');
    for (const theme of ['Light', 'Dark'] as const) {
      await page.getByRole('radio', { name: theme }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('main').analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
    }
  });

  test('the interface language link keeps the learner on the settings page @any-screen', async ({
    page,
  }) => {
    await page.goto('/zh/settings/');
    await page.getByRole('main').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/settings\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a first profile made on the Chinese pages is called Me on the English ones @any-screen', async ({
    page,
  }) => {
    await page.goto('/zh/settings/');
    const chineseSwitcher = page.getByRole('combobox', { name: '学习者' });
    await expect(chineseSwitcher.locator('option:checked')).toHaveText('我');
    await page.getByRole('main').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/settings\/$/);
    const switcher = page.getByRole('combobox', { name: 'Profile' });
    await expect(switcher.locator('option:checked')).toHaveText('Me');
    await expect(page.getByRole('main')).not.toContainText('我');
    // A name the learner chose stays as it is in either language.
    await page.getByRole('button', { name: 'Rename Me' }).click();
    await page.getByRole('textbox', { name: /Me/ }).fill('小明');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(switcher.locator('option:checked')).toHaveText('小明');
    await page.goto('/zh/settings/');
    await expect(chineseSwitcher.locator('option:checked')).toHaveText('小明');
  });

  test('a dark theme is set on <html>, survives a reload and is there before the app script runs @any-screen', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/en/settings/');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 20, 18)');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

    // With the bundles blocked, only the inline head script can have set the theme.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    withoutHydration(page);
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    consoleErrors.length = 0; // the blocked scripts are reported as failed loads
  });

  test('reduced motion is set on <html> and switches transitions off @any-screen', async ({
    page,
  }) => {
    await page.goto('/en/settings/');
    await page.getByRole('radio', { name: 'Reduce' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    await page.goto('/en/practice/');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  });

  test('deleting a profile asks first and the last profile cannot be deleted @any-screen', async ({
    page,
  }) => {
    await seedSave(page, twoLearners());
    await page.goto('/en/settings/');
    await page.getByRole('button', { name: 'Delete Ben' }).click();
    await expect(
      page.getByText('Delete the profile “Ben” and all its progress on this device?'),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete Ben' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByRole('button', { name: 'Delete Ben' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete Ana' })).toHaveCount(0);
    await expect(page.getByText('The last profile cannot be deleted.')).toBeVisible();

    await page.getByRole('button', { name: 'Rename Ana' }).click();
    await page.getByRole('textbox', { name: 'New name for Ana' }).fill('Ana Li');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('combobox', { name: 'Profile' })).toContainText('Ana Li');
    expect(await storedReviewCounts(page)).toEqual({ 'Ana Li': 3 });
  });

  test('export, reset and import give back the same progress @any-screen', async ({ page }) => {
    await seedSave(page, twoLearners());
    await page.goto('/en/settings/');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^shizheng-progress-Ana-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.profile.reviews).toHaveLength(3);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(page.getByText('Progress reset.')).toBeVisible();
    await page.goto('/en/progress/');
    await expect(page.getByRole('heading', { name: 'No reviews yet' })).toBeVisible();

    await page.goto('/en/settings/');
    // As for a learner, the file can be chosen once saved progress has been read: before that
    // the input is disabled and Playwright's setInputFiles would fire a change nobody hears.
    await expect(page.getByLabel('Import from a file')).toBeEnabled();
    await page.getByLabel('Import from a file').setInputFiles(file);
    await expect(page.getByText('3 reviews added.')).toBeVisible();
    await page.getByLabel('Import from a file').setInputFiles(file);
    await expect(
      page.getByText('Nothing new: every review in the file was already here.'),
    ).toBeVisible();
    await page.goto('/en/progress/');
    await expect(page.getByText('3 reviews in all · 0 cards mastered')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Daily goal: 2 of 20 reviews done' })).toBeVisible();
  });

  test('a file that is not an export is refused in words @any-screen', async ({ page }) => {
    await page.goto('/en/settings/');
    // The control is enabled once saved progress has been read, as a learner sees it.
    await expect(page.getByLabel('Import from a file')).toBeEnabled();
    await page.getByLabel('Import from a file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect(page.getByText('That file is not a progress export from this app.')).toBeVisible();
  });
});

test.describe('saved data that cannot be used @any-screen', () => {
  test('a save cut off mid-way is kept aside under a backup key and the learner is told', async ({
    page,
  }) => {
    await page.goto('/en/');
    await page.evaluate((key) => {
      window.localStorage.setItem(
        key,
        '{"format":"shizheng-progress","version":1,"profiles":[{"id":"abc"',
      );
    }, PROGRESS_KEY);
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Saved progress could not be read' });
    await expect(notice).toBeVisible();
    const backups = await page.evaluate(
      (prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)),
      BACKUP_PREFIX,
    );
    expect(backups).toHaveLength(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('a save with one broken review loads the rest, and the original can be downloaded', async ({
    page,
  }) => {
    const save = JSON.parse(serializeSave(twoLearners()));
    save.profiles[0].reviews[0].grade = 9;
    const raw = JSON.stringify(save);
    await page.goto('/en/');
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      PROGRESS_KEY,
      raw,
    ] as const);
    await page.goto('/en/progress/');
    await expect(
      page.getByRole('status').filter({ hasText: 'Some saved progress could not be read' }),
    ).toBeVisible();
    await expect(page.getByText('2 reviews in all · 0 cards mastered')).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the original' }).click();
    const download = await downloading;
    expect(await readFile(await download.path(), 'utf8')).toBe(raw);
    const backupKeys = await page.evaluate(
      (prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)),
      BACKUP_PREFIX,
    );
    expect(backupKeys.length).toBeGreaterThanOrEqual(1);
  });

  test('a storage that throws on every write keeps the app working in memory with a notice', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/en/settings/');
    await page.getByRole('radio', { name: 'Dark' }).check();
    const notice = page.getByRole('alert').filter({ hasText: "This browser's storage is full" });
    await expect(notice).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(
      page.getByText('Storage is not available: progress is kept in memory'),
    ).toBeVisible();

    // Still usable: another profile, and an export of what is held in memory.
    await page.getByRole('textbox', { name: 'New profile name' }).fill('Dana');
    await page.getByRole('button', { name: 'Add profile' }).click();
    await expect(
      page.getByRole('combobox', { name: 'Profile' }).locator('option:checked'),
    ).toHaveText('Dana');
    const downloading = page.waitForEvent('download');
    await notice.locator('..').getByRole('button', { name: 'Export progress' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^shizheng-progress-Dana-/);
  });
});
