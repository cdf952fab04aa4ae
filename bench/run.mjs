// `npm run bench`: render speed, memory and layout stability of the three elements against a hand-written
// vanilla twin (and a React 19 twin of the list) in the same run, in headless Debian Chromium.
// Method and budgets: README "Performance" / bench/README.md. Every timing figure is the median of
// per-round ratios against vanilla measured in the same round, with the order shuffled every round.
//
// Two data sets, every row for each: `plain` (text already plain, ISO times) and `cms` (the same kind of
// items as Chinese portals send them: character references, inline tags, zone-less and Chinese times; the
// elements get that, the twins the same text decoded, so that all render the same DOM). CMS rows have ids
// prefixed `cms-` (bench/budgets.json).
//
//   npm run bench                         full run (about 40 min on 2 busy cores, half of it the N = 10,000 rows)
//   BENCH_ROUNDS=3 BENCH_WARMUP=1 npm run bench    smoke run
//   BENCH_ROUNDS_10K=5 npm run bench      fewer rounds for the slow N = 10,000 rows (default 15)
//   node bench/run.mjs --out file.json    also write the results to file.json (bench:check does this)
//   node bench/run.mjs --only warm,boot   run some phases (verify warm update url fresh boot heap cls)
//   node bench/run.mjs --data cms         one data set (plain, cms; default both)
//   node bench/run.mjs --n 10,100         some list sizes (10, 100, 1000, 10000) for warm, update, url, fresh
import { chromium } from 'playwright-core';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { median, shuffle } from './stats.mjs';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';
import { buildAll } from './build.mjs';
import { startServer } from './server.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const PHASES = ['verify', 'warm', 'update', 'url', 'fresh', 'boot', 'heap', 'cls'];
const only = opt('--only')?.split(',') ?? PHASES;
const SETS = opt('--data')?.split(',') ?? ['plain', 'cms'];
const SIZES = opt('--n')?.split(',').map(Number);
/** List sizes asked for (all without --n). */
const sized = (n) => !SIZES || SIZES.includes(n);
const out = opt('--out');

const R = Math.max(1, Number(process.env.BENCH_ROUNDS) || 25);
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 5));
const ROUNDS = {
  warm: R, // N = 10, 100, 1000 and the update / URL rows
  warm10k: Number(process.env.BENCH_ROUNDS_10K) || Math.min(R, 15), // N = 10,000 (warm and fresh page)
  article: R * 2,
  fresh: Math.min(R, 15),
  boot: R, // fresh pages, but cheap: as many rounds as the warm rows, for a steadier median
  heap: 3,
  cls: 3,
};
const LOAD_LIMIT = 2 * cpus().length;

const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).timing;
const log = (...a) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...a);
const started = performance.now();

/** Median of per-round ratios impl/base on `field`. */
const ratio = (rounds, impl, base, field = 'layout') =>
  median(rounds.filter((r) => r[impl] && r[base]).map((r) => r[impl][field] / r[base][field]));
const abs = (rounds, impl, field = 'layout') =>
  median(rounds.filter((r) => r[impl]).map((r) => r[impl][field]));

// ---------------------------------------------------------------------------------------------------
const load = { before: loadavg(), cores: cpus().length, limit: LOAD_LIMIT };
log(
  `loadavg before: ${load.before.map((x) => x.toFixed(2)).join(' ')} (${load.cores} cores; runs above ${LOAD_LIMIT} are flagged)`,
);
log('building bundles');
const built = await buildAll();
const { server, origin } = await startServer();
const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH)');
const launch = () =>
  chromium.launch({ executablePath, headless: true, args: [...chromeFlags, '--js-flags=--expose-gc'] });
let browser = await launch();
/** Each phase starts in a browser of its own, so that none inherits the processes and memory of another. */
async function freshBrowser() {
  await browser.close();
  browser = await launch();
}
const viewport = { width: 1280, height: 800 };
const errors = [];

