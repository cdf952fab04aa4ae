// End-to-end smoke test of the demo portal (run by `npm test`, or alone: `node test/e2e/smoke.mjs`).
//
// Starts the Vite dev server on a free port, opens every demo page in headless Chromium
// (playwright-core), waits until every news-* element on the page — including those inside other
// elements' shadow roots — has settled in the state that page expects, and fails on any console error
// or uncaught exception. The only console errors allowed are the resource-load errors of URLs that a
// page breaks on purpose (the 404 example). It also drives the interactive bits: the 大/中/小 switch,
// the slow-network and retry examples, and the hostile-CSS embed page.
//
// The embed page loads the classic-script build (dist/cdn/news-widgets.iife.js). So that the test does
// not depend on an earlier `npm run build`, it builds that file from the current source into a temporary
// directory and serves it in place of dist/cdn/news-widgets.iife.js.
//
// Writes a screenshot of the seed page to test-results/seed.png and, when E2E_SUMMARY_FILE is set, the
// summary {"passed":N,"failed":M} to that file. Exits 1 on any failure.
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const started = Date.now();
const results = [];
const TAGS = ['news-article', 'news-credits', 'related-news-list'];
const PAGES = [
  '/demo/index.html',
  '/demo/en.html',
  '/demo/states.html',
  '/demo/embed.html',
  '/demo/formats.html',
];

