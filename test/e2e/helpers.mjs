// Shared by the end-to-end specs: the `test` fixture (a page whose console errors and uncaught exceptions
// fail the test; the classic-script build served in place of dist/cdn/news-widgets.iife.js), the wait for
// every element's settled state, and a server for CDN builds behind routes.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';

export { expect };
export const root = resolve(import.meta.dirname, '../..');
export const TAGS = ['news-article', 'news-credits', 'related-news-list'];
export const PAGES = [
  '/demo/index.html',
  '/demo/en.html',
  '/demo/states.html',
  '/demo/embed.html',
  '/demo/formats.html',
];

/** URLs that pages break on purpose: their failed loads may log a console error. */
const INTENDED_FAILURES = [/\/demo\/data\/missing-article\.json$/, /\/cdn-offline\//];

/** The temporary directory of global-setup.mjs's builds; throws the build's error when it failed. */
export function buildDir() {
  if (process.env.E2E_BUILD_ERROR) throw new Error(process.env.E2E_BUILD_ERROR);
  return process.env.E2E_BUILD_DIR;
}

/** Serves the classic script built by global-setup.mjs in place of dist/cdn/news-widgets.iife.js. */
export async function routeClassicScript(context) {
  const iife = join(process.env.E2E_BUILD_DIR ?? '', 'news-widgets.iife.js');
  if (!existsSync(iife)) return;
  const body = readFileSync(iife);
  await context.route('**/dist/cdn/news-widgets.iife.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body }),
  );
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await routeClassicScript(context);
    await use(context);
  },
  page: async ({ page }, use) => {
    const errors = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const url = msg.location()?.url ?? '';
      const text = msg.text();
      if (/^Failed to load resource/.test(text) && INTENDED_FAILURES.some((re) => re.test(url))) return;
      errors.push(`console error: ${text}${url ? ` (${url})` : ''}`);
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
    await use(page);
    // What the page still had queued (a frame, then a task) may log too.
    if (!page.isClosed())
      await page
        .evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))))
        .catch(() => undefined);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  },
});

/** Opens a demo page and waits until the three elements are defined. */
export async function openDemo(page, path) {
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 10_000 });
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

/** What keeps the states of the page from matching `expected` (see expectStates). */
function mismatches(states, expected) {
  const problems = [];
  if (Object.keys(states).length === 0) problems.push('no news-* element found');
  for (const [key, state] of Object.entries(states)) {
    const id = key.match(/#([\w-]+)$/)?.[1];
    const want = expected[key] ?? (id && expected[`#${id}`]) ?? 'ready';
    if (state !== want) problems.push(`${key}: state=${state}, expected ${want}`);
  }
  for (const key of Object.keys(expected)) {
    const found = key.startsWith('#') ? Object.keys(states).some((k) => k.endsWith(key)) : key in states;
    if (!found) problems.push(`${key}: not on the page`);
  }
  return problems;
}

/**
 * Waits until every news-* element has a settled state and the ones named in `expected` (by `#id`, or by
 * the readable path of statesInPage) have the state given; every other element must be `ready`.
 */
export async function expectStates(page, expected = {}) {
  await expect
    .poll(async () => mismatches(await page.evaluate(statesInPage, TAGS), expected), {
      message: 'the elements settle in the states expected',
    })
    .toEqual([]);
}

/** `page.waitForFunction(fn)`, failing with what was awaited. */
export const waitUntil = (page, what, fn) =>
  page.waitForFunction(fn).catch((e) => {
    throw new Error(`${what}: ${e.message.split('\n')[0]}`);
  });

/**
 * Serves a CDN build at `${baseURL}/${name}/`: `index.html` is `html`, any other path a file of `dir` (404
 * when there is none). `hook(path, url)` sees every request first (its path below the page's folder) and
 * may answer it instead: with `route.fulfill()` options, or `{ abort: errorCode }`; undefined serves as above.
 */
export function serveCdn(context, name, dir, html, hook = () => undefined) {
  return context.route(`**/${name}/**`, async (route) => {
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

/** The seed article of the demo, as JSON text with `<` escaped for a script element. */
export const seedJson = () =>
  readFileSync(join(root, 'demo/data/seed-article.json'), 'utf8').replace(/</g, '\\u003c');
