// Server-rendered page in the browser: first-contentful and largest-contentful paint of a fresh page with
// the seed article rendered by news-widgets/ssr, against the vanilla twin serialized as plain HTML (the
// same article, the same stylesheets, in a declarative shadow root); and the cost of hydrating that page.
//
//   node bench/ssr-paint.mjs [--json] [--screenshots]
//   BENCH_ROUNDS=3 BENCH_WARMUP=1 node bench/ssr-paint.mjs     smoke run
//
// --screenshots writes one full-page screenshot of each page to the temporary directory.
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, shuffle } from './stats.mjs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSsr } from '../src/ssr/build.mjs';
import { common as benchBuild, cssTexts } from './build.mjs';
import { minifyLiteralsEsbuild } from '../scripts/minify-literals.mjs';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const asJson = process.argv.includes('--json');
const screenshots = process.argv.includes('--screenshots');
const ROUNDS = Math.max(1, Math.min(Number(process.env.BENCH_ROUNDS) || 15, 15));
const WARMUP = Math.max(0, Math.min(Number(process.env.BENCH_WARMUP ?? 3), 3));
const GOAL = 1.05;
const viewport = { width: 1280, height: 800 };
const started = performance.now();
const log = (...a) =>
  console.error(`[ssr-paint ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...a);

const sizeOf = (html) => ({ raw: Buffer.byteLength(html), gzip: gzipSync(html).length });
const round = (x, d = 1) => (Number.isFinite(x) ? +x.toFixed(d) : null);

// ---------------------------------------------------------------------------------------------------
// Bundles: the server renderer for Node, the vanilla twin and the hydrating elements for the browser.
const cache = join(root, 'node_modules', '.cache', 'news-widgets-ssr-paint');
const ssr = await import(pathToFileURL(await buildSsr(cache)).href);

// The benchmark bundles' options (minified, ES2022, Lit's production build), kept in memory.
const common = { ...benchBuild, minify: true, write: false };

// The elements' CSS text, as the twins' stylesheets are built from it.
const css = await cssTexts();

const twinJs = (
  await build({
    ...common,
    stdin: {
      contents:
        "import { sheets } from './bench/page/sheets-from-text.js';\n" +
        "import { defineVanilla } from './bench/page/vanilla.js';\n" +
        'defineVanilla(sheets);',
      resolveDir: root,
      loader: 'js',
    },
    define: { ...common.define, __CSS__: JSON.stringify(css) },
  })
).outputFiles[0].text;

// The CDN entry (Lit's hydration support, then the elements); one file (the targets of `import()` inlined),
// so the page makes one request. Its first statement records when it starts to run.
const hydrateJs = (
  await build({
    ...common,
    stdin: {
      contents: "import './src/cdn.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    // The templates as every build has them: the server's HTML is hydrated by a digest of their text.
    plugins: [minifyLiteralsEsbuild],
    banner: { js: 'globalThis.__evaluating=performance.now();' },
  })
).outputFiles[0].text;
if (/\bimport\s*\(/.test(hydrateJs)) log('warning: the hydration bundle still has an import()');

// ---------------------------------------------------------------------------------------------------
// Pages.
const seedText = readFileSync(join(root, 'demo/data/seed-article.json'), 'utf8');
const seed = JSON.parse(seedText);
const url = 'https://news.example.com/a/1.html';
// The twin renders the article without the nested credits and related list: the server page is compared
// with the same parts hidden. The crawler copy, hydration data and JSON-LD stay (the default output).
const HIDE = 'credits related';
const articleOptions = { url, lang: 'zh-CN', hide: HIDE };
const ssrArticle = await ssr.renderDocument('news-article', seedText, articleOptions);
const ssrPage = (await ssr.renderPage('news-article', seedText, articleOptions)).html;
const ssrFullPage = (await ssr.renderPage('news-article', seedText, { url, lang: 'zh-CN' })).html;
if (ssrArticle.state !== 'ready' || !ssrPage.includes(ssrArticle.html))
  throw new Error(`server rendering: state ${ssrArticle.state}, or the page does not hold the element`);

/** In the page, before the bundle runs: watches every declarative shadow root for nodes removed or text changed. */
function watchShadowRoots() {
  const seen = { text: 0, other: 0, where: {}, changed: 0 };
  window.__mutations = seen;
  const watch = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') seen.changed++;
          for (const n of r.removedNodes) {
            const kind = n.nodeType === Node.TEXT_NODE ? 'text' : 'other';
            seen[kind]++;
            const where = `${el.localName} ${kind}`;
            seen.where[where] = (seen.where[where] ?? 0) + 1;
          }
        }
      }).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
      watch(el.shadowRoot);
    }
  };
  watch(document);
}

/** In the page, after the bundle (module scripts run in order): waits until every element has taken over. */
async function awaitHydration() {
  const ours = (name) => name.startsWith('news-') || name === 'related-news-list';
  const found = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (ours(el.localName)) out.push(el);
      if (el.shadowRoot) found(el.shadowRoot, out);
    }
    return out;
  };
  // Until no new element appears: a hydrated element may render one that was not in the server HTML.
  let els = [];
  for (let now = found(document); now.length !== els.length; now = found(document)) {
    els = now;
    for (const el of els) {
      await customElements.whenDefined(el.localName);
      await el.loaded;
      while (!(await el.updateComplete));
    }
  }
  const done = performance.now();
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/build/hydrate.js'));
  window.__hydrated = {
    arrived: entry.responseEnd,
    evaluating: window.__evaluating,
    parsed: performance.getEntriesByType('navigation')[0].domInteractive,
    done,
    elements: els.map((el) => ({
      tag: el.localName,
      state: el.state,
      attr: el.getAttribute('state'),
      updated: el.hasUpdated,
      deferred: el.hasAttribute('defer-hydration'),
      // One rendered root: the server's, taken over (not a second one rendered next to it).
      roots: [...el.shadowRoot.children].filter((c) => c.classList.contains('root')).length,
    })),
    mutations: window.__mutations,
  };
}

const hydrateScript =
  `<script>(${watchShadowRoots})()</script>` +
  '<script type="module" src="/build/hydrate.js"></script>' +
  `<script type="module">await (${awaitHydration})()</script>`;
const hydratePages = {
  'hydrate-full': (
    await ssr.renderPage('news-article', seedText, { url, lang: 'zh-CN', script: hydrateScript })
  ).html,
  'hydrate-article': (
    await ssr.renderPage('news-article', seedText, { ...articleOptions, script: hydrateScript })
  ).html,
};

const pages = new Map([
  ['/twin.html', ssrPage.replace(ssrArticle.html, '<script type="module" src="/build/twin.js"></script>')],
  ['/ssr.html', ssrPage],
  ['/ssr-full.html', ssrFullPage],
  ...Object.entries(hydratePages).map(([k, v]) => [`/${k}.html`, v]),
  ['/build/twin.js', twinJs],
  ['/build/hydrate.js', hydrateJs],
]);

// The browser asks for it after the page has loaded: answered empty, and not counted.
const FAVICON = '/favicon.ico';
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  const body = pages.get(path);
  res
    .writeHead(path === FAVICON ? 204 : body === undefined ? 404 : 200, {
      'Content-Type': `${req.url.endsWith('.js') ? 'text/javascript' : 'text/html'}; charset=utf-8`,
      // Cross-origin isolated: performance.now() at 5 µs resolution.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    })
    .end(body ?? 'not found');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH)');
const launch = () => chromium.launch({ executablePath, headless: true, args: chromeFlags });
const load = { before: loadavg()[0], cores: cpus().length };

async function withPage(browser, fn) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return await fn(page, errors);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The vanilla twin as plain HTML: rendered once in the browser, its shadow root serialized.
let browser = await launch();
const twinShadow = await withPage(browser, async (page) => {
  await page.goto(`${origin}/twin.html`);
  return page.evaluate(async (article) => {
    await customElements.whenDefined('vanilla-news-article');
    const el = document.createElement('vanilla-news-article');
    document.body.append(el);
    el.article = article;
    return el.shadowRoot.innerHTML;
  }, seed);
});
// Lit renders an element's styles into its declarative shadow root as one <style>, the texts in order.
const twinHtml = `<vanilla-news-article><template shadowrootmode="open"><style>${css.host}${css.article}</style>${twinShadow}</template></vanilla-news-article>`;
const vanillaPage = ssrPage.replace(ssrArticle.html, twinHtml);
pages.set('/vanilla.html', vanillaPage);
const sameCss = ssrArticle.html.includes(`<style>${css.host}${css.article}</style>`);

// ---------------------------------------------------------------------------------------------------
// Both pages show the same article: the text and height of the shadow content and the first screen, once.
const PAINTED = { ssr: '/ssr.html', vanilla: '/vanilla.html', 'ssr-full': '/ssr-full.html' };
const check = {};
for (const [name, path] of Object.entries(PAINTED)) {
  check[name] = await withPage(browser, async (page) => {
    await page.goto(`${origin}${path}`);
    if (screenshots) await page.screenshot({ path: join(tmpdir(), `ssr-paint-${name}.png`), fullPage: true });
    const pixels = await page.screenshot();
    const shown = await page.evaluate(() => {
      const host = document.body.firstElementChild;
      // The text shown: every text node of the shadow tree but the styles'.
      let text = '';
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
      while (walker.nextNode())
        if (walker.currentNode.parentNode.nodeName !== 'STYLE') text += walker.currentNode.data;
      return {
        text: text.replace(/\s+/g, ''),
        height: Math.round(host.getBoundingClientRect().height),
        paragraphs: host.shadowRoot.querySelectorAll('p[part~="paragraph"]').length,
      };
    });
    return { ...shown, pixels };
  });
}
const samePixels = check.ssr.pixels.equals(check.vanilla.pixels);
const same = check.ssr.text === check.vanilla.text && check.ssr.height === check.vanilla.height;
if (!same) log('warning: the two pages do not show the same article', check.ssr, check.vanilla);

// ---------------------------------------------------------------------------------------------------
// Paint: a new context per sample; the order of the pages shuffled every round.
async function paint(path) {
  return withPage(browser, async (page, errors) => {
    const requests = [];
    page.on('request', (r) => new URL(r.url()).pathname !== FAVICON && requests.push(r.url()));
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const r = await page.evaluate(async () => {
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      // Buffered entries arrive in a task of their own; a page without any would never call back.
      const last = (type) =>
        new Promise((ok) => {
          const timer = setTimeout(() => ok(null), 1000);
          new PerformanceObserver((list, observer) => {
            clearTimeout(timer);
            observer.disconnect();
            ok(list.getEntries().at(-1));
          }).observe({ type, buffered: true });
        });
      const [fcp, lcp] = await Promise.all([
        last('paint').then(() => performance.getEntriesByName('first-contentful-paint')[0]),
        last('largest-contentful-paint'),
      ]);
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: fcp?.startTime,
        lcp: lcp?.startTime,
        lcpSize: lcp?.size,
        responseStart: nav.responseStart,
        parsed: nav.domInteractive,
      };
    });
    return { ...r, requests: requests.length, errors: errors.length };
  });
}

log(`paint: ${WARMUP} warm-up + ${ROUNDS} rounds of ${Object.keys(PAINTED).join(', ')}`);
const paintRounds = [];
for (let r = 0; r < WARMUP + ROUNDS; r++) {
  const one = {};
  for (const name of shuffle(Object.keys(PAINTED))) one[name] = await paint(PAINTED[name]);
  if (r >= WARMUP) paintRounds.push(one);
}
await browser.close();

const abs = (name, field) => median(paintRounds.map((r) => r[name][field]));
/** The middle half of the per-round ratios: how far one round's ratio is from another's. */
const spread = (name, base, field) => {
  const xs = paintRounds.map((r) => r[name][field] / r[base][field]).sort((a, b) => a - b);
  return [round(xs[Math.floor((xs.length - 1) / 4)], 3), round(xs[Math.ceil(((xs.length - 1) * 3) / 4)], 3)];
};
const ratio = (name, base, field) => median(paintRounds.map((r) => r[name][field] / r[base][field]));
const paintResult = {};
for (const name of Object.keys(PAINTED))
  paintResult[name] = {
    fcpMs: round(abs(name, 'fcp')),
    lcpMs: round(abs(name, 'lcp')),
    lcpSizePx: paintRounds[0][name].lcpSize,
    // The largest text block painted in the first frame: LCP is FCP.
    lcpIsFcp: paintRounds.filter((r) => r[name].lcp === r[name].fcp).length,
  };
const ratios = {
  fcp: round(ratio('ssr', 'vanilla', 'fcp'), 3),
  lcp: round(ratio('ssr', 'vanilla', 'lcp'), 3),
  fcpOfMedians: round(abs('ssr', 'fcp') / abs('vanilla', 'fcp'), 3),
  lcpOfMedians: round(abs('ssr', 'lcp') / abs('vanilla', 'lcp'), 3),
  fcpQuartiles: spread('ssr', 'vanilla', 'fcp'),
  lcpQuartiles: spread('ssr', 'vanilla', 'lcp'),
  fullFcp: round(ratio('ssr-full', 'vanilla', 'fcp'), 3),
  fullLcp: round(ratio('ssr-full', 'vanilla', 'lcp'), 3),
};
const paintRequests = Math.max(...paintRounds.flatMap((r) => Object.values(r).map((s) => s.requests)));
// Pages whose paint entries never came (left out of the medians).
const paintMissing = paintRounds.reduce(
  (n, r) => n + Object.values(r).filter((s) => !Number.isFinite(s.fcp) || !Number.isFinite(s.lcp)).length,
  0,
);
const paintErrors = paintRounds.reduce((n, r) => n + Object.values(r).reduce((m, s) => m + s.errors, 0), 0);

// ---------------------------------------------------------------------------------------------------
// Hydration: a new context per sample, from the moment the bundle can run to every element taking over.
browser = await launch();
async function hydrate(name) {
  return withPage(browser, async (page, errors) => {
    const requests = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path !== FAVICON) requests.push({ path, type: r.resourceType() });
    });
    await page.goto(`${origin}/${name}.html`);
    await page.waitForFunction(() => window.__hydrated, null, { polling: 'raf' });
    return { ...(await page.evaluate(() => window.__hydrated)), requests, errors };
  });
}
const hydration = {};
for (const name of Object.keys(hydratePages)) {
  log(`hydration: ${name}, ${WARMUP} warm-up + ${ROUNDS} pages`);
  const samples = [];
  for (let r = 0; r < WARMUP + ROUNDS; r++) {
    const s = await hydrate(name);
    if (r >= WARMUP) samples.push(s);
  }
  const expected = new Set([`/${name}.html`, '/build/hydrate.js']);
  const extra = [
    ...new Set(
      samples.flatMap((s) =>
        s.requests.filter((q) => !expected.has(q.path)).map((q) => `${q.type} ${q.path}`),
      ),
    ),
  ];
  const removedWhere = {};
  for (const s of samples)
    for (const [k, v] of Object.entries(s.mutations.where))
      removedWhere[k] = Math.max(removedWhere[k] ?? 0, v);
  const els = samples[0].elements;
  hydration[name] = {
    // A module runs once the document is parsed: from the bundle's arrival or the end of parsing, the later.
    ms: round(median(samples.map((s) => s.done - Math.max(s.arrived, s.parsed))), 2),
    fromArrivalMs: round(median(samples.map((s) => s.done - s.arrived)), 2),
    fromFirstStatementMs: round(median(samples.map((s) => s.done - s.evaluating)), 2),
    elements: els.map((e) => e.tag),
    allReady: samples.every((s) =>
      s.elements.every(
        (e) => e.state === 'ready' && e.attr === 'ready' && e.updated && !e.deferred && e.roots === 1,
      ),
    ),
    textNodesRemoved: Math.max(...samples.map((s) => s.mutations.text)),
    otherNodesRemoved: Math.max(...samples.map((s) => s.mutations.other)),
    removedWhere,
    textChanged: Math.max(...samples.map((s) => s.mutations.changed)),
    otherRequests: extra,
    dataRequests: extra.filter((q) => /^(fetch|xhr)\b/.test(q) || q.endsWith('.json')),
    errors: [...new Set(samples.flatMap((s) => s.errors))],
  };
}
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------------
const result = {
  rounds: ROUNDS,
  warmup: WARMUP,
  goal: GOAL,
  compared: `<news-article hide="${HIDE}"> (server) vs <vanilla-news-article> (plain HTML)`,
  sameArticle: {
    same,
    samePixels,
    sameCss,
    ssr: { textChars: check.ssr.text.length, heightPx: check.ssr.height, paragraphs: check.ssr.paragraphs },
    vanilla: {
      textChars: check.vanilla.text.length,
      heightPx: check.vanilla.height,
      paragraphs: check.vanilla.paragraphs,
    },
  },
  bytes: {
    ssr: sizeOf(ssrPage),
    vanilla: sizeOf(vanillaPage),
    ssrFull: sizeOf(ssrFullPage),
    hydrateBundle: sizeOf(hydrateJs),
  },
  paint: paintResult,
  ratios,
  pass: ratios.fcp <= GOAL && ratios.lcp <= GOAL,
  paintRequests,
  paintErrors,
  paintMissing,
  // Per round and page: FCP, LCP, first byte and end of parsing (ms from navigation start).
  paintSamples: paintRounds.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, [v.fcp, v.lcp, v.responseStart, v.parsed].map((x) => round(x))]),
    ),
  ),
  hydration,
  load: { ...load, after: loadavg()[0] },
};

if (asJson) console.log(JSON.stringify(result));
else {
  const kb = ({ raw, gzip }) => `${raw.toLocaleString('en')} B, ${gzip.toLocaleString('en')} B gzip`;
  const p = paintResult;
  const lines = [
    `ssr paint: ${result.compared}, fresh page, ${ROUNDS} rounds`,
    `ssr paint: same article: ${same ? 'yes' : 'NO'} (text ${check.ssr.text.length} / ${check.vanilla.text.length} chars without white space, height ${check.ssr.height} / ${check.vanilla.height} px, ${check.ssr.paragraphs} / ${check.vanilla.paragraphs} paragraphs; the same CSS text: ${sameCss ? 'yes' : 'no'}; the first screen pixel for pixel the same: ${samePixels ? 'yes' : 'no'})`,
    `ssr paint: page HTML server ${kb(result.bytes.ssr)}; vanilla ${kb(result.bytes.vanilla)}; server, with credits + related ${kb(result.bytes.ssrFull)}`,
    `ssr paint: FCP median server ${p.ssr.fcpMs} ms, vanilla ${p.vanilla.fcpMs} ms, ratio ${ratios.fcp} (quartiles ${ratios.fcpQuartiles.join('–')}; goal ≤ ${GOAL})`,
    `ssr paint: LCP median server ${p.ssr.lcpMs} ms, vanilla ${p.vanilla.lcpMs} ms, ratio ${ratios.lcp} (quartiles ${ratios.lcpQuartiles.join('–')}; goal ≤ ${GOAL}; LCP = FCP in ${p.ssr.lcpIsFcp} / ${p.vanilla.lcpIsFcp} of ${ROUNDS} pages)`,
    `ssr paint: with credits + related (information) FCP ${p['ssr-full'].fcpMs} ms (${ratios.fullFcp}), LCP ${p['ssr-full'].lcpMs} ms (${ratios.fullLcp})`,
    `ssr paint: goal ${result.pass ? 'met' : 'NOT MET'}${paintRequests > 1 || paintErrors ? `; ${paintRequests} requests per page, ${paintErrors} errors` : ''}${paintMissing ? `; ${paintMissing} pages without a paint entry` : ''}`,
  ];
  for (const [name, h] of Object.entries(hydration)) {
    const label = name === 'hydrate-full' ? 'whole page' : `hide="${HIDE}"`;
    lines.push(
      `ssr hydrate: ${label} (${h.elements.join(', ')}), bundle can run → all ready, median ${h.ms} ms (from its first statement ${h.fromFirstStatementMs} ms, from its arrival ${h.fromArrivalMs} ms)`,
      `ssr hydrate: ${label}: all ready ${h.allReady ? 'yes' : 'NO'}; text nodes removed from shadow roots ${h.textNodesRemoved}, other nodes ${h.otherNodesRemoved}${
        Object.keys(h.removedWhere).length
          ? ` (${Object.entries(h.removedWhere)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')})`
          : ''
      }, texts changed ${h.textChanged}; data requests ${h.dataRequests.length ? h.dataRequests.join(', ') : 'none'}${h.otherRequests.length > h.dataRequests.length ? `; other requests ${h.otherRequests.join(', ')}` : ''}${h.errors.length ? `; errors: ${h.errors.join(' | ')}` : ''}`,
    );
  }
  lines.push(`ssr hydrate: bundle (hydration support + elements) ${kb(result.bytes.hydrateBundle)}`);
  lines.push(
    `ssr paint: loadavg ${load.before.toFixed(2)} → ${result.load.after.toFixed(2)} (${load.cores} cores)`,
  );
  console.log(lines.join('\n'));
}
