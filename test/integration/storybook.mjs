// Browser test of the built Storybook (storybook-static, or the directory given as argument):
// a story URL with `args=` (as the Controls panel writes it) reproduces the story after a reload, and each
// element's docs page opens with its description, a usage snippet and the API table (one row per member,
// read-only members without editors, defaults as values), before any story.
//
//   npm run build-storybook && node test/integration/storybook.mjs [storybook-static]
//
// Prints `storybook: N passed, N failed` (and the docs pages' heights); writes { passed, failed } to
// E2E_SUMMARY_FILE when set.
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';

const dir = resolve(process.argv[2] ?? 'storybook-static');
const results = [];
async function test(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(
      `  ✗ ${name}\n    ${String(error?.message ?? error)
        .split('\n')
        .slice(0, 8)
        .join('\n    ')}`,
    );
  }
}
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`${dir} has no built Storybook: run npm run build-storybook first.`);
  process.exit(1);
}
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};
const server = createServer((req, res) => {
  const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));

/** The story frame of the manager page. */
const storyFrame = async () => {
  const handle = await page.waitForSelector('#storybook-preview-iframe');
  return handle.contentFrame();
};
const listState = (frame) =>
  frame.waitForFunction(() => {
    const el = document.querySelector('related-news-list');
    return (
      el?.shadowRoot?.querySelector('li') && {
        layout: el.getAttribute('layout'),
        theme: el.getAttribute('theme'),
      }
    );
  });

await test('a story URL with args=layout:cards;theme:dark shows those args, and again after a reload', async () => {
  await page.goto(
    `${origin}/?path=/story/elements-related-news-list--seed-list&args=layout:cards;theme:dark`,
  );
  let state = await (await listState(await storyFrame())).jsonValue();
  assert(state.layout === 'cards' && state.theme === 'dark', `before reload: ${JSON.stringify(state)}`);
  assert(page.url().includes('args=layout:cards;theme:dark'), `the URL lost its args: ${page.url()}`);
  await page.reload();
  state = await (await listState(await storyFrame())).jsonValue();
  assert(state.layout === 'cards' && state.theme === 'dark', `after reload: ${JSON.stringify(state)}`);
  const select = await page.waitForSelector('select#control-layout');
  assert((await select.inputValue()) === 'cards', `the layout control shows ${await select.inputValue()}`);
});

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../custom-elements.json'), 'utf8'));
/** The attributes of an element, from custom-elements.json. */
const attributes = (tag) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.attributes ?? [];

const heights = {};
for (const tag of ['news-article', 'news-credits', 'related-news-list']) {
  await test(`the ${tag} docs page opens with description, usage and API table, before the stories`, async () => {
    await page.goto(`${origin}/iframe.html?id=elements-${tag}--docs&viewMode=docs`);
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 15000 });
    await page.waitForSelector(`#anchor--primary--elements-${tag}--docs, .docs-story`, { timeout: 15000 });
    // The usage snippet is highlighted by a module Storybook loads on its own: wait for it too.
    await page.waitForFunction(
      (tag) =>
        [...document.querySelectorAll('#storybook-docs pre')].some((p) => p.textContent.includes(`<${tag}`)),
      tag,
      { timeout: 15000 },
    );
    const layout = await page.evaluate((tag) => {
      const top = (el) => (el ? el.getBoundingClientRect().top + scrollY : null);
      const root = document.querySelector('#storybook-docs');
      const h1 = root.querySelector('h1');
      const description = h1?.nextElementSibling;
      const usage = [...root.querySelectorAll('pre')].find((p) => p.textContent.includes(`<${tag}`));
      const table = root.querySelector('.docblock-argstable');
      const story = root.querySelector('.docs-story');
      const rows = [...table.querySelectorAll('tbody tr')]
        .map((tr) => ({
          name: tr.querySelector('td')?.textContent.trim().split(/\s/)[0] ?? '',
          text: tr.textContent,
          editor: !!tr.querySelector('input, select, textarea, button[role="switch"], [contenteditable]'),
        }))
        .filter((r) => r.name);
      return {
        order: [top(h1), top(description), top(usage), top(table), top(story)],
        description: description?.textContent.trim() ?? '',
        rows,
        height: document.documentElement.scrollHeight,
      };
    }, tag);
    heights[tag] = layout.height;
    const [title, description, usage, table, story] = layout.order;
    assert(layout.description.length > 20, `no description under the title: "${layout.description}"`);
    assert(usage !== null, 'no usage snippet');
    assert(
      title < description && description < usage && usage < table && table < story,
      `order ${layout.order}`,
    );
    const names = new Set(layout.rows.map((r) => r.name));
    const twins = attributes(tag).filter((a) => a.fieldName && a.fieldName !== a.name && names.has(a.name));
    assert(!twins.length, `attribute rows beside their properties: ${twins.map((a) => a.name).join(', ')}`);
    const missing = attributes(tag).filter((a) => a.fieldName && !names.has(a.fieldName));
    assert(!missing.length, `no row for ${missing.map((a) => a.fieldName).join(', ')}`);
    for (const readOnly of ['value', 'problems', 'loaded', 'error', 'state']) {
      const row = layout.rows.find((r) => r.name === readOnly);
      assert(row, `no row for ${readOnly}`);
      assert(!row.editor, `${readOnly} has an editor`);
    }
    const timeout = layout.rows.find((r) => r.name === 'timeout');
    assert(timeout && !timeout.text.includes('DEFAULT_TIMEOUT'), `timeout's default: ${timeout?.text}`);
    assert(timeout.text.includes('10,000'), `timeout's default is not shown as 10,000: ${timeout.text}`);
  });
}

await test('no uncaught errors', () => assert(!errors.length, errors.join('\n')));
await browser.close();
server.close();
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`  docs page heights (px): ${JSON.stringify(heights)}`);
console.log(`storybook: ${passed} passed, ${failed} failed`);
if (process.env.E2E_SUMMARY_FILE)
  writeFileSync(process.env.E2E_SUMMARY_FILE, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