async function withContext(fn) {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
async function benchPage(ctx) {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  return page;
}
const call = (page, fn, ...args) => page.evaluate(([f, a]) => window.bench[f](...a), [fn, args]);

const rows = [];
const raw = {};
const info = {};
function addRow(id, metric, lit, react, abs, unit = '×') {
  const budget = budgets[id];
  const pass =
    budget === undefined
      ? null
      : Number.isFinite(lit) && (id === 'cls' ? lit <= budget + 1e-9 : lit <= budget);
  rows.push({ id, metric, lit, react: react ?? null, budget: budget ?? null, pass, unit, abs });
}

/** Warm: one page; `rounds` measured after `warmup`, implementations shuffled each round. */
async function warm(page, method, impls, rounds, warmup, args) {
  const res = [];
  for (let r = 0; r < warmup + rounds; r++) {
    const round = {};
    for (const impl of shuffle(impls)) round[impl] = await call(page, method, ...args(impl, r));
    if (r >= warmup) res.push(round);
  }
  return res;
}

// ---------------------------------------------------------------------------------------------------
/** One data set's phases; its samples go to `raw` under ids prefixed `cms-` for the CMS-like set. */
async function measure(set) {
  const P = set === 'cms' ? 'cms-' : '';
  const label = set === 'cms' ? '[cms data]' : '[plain data]';
  let domCheck;
  if (only.includes('verify')) {
    log(label, 'verify: identical DOM from every implementation');
    domCheck = await withContext(async (ctx) => {
      const page = await benchPage(ctx);
      info.crossOriginIsolated = await page.evaluate(() => crossOriginIsolated);
      info.userAgent = await page.evaluate(() => navigator.userAgent);
      const checks = [];
      for (const [kind, n, impls] of [
        ['list', 10, ['lit', 'react']],
        ['list', 1000, ['lit', 'react']],
        ['article', 1, ['lit']],
      ]) {
        await call(page, 'load', kind, n, set);
        const base = await call(page, 'dump', 'vanilla', kind, n, set);
        for (const impl of impls) {
          const d = await call(page, 'dump', impl, kind, n, set);
          const a = base.lines.split('\n');
          const b = d.lines.split('\n');
          const at = a.findIndex((l, i) => l !== b[i]);
          checks.push({
            kind,
            n,
            impl,
            same: d.lines === base.lines,
            elements: { vanilla: base.elements, [impl]: d.elements },
            nodes: { vanilla: base.nodes, [impl]: d.nodes },
            height: { vanilla: base.height, [impl]: d.height },
            ...(d.lines === base.lines
              ? {}
              : { firstDifference: { line: at, vanilla: a[at], [impl]: b[at] } }),
          });
        }
      }
      return checks;
    });
    for (const c of domCheck) {
      const [impl] = Object.keys(c.elements).filter((k) => k !== 'vanilla');
      log(
        `${label}`,
        `  ${c.kind} ${c.n} ${impl}: ${c.same ? 'same DOM' : 'DIFFERENT DOM'}; elements ${c.elements.vanilla}/${c.elements[impl]}, nodes ${c.nodes.vanilla}/${c.nodes[impl]}, height ${c.height.vanilla}/${c.height[impl]}`,
      );
      if (!c.same) log(label, '   first difference:', JSON.stringify(c.firstDifference));
    }
  }

  if (only.includes('warm')) {
    await freshBrowser();
    for (const n of [10, 100, 1000, 10000].filter(sized)) {
      log(label, `warm list N=${n}`);
      const big = n === 10000;
      raw[`${P}warm-list-${n}`] = await withContext(async (ctx) => {
        const page = await benchPage(ctx);
        await call(page, 'load', 'list', n, set);
        const impls = big ? ['vanilla', 'lit', 'react', 'lit-virtual'] : ['vanilla', 'lit', 'react'];
        return warm(
          page,
          'render',
          impls,
          big ? ROUNDS.warm10k : ROUNDS.warm,
          big ? Math.min(WARMUP, 1) : WARMUP,
          (impl) => [impl, 'list', n, set],
        );
      });
    }
    log(label, 'warm article');
    raw[`${P}warm-article`] = await withContext(async (ctx) => {
      const page = await benchPage(ctx);
      await call(page, 'load', 'article', 1, set);
      return warm(page, 'render', ['vanilla', 'lit'], ROUNDS.article, WARMUP, (impl) => [
        impl,
        'article',
        1,
        set,
      ]);
    });
  }

  if (only.includes('update')) {
    await freshBrowser();
    for (const n of [10, 100, 1000].filter(sized)) {
      log(label, `update one item, N=${n}`);
      raw[`${P}update-${n}`] = await withContext(async (ctx) => {
        const page = await benchPage(ctx);
        await call(page, 'load', 'list', n, set);
        return warm(
          page,
          'update',
          ['vanilla-patch', 'lit', 'react'],
          ROUNDS.warm,
          Math.min(WARMUP, 3),
          (impl, r) => [impl, n, r, set],
        );
      });
    }
  }

  if (only.includes('url')) {
    await freshBrowser();
    for (const n of [10, 100, 1000].filter(sized)) {
      log(label, `first render from a URL, N=${n}`);
      raw[`${P}url-${n}`] = await withContext(async (ctx) => {
        const page = await benchPage(ctx);
        return warm(
          page,
          'fromUrl',
          ['vanilla', 'lit', 'react'],
          ROUNDS.warm,
          Math.min(WARMUP, 3),
          (impl, r) => [impl, n, `${set}-${r}-${impl}`, set],
        );
      });
    }
  }

  if (only.includes('fresh')) {
    await freshBrowser();
    const groups = [
      ['list', 10, ['vanilla', 'lit', 'react']],
      ['list', 100, ['vanilla', 'lit', 'react']],
      ['list', 1000, ['vanilla', 'lit', 'react']],
      ['list', 10000, ['vanilla', 'lit', 'react', 'lit-virtual']],
      ['article', 1, ['vanilla', 'lit']],
    ].filter(([kind, n]) => kind !== 'list' || sized(n));
    for (const [kind, n] of groups) raw[`${P}fresh-${kind}${kind === 'list' ? `-${n}` : ''}`] = [];
    const freshRounds = Math.max(ROUNDS.fresh, ROUNDS.warm10k);
    for (let r = 0; r < freshRounds; r++) {
      log(label, `fresh page (new context per sample), round ${r + 1}/${freshRounds}`);
      for (const [kind, n, impls] of groups) {
        if (r >= (n === 10000 ? ROUNDS.warm10k : ROUNDS.fresh)) continue;
        const round = {};
        for (const impl of shuffle(impls)) {
          round[impl] = await withContext(async (ctx) => {
            const page = await benchPage(ctx);
            await call(page, 'load', kind, n, set);
            return call(page, 'render', impl, kind, n, set);
          });
        }
        raw[`${P}fresh-${kind}${kind === 'list' ? `-${n}` : ''}`].push(round);
      }
    }
  }

  if (only.includes('boot')) {
    await freshBrowser();
    const groups = [
      ['list', 10, ['vanilla', 'lit', 'react']],
      ['list', 100, ['vanilla', 'lit', 'react']],
      ['article', 1, ['vanilla', 'lit']],
    ];
    for (const rate of [1, 4]) {
      for (const [kind, n] of groups) raw[`${P}boot-${kind}${kind === 'list' ? `-${n}` : ''}-${rate}x`] = [];
      for (let r = 0; r < ROUNDS.boot; r++) {
        log(label, `boot probe ${rate}× CPU, round ${r + 1}/${ROUNDS.boot}`);
        for (const [kind, n, impls] of groups) {
          const round = {};
          for (const impl of shuffle(impls)) {
            round[impl] = await withContext(async (ctx) => {
              const page = await ctx.newPage();
              page.on('pageerror', (e) => errors.push(String(e)));
              if (rate !== 1) {
                const cdp = await ctx.newCDPSession(page);
                await cdp.send('Emulation.setCPUThrottlingRate', { rate });
              }
              await page.goto(`${origin}/boot.html?impl=${impl}&kind=${kind}&n=${n}&set=${set}`);
              const b = await page.waitForFunction(() => window.__bootResult).then((h) => h.jsonValue());
              return { layout: b.done - b.arrived, evaluated: b.done - b.evaluated };
            });
          }
          raw[`${P}boot-${kind}${kind === 'list' ? `-${n}` : ''}-${rate}x`].push(round);
        }
      }
    }
  }

  let heap;
  if (only.includes('heap')) {
    await freshBrowser();
    log(label, 'memory: JS heap and Blink heap per 1,000 mounted items');
    const n = 1000;
    const samples = { vanilla: [], lit: [], react: [] };
    for (let r = 0; r < ROUNDS.heap; r++) {
      for (const impl of shuffle(Object.keys(samples))) {
        samples[impl].push(
          await withContext(async (ctx) => {
            const page = await benchPage(ctx);
            const cdp = await ctx.newCDPSession(page);
            await cdp.send('HeapProfiler.enable');
            const measure = async () => {
              await cdp.send('HeapProfiler.collectGarbage');
              await cdp.send('HeapProfiler.collectGarbage');
              const h = await cdp.send('Runtime.getHeapUsage');
              const d = await cdp.send('Memory.getDOMCounters');
              return { js: h.usedSize, blink: h.embedderHeapUsedSize ?? NaN, nodes: d.nodes };
            };
            await call(page, 'load', 'list', n, set);
            await call(page, 'mount', impl, 'list', n, set);
            const mounted = await measure();
            await call(page, 'clear');
            const cleared = await measure();
            return {
              jsMB: (mounted.js - cleared.js) / 1e6 / (n / 1000),
              blinkMB: (mounted.blink - cleared.blink) / 1e6 / (n / 1000),
              nodes: mounted.nodes - cleared.nodes,
            };
          }),
        );
      }
    }
    heap = Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [
        k,
        {
          jsMB: median(v.map((s) => s.jsMB)),
          blinkMB: median(v.map((s) => s.blinkMB)),
          nodes: median(v.map((s) => s.nodes)),
        },
      ]),
    );
    raw[`${P}heap`] = samples;
  }

  let cls;
  if (only.includes('cls')) {
    await freshBrowser();
    log(label, 'CLS: a list whose data arrives 300 ms late');
    cls = {};
    for (const reserve of [1, 0]) {
      const runs = [];
      for (let r = 0; r < ROUNDS.cls; r++) {
        runs.push(
          await withContext(async (ctx) => {
            const page = await ctx.newPage();
            page.on('pageerror', (e) => errors.push(String(e)));
            await page.goto(`${origin}/cls.html?reserve=${reserve}&set=${set}`);
            return page.evaluate(async () => {
              await customElements.whenDefined('related-news-list');
              const el = document.querySelector('related-news-list');
              await el.loaded;
              await new Promise((ok) => setTimeout(ok, 500));
              return {
                cls: window.__cls,
                shifts: window.__shifts,
                heights: window.__heights,
                state: el.state,
                items: el.shadowRoot.querySelectorAll('li').length,
                height: el.getBoundingClientRect().height,
              };
            });
          }),
        );
      }
      cls[reserve ? 'reserved' : 'unreserved'] = { value: Math.max(...runs.map((x) => x.cls)), runs };
    }
  }

  return { domCheck, heap, cls };
}
const measured = {};
for (const set of SETS) measured[set] = await measure(set);

