// Before the end-to-end tests: builds the classic script and the CDN ES module of the current source into a
// temporary directory (so the tests do not depend on an earlier `npm run build`), and requests every demo
// page once. The build directory reaches the tests as E2E_BUILD_DIR, a failed build as E2E_BUILD_ERROR
// (the tests that need the build fail with it). Returns the teardown, which removes the directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { PAGES, TAGS, routeClassicScript } from './helpers.mjs';
import { buildSsr } from '../../src/ssr/build.mjs';

const root = resolve(import.meta.dirname, '../..');

function viteBuild(mode, outDir, expected) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  return r.status === 0 && existsSync(join(outDir, expected))
    ? undefined
    : `vite build --mode ${mode}: ${r.stderr || r.stdout || 'no output'}`;
}

export default async function globalSetup(config) {
  const dir = mkdtempSync(join(tmpdir(), 'news-widgets-e2e-'));
  const errors = [
    viteBuild('iife', dir, 'news-widgets.iife.js'),
    viteBuild('cdn', join(dir, 'cdn'), 'news-widgets.js'),
  ];
  // The server entry, inside the repository so that Node resolves its packages from node_modules.
  const ssrDir = join(root, 'node_modules/.cache/news-widgets-e2e-ssr');
  errors.push(
    await buildSsr(ssrDir).then(
      (entry) => void (process.env.E2E_SSR_ENTRY = entry),
      (e) => `server entry: ${e.message}`,
    ),
  );
  process.env.E2E_BUILD_DIR = dir;
  if (errors.some(Boolean)) process.env.E2E_BUILD_ERROR = errors.filter(Boolean).join('\n');

  // Warm-up: the dev server optimizes dependencies as pages first request them, and reloads open pages
  // when that set changes. Request every page once, untested, so that the tests see a settled server.
  const { baseURL, launchOptions } = config.projects[0].use;
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext();
  await routeClassicScript(context);
  const page = await context.newPage();
  for (const path of PAGES) {
    await page.goto(`${baseURL}${path}`, { waitUntil: 'load' }).catch(() => undefined);
    // Once the elements are defined, the page has requested every module it imports up front.
    await page
      .waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 10_000 })
      .catch(() => undefined);
  }
  await browser.close();

  return () => rmSync(dir, { recursive: true, force: true });
}
