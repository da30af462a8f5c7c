import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

// E2E_PORT lets a second checkout run its own end-to-end tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = findChromium();

/** End-to-end tests against the built static site (`out/`), served as any static host would. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker precaches the whole site on a first visit: only the offline tests want that.
    serviceWorkers: 'block',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    {
      name: 'phone',
      // A test tagged @any-screen checks what the screen cannot change (storage, parsing, the
      // service worker, the data behind a page): the desktop project alone runs it. What a phone
      // changes (layout, reach, touch, the header) stays in both projects.
      grepInvert: /@any-screen/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        browserName: 'chromium',
      },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx serve out --listen ${PORT} --no-clipboard`,
    url: `http://127.0.0.1:${PORT}/zh/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