await browser.close();
server.close();
load.after = loadavg();
load.flagged = Math.max(load.before[0], load.after[0]) > LOAD_LIMIT;
log(
  `loadavg after: ${load.after.map((x) => x.toFixed(2)).join(' ')}${load.flagged ? `  FLAGGED: 1-min loadavg above ${LOAD_LIMIT}` : ''}`,
);

// ---------------------------------------------------------------------------------------------------
/** The rows of one data set: ids prefixed `cms-` and metrics `CMS: ` for the CMS-like set. */
function report(set, { heap, cls }) {
  const P = set === 'cms' ? 'cms-' : '';
  const row = (id, metric, ...rest) => addRow(P + id, (P ? 'CMS: ' : '') + metric, ...rest);
  const ms = (x) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '–');
  for (const n of [10, 100, 1000, 10000]) {
    const r = raw[`${P}warm-list-${n}`];
    if (r)
      row(
        `warm-list-${n}`,
        `warm list N=${n.toLocaleString('en')} render→layout`,
        ratio(r, 'lit', 'vanilla'),
        ratio(r, 'react', 'vanilla'),
        `vanilla ${ms(abs(r, 'vanilla'))} / lit ${ms(abs(r, 'lit'))} / react ${ms(abs(r, 'react'))} ms`,
      );
  }
  if (raw[`${P}warm-article`]) {
    const r = raw[`${P}warm-article`];
    row(
      'warm-article',
      'warm seed article render→layout',
      ratio(r, 'lit', 'vanilla'),
      null,
      `vanilla ${ms(abs(r, 'vanilla'))} / lit ${ms(abs(r, 'lit'))} ms`,
    );
  }
  for (const n of [10, 100, 1000, 10000]) {
    const r = raw[`${P}fresh-list-${n}`];
    if (r)
      row(
        `fresh-list-${n}`,
        `fresh page list N=${n.toLocaleString('en')}`,
        ratio(r, 'lit', 'vanilla'),
        ratio(r, 'react', 'vanilla'),
        `vanilla ${ms(abs(r, 'vanilla'))} / lit ${ms(abs(r, 'lit'))} / react ${ms(abs(r, 'react'))} ms`,
      );
  }
  if (raw[`${P}fresh-article`]) {
    const r = raw[`${P}fresh-article`];
    row(
      'fresh-article',
      'fresh page seed article',
      ratio(r, 'lit', 'vanilla'),
      null,
      `vanilla ${ms(abs(r, 'vanilla'))} / lit ${ms(abs(r, 'lit'))} ms`,
    );
  }
  for (const rate of [1, 4]) {
    for (const [k, label] of [
      ['list-10', 'list N=10'],
      ['list-100', 'list N=100'],
      ['article', 'seed article'],
    ]) {
      const r = raw[`${P}boot-${k}-${rate}x`];
      if (!r) continue;
      row(
        `boot-${k}-${rate}x`,
        `boot ${label}, ${rate}× CPU (script arrival → rendered)`,
        ratio(r, 'lit', 'vanilla'),
        k === 'article' ? null : ratio(r, 'react', 'vanilla'),
        `vanilla ${ms(abs(r, 'vanilla'))} / lit ${ms(abs(r, 'lit'))}${k === 'article' ? '' : ` / react ${ms(abs(r, 'react'))}`} ms; from evaluated: lit ${ms(abs(r, 'lit', 'evaluated'))} ms`,
      );
    }
  }
  if (raw[`${P}boot-list-10-4x`]) {
    const r = raw[`${P}boot-list-10-4x`];
    const over = median(r.map((x) => x.lit.layout - x.vanilla.layout));
    const overReact = median(r.map((x) => x.react.layout - x.vanilla.layout));
    row(
      'boot-list-10-4x-over-vanilla-ms',
      'boot list N=10, 4× CPU: time above vanilla',
      over,
      overReact,
      'absolute cap (CWV sanity check)',
      'ms',
    );
  }
  for (const n of [10, 100, 1000]) {
    const r = raw[`${P}update-${n}`];
    if (r)
      row(
        `update-${n}`,
        `update 1 item ÷ vanilla-patch, N=${n.toLocaleString('en')}`,
        ratio(r, 'lit', 'vanilla-patch'),
        ratio(r, 'react', 'vanilla-patch'),
        `patch ${ms(abs(r, 'vanilla-patch'))} / lit ${ms(abs(r, 'lit'))} / react ${ms(abs(r, 'react'))} ms`,
      );
  }
  for (const n of [10, 100, 1000]) {
    const r = raw[`${P}url-${n}`];
    if (r)
      row(
        `url-${n}`,
        `first render from URL, N=${n.toLocaleString('en')}`,
        ratio(r, 'lit', 'vanilla'),
        ratio(r, 'react', 'vanilla'),
        `vanilla ${ms(abs(r, 'vanilla'))} / lit ${ms(abs(r, 'lit'))} / react ${ms(abs(r, 'react'))} ms`,
      );
  }
  for (const [id, key, label] of [
    ['virtual-first-screen-warm', 'warm-list-10000', 'warm'],
    ['virtual-first-screen-fresh', 'fresh-list-10000', 'fresh page'],
  ]) {
    const r = raw[P + key];
    if (r)
      row(
        id,
        `N=10,000 virtualized first screen ÷ vanilla all rows (${label})`,
        ratio(r, 'lit-virtual', 'vanilla'),
        null,
        `lit virtual ${ms(abs(r, 'lit-virtual'))} / vanilla ${ms(abs(r, 'vanilla'))} ms`,
      );
  }
  if (heap) {
    row(
      'heap-mb-per-1000',
      'JS heap per 1,000 mounted items (MB)',
      heap.lit.jsMB,
      heap.react.jsMB,
      `vanilla ${Math.max(0, heap.vanilla.jsMB).toFixed(2)} MB; DOM nodes lit ${heap.lit.nodes} / vanilla ${heap.vanilla.nodes} / react ${heap.react.nodes}`,
      'MB',
    );
    row(
      'blink-heap-ratio',
      'Blink (embedder) heap ÷ vanilla, 1,000 items',
      heap.lit.blinkMB / heap.vanilla.blinkMB,
      heap.react.blinkMB / heap.vanilla.blinkMB,
      `vanilla ${heap.vanilla.blinkMB.toFixed(2)} / lit ${heap.lit.blinkMB.toFixed(2)} / react ${heap.react.blinkMB.toFixed(2)} MB`,
    );
  }
  if (cls) {
    const heights = (c) => {
      const h = c.runs[0].heights;
      return h.map(([t, px, state]) => `${px}px${state ? ` (${state})` : ''} at ${t} ms`).join(' → ');
    };
    row(
      'cls',
      'CLS, list data 300 ms late, host reserves pre-upgrade space',
      cls.reserved.value,
      null,
      `list height ${heights(cls.reserved)}`,
      '',
    );
    row(
      'cls-unreserved',
      'CLS, same page without the pre-upgrade rule',
      cls.unreserved.value,
      null,
      `list height ${heights(cls.unreserved)}`,
      '',
    );
  }
}
for (const set of SETS) report(set, measured[set]);
const domCheck = SETS.flatMap((set) => (measured[set].domCheck ?? []).map((c) => ({ set, ...c })));
const heap = Object.fromEntries(SETS.map((set) => [set, measured[set].heap]));
const cls = Object.fromEntries(SETS.map((set) => [set, measured[set].cls]));

