// Server HTML in Chromium: without JavaScript the article shows complete and styled, safe from the page's
// hostile CSS, with the crawler copy not displayed; with JavaScript, no attack payload runs.
import { test, before, after } from 'node:test';
import process from 'node:process';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { ssr, demoData, fixture } from './helpers.mjs';
import { minifyLiteralsEsbuild } from '../../scripts/minify-literals.mjs';

const pages = new Map();
let server;
let origin;
let browser;

before(async () => {
  server = createServer((req, res) => {
    const body = pages.get(req.url);
    res.statusCode = body ? 200 : 404;
    res.setHeader(
      'content-type',
      `${req.url.endsWith('.js') ? 'text/javascript' : 'text/html'}; charset=utf-8`,
    );
    res.end(body ?? 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

const hostile = `<style>${readFileSync(new URL('../../demo/css/hostile.css', import.meta.url), 'utf8')}</style>`;

test('without JavaScript: the styled article, credits and related list, whatever the page’s CSS', async () => {
  const { html } = await ssr.renderPage('news-article', demoData('seed-article.json'), {
    url: `${origin}/article.html`,
    head: hostile,
  });
  pages.set('/article.html', html);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 800, height: 1000 },
  });
  const page = await context.newPage();
  await page.goto(`${origin}/article.html`);
  const style = (selector, prop) =>
    page
      .locator(selector)
      .first()
      .evaluate((el, p) => getComputedStyle(el)[p], prop);
  assert.equal(await style('h1[part="headline"]', 'fontSize'), '28px', 'headline size (1.75em)');
  assert.ok(Number(await style('strong[part="lead"]', 'fontWeight')) >= 600, 'bold leads');
  assert.notEqual(
    await style('p[part="paragraph"]', 'color'),
    'rgb(255, 0, 0)',
    'the page’s p { color: red } stays out',
  );
  assert.notEqual(await style('p[part="paragraph"]', 'fontSize'), '6px');
  assert.ok(await page.locator('p[part="meta"]').isVisible(), 'meta line');
  assert.match(await page.locator('p[part="meta"]').innerText(), /发布时间/);
  assert.ok(await page.locator('news-credits [part~="item"]').first().isVisible(), 'credits line');
  const links = page.locator('related-news-list a[part="link"]');
  assert.equal(await links.count(), 5);
  assert.ok(await links.first().isVisible(), 'related list');
  assert.notEqual(await links.first().evaluate((a) => getComputedStyle(a).color), 'rgb(0, 255, 0)');
  // The crawler copy is light DOM that no slot takes: in the page, not displayed.
  const copy = await page.evaluate(() => {
    const div = document.querySelector('news-article > div');
    return { text: div?.textContent.length ?? 0, boxes: div?.getClientRects().length };
  });
  assert.ok(copy.text > 1000, 'the copy is there');
  assert.equal(copy.boxes, 0, 'and not displayed');
  await context.close();
});

test('with JavaScript: no payload of security-html.json runs from the server HTML', async () => {
  const vectors = JSON.parse(fixture('security-html.json'));
  const parts = [];
  for (const v of vectors)
    parts.push(
      await ssr.renderToString('news-article', { title: v.name, body: v.html }, { hide: 'credits related' }),
      await ssr.renderToString(
        'news-article',
        { title: v.name, body: [{ type: 'html', html: v.html }] },
        { hide: 'credits related' },
      ),
    );
  pages.set(
    '/attacks.html',
    `<!doctype html><html><head><meta charset="utf-8"></head><body>${parts.join('\n')}</body></html>`,
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${origin}/attacks.html`, { waitUntil: 'load' });
  // Handlers that would fire on load, error or focus have had their chance once the page has loaded and painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.__sec), undefined);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('news-article').count(), vectors.length * 2);
  await context.close();
});

/** The elements for the browser, with Lit's hydration support loaded first (served as /elements.js). */
async function serveElements() {
  if (pages.has('/elements.js')) return;
  const { build } = await import('esbuild');
  const out = await build({
    stdin: {
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './src/define.ts';",
      resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    // The templates as the published builds have them (and the server renders them).
    plugins: [minifyLiteralsEsbuild],
  });
  pages.set('/elements.js', out.outputFiles[0].text);
}

test(
  'with JavaScript: the elements take over the server HTML in place, without a request or a layout shift',
  { timeout: 60_000 },
  async () => {
    await serveElements();
    const { html } = await ssr.renderPage('news-article', demoData('seed-article.json'), {
      url: `${origin}/hydrate.html`,
      script: '<script type="module" src="/elements.js"></script>',
    });
    pages.set('/hydrate.html', html);
    const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.addInitScript(() => {
      window.__removed = [];
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Once parsed and before the module runs: watch every shadow root the server rendered.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const watch = (root) => {
          for (const el of root.querySelectorAll('*'))
            if (el.shadowRoot) {
              new MutationObserver((records) => {
                for (const r of records)
                  for (const n of r.removedNodes) window.__removed.push(`${el.localName} ${n.nodeName}`);
              }).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
              watch(el.shadowRoot);
            }
        };
        watch(document);
      });
    });
    await page.goto(`${origin}/hydrate.html`);
    const state = await page.evaluate(async () => {
      const a = document.querySelector('news-article');
      await customElements.whenDefined('news-article');
      await a.updateComplete;
      const credits = a.shadowRoot.querySelector('news-credits');
      await credits.updateComplete;
      return {
        state: a.state,
        hydrated: !a.hasAttribute('defer-hydration'),
        roots: a.shadowRoot.querySelectorAll('.root').length,
      };
    });
    assert.deepEqual(state, { state: 'ready', hydrated: true, roots: 1 });
    const removed = await page.evaluate(() => window.__removed);
    assert.deepEqual(removed, [], 'the article, credits and related list keep their nodes');
    assert.deepEqual(requests, ['/hydrate.html', '/elements.js'], 'no request for the data');
    assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift');
    // After taking over, the element works as a client-rendered one.
    const meta = await page.evaluate(async () => {
      const a = document.querySelector('news-article');
      a.lang = 'en';
      await a.updateComplete;
      return a.shadowRoot.querySelector('[part="meta"]').textContent;
    });
    assert.match(meta, /Published/);
    await context.close();
  },
);

test(
  'with JavaScript: an article with an HTML body is taken over in place, its sanitized body kept',
  { timeout: 60_000 },
  async () => {
    await serveElements();
    const body = '<p>第一段<a href="/x">链接</a></p><h2>小标题</h2><p>第二段</p>';
    const { html } = await ssr.renderPage(
      'news-article',
      { title: '标题', published: '2025-04-09T11:27:00+08:00', body },
      {
        url: `${origin}/html-body.html`,
        script: '<script type="module" src="/elements.js"></script>',
      },
    );
    assert.doesNotMatch(html, /<news-article[^>]*defer-hydration/);
    pages.set('/html-body.html', html);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => {
      window.__removed = [];
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const a = document.querySelector('news-article');
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.removedNodes) window.__removed.push(n.nodeName);
        }).observe(a.shadowRoot, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.goto(`${origin}/html-body.html`);
    await page.waitForFunction(() => customElements.get('news-article'));
    const seen = await page.evaluate(async () => {
      const a = document.querySelector('news-article');
      await a.updateComplete;
      const before = {
        state: a.state,
        roots: a.shadowRoot.querySelectorAll('.root').length,
        text: a.shadowRoot.querySelector('[part~="body"]').textContent.replace(/\s+/g, ''),
        removed: [...window.__removed],
      };
      // Then it works as a client-rendered element: a change of language re-renders, the body stays.
      a.lang = 'en';
      await a.updateComplete;
      return {
        ...before,
        meta: a.shadowRoot.querySelector('[part="meta"]').textContent,
        after: a.shadowRoot.querySelector('[part~="body"]').textContent.replace(/\s+/g, ''),
        bodies: a.shadowRoot.querySelectorAll('[part~="body"] div.html').length,
      };
    });
    assert.deepEqual(errors, [], 'no hydration mismatch');
    assert.deepEqual(seen.removed, [], 'no node of the server HTML removed');
    assert.equal(seen.state, 'ready');
    assert.equal(seen.roots, 1);
    assert.equal(seen.text, '第一段链接小标题第二段');
    assert.match(seen.meta, /Published/);
    assert.equal(seen.after, '第一段链接小标题第二段');
    assert.equal(seen.bodies, 1);
    await context.close();
  },
);
