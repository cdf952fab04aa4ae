// The end-to-end suite (`npm test` runs it after the browser unit tests; alone:
// `npx playwright test -c test/e2e/playwright.config.mjs`). Drives the Chromium that scripts/chrome.mjs
// finds (no browser is downloaded) against the Vite dev server serving the demo portal, as `npm start` does.
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';
import { freePort } from '../server/free-port.mjs';

const root = resolve(import.meta.dirname, '../..');

// Chosen once, by the runner: its workers load this file again and inherit the variable.
process.env.E2E_PORT ||= String(await freePort());
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: '*.spec.mjs',
  outputDir: join(root, 'test-results/e2e'),
  globalSetup: './global-setup.mjs',
  forbidOnly: true,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS) || 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./summary-reporter.mjs']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    launchOptions: { executablePath: findChrome() ?? undefined, headless: true, args: chromeFlags },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node_modules/.bin/vite --host 127.0.0.1 --port ${process.env.E2E_PORT} --strictPort --clearScreen false`,
    cwd: root,
    url: `${baseURL}/demo/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { BROWSER: 'none' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