// ---------------------------------------------------------------------------------------------------
const fmt = (x, unit) =>
  x === null || x === undefined
    ? ''
    : !Number.isFinite(x)
      ? 'n/a'
      : unit === ''
        ? x.toFixed(4)
        : unit === 'ms'
          ? `${x.toFixed(1)} ms`
          : unit === 'MB'
            ? x.toFixed(2)
            : x.toFixed(2);
const table = [['metric', 'lit', 'react', 'budget', 'result', 'absolute (info)']];
for (const r of rows) {
  table.push([
    r.metric,
    fmt(r.lit, r.unit),
    fmt(r.react, r.unit),
    r.budget === null
      ? ''
      : `${r.unit === '' ? '= ' : '≤ '}${r.budget}${r.unit === '×' ? '×' : r.unit === 'ms' ? ' ms' : r.unit === 'MB' ? ' MB' : ''}`,
    r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL',
    r.abs,
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((t) => String(t[i]).length)));
const line = (t) =>
  `| ${t.map((c, i) => (i === 0 || i === 5 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
console.log(line(table[0]));
console.log(
  `|${widths.map((w, i) => (i === 0 || i === 5 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const t of table.slice(1)) console.log(line(t));
const failed = rows.filter((r) => r.pass === false);
console.log(
  `\n${rows.filter((r) => r.pass !== null).length - failed.length} of ${rows.filter((r) => r.pass !== null).length} budgets hold` +
    (failed.length ? `; over budget: ${failed.map((r) => r.id).join(', ')}` : '') +
    `. Rounds: ${R} (N=10,000 ${ROUNDS.warm10k}; article ${ROUNDS.article}; fresh ${ROUNDS.fresh}; boot ${ROUNDS.boot}), warm-up ${WARMUP}.` +
    ` loadavg ${load.before[0].toFixed(2)} → ${load.after[0].toFixed(2)}${load.flagged ? ' (FLAGGED: too busy, discard this run)' : ''}.`,
);
if (domCheck?.some((c) => !c.same))
  console.log('WARNING: the implementations did not render the same DOM (see stderr).');
if (errors.length) console.log(`Page errors:\n- ${[...new Set(errors)].join('\n- ')}`);

const result = {
  date: new Date().toISOString(),
  chromium: info.userAgent,
  crossOriginIsolated: info.crossOriginIsolated,
  rounds: { ...ROUNDS, warmup: WARMUP },
  load,
  bundleBytes: built.sizes,
  domCheck,
  rows,
  heap,
  cls,
  errors: [...new Set(errors)],
  seconds: Math.round((performance.now() - started) / 1000),
  samples: raw,
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), JSON.stringify(result, null, 1));
if (out) writeFileSync(out, JSON.stringify(result, null, 1));
log(`wrote bench/results/latest.json${out ? ` and ${out}` : ''}`);
process.exitCode = 0; // budgets are gated by bench:check (2 of 3 runs), not by one run
