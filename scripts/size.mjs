// `npm run size`: bytes a page downloads for the library (min+gzip -9 and brotli q11), checked against
// bench/budgets.json. Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const kib = (n) => (n / 1024).toFixed(2);
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  }).length;

if (!existsSync('dist/cdn/news-widgets.js')) {
  console.error('dist/cdn/news-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = [];
const failures = [];
const row = (name, buf, note = '') => {
  const r = { name, min: buf.length, gzip: gzip(buf), brotli: brotli(buf), note };
  rows.push(r);
  return r;
};

const eager = row('dist/cdn/news-widgets.js (eager, Lit inlined)', readFileSync('dist/cdn/news-widgets.js'));
if (eager.brotli / 1024 > budgets.cdnEagerBrotli) {
  failures.push(`eager CDN code is ${kib(eager.brotli)} KiB brotli, budget ${budgets.cdnEagerBrotli} KiB`);
}
if (existsSync('dist/cdn/chunks')) {
  for (const f of readdirSync('dist/cdn/chunks').sort()) {
    row(`  lazy chunk ${f}`, readFileSync(`dist/cdn/chunks/${f}`), 'loaded only when the data needs it');
  }
}
row(
  'dist/cdn/news-widgets.iife.js (classic script, all inlined)',
  readFileSync('dist/cdn/news-widgets.iife.js'),
);

// Each element's own code, without Lit and without the shared modules (measured once, below).
// Modules an element imports dynamically are lazy chunks in the CDN build: not counted as its eager code.
const lazy = ['./list-paging.js'];
const external = ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'dompurify', '../shared/*', '../data/*', ...lazy];
async function bundle(entry, ext) {
  const out = await build({
    ...(entry.endsWith('.ts')
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry, resolveDir: '.', loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    external: ext,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return Buffer.from(out.outputFiles[0].contents);
}
for (const [tag, budget] of Object.entries(budgets.elementOwnGzip)) {
  const r = row(`<${tag}> own code, no Lit`, await bundle(`src/${tag}/${tag}.ts`, external));
  if (r.gzip / 1024 > budget)
    failures.push(`<${tag}> own code is ${kib(r.gzip)} KiB gzip, budget ${budget} KiB`);
}
const shared = readdirSync('src/shared').filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'));
row(
  'shared modules + data layer, no Lit',
  await bundle(shared.map((f) => `export * from './src/shared/${f}';`).join('\n'), external.slice(0, 5)),
);
row('all three elements with shared code, no Lit', await bundle('src/define.ts', external.slice(0, 5)));

const w = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'bundle'.padEnd(w)}  ${'min KiB'.padStart(8)}  ${'gzip KiB'.padStart(8)}  ${'brotli KiB'.padStart(10)}`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(w)}  ${kib(r.min).padStart(8)}  ${kib(r.gzip).padStart(8)}  ${kib(r.brotli).padStart(10)}${r.note ? `  ${r.note}` : ''}`,
  );
}
if (failures.length) {
  console.error(`\nOver budget (bench/budgets.json):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll byte budgets hold.');
