// `node bench/profile.mjs [scenario]`: where the time goes in one scenario, as a bottom-up CPU profile
// (self time per function, unminified build). Scenarios: render-1000 (default), update-1000,
// virtual-10000, article, boot-list-10.
process.env.BENCH_MINIFY = '0';
const { chromium } = await import('playwright-core');
const { chromeFlags, findChrome } = await import('../scripts/chrome.mjs');
const { buildAll } = await import('./build.mjs');
const { startServer } = await import('./server.mjs');

const scenario = process.argv[2] ?? 'render-1000';
await buildAll();
const { server, origin } = await startServer();
const browser = await chromium.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...chromeFlags, '--js-flags=--expose-gc'],
});
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const call = (fn, ...args) => page.evaluate(([f, a]) => window.bench[f](...a), [fn, args]);

let run;
if (scenario === 'boot-list-10') {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/boot.html?impl=lit&kind=list&n=10`);
  await page.waitForFunction(() => window.__bootResult);
} else {
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const [kind, n] = scenario === 'article' ? ['article', 1] : ['list', Number(scenario.split('-')[1])];
  await call('load', kind, n);
  const impl = scenario.startsWith('virtual') ? 'lit-virtual' : 'lit';
  run = (i) => (scenario.startsWith('update') ? call('update', 'lit', n, i) : call('render', impl, kind, n));
  for (let i = 0; i < 3; i++) await run(i);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < (scenario === 'article' ? 30 : n <= 10 ? 300 : 5); i++)
    console.error(JSON.stringify(await run(i + 3)));
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();

// Self time per function (bottom-up), excluding idle and the harness's own waiting.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  if (f.functionName === '(idle)' || f.functionName === '(program)') return;
  const key = `${f.functionName || '(anonymous)'}  ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
  const t = (dt[i] ?? 0) / 1000;
  self.set(key, (self.get(key) ?? 0) + t);
  total += t;
});
console.log(`${scenario}: ${total.toFixed(1)} ms of samples (excluding idle)`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}
