// The built files as portals load them (built from the current source by global-setup.mjs): the CDN ES
// module with its lazy chunks, and the classic script. Each page is served behind a route (serveCdn), so
// that a test can see, hold or fail every request the page makes.
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildDir, expect, expectStates, seedJson, serveCdn, test, waitUntil } from './helpers.mjs';

/** Resolves with `value` after `ms`, not keeping the process alive: the bound of a wait for an event. */
const after = (ms, value) => new Promise((r) => setTimeout(() => r(value), ms).unref());

/**
 * A page whose article a server rendered (news-widgets/ssr), then one of the CDN files: the elements take
 * over the server's HTML in place. `script` is the tag that loads the file, `dir` the folder it is in.
 */
async function serverRenderedPage(context, page, name, dir, script) {
  buildDir();
  const { renderToString } = await import(pathToFileURL(process.env.E2E_SSR_ENTRY).href);
  const fragment = await renderToString('news-article', JSON.parse(seedJson().replace(/\\u003c/g, '<')), {
    lang: 'zh-CN',
  });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>SSR</title></head><body>
    ${fragment}
    <script>
      // Parsed, before the file runs: watch every shadow root the server rendered.
      window.__removed = [];
      const watch = (root) => {
        for (const el of root.querySelectorAll('*'))
          if (el.shadowRoot) {
            new MutationObserver((records) => {
              for (const r of records)
                for (const n of r.removedNodes) window.__removed.push(el.localName + ' ' + n.nodeName);
            }).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
            watch(el.shadowRoot);
          }
      };
      watch(document);
    </script>
    ${script}
  </body></html>`;
  const requests = [];
  await serveCdn(context, name, dir, html, (path) => void requests.push(path));
  await page.goto(`/${name}/index.html`, { waitUntil: 'load' });
  await expectStates(page);
  const shown = await page.evaluate(() => {
    const a = document.querySelector('news-article');
    const nested = ['news-credits', 'related-news-list'].map((t) => a.shadowRoot.querySelector(t));
    return {
      roots: [a, ...nested].map((el) => el.shadowRoot.querySelectorAll('.root').length),
      headlines: a.shadowRoot.querySelectorAll('[part~="headline"]').length,
      deferred: [a, ...nested].filter((el) => el.hasAttribute('defer-hydration')).length,
      removed: window.__removed,
      items: nested[1].shadowRoot.querySelectorAll('[part~="item"]').length,
    };
  });
  expect(shown, 'taken over in place: one rendering, no node replaced').toEqual({
    roots: [1, 1, 1],
    headlines: 1,
    deferred: 0,
    removed: [],
    items: 5,
  });
  expect(
    requests.filter((r) => !r.startsWith('chunks/') && r !== 'index.html'),
    'requests besides the page and lazy chunks',
  ).toEqual([script.match(/src="([^"]+)"/)[1]]);
  // Taken over, it works as a client-rendered element: a new view count shows.
  const views = await page.evaluate(async () => {
    const a = document.querySelector('news-article');
    a.views = 12345;
    await a.updateComplete;
    return a.shadowRoot.querySelector('[part~="views"]').textContent;
  });
  expect(views).toBe('1.2万次浏览');
}

test.describe('CDN ES module (news-widgets.js)', () => {
  test("leaves the page's own Lit hydration hook as it was (none, or the page's)", async ({
    context,
    page,
  }) => {
    for (const own of [false, true]) {
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
        ${own ? '<script>window.__pageHook = () => {}; window.litElementHydrateSupport = window.__pageHook;</script>' : ''}
        <news-article id="seed"><script type="application/json">${seedJson()}</script></news-article>
        <script type="module" src="news-widgets.js"></script>
      </body></html>`;
      const name = `cdn-hook-${own}`;
      await serveCdn(context, name, join(buildDir(), 'cdn'), html);
      await page.goto(`/${name}/index.html`, { waitUntil: 'load' });
      await expectStates(page);
      const hook = await page.evaluate(() =>
        'litElementHydrateSupport' in window
          ? window.litElementHydrateSupport === window.__pageHook
            ? "the page's"
            : 'another'
          : 'none',
      );
      expect(hook).toBe(own ? "the page's" : 'none');
    }
  });

  test('a server-rendered article is taken over in place, not rendered twice', async ({ context, page }) => {
    await serverRenderedPage(
      context,
      page,
      'cdn-ssr',
      join(buildDir(), 'cdn'),
      '<script type="module" src="news-widgets.js"></script>',
    );
  });

  test('the seed article given inline renders from the entry alone, with no lazy chunk', async ({
    context,
    page,
  }) => {
    const requests = [];
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
      <news-article id="seed"><script type="application/json">${seedJson()}</script></news-article>
      <script type="module" src="news-widgets.js"></script>
    </body></html>`;
    await serveCdn(context, 'cdn-eager', join(buildDir(), 'cdn'), html, (path) => void requests.push(path));
    await page.goto('/cdn-eager/index.html', { waitUntil: 'load' });
    await expectStates(page);
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
    expect(shown.headline).toMatch(/^视听甘肃丨永登县/);
    expect(shown.credits).toMatch(/编辑/);
    expect(shown.credits).toMatch(/主编/);
    expect(shown.related, 'related items').toBe(5);
    // The article's JSON-LD for the page (the page-json-ld chunk and what it imports) is added once the
    // article has shown, when the page is idle: no other chunk is loaded.
    const chunkDir = join(buildDir(), 'cdn', 'chunks');
    const jsonLd = readdirSync(chunkDir).find((f) => f.startsWith('page-json-ld-'));
    const afterShown = new Set([
      `chunks/${jsonLd}`,
      ...[
        ...readFileSync(join(chunkDir, jsonLd), 'utf8').matchAll(
          /(?:from|import)\s*["'`]\.\/([^"'`]+)["'`]/g,
        ),
      ].map((m) => `chunks/${m[1]}`),
    ]);
    expect(
      requests.filter((r) => r.startsWith('chunks/') && !afterShown.has(r)),
      'lazy chunks loaded',
    ).toEqual([]);
  });

  test('offline with no lazy chunk, bad data and a src still end in the error state with retry', async ({
    context,
    page,
  }) => {
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
      <news-credits id="bad" data="{oops"></news-credits>
      <related-news-list id="remote" src="list.json"></related-news-list>
      <script type="module" src="news-widgets.js"></script>
    </body></html>`;
    await serveCdn(context, 'cdn-offline', join(buildDir(), 'cdn'), html, (path) =>
      path === 'list.json'
        ? new Promise(() => {}) // the document server hangs; the chunks fail at once
        : path === 'index.html' || path === 'news-widgets.js'
          ? undefined
          : { abort: 'internetdisconnected' },
    );
    const aborted = new Promise((resolve) =>
      page.on('requestfailed', (r) => r.url().endsWith('/list.json') && resolve(r.failure()?.errorText)),
    );
    await page.goto('/cdn-offline/index.html', { waitUntil: 'load' });
    await expectStates(page, { '#bad': 'error', '#remote': 'error' });
    // The document's early request, which no loader can take over, is aborted, not left hanging.
    expect(
      await Promise.race([aborted, after(5000, 'still pending')]),
      'the early request of list.json is aborted when the loader chunk fails',
    ).toBe('net::ERR_ABORTED');
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
    // 加载失败, the reason when the eager code has its text, and the retry button.
    for (const [i, kind] of [
      [0, 'parse'],
      [1, 'network'],
    ]) {
      expect(shown[i].text, `${kind}: the alert`).toMatch(/^加载失败(：[^：]+)?重试$/);
      expect(shown[i], `${kind}: the alert`).toMatchObject({ retry: true, kind });
    }
  });

  test('a src is requested in parallel with the loader chunk, once per URL', async ({ context, page }) => {
    const requests = [];
    const seed = readFileSync(join(import.meta.dirname, '../../demo/data/seed-article.json'), 'utf8');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title></head><body>
      <news-article id="article" src="data/article.json" hide="related"></news-article>
      <related-news-list id="a" src="data/list.json"></related-news-list>
      <related-news-list id="b" src="data/list.json"></related-news-list>
      <script type="module" src="news-widgets.js"></script>
    </body></html>`;
    let released;
    const documentsAsked = new Promise((resolve) => (released = resolve));
    const asked = new Set();
    // The loader chunk is held until both documents have been asked for (at most 5 s).
    await serveCdn(context, 'cdn-parallel', join(buildDir(), 'cdn'), html, async (path) => {
      const entry = { path, waited: false };
      requests.push(entry);
      if (path.startsWith('data/')) {
        asked.add(path);
        if (asked.has('data/article.json') && asked.has('data/list.json')) released();
        const body = path === 'data/list.json' ? JSON.stringify(JSON.parse(seed).related) : seed;
        return { contentType: 'application/json', body };
      }
      if (path.startsWith('chunks/loader-')) {
        entry.waited = await Promise.race([documentsAsked.then(() => true), after(5000, false)]);
      }
      return undefined;
    });
    await page.goto('/cdn-parallel/index.html', { waitUntil: 'load' });
    await expectStates(page);
    const held = requests.find((r) => r.path.startsWith('chunks/loader-'));
    expect(held, `a loader chunk is requested: ${requests.map((r) => r.path).join(', ')}`).toBeTruthy();
    expect(held.waited, 'the documents are requested before the loader chunk has arrived').toBe(true);
    const count = (p) => requests.filter((r) => r.path === `data/${p}`).length;
    expect(count('list.json'), 'requests of list.json').toBe(1);
    expect(count('article.json'), 'requests of article.json').toBe(1);
    const shown = await page.evaluate(() => ({
      article: document.getElementById('article').shadowRoot.querySelector('[part~="headline"]')?.textContent,
      a: document.getElementById('a').shadowRoot.querySelectorAll('[part~="item"]').length,
      b: document.getElementById('b').shadowRoot.querySelectorAll('[part~="item"]').length,
    }));
    expect(shown.article).toContain('永登县');
    expect([shown.a, shown.b], 'items of both lists').toEqual([5, 5]);
  });

  test('from a versioned URL, each lazy chunk loads once, when the data needs it', async ({
    context,
    page,
  }) => {
    const dir = join(buildDir(), 'cdn');
    const requests = [];
    const feed = (n, next) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: '最新新闻',
        ...(next ? { next_url: next } : {}),
        items: [1, 2, 3].map((i) => ({
          id: `${n}-${i}`,
          url: `https://example.com/${n}/${i}.html`,
          title: `第${n}页 新闻${i}`,
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
        [
          ...readFileSync(join(chunkDir, f), 'utf8').matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+)["'`]/g),
        ].map((m) => `chunks/${m[1]}`),
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
    await serveCdn(context, 'cdn-check', dir, html, async (path, url) => {
      requests.push(url.pathname + url.search);
      ask(path);
      if (depsOf.get(path)?.length && !(await depsAsked(path))) waterfall.push(path);
      if (path.startsWith('chunks/virtualize-')) await virtualizerHeld;
      return path === 'page-2.json' ? { contentType: 'application/json', body: feed(2) } : undefined;
    });
    await page.goto('/cdn-check/index.html', { waitUntil: 'load' });
    await expectStates(page);
    const early = await page.evaluate(() => {
      const ul = document.getElementById('long').shadowRoot.querySelector('[part~="list"]');
      return {
        rows: [...ul.querySelectorAll('[part~="title"]')].map((t) => t.textContent.trim()),
        fills: ul.scrollHeight > ul.clientHeight,
      };
    });
    releaseVirtualizer();
    expect(
      { rows: early.rows.length, first: early.rows[0], fills: early.fills },
      'while the virtualizer loads, the first rows fill the scroller',
    ).toEqual({ rows: 8, first: '长列表新闻 1', fills: true });
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
    expect(shown.long, 'rows the virtualized list renders of 1,000').toBeGreaterThan(0);
    expect(shown.long, 'rows the virtualized list renders of 1,000').toBeLessThan(200);
    expect(shown.feed, 'JSON Feed').toEqual(['第1页 新闻1', '第1页 新闻2', '第1页 新闻3']);
    expect(shown.paragraphs, 'HTML body').toEqual(expect.arrayContaining(['第一段', '第二段']));
    expect(shown.unsafe, 'the sanitizer removed the script and the handler').toBe(0);
    expect(shown.credits, 'labels keyed by role name').toContain('责任编辑');
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
    expect(await page.evaluate(() => window.__xss), 'no injected script ran').toBe(undefined);
    const entry = requests.filter((r) => r.startsWith('/cdn-check/news-widgets.js'));
    expect(entry, 'requests of the entry').toHaveLength(1);
    const chunks = requests.filter((r) => r.startsWith('/cdn-check/chunks/'));
    expect(chunks, 'each chunk requested once').toEqual([...new Set(chunks)]);
    // The paging module is list-paging.ts or paging.ts, by where the list's next page is loaded.
    for (const lazy of ['normalize', 'credits', 'sanitize', 'virtualize', '(list-)?paging', 'loader']) {
      expect(
        chunks.some((c) => new RegExp(`^/cdn-check/chunks/${lazy}-`).test(c)),
        `a ${lazy} chunk is loaded: ${chunks.join(', ')}`,
      ).toBe(true);
    }
    expect(waterfall, 'chunks whose imports were requested only after they had arrived').toEqual([]);
    expect(
      chunks.filter((c) => c.startsWith('/cdn-check/chunks/flow-')),
      'the virtualizer fetches no layout apart',
    ).toEqual([]);
  });

  // The host rule of docs/performance.md ("No layout shift when the fallback is replaced"): the fallback
  // holds at least a screen until the article is there. The fallback paints first (the module is held
  // until the first contentful paint), then the article replaces it; what follows must not move.
  for (const input of ['inline', 'src']) {
    test(`a fallback printed inside the tag is replaced without moving what follows (data ${input})`, async ({
      context,
      page,
    }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      const data = input === 'inline' ? `<script type="application/json">${seedJson()}</script>` : '';
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CDN</title>
        <meta name="viewport" content="width=device-width,initial-scale=1">
        <script>window.__shifts=[];new PerformanceObserver((l)=>{for(const e of l.getEntries())window.__shifts.push(e.value)}).observe({type:'layout-shift',buffered:true});</script>
        <style>news-article:is(:not(:defined),[state='loading']){display:flow-root;min-height:100vh}</style>
        <script type="module" src="news-widgets.js"></script></head><body>
        <news-article id="article"${input === 'src' ? ' src="data/article.json"' : ''}>${data}
          <h1>视听甘肃丨永登县:“四聚焦”推进民族团结进步事业 高质量发展</h1><p>2024年,永登县深入学习贯彻……</p>
        </news-article>
        <p id="below">页面其余内容 The host page's content below the article.</p>
      </body></html>`;
      const painted = () =>
        page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      await serveCdn(context, `cdn-fallback-${input}`, join(buildDir(), 'cdn'), html, async (path) => {
        if (path === 'news-widgets.js') await painted();
        if (path === 'data/article.json') {
          // Answered once the element has shown its loading state (with the fallback) in a frame.
          await waitUntil(page, 'loading state', () => {
            const el = document.getElementById('article');
            return (
              el.getAttribute('state') === 'loading' &&
              new Promise((r) => requestAnimationFrame(() => r(true)))
            );
          });
          return { contentType: 'application/json', body: seedJson() };
        }
        return undefined;
      });
      await page.goto(`/cdn-fallback-${input}/index.html`);
      await expectStates(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const { shifts, headline, below } = await page.evaluate(() => ({
        shifts: window.__shifts,
        headline: document.getElementById('article').shadowRoot.querySelector('[part~="headline"]')
          ?.textContent,
        below: document.getElementById('below').getBoundingClientRect().top,
      }));
      expect(headline).toContain('永登县');
      expect(below, 'the article is more than a screen high').toBeGreaterThan(823);
      expect(shifts, 'layout shifts').toEqual([]);
    });
  }
});

test.describe('classic script (news-widgets.iife.js)', () => {
  test('a server-rendered article is taken over in place, not rendered twice', async ({ context, page }) => {
    await serverRenderedPage(
      context,
      page,
      'iife-ssr',
      buildDir(),
      '<script src="news-widgets.iife.js"></script>',
    );
  });

  test('in <head>: inline JSON children and a later for target still render', async ({ context, page }) => {
    const seed = seedJson();
    const related = JSON.stringify(JSON.parse(seed.replace(/\\u003c/g, '<')).related).replace(
      /</g,
      '\\u003c',
    );
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>IIFE</title>
      <script src="news-widgets.iife.js"></script></head><body>
      <news-credits id="credits" for="seed"></news-credits>
      <news-article id="seed" hide="related"><script type="application/json">${seed}</script></news-article>
      <related-news-list id="list"><script type="application/json">${related}</script></related-news-list>
    </body></html>`;
    await serveCdn(context, 'iife-head', buildDir(), html);
    await page.goto('/iife-head/index.html', { waitUntil: 'load' });
    await expectStates(page, { '#seed': 'ready', '#list': 'ready', '#credits': 'ready' });
    const shown = await page.evaluate(() => ({
      headline: document.getElementById('seed').shadowRoot.querySelector('[part~="headline"]')?.textContent,
      items: document.getElementById('list').shadowRoot.querySelectorAll('[part~="item"]').length,
      credits: document.getElementById('credits').shadowRoot.textContent.replace(/\s+/g, ''),
    }));
    expect(shown.headline).toContain('永登县');
    expect(shown.items, 'related items').toBe(5);
    expect(shown.credits).toContain('王珺茹');
  });

  test('strict CSP: an HTML body with inline styles and handlers renders with no violation report', async ({
    context,
    page,
  }) => {
    const body = JSON.stringify({
      title: '样式很多的正文',
      body: '<p style="color:red" onclick="alert(1)">第一段</p><style>p{color:red}</style><p><span style="font-weight:bold" onmouseover="x()">第二段</span></p>',
    }).replace(/</g, '\\u003c');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types news-widgets lit-html dompurify">
      <script src="news-widgets.iife.js" defer></script></head><body>
      <news-article id="a" hide="credits related"><script type="application/json">${body}</script></news-article>
    </body></html>`;
    await serveCdn(context, 'csp-quiet', buildDir(), html);
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(e.violatedDirective),
      );
    });
    await page.goto('/csp-quiet/index.html', { waitUntil: 'load' });
    await expectStates(page, { '#a': 'ready' });
    const shown = await page.evaluate(() => ({
      text: document
        .getElementById('a')
        .shadowRoot.querySelector('[part~="body"]')
        .textContent.replace(/\s+/g, ''),
      violations: window.__violations,
    }));
    expect(shown.text, 'body text').toBe('第一段第二段');
    expect(shown.violations, 'violation reports').toEqual([]);
  });
});
