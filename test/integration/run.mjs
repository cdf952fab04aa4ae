// Integration tests: a React 19 app and a Vue 3 app use the package as a user installs it.
//
// The package is built and packed (`npm pack`), and the tarball is unpacked into test/integration/node_modules,
// where the apps (test/integration/.apps/*, each its own package) find `news-widgets`. Then, per app:
// the type check against the shipped types (tsc / vue-tsc), a Vite build, and in Debian Chromium
// (playwright-core): the seed article given as a property renders, `news-load` and `news-error` reach the
// app's handlers, and a new `article` property renders the new headline.
//
//   node test/integration/run.mjs                  build, pack and test
//   NEWS_WIDGETS_TARBALL=x.tgz node test/…/run.mjs test that tarball instead
//
// Prints `integration: N passed, N failed` and, when E2E_SUMMARY_FILE is set, writes { passed, failed } there.
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const here = resolve(import.meta.dirname);
const apps = join(here, '.apps');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
const results = [];
const ms = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function test(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${ms()})`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
  }
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (process.env.E2E_SUMMARY_FILE)
    writeFileSync(process.env.E2E_SUMMARY_FILE, JSON.stringify({ passed, failed }));
  console.log(`integration: ${passed} passed, ${failed} failed (${ms()})`);
  process.exit(failed ? 1 : 0);
}

const work = mkdtempSync(join(tmpdir(), 'news-widgets-integration-'));
const installed = join(here, 'node_modules', 'news-widgets');
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// 1. The package as npm would install it.
await test('the package builds and packs', () => {
  let tarball = process.env.NEWS_WIDGETS_TARBALL;
  if (!tarball) {
    run(process.execPath, ['scripts/build.mjs']);
    const name = run('npm', ['pack', '--silent', '--pack-destination', work]).trim().split('\n').pop();
    tarball = join(work, name);
  }
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', resolve(tarball), '-C', installed, '--strip-components=1']);
  for (const file of ['package.json', 'types/react.d.ts', 'types/vue.d.ts', 'dist/define.js'])
    if (!existsSync(join(installed, file))) throw new Error(`the package has no ${file}`);
});
if (results.some((r) => !r.ok)) finish();

// 2. Type checks against the shipped types, as the apps' own tsconfig.json set them up.
await test('react: tsc --noEmit type-checks the app against news-widgets/react', () => {
  run(bin('tsc'), ['--noEmit', '-p', join(apps, 'react', 'tsconfig.json')]);
});
await test('vue: vue-tsc --noEmit type-checks the app against news-widgets/vue', () => {
  run(bin('vue-tsc'), ['--noEmit', '-p', join(apps, 'vue', 'tsconfig.json')]);
});

// 3. Vite builds of both apps.
const isCustomElement = (tag) => ['news-article', 'news-credits', 'related-news-list'].includes(tag);
const builds = {
  react: { oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } },
  vue: { plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] },
};
for (const [app, config] of Object.entries(builds)) {
  await test(`${app}: vite build`, async () => {
    await build({
      root: join(apps, app),
      configFile: false,
      logLevel: 'warn',
      base: `/${app}/`,
      build: { outDir: join(work, app), emptyOutDir: true, reportCompressedSize: false },
      ...config,
    });
  });
}

// 4. Both apps served on 127.0.0.1, driven in Chromium.
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = join(work, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  if (!file.startsWith(work) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findChrome();
const browser = executablePath
  ? await chromium.launch({ executablePath, headless: true, args: chromeFlags })
  : null;
if (!browser) console.log('  no Chromium found (set CHROME_PATH)');

const SEED_TITLE = '永登县:“四聚焦”推进民族团结进步事业 高质量发展';
const headline = (id) =>
  `document.getElementById('${id}')?.shadowRoot?.querySelector('h1')?.textContent?.trim() ?? ''`;

for (const app of Object.keys(builds)) {
  if (!browser || !existsSync(join(work, app, 'index.html'))) {
    results.push({ name: `${app}: runs in Chromium`, ok: false });
    console.log(`  ✗ ${app}: runs in Chromium (not built, or no browser)`);
    continue;
  }
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${origin}/${app}/`);
  await test(`${app}: renders the seed article given as the article property`, async () => {
    await page.waitForFunction(`${headline('main')} === ${JSON.stringify(SEED_TITLE)}`, null, {
      timeout: 10000,
    });
  });
  await test(`${app}: renders the credits given as the credits property (shorthand object)`, async () => {
    await page.waitForFunction(
      () => document.getElementById('credits')?.shadowRoot?.textContent?.includes('李四'),
      null,
      { timeout: 5000 },
    );
  });
  await test(`${app}: its news-load handler receives the event with detail.data and detail.source`, async () => {
    await page.waitForFunction(
      `document.getElementById('loads').textContent === ${JSON.stringify(`property:${SEED_TITLE}`)}`,
      null,
      { timeout: 5000 },
    );
  });
  await test(`${app}: its news-error handler receives the failure of bad data (kind "invalid")`, async () => {
    await page.waitForFunction(`document.getElementById('errors').textContent === 'invalid'`, null, {
      timeout: 5000,
    });
    const alert = await page.evaluate(
      () => document.getElementById('bad').shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
    );
    if (!alert.trim()) throw new Error('the element shows no alert for bad data');
  });
  await test(`${app}: a new article property renders the new headline and fires news-load again`, async () => {
    await page.click('#next');
    await page.waitForFunction(`${headline('main')} === 'Second headline'`, null, { timeout: 5000 });
    await page.waitForFunction(
      `document.getElementById('loads').textContent.endsWith(' | property:Second headline')`,
      null,
      { timeout: 5000 },
    );
  });
  await test(`${app}: no uncaught errors on the page`, () => {
    if (pageErrors.length) throw new Error(pageErrors.join('\n'));
  });
  await page.close();
}

await browser?.close();
server.close();
if (existsSync(installed) && !readdirSync(installed).length) rmSync(installed, { recursive: true });
finish();
