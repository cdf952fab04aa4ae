// Server rendering (news-widgets/ssr) in Node: the median time to render the seed article, and a list per
// 1,000 items; the article's HTML bytes (gzip) with and without the crawler copy and hydration data.
// `node bench/ssr.mjs [--json]`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildSsr } from '../src/ssr/build.mjs';

const entry = await buildSsr(join('node_modules', '.cache', 'news-widgets-ssr-bench'));
const { renderToString } = await import(pathToFileURL(entry).href);
const seed = readFileSync('demo/data/seed-article.json', 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(runs, work) {
  for (let i = 0; i < 3; i++) await work(); // warm
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    out.push(performance.now() - t);
  }
  return median(out);
}

const url = 'https://news.example.com/a/1.html';
const article = await time(30, () => renderToString('news-article', seed, { url }));
const items = Array.from({ length: 1000 }, (_, i) => ({
  title: `第${i + 1}条 相关新闻标题`,
  url: `https://news.example.com/a/${i + 1}.html`,
  summary: '摘要文字'.repeat(10),
  published: '2025-04-16T11:28:00+08:00',
}));
// Rendered in full on the server (a crawler reads every item); the browser would scroll it virtually.
const list = await time(10, () =>
  renderToString('related-news-list', items, { url, 'virtual-threshold': 100000 }),
);
const gz = (s) => gzipSync(s).length;
const bytes = {};
for (const [name, o] of [
  ['full', {}],
  ['noCrawlerCopy', { crawlerCopy: false }],
  ['noHydrationData', { hydrate: false }],
  ['neither', { crawlerCopy: false, hydrate: false }],
]) {
  const html = await renderToString('news-article', seed, { url, ...o });
  bytes[name] = { raw: Buffer.byteLength(html), gzip: gz(html) };
}
const result = { articleMs: +article.toFixed(2), per1000ItemsMs: +list.toFixed(1), articleBytes: bytes };
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`ssr: seed article render, median        ${result.articleMs} ms`);
  console.log(`ssr: related list, per 1,000 items       ${result.per1000ItemsMs} ms`);
  for (const [k, v] of Object.entries(bytes))
    console.log(`ssr: article HTML ${k.padEnd(16)} ${v.raw} B, ${v.gzip} B gzip`);
}
