import type { Page } from '@playwright/test';
import { loadContent } from '../../lib/content/load';
import { expect, test } from './fixtures';

/*
 * A deck page's maps draw their countries from files of their own (components/map/basemap-file.ts).
 * Over whatever content/ holds: every map on every deck page, in both languages, draws them.
 */

const decks = loadContent().decks.map((d) => d.id);

/** Each map's drawn countries: the width of what its <use> element shows (0 when nothing came). */
function drawnWidths(page: Page): Promise<number[]> {
  return page
    .locator('.map-svg use')
    .evaluateAll((uses) => uses.map((u) => (u as SVGGraphicsElement).getBBox().width));
}

test('every deck map draws its countries, from a file the export holds @any-screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let maps = 0;
  for (const locale of ['zh', 'en'])
    for (const deck of decks) {
      await page.goto(`/${locale}/decks/${deck}/`);
      const hrefs = await page
        .locator('.map-svg use')
        .evaluateAll((uses) => uses.map((u) => u.getAttribute('href') ?? ''));
      maps += hrefs.length;
      for (const href of new Set(hrefs)) {
        const [file, id] = href.split('#');
        const response = await page.request.get(file!);
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type']).toContain('image/svg+xml');
        expect(await response.text()).toContain(`id="${id}"`);
      }
      if (hrefs.length > 0)
        await expect
          .poll(async () => Math.min(...(await drawnWidths(page))), {
            message: `${locale} ${deck}`,
          })
          .toBeGreaterThan(100);
    }
  // The content has places to map: a deck page without any map would make this test vacuous.
  expect(maps).toBeGreaterThan(0);
});
