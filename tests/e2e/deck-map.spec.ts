import type { Page } from '@playwright/test';
import { indexContent } from '../../lib/content/index-content';
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

interface Drawn {
  place: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Each map's labels as the browser drew them, one box per place, in viewBox units. */
function drawnLabels(page: Page) {
  return page.locator('.map-svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const view = (svg as SVGSVGElement).viewBox.baseVal;
      const boxes = new Map<string, Drawn>();
      for (const text of svg.querySelectorAll<SVGTextElement>('text[data-place]')) {
        const b = text.getBBox();
        const place = text.dataset.place!;
        const had = boxes.get(place);
        const x = Math.min(b.x, had?.x ?? Infinity);
        const y = Math.min(b.y, had?.y ?? Infinity);
        const right = Math.max(b.x + b.width, had ? had.x + had.width : -Infinity);
        const bottom = Math.max(b.y + b.height, had ? had.y + had.height : -Infinity);
        boxes.set(place, { place, x, y, width: right - x, height: bottom - y });
      }
      return { width: view.width, height: view.height, labels: [...boxes.values()] };
    }),
  );
}

test('no label on a deck map covers another or runs off its edge, as the browser draws them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The font's ascent and descent reach a little past the line box the layout reserves.
  const slack = 1.5;
  let labels = 0;
  for (const locale of ['zh', 'en'])
    for (const deck of decks) {
      await page.goto(`/${locale}/decks/${deck}/`);
      for (const map of await drawnLabels(page)) {
        labels += map.labels.length;
        for (const [i, a] of map.labels.entries()) {
          const where = `${locale} ${deck} ${a.place}`;
          expect(a.x, where).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width, where).toBeLessThanOrEqual(map.width);
          expect(a.y, where).toBeGreaterThanOrEqual(-slack);
          expect(a.y + a.height, where).toBeLessThanOrEqual(map.height + slack);
          for (const b of map.labels.slice(i + 1)) {
            const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
            const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) - slack;
            expect(w > 0 && h > 0, `${where} covers ${b.place}`).toBe(false);
          }
        }
      }
    }
  expect(labels).toBeGreaterThan(0);
});

test('names beside the overview each place numbered on it', async ({ page }) => {
  await page.goto('/en/decks/olympic-games/');
  const figure = page.locator('.map-figure').first();
  const legend = figure.getByRole('list', { name: 'Places numbered on the map' });
  const numbers = await figure
    .locator('.map-svg text[data-place]')
    .evaluateAll((texts) => texts.map((t) => t.textContent ?? '').filter((t) => /^\d+$/.test(t)));
  await expect(legend.getByRole('listitem')).toHaveCount(numbers.length);
  for (const n of numbers) await expect(legend.getByText(n, { exact: true })).toBeVisible();
});

test('a deck page shows no fact-check rows, and lists each host city with the state of its time', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const content = loadContent();
  const index = indexContent(content);
  for (const deck of content.decks) {
    await page.goto(`/zh/decks/${deck.id}/`);
    await expect(page.locator('.timeline-source').first()).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/核查表|Part \d+, (?:#|No\.)/);
    for (const fact of index.deckFacts(deck)) {
      if (fact.kind !== 'meeting' || !fact.city) continue;
      const city = index.entity(fact.city).name.zh;
      // In <main>: the page's body is streamed in a hidden part first, and for a moment after
      // hydration both may be in the document.
      const place = page
        .locator('main .place-list > li')
        .filter({ has: page.locator('.place-name strong', { hasText: new RegExp(`^${city}$`) }) });
      await expect(place, `${deck.id}: ${fact.id}`).toContainText(
        index.entity(fact.hostCountry).name.zh,
      );
    }
  }
  await page.goto('/en/decks/sco-ssc-timeline/');
  await expect(page.locator('main')).not.toContainText(/Fact check|Part \d+, (?:#|No\.)/);
});
