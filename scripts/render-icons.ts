import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';

/*
 * Renders the app icon (app/icon.svg) to the PNGs the web app manifest names, with Chromium:
 * 192 and 512 pixels as drawn, and a 512-pixel maskable icon whose mark sits inside the safe
 * zone (the middle 80 %) on a full-bleed background, since launchers crop it to any shape.
 * Run it after changing the icon: `npx tsx scripts/render-icons.ts`; the PNGs are committed.
 *
 * The mark in app/icon.svg is the character 时 as an outline (the glyph of WenQuanYi Micro Hei,
 * Apache-2.0, thickened with a stroke), not as <text>: the icon then looks the same on every
 * device, and the browser does not lay out Chinese text in a separate SVG document on the main
 * thread while the page loads (about 30 ms on the benchmark machine).
 */

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'app/icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const page = (size: number, maskable: boolean) => `<!doctype html>
<html><head><style>
  html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${maskable ? '#b42318' : 'transparent'}; }
  img { display: block; width: ${maskable ? size * 0.72 : size}px; height: ${maskable ? size * 0.72 : size}px;
        margin: ${maskable ? size * 0.14 : 0}px; }
</style></head><body><img src="${dataUrl}" alt=""></body></html>`;

const executablePath = findChromium();
const browser = await chromium.launch({
  args: CHROMIUM_ARGS,
  ...(executablePath ? { executablePath } : {}),
});
for (const [file, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
] as const) {
  const tab = await browser.newPage({ viewport: { width: size, height: size } });
  await tab.setContent(page(size, maskable));
  await tab.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await tab.screenshot({ omitBackground: !maskable });
  writeFileSync(path.join(root, 'public/icons', file), png);
  await tab.close();
}
await browser.close();
