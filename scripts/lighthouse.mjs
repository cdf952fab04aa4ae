// `npm run lighthouse`: builds the demo (vite build --mode demo → dist/demo), serves it on 127.0.0.1 the
// way a CDN would (compressed, hashed assets cached for a year), and runs Lighthouse (the pinned
// devDependency) in Debian Chromium on the seed page. Prints the four category scores and the audits
// that keep a score below 100; writes bench/results/lighthouse.json.
//
//   npm run lighthouse                    demo/index.html
//   npm run lighthouse -- en.html         another demo page
//   LIGHTHOUSE_SKIP_BUILD=1 npm run lighthouse    reuse dist/demo
//   LIGHTHOUSE_MIN=90 npm run lighthouse  exit 1 when a category scores below 90
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, findChrome } from './chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const pageName = process.argv[2] ?? 'index.html';
const built = join(root, 'dist/demo');
const source = join(root, 'demo'); // runtime files the build does not copy (data/*.json, data/*.xml)

if (!process.env.LIGHTHOUSE_SKIP_BUILD) {
  console.log('> vite build --mode demo');
  const r = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--mode', 'demo', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status || 1);
}
if (!existsSync(join(built, pageName))) {
  console.error(`dist/demo/${pageName} is missing: does demo/${pageName} exist?`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt']);

async function find(pathname) {
  for (const dir of [built, source]) {
    const file = normalize(join(dir, pathname));
    if (!file.startsWith(dir)) return null;
    try {
      const s = await stat(file);
      if (s.isFile()) return file;
      if (s.isDirectory() && (await stat(join(file, 'index.html')).catch(() => null)))
        return join(file, 'index.html');
    } catch {
      // try the next directory
    }
  }
  return null;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = await find(decodeURIComponent(url.pathname));
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const ext = extname(file);
  let body = await readFile(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // Vite's hashed assets never change; pages and data are revalidated.
    'Cache-Control': /\/assets\//.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (COMPRESSIBLE.has(ext) && body.length > 512) {
    if (/\bbr\b/.test(accept)) {
      body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      body = gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers.Vary = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const target = `http://127.0.0.1:${server.address().port}/${pageName}`;

const chromePath = findChrome();
if (!chromePath) {
  console.error('No Chromium found (set CHROME_PATH).');
  process.exit(1);
}
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...chromeFlags],
});
let lhr;
try {
  const result = await lighthouse(target, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  lhr = result?.lhr;
} finally {
  await chrome.kill();
  server.close();
}
if (!lhr) {
  console.error('Lighthouse returned no result.');
  process.exit(1);
}
if (lhr.runtimeError)
  console.error(`Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);

const scores = {};
const failing = {};
console.log(
  `Lighthouse ${lhr.lighthouseVersion} on ${pageName} (${lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`,
);
for (const [id, cat] of Object.entries(lhr.categories)) {
  scores[id] = cat.score === null ? null : Math.round(cat.score * 100);
  failing[id] = cat.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode),
    )
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      displayValue: audit.displayValue ?? '',
    }));
  console.log(`${cat.title.padEnd(16)} ${String(scores[id] ?? 'n/a').padStart(3)}`);
}
for (const [id, audits] of Object.entries(failing)) {
  for (const a of audits) {
    console.log(
      `  ${id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} [score ${a.score}, weight ${a.weight}]`,
    );
  }
}
const metrics = Object.fromEntries(
  [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]
    .filter((k) => lhr.audits[k])
    .map((k) => [k, lhr.audits[k].displayValue]),
);
console.log(
  `  metrics: ${Object.entries(metrics)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/lighthouse.json'),
  JSON.stringify({ date: new Date().toISOString(), page: pageName, scores, failing, metrics, lhr }, null, 1),
);
console.log('Wrote bench/results/lighthouse.json');
const min = Number(process.env.LIGHTHOUSE_MIN);
if (min && Object.values(scores).some((s) => s !== null && s < min)) process.exit(1);