/** URLs that pages break on purpose: their failed loads may log a console error. */
const INTENDED_FAILURES = [/\/demo\/data\/missing-article\.json$/, /\/cdn-offline\//];

function record(name, error) {
  results.push({ name, error });
  const mark = error ? '✗' : '✓';
  console.log(
    `  ${mark} ${name}${
      error
        ? `\n      ${String(error.message ?? error)
            .split('\n')
            .join('\n      ')}`
        : ''
    }`,
  );
}

function finish(code) {
  const passed = results.filter((r) => !r.error).length;
  const failed = results.length - passed + (code && results.every((r) => !r.error) ? 1 : 0);
  console.log(`\ne2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (process.env.E2E_SUMMARY_FILE)
    writeFileSync(process.env.E2E_SUMMARY_FILE, JSON.stringify({ passed, failed }));
  return failed > 0 ? 1 : 0;
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForServer(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the dev server did not answer ${url} within ${ms / 1000} s`);
}

/** The state of every news-* element in the page, shadow roots included, keyed by a readable path. */
function statesInPage(tags) {
  const out = {};
  const walk = (node, prefix) => {
    for (const el of node.querySelectorAll('*')) {
      if (tags.includes(el.localName)) {
        const key = `${prefix}${el.localName}${el.id ? `#${el.id}` : ''}`;
        let k = key;
        for (let i = 2; k in out; i++) k = `${key}[${i}]`;
        out[k] = el.getAttribute('state');
      }
      if (el.shadowRoot) walk(el.shadowRoot, `${el.localName}${el.id ? `#${el.id}` : ''} > `);
    }
  };
  walk(document, '');
  return out;
}

/**
 * Waits until every news-* element has a settled state and the ones named in `expected` (by id, or by
 * the readable path of statesInPage) have the state given; every other element must be `ready`.
 */
async function expectStates(page, expected, ms = 10000) {
  const deadline = Date.now() + ms;
  let last = {};
  for (;;) {
    last = await page.evaluate(statesInPage, TAGS);
    const problems = [];
    if (Object.keys(last).length === 0) problems.push('no news-* element found');
    for (const [key, state] of Object.entries(last)) {
      const id = key.match(/#([\w-]+)$/)?.[1];
      const want = expected[key] ?? (id && expected[`#${id}`]) ?? 'ready';
      if (state !== want) problems.push(`${key}: state=${state}, expected ${want}`);
    }
    for (const key of Object.keys(expected)) {
      const found = key.startsWith('#') ? Object.keys(last).some((k) => k.endsWith(key)) : key in last;
      if (!found) problems.push(`${key}: not on the page`);
    }
    if (problems.length === 0) return last;
    if (Date.now() > deadline) throw new Error(problems.join('\n'));
    await page.waitForTimeout(100);
  }
}

function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location()?.url ?? '';
    const text = msg.text();
    if (/^Failed to load resource/.test(text) && INTENDED_FAILURES.some((re) => re.test(url))) return;
    errors.push(`console error: ${text}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  return errors;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  const chrome = findChrome();
  if (!chrome) {
    record('find Chromium', new Error('no Chromium found: set CHROME_PATH'));
    return finish(1);
  }

  // The classic-script build of the current source, for the embed page.
  const tmp = mkdtempSync(join(tmpdir(), 'news-widgets-e2e-'));
  const built = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--mode', 'iife', '--outDir', tmp, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  const iife = join(tmp, 'news-widgets.iife.js');
  if (built.status !== 0 || !existsSync(iife)) {
    record('build the classic script for embed.html', new Error(built.stderr || built.stdout || 'no output'));
  }
  // The CDN ES module of the current source, with its lazy chunks, for the CDN check.
  const cdnDir = join(tmp, 'cdn');
  const cdnBuilt = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--mode', 'cdn', '--outDir', cdnDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, encoding: 'utf8' },
  );
  if (cdnBuilt.status !== 0 || !existsSync(join(cdnDir, 'news-widgets.js'))) {
    record('build the CDN module', new Error(cdnBuilt.stderr || cdnBuilt.stdout || 'no output'));
  }

  const port = Number(process.env.E2E_PORT) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['--host', '127.0.0.1', '--port', String(port), '--strictPort', '--clearScreen', 'false'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));

  let browser;
  try {
    await waitForServer(`${base}/demo/index.html`, 20000);
    browser = await chromium.launch({ executablePath: chrome, headless: true, args: chromeFlags });

    /** Opens a demo page in a fresh context and runs `check` on it, recording the result. */
    const visit = (name, path, check, viewport) =>
      inFreshPage(
        browser,
        name,
        async (page) => {
          await page.goto(`${base}${path}`, { waitUntil: 'load' });
          await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, {
            timeout: 10000,
          });
          await check(page);
        },
        {
          ...viewport,
          setup: async (context) => {
            if (!existsSync(iife)) return;
            const body = readFileSync(iife);
            await context.route('**/dist/cdn/news-widgets.iife.js', (route) =>
              route.fulfill({ status: 200, contentType: 'text/javascript', body }),
            );
          },
        },
      );

    console.log(`e2e: demo pages on ${base}`);

    // Warm-up: the dev server optimizes dependencies as pages first request them, and reloads open
    // pages when that set changes. Request every page once, untested, so the checks below see a
    // settled server.
    const warm = await browser.newContext();
    const warmPage = await warm.newPage();
    for (const path of PAGES) {
      await warmPage.goto(`${base}${path}`, { waitUntil: 'load' }).catch(() => undefined);
      await warmPage.waitForTimeout(300);
    }
    await warm.close();

    await visit(
      'index.html: the seed article (its data in the page), its credits and related news, the latest-news sidebar',
      '/demo/index.html',
      async (page) => {
        await expectStates(page, {});
        const text = await page.evaluate(() => {
          const a = document.querySelector('#article').shadowRoot;
          // What a reader sees per credit: the role label, the visible separator and the names (the role
          // element also holds a visually hidden colon for screen readers).
          const credits = [...a.querySelector('news-credits').shadowRoot.querySelectorAll('[part~="item"]')]
            .map((item) => {
              const role = item.querySelector('[part~="role"]');
              const label = [...role.childNodes]
                .filter((n) => n.nodeType === Node.TEXT_NODE)
                .map((n) => n.textContent)
                .join('');
              const sep = role.querySelector('[part~="separator"]')?.textContent ?? '';
              return `${label}${sep}${item.querySelector('[part~="name"]')?.textContent ?? ''}`.replace(
                /\s+/g,
                '',
              );
            })
            .join(' ');
          const related = a.querySelector('related-news-list').shadowRoot;
          const side = document.querySelector('related-news-list.latest').shadowRoot;
          return {
            headline: a.querySelector('[part~="headline"]')?.textContent.replace(/\s+/g, '') ?? '',
            meta: a.querySelector('[part~="meta"]')?.textContent.replace(/\s+/g, ' ') ?? '',
            leads: a.querySelectorAll('[part~="lead"]').length,
            paragraphs: a.querySelectorAll('[part~="paragraph"]').length,
            datetime: a.querySelector('time')?.getAttribute('datetime'),
            credits,
            related: related.querySelectorAll('[part~="item"]').length,
            side: side.querySelectorAll('[part~="item"]').length,
            requested: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
          };
        });
        // The article's data is in the page; only the sidebar's feed is fetched.
        assert(
          !text.requested.some((p) => p.endsWith('/seed-article.json')) &&
            text.requested.some((p) => p.endsWith('/data/latest.xml')),
          `requests: ${text.requested.filter((p) => p.includes('/data/')).join(', ')}`,
        );
        assert(
          text.headline.includes('视听甘肃') && text.headline.includes('永登县'),
          `headline: ${text.headline}`,
        );
        assert(text.meta.includes('0次浏览'), `meta line without 0次浏览: ${text.meta}`);
        assert(text.meta.includes('2025-04-09 11:27:00'), `meta line without the seed time: ${text.meta}`);
        assert(text.datetime === '2025-04-09T11:27:00+08:00', `<time datetime> is ${text.datetime}`);
        assert(
          text.paragraphs === 17 && text.leads >= 10,
          `${text.paragraphs} paragraphs, ${text.leads} leads`,
        );
        for (const c of ['来源/永登县委统战部', '编辑/王珺茹', '责编/张旭峰', '主编/顾学云']) {
          assert(text.credits.replace(/\s+/g, '').includes(c), `credits without ${c}: ${text.credits}`);
        }
        assert(text.related === 5, `${text.related} related items, expected 5`);
        assert(text.side === 8, `${text.side} items in 最新新闻, expected 8`);
        mkdirSync(join(root, 'test-results'), { recursive: true });
        await page.screenshot({ path: join(root, 'test-results/seed.png'), fullPage: true });
      },
    );

    await visit('index.html: 【字体：大 中 小】 scales the article', '/demo/index.html', async (page) => {
      await expectStates(page, {});
      const size = () =>
        page.evaluate(() => {
          const p = document.querySelector('#article').shadowRoot.querySelector('[part~="paragraph"]');
          return parseFloat(getComputedStyle(p).fontSize);
        });
      const normal = await size();
      await page.getByRole('button', { name: '大', exact: true }).click();
      const large = await size();
      await page.getByRole('button', { name: '小', exact: true }).click();
      const small = await size();
      assert(Math.abs(large / normal - 1.125) < 0.01, `大: ${large}px against ${normal}px`);
      assert(Math.abs(small / normal - 0.875) < 0.01, `小: ${small}px against ${normal}px`);
      const pressed = await page
        .getByRole('button', { name: '小', exact: true })
        .getAttribute('aria-pressed');
      assert(pressed === 'true', '小 is not marked as pressed');
    });

    await visit(
      'index.html at 360 px: no horizontal scrolling',
      '/demo/index.html',
      async (page) => {
        await expectStates(page, {});
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 0, `the page is ${overflow}px wider than the viewport`);
      },
      { width: 360, height: 740 },
    );

    await visit('en.html: the English article', '/demo/en.html', async (page) => {
      await expectStates(page, {});
      const info = await page.evaluate(() => {
        const a = document.querySelector('#article').shadowRoot;
        return {
          lang: a.querySelector('article')?.getAttribute('lang'),
          headline: a.querySelector('[part~="headline"]')?.textContent ?? '',
          credits: [...a.querySelector('news-credits').shadowRoot.children]
            .map((e) => e.innerText ?? '')
            .join(' '),
          related: a.querySelector('related-news-list').shadowRoot.querySelectorAll('[part~="item"]').length,
        };
      });
      assert(info.lang === 'en', `article lang=${info.lang}`);
      assert(info.headline.includes('Lanzhou opens its riverside footpath'), `headline: ${info.headline}`);
      assert(
        info.credits.includes('Li Na') && info.credits.includes('David Zhou'),
        `credits: ${info.credits}`,
      );
      assert(info.related === 3, `${info.related} related items, expected 3`);
    });

    await visit('states.html: loading, empty, error and retry', '/demo/states.html', async (page) => {
      await expectStates(page, {
        '#loading-fallback': 'loading',
        '#loading-skeleton': 'loading',
        '#empty-article': 'empty',
        '#empty-list': 'empty',
        '#empty-credits': 'empty',
        '#error-404': 'error',
        '#error-404-slot': 'error',
        '#error-parse': 'error',
        '#error-invalid': 'error',
        '#retry': 'error',
      });
      const details = await page.evaluate(() =>
        Object.fromEntries(
          ['error-404', 'error-parse', 'error-invalid', 'retry'].map((id) => [
            id,
            document.getElementById(id).error,
          ]),
        ),
      );
      assert(
        details['error-404']?.kind === 'http' && details['error-404'].status === 404,
        `404: ${JSON.stringify(details['error-404'])}`,
      );
      assert(
        details['error-parse']?.kind === 'parse',
        `malformed: ${JSON.stringify(details['error-parse'])}`,
      );
      assert(
        ['invalid', 'format'].includes(details['error-invalid']?.kind),
        `no title: ${JSON.stringify(details['error-invalid'])}`,
      );
      assert(details.retry?.kind === 'network', `offline: ${JSON.stringify(details.retry)}`);

      // Loading keeps the light-DOM fallback visible; releasing the request shows the article.
      const fallback = page.locator('#loading-fallback > h2');
      assert(await fallback.isVisible(), 'the fallback of the loading example is not visible');
      await page.getByRole('button', { name: '放行请求 →' }).first().click();
      await page.getByRole('button', { name: '放行请求 →' }).first().click();
      await expectStates(page, {
        '#empty-article': 'empty',
        '#empty-list': 'empty',
        '#empty-credits': 'empty',
        '#error-404': 'error',
        '#error-404-slot': 'error',
        '#error-parse': 'error',
        '#error-invalid': 'error',
        '#retry': 'error',
      });
      assert(!(await fallback.isVisible()), 'the fallback is still shown after the article loaded');

      // Retry: still offline, the retry button fails again; back online, it loads.
      const retry = page.locator('#retry').locator('[part~="retry"]');
      const failedAgain = page.evaluate(
        () =>
          new Promise((resolve) =>
            document.getElementById('retry').addEventListener('news-error', resolve, { once: true }),
          ),
      );
      await retry.click();
      await failedAgain;
      assert(
        (await page.locator('#retry').getAttribute('state')) === 'error',
        'retry while offline did not stay in error',
      );
      await page.locator('#network').click();
      await page.locator('#retry').locator('[part~="retry"]').click();
      await expectStates(page, {
        '#empty-article': 'empty',
        '#empty-list': 'empty',
        '#empty-credits': 'empty',
        '#error-404': 'error',
        '#error-404-slot': 'error',
        '#error-parse': 'error',
        '#error-invalid': 'error',
      });
      const headline = await page.locator('#retry').locator('[part~="headline"]').textContent();
      assert(headline.includes('永登县'), `after retry: ${headline}`);
    });

    await visit(
      'embed.html: classic script, strict CSP and Trusted Types, hostile global CSS',
      '/demo/embed.html',
      async (page) => {
        await expectStates(page, {});
        const style = await page.evaluate(() => {
          const a = document.querySelector('news-article').shadowRoot;
          const p = getComputedStyle(a.querySelector('[part~="paragraph"]'));
          const h = getComputedStyle(a.querySelector('[part~="headline"]'));
          return { size: p.fontSize, color: p.color, spacing: p.letterSpacing, headline: h.fontSize };
        });
        // The page sets p { font-size: 6px !important } and html { font-size: 10px }: the body text keeps
        // its own size (1.0625em of the 16px base).
        assert(style.size === '17px', `paragraph font-size ${style.size}, expected 17px`);
        assert(style.color !== 'rgb(255, 0, 0)', 'the hostile p { color: red } reached the article');
        assert(style.spacing === 'normal' || style.spacing === '0px', `letter-spacing ${style.spacing}`);
        assert(parseFloat(style.headline) >= 24, `headline font-size ${style.headline}`);
      },
    );

    await visit(
      'formats.html: native, schema.org JSON-LD, ninjs and JSON Feed',
      '/demo/formats.html',
      async (page) => {
        await expectStates(page, {});
        const texts = await page.evaluate(() =>
          ['fmt-native', 'fmt-jsonld', 'fmt-ninjs', 'fmt-feed'].map((id) => {
            const a = document.getElementById(id).shadowRoot;
            return {
              id,
              headline: a.querySelector('[part~="headline"]')?.textContent ?? '',
              paragraphs: a.querySelectorAll('[part~="paragraph"], .html p').length,
              related:
                a.querySelector('related-news-list')?.shadowRoot.querySelectorAll('[part~="item"]').length ??
                0,
            };
          }),
        );
        for (const t of texts) {
          assert(t.headline.includes('永登县'), `${t.id}: headline ${t.headline}`);
          assert(t.paragraphs >= 17, `${t.id}: ${t.paragraphs} paragraphs`);
          assert(t.related === 5, `${t.id}: ${t.related} related items`);
        }
      },
    );

    if (existsSync(join(cdnDir, 'news-widgets.js'))) {
      await checkCdnEager(browser, base, cdnDir);
      await checkIifeInHead(browser, base, dirname(cdnDir));
      await checkCspQuiet(browser, base, dirname(cdnDir));
      await checkCdnOffline(browser, base, cdnDir);
      await checkCdnParallel(browser, base, cdnDir);
      await checkCdnModule(browser, base, cdnDir);
    }
  } catch (error) {
    record('run the demo pages', error);
  } finally {
    if (results.some((r) => r.error) && serverLog.trim()) console.log(`\nvite:\n${serverLog.trim()}`);
    await browser?.close();
    server.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
  return finish(0);
}

/**
 * Runs `check(page)` on a new page in a fresh context (after `setup(context)`: routes) and records the
 * result under `name`; a console error or an uncaught exception on the page fails it.
 */
async function inFreshPage(browser, name, check, { setup, width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  await setup?.(context);
  const page = await context.newPage();
  const errors = watchConsole(page);
  try {
    await check(page);
    await page.waitForTimeout(100);
    assert(errors.length === 0, errors.join('\n'));
    record(name);
  } catch (error) {
    if (errors.length) error.message += `\n${errors.join('\n')}`;
    record(name, error);
  } finally {
    await context.close();
  }
}

/** `page.waitForFunction(fn)`, failing with what was awaited. */
const waitUntil = (page, what, fn) =>
  page.waitForFunction(fn).catch((e) => {
    throw new Error(`${what}: ${e.message.split('\n')[0]}`);
  });

/**
 * Serves a CDN build at `${base}/${name}/`: `index.html` is `html`, any other path a file of `dir` (404 when
 * there is none). `hook(path, url)` sees every request first (its path below the page's folder) and may
 * answer it instead: with `route.fulfill()` options, or `{ abort: errorCode }`; undefined serves as above.
 */
function serveCdn(context, base, name, dir, html, hook = () => undefined) {
  return context.route(`${base}/${name}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.slice(`/${name}/`.length);
    const answer = await hook(path, url);
    if (answer?.abort) return route.abort(answer.abort);
    if (answer) return route.fulfill(answer);
    if (path === 'index.html') return route.fulfill({ contentType: 'text/html', body: html });
    const file = join(dir, path);
    if (!path.includes('..') && existsSync(file))
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

/**
 * The seed article given inline in the native format renders whole (article, credits, related list) from
 * the CDN entry alone: the page requests no lazy chunk.
 */
async function checkCdnEager(browser, base, dir) {
  const requests = [];
  const seed = readFileSync(join(root, 'demo/data/seed-article.json'), 'utf8').replace(/</g, '\\u003c');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
    <news-article id="seed"><script type="application/json">${seed}</script></news-article>
    <script type="module" src="news-widgets.js"></script>
  </body></html>`;
  await inFreshPage(
    browser,
    'CDN module: the seed article given inline renders from the entry alone, with no lazy chunk',
    async (page) => {
      await page.goto(`${base}/cdn-eager/index.html`, { waitUntil: 'load' });
      await expectStates(page, {});
      const shown = await page.evaluate(() => {
        const root = document.getElementById('seed').shadowRoot;
        const credits = root.querySelector('news-credits').shadowRoot;
        const related = root.querySelector('related-news-list').shadowRoot;
        return {
          headline: root.querySelector('[part~="headline"]')?.textContent.replace(/\s+/g, ''),
          credits: credits.textContent.replace(/\s+/g, ''),
          related: related.querySelectorAll('[part~="item"]').length,
        };
      });
      assert(shown.headline?.startsWith('视听甘肃丨永登县'), `headline: ${shown.headline}`);
      assert(/编辑/.test(shown.credits) && /主编/.test(shown.credits), `credits: ${shown.credits}`);
      assert(shown.related === 5, `${shown.related} related items`);
      const chunks = requests.filter((r) => r.startsWith('chunks/'));
      assert(!chunks.length, `lazy chunks were loaded: ${chunks.join(', ')}`);
    },
    {
      setup: (context) => serveCdn(context, base, 'cdn-eager', dir, html, (path) => void requests.push(path)),
    },
  );
}

/**
 * The classic script loaded in <head>, before the body is parsed (old CMS templates): the elements are
 * upgraded before their inline JSON children exist, and still render that data, also for a `for` that
 * names an article further down the page.
 */
async function checkIifeInHead(browser, base, dir) {
  const seed = readFileSync(join(root, 'demo/data/seed-article.json'), 'utf8').replace(/</g, '\\u003c');
  const related = JSON.stringify(JSON.parse(seed.replace(/\\u003c/g, '<')).related).replace(/</g, '\\u003c');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>IIFE</title>
    <script src="news-widgets.iife.js"></script></head><body>
    <news-credits id="credits" for="seed"></news-credits>
    <news-article id="seed" hide="related"><script type="application/json">${seed}</script></news-article>
    <related-news-list id="list"><script type="application/json">${related}</script></related-news-list>
  </body></html>`;
  await inFreshPage(
    browser,
    'classic script in <head>: inline JSON children and a later for target still render',
    async (page) => {
      await page.goto(`${base}/iife-head/index.html`, { waitUntil: 'load' });
      await expectStates(page, { '#seed': 'ready', '#list': 'ready', '#credits': 'ready' });
      const shown = await page.evaluate(() => ({
        headline: document.getElementById('seed').shadowRoot.querySelector('[part~="headline"]')?.textContent,
        items: document.getElementById('list').shadowRoot.querySelectorAll('[part~="item"]').length,
        credits: document.getElementById('credits').shadowRoot.textContent.replace(/\s+/g, ''),
      }));
      assert(shown.headline?.includes('永登县'), `headline: ${shown.headline}`);
      assert(shown.items === 5, `${shown.items} related items`);
      assert(shown.credits.includes('王珺茹'), `credits: ${shown.credits}`);
    },
    { setup: (context) => serveCdn(context, base, 'iife-head', dir, html) },
  );
}

/**
 * Under the strict policy of the README (no inline styles or scripts), an HTML body full of inline styles,
 * `<style>` and handlers renders without a single Content-Security-Policy violation report.
 */
async function checkCspQuiet(browser, base, dir) {
  const body = JSON.stringify({
    title: '样式很多的正文',
    body: '<p style="color:red" onclick="alert(1)">第一段</p><style>p{color:red}</style><p><span style="font-weight:bold" onmouseover="x()">第二段</span></p>',
  }).replace(/</g, '\\u003c');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types news-widgets lit-html dompurify">
    <script src="news-widgets.iife.js" defer></script></head><body>
    <news-article id="a" hide="credits related"><script type="application/json">${body}</script></news-article>
  </body></html>`;
  await inFreshPage(
    browser,
    'strict CSP: an HTML body with inline styles and handlers renders with no violation report',
    async (page) => {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__violations.push(e.violatedDirective),
        );
      });
      await page.goto(`${base}/csp-quiet/index.html`, { waitUntil: 'load' });
      await expectStates(page, { '#a': 'ready' });
      const shown = await page.evaluate(() => ({
        text: document
          .getElementById('a')
          .shadowRoot.querySelector('[part~="body"]')
          .textContent.replace(/\s+/g, ''),
        violations: window.__violations,
      }));
      assert(shown.text === '第一段第二段', `body text: ${shown.text}`);
      assert(shown.violations.length === 0, `violations: ${shown.violations.join(', ')}`);
    },
    { setup: (context) => serveCdn(context, base, 'csp-quiet', dir, html) },
  );
}

/**
 * Offline after the entry has loaded: no lazy chunk arrives. Bad data still shows the error state, with
 * 加载失败 and its retry button (the reason is in a chunk), and a `src` fails as a network error, its early request aborted.
 */
async function checkCdnOffline(browser, base, dir) {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
    <news-credits id="bad" data="{oops"></news-credits>
    <related-news-list id="remote" src="list.json"></related-news-list>
    <script type="module" src="news-widgets.js"></script>
  </body></html>`;
  await inFreshPage(
    browser,
    'CDN module offline: with no lazy chunk, bad data and a src still end in the error state with retry',
    async (page) => {
      const aborted = new Promise((resolve) =>
        page.on('requestfailed', (r) => r.url().endsWith('/list.json') && resolve(r.failure()?.errorText)),
      );
      await page.goto(`${base}/cdn-offline/index.html`, { waitUntil: 'load' });
      await expectStates(page, { '#bad': 'error', '#remote': 'error' });
      // The document's early request, which no loader can take over, is aborted, not left hanging.
      assert(
        (await Promise.race([
          aborted,
          new Promise((r) => setTimeout(() => r('still pending'), 5000).unref()),
        ])) === 'net::ERR_ABORTED',
        'the early request of list.json was not aborted when the loader chunk failed',
      );
      const shown = await page.evaluate(() =>
        ['bad', 'remote'].map((id) => {
          const el = document.getElementById(id);
          const alert = el.shadowRoot.querySelector('[role="alert"]');
          return {
            text: alert?.textContent.replace(/\s+/g, ''),
            retry: !!alert?.querySelector('button[part~="retry"]'),
            kind: el.error?.kind,
          };
        }),
      );
      assert(shown[0].text === '加载失败重试' && shown[0].retry, `bad data: ${JSON.stringify(shown[0])}`);
      assert(shown[0].kind === 'parse', `bad data: kind ${shown[0].kind}`);
      assert(
        shown[1].text === '加载失败重试' && shown[1].kind === 'network',
        `src: ${JSON.stringify(shown[1])}`,
      );
    },
    {
      setup: (context) =>
        serveCdn(context, base, 'cdn-offline', dir, html, (path) =>
          path === 'list.json'
            ? new Promise(() => {}) // the document server hangs; the chunks fail at once
            : path === 'index.html' || path === 'news-widgets.js'
              ? undefined
              : { abort: 'internetdisconnected' },
        ),
    },
  );
}

/**
 * On a page's first `src`, the document is requested while the loader chunk is still on its way (the
 * chunk is held here until the documents have been asked for), once per URL however many elements name it.
 */
async function checkCdnParallel(browser, base, dir) {
  const requests = [];
  const seed = readFileSync(join(root, 'demo/data/seed-article.json'), 'utf8');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
    <news-article id="article" src="data/article.json" hide="related"></news-article>
    <related-news-list id="a" src="data/list.json"></related-news-list>
    <related-news-list id="b" src="data/list.json"></related-news-list>
    <script type="module" src="news-widgets.js"></script>
  </body></html>`;
  let released;
  const documentsAsked = new Promise((resolve) => (released = resolve));
  const asked = new Set();
  await inFreshPage(
    browser,
    'CDN module: a src is requested in parallel with the loader chunk, once per URL',
    async (page) => {
      await page.goto(`${base}/cdn-parallel/index.html`, { waitUntil: 'load' });
      await expectStates(page, {});
      const held = requests.find((r) => r.path.startsWith('chunks/loader-'));
      assert(held, `no loader chunk was requested: ${requests.map((r) => r.path).join(', ')}`);
      assert(held.waited, 'the documents were requested only after the loader chunk had arrived');
      const count = (p) => requests.filter((r) => r.path === `data/${p}`).length;
      assert(count('list.json') === 1, `list.json was requested ${count('list.json')} times`);
      assert(count('article.json') === 1, `article.json was requested ${count('article.json')} times`);
      const shown = await page.evaluate(() => ({
        article: document.getElementById('article').shadowRoot.querySelector('[part~="headline"]')
          ?.textContent,
        a: document.getElementById('a').shadowRoot.querySelectorAll('[part~="item"]').length,
        b: document.getElementById('b').shadowRoot.querySelectorAll('[part~="item"]').length,
      }));
      assert(shown.article?.includes('永登县') && shown.a === 5 && shown.b === 5, JSON.stringify(shown));
    },
    {
      setup: (context) =>
        serveCdn(context, base, 'cdn-parallel', dir, html, async (path) => {
          const entry = { path, waited: false };
          requests.push(entry);
          if (path.startsWith('data/')) {
            asked.add(path);
            if (asked.has('data/article.json') && asked.has('data/list.json')) released();
            const body = path === 'data/list.json' ? JSON.stringify(JSON.parse(seed).related) : seed;
            return { contentType: 'application/json', body };
          }
          if (path.startsWith('chunks/loader-')) {
            entry.waited = await Promise.race([
              documentsAsked.then(() => true),
              new Promise((r) => setTimeout(() => r(false), 5000).unref()),
            ]);
          }
          return undefined;
        }),
    },
  );
}

/**
 * The CDN ES module as a portal loads it: from a URL with a query string, one request for the entry, and
 * every lazy chunk (full normalizer, role names, sanitizer, virtualizer with its flow layout, paging)
 * loaded by the data that needs it, once, without a console error; the virtualizer brings its layout
 * along instead of fetching it after its first render.
 */
async function checkCdnModule(browser, base, dir) {
  const requests = [];
  const feed = (page, next) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: '最新新闻',
      ...(next ? { next_url: next } : {}),
      items: [1, 2, 3].map((i) => ({
        id: `${page}-${i}`,
        url: `https://example.com/${page}/${i}.html`,
        title: `第${page}页 新闻${i}`,
        date_published: '2025-04-09T11:27:00+08:00',
      })),
    });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
    <related-news-list id="long" heading="长列表"></related-news-list>
    <related-news-list id="feed" page-size="3"><script type="application/json">${feed(1, 'page-2.json')}</script></related-news-list>
    <news-article id="html" hide="credits related"><script type="application/json">${JSON.stringify({
      title: 'HTML 正文',
      body: '<p onclick="window.__xss=1">第一段</p><script>window.__xss=2</script><p>第二段</p>',
    }).replace(/</g, '\\u003c')}</script></news-article>
    <news-credits id="labels" labels='{"责编":"责任编辑"}' data='{"editor":"王珺茹","responsibleEditor":"张旭峰"}'></news-credits>
    <script type="module" src="news-widgets.js?v=2"></script>
    <script type="module">
      await customElements.whenDefined('related-news-list');
      document.getElementById('long').items = Array.from({ length: 1000 }, (_, i) => ({
        title: '长列表新闻 ' + (i + 1),
        url: 'https://example.com/long/' + (i + 1) + '.html',
      }));
    </script>
  </body></html>`;
  // A lazy chunk that imports shared chunks statically has its response held until the browser has asked
  // for those too, which it does at once only when they are imported in parallel with it.
  const chunkDir = join(dir, 'chunks');
  const depsOf = new Map(
    readdirSync(chunkDir).map((f) => [
      `chunks/${f}`,
      [...readFileSync(join(chunkDir, f), 'utf8').matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+)["'`]/g)].map(
        (m) => `chunks/${m[1]}`,
      ),
    ]),
  );
  const asked = new Set();
  const waiting = new Set();
  const waterfall = [];
  const ask = (path) => {
    asked.add(path);
    for (const w of waiting) w();
  };
  const depsAsked = (path) =>
    new Promise((resolve) => {
      const check = () => {
        if (!depsOf.get(path).every((d) => asked.has(d))) return;
        waiting.delete(check);
        resolve(true);
      };
      waiting.add(check);
      check();
      setTimeout(() => waiting.delete(check) && resolve(false), 5000).unref();
    });
  // The virtualizer is held until the long list has been seen showing its first rows without it.
  let releaseVirtualizer;
  const virtualizerHeld = new Promise((resolve) => {
    releaseVirtualizer = resolve;
    setTimeout(resolve, 10000).unref();
  });
  const routes = (context) =>
    serveCdn(context, base, 'cdn-check', dir, html, async (path, url) => {
      requests.push(url.pathname + url.search);
      ask(path);
      if (depsOf.get(path)?.length && !(await depsAsked(path))) waterfall.push(path);
      if (path.startsWith('chunks/virtualize-')) await virtualizerHeld;
      return path === 'page-2.json' ? { contentType: 'application/json', body: feed(2) } : undefined;
    });
  const name = 'CDN module from a versioned URL: each lazy chunk loads once, when the data needs it';
  await inFreshPage(
    browser,
    name,
    async (page) => {
      await page.goto(`${base}/cdn-check/index.html`, { waitUntil: 'load' });
      await expectStates(page, {});
      const early = await page.evaluate(() => {
        const ul = document.getElementById('long').shadowRoot.querySelector('[part~="list"]');
        return {
          rows: [...ul.querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim()),
          fills: ul.scrollHeight > ul.clientHeight,
        };
      });
      releaseVirtualizer();
      assert(
        early.rows.length === 8 && early.rows[0] === '长列表新闻 1' && early.fills,
        `while the virtualizer loads, the first rows fill the scroller: ${early.rows.length} rows`,
      );
      await waitUntil(page, 'the virtualizer takes over the long list', () =>
        document.getElementById('long').shadowRoot.querySelector('[virtualizer-sizer] ~ [part~="item"]'),
      );
      const shown = await page.evaluate(() => {
        const root = (id) => document.getElementById(id).shadowRoot;
        return {
          long: root('long').querySelectorAll('[part~="item"]').length,
          feed: [...root('feed').querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim()),
          paragraphs: [...root('html').querySelectorAll('p')].map((p) => p.textContent),
          unsafe: root('html').querySelectorAll('script, [onclick]').length,
          credits: root('labels').textContent.replace(/\s+/g, ''),
        };
      });
      assert(shown.long > 0 && shown.long < 200, `virtualized list renders ${shown.long} of 1,000 rows`);
      assert(shown.feed.join() === '第1页 新闻1,第1页 新闻2,第1页 新闻3', `JSON Feed: ${shown.feed}`);
      assert(shown.paragraphs.includes('第一段') && shown.paragraphs.includes('第二段'), 'HTML body');
      assert(shown.unsafe === 0, 'the sanitizer removed the script and the handler');
      assert(shown.credits.includes('责任编辑'), `labels keyed by role name: ${shown.credits}`);
      // The virtualizer (its own Lit copy) follows scrolling to the end. Its height is an estimate until
      // the rows it renders are measured: like a reader, keep scrolling to the bottom until the end shows.
      await waitUntil(page, 'the virtualizer scrolls to item 1000', () => {
        const root = document.getElementById('long').shadowRoot;
        const list = root.querySelector('[part~="list"]');
        list.scrollTop = list.scrollHeight;
        return [...root.querySelectorAll('[part~="title"]')].some(
          (t) => t.textContent.trim() === '长列表新闻 1000',
        );
      });
      // Paging loads its chunk and the next page.
      await page.evaluate(() =>
        document.getElementById('feed').shadowRoot.querySelector('[part~="more"]').click(),
      );
      await waitUntil(
        page,
        'load more shows 6 items',
        () => document.getElementById('feed').shadowRoot.querySelectorAll('[part~="item"]').length === 6,
      );
      assert((await page.evaluate(() => window.__xss)) === undefined, 'no injected script ran');
      const entry = requests.filter((r) => r.startsWith('/cdn-check/news-widgets.js'));
      assert(entry.length === 1, `the entry was requested ${entry.length} times: ${requests.join(', ')}`);
      const chunks = requests.filter((r) => r.startsWith('/cdn-check/chunks/'));
      const once = new Set(chunks).size === chunks.length;
      assert(once, `a chunk was requested twice: ${chunks.join(', ')}`);
      for (const lazy of ['normalize', 'credits', 'sanitize', 'virtualize', 'list-paging', 'loader']) {
        assert(
          chunks.some((c) => c.startsWith(`/cdn-check/chunks/${lazy}-`)),
          `no ${lazy} chunk was loaded: ${chunks.join(', ')}`,
        );
      }
      assert(
        !waterfall.length,
        `chunks imported by ${waterfall.join(', ')} were requested only after it had arrived`,
      );
      const layout = chunks.filter((c) => c.startsWith('/cdn-check/chunks/flow-'));
      assert(!layout.length, `the virtualizer fetched its layout apart: ${layout.join(', ')}`);
    },
    { setup: routes },
  );
}

process.exitCode = await main();
