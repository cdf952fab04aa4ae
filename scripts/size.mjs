// `npm run size`: bytes a page downloads for the library (min+gzip -9 and brotli q11), checked against
// bench/budgets.json; also that the npm library imports exactly its declared dependencies. Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { minifyLiteralsEsbuild } from './minify-literals.mjs';

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

const cdn = 'dist/cdn/news-widgets.js';
if (!existsSync(cdn)) {
  console.error(`${cdn} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const rows = [];
const failures = [];
const targets = [];
/** Fails over the ceiling; notes the distance to the target. */
function check(what, bytes, unit, ceiling, target) {
  const size = bytes / 1024;
  if (size > ceiling) failures.push(`${what} is ${kib(bytes)} KiB ${unit}, ceiling ${ceiling} KiB`);
  if (target === undefined) return;
  targets.push(
    `${what}: ${kib(bytes)} KiB ${unit}, target ${target} KiB${size > target ? ` (${(size - target).toFixed(2)} KiB over)` : ' (met)'}`,
  );
}
const row = (name, buf, note = '') => {
  const r = { name, min: buf.length, gzip: gzip(buf), brotli: brotli(buf), note };
  rows.push(r);
  return r;
};

// The eager code is the entry plus every chunk it imports statically (transitively); the other chunks
// load through a dynamic import() only when the data needs them.
const staticImports = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g,
    ),
  ].map((m) => join(dirname(file), m[1]));
const eagerFiles = new Set([cdn]);
for (const file of eagerFiles) for (const dep of staticImports(file)) eagerFiles.add(dep);
// One file before first render: a static import would add a request (and a round trip) to every page.
if (eagerFiles.size > 1) failures.push(`${cdn} imports ${eagerFiles.size - 1} chunks statically`);
const eager = row(
  eagerFiles.size > 1
    ? `eager: news-widgets.js + the ${eagerFiles.size - 1} chunks it imports`
    : 'eager: news-widgets.js (one file)',
  Buffer.concat([...eagerFiles].map((f) => readFileSync(f))),
);
check(
  'eager CDN code',
  eager.brotli,
  'brotli',
  budgets.ceiling.cdnEagerBrotli,
  budgets.target.cdnEagerBrotli,
);
if (eagerFiles.size > 1) for (const f of eagerFiles) row(`  eager ${basename(f)}`, readFileSync(f));
for (const f of existsSync('dist/cdn/chunks') ? readdirSync('dist/cdn/chunks').sort() : []) {
  if (!eagerFiles.has(join('dist/cdn/chunks', f))) {
    const code = readFileSync(`dist/cdn/chunks/${f}`);
    // A chunk that only re-exports another is an entry point nothing in the elements requests.
    const facade = /^(\/\/[^\n]*\n)?export\s*\{[^}]*\}\s*from\s*["'`][^"'`]+["'`];?\s*$/.test(String(code));
    row(`  lazy ${f}`, code, facade ? 're-exports another chunk' : 'loaded only when the data needs it');
  }
}

// Class static blocks need Safari 16.4: the supported 2022 browsers would fail to parse the bundle.
for (const f of [
  cdn,
  'dist/cdn/news-widgets.iife.js',
  ...readdirSync('dist/cdn/chunks').map((c) => `dist/cdn/chunks/${c}`),
]) {
  if (/\bstatic\s*\{/.test(readFileSync(f, 'utf8')))
    failures.push(`${f} has a class static block (Safari 16.4+)`);
}

// The npm library imports only its declared dependencies, and every dependency is imported: a portal
// that installs the package gets what it runs and nothing else (no test or benchmark tool).
{
  const declared = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {}));
  const used = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['cdn', 'demo', 'types'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](@?[a-z0-9][\w.@/-]*)["']/g)) {
          const name = m[1].startsWith('@') ? m[1].split('/').slice(0, 2).join('/') : m[1].split('/')[0];
          used.add(name);
          if (!declared.has(name)) failures.push(`${path} imports ${m[1]}, which is not in dependencies`);
        }
      }
    }
  };
  walk('dist');
  for (const name of declared)
    if (!used.has(name)) failures.push(`dependency ${name} is not imported by the library`);
}

const iife = readFileSync('dist/cdn/news-widgets.iife.js');
row('news-widgets.iife.js (classic script, all inlined)', iife);
const nonAscii = iife.findIndex((byte) => byte > 0x7f);
if (nonAscii !== -1) failures.push(`news-widgets.iife.js has a non-ASCII byte at offset ${nonAscii}`);

// Each element's own code, without Lit and without the shared modules (measured once, below).
// Modules an element imports dynamically are lazy chunks in the CDN build: not counted as its eager code.
const lazy = {
  name: 'lazy-external',
  setup: (b) =>
    b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { external: true } : undefined)),
};
const lit = ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'dompurify'];
async function bundle(entry, external) {
  const out = await build({
    ...(entry.endsWith('.ts')
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry, resolveDir: '.', loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    tsconfig: 'tsconfig.json',
    plugins: [minifyLiteralsEsbuild, lazy],
    logLevel: 'silent',
  });
  return Buffer.from(out.outputFiles[0].contents);
}
for (const [tag, ceiling] of Object.entries(budgets.ceiling.elementOwnGzip)) {
  const r = row(
    `<${tag}> own code, no Lit`,
    await bundle(`src/${tag}/${tag}.ts`, [...lit, '../shared/*', '../data/*']),
  );
  check(`<${tag}> own code`, r.gzip, 'gzip', ceiling, budgets.target.elementOwnGzip[tag]);
}
const shared = readdirSync('src/shared').filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts'));
row(
  'shared modules + native data path, no Lit',
  await bundle(shared.map((f) => `export * from './src/shared/${f}';`).join('\n'), [
    ...lit,
    '../data/normalize.js',
  ]),
);

const w = Math.max(...rows.map((r) => r.name.length));
console.log(
  `${'bundle'.padEnd(w)}  ${'min KiB'.padStart(8)}  ${'gzip KiB'.padStart(8)}  ${'brotli KiB'.padStart(10)}`,
);
for (const r of rows) {
  const cells = [kib(r.min).padStart(8), kib(r.gzip).padStart(8), kib(r.brotli).padStart(10)].join('  ');
  console.log(`${r.name.padEnd(w)}  ${cells}${r.note ? `  ${r.note}` : ''}`);
}
console.log(`\nTargets (bench/budgets.json → target):\n- ${targets.join('\n- ')}`);
if (failures.length) {
  console.error(
    `\nFailed (ceilings in bench/budgets.json, and the checks of this script):\n- ${failures.join('\n- ')}`,
  );
  process.exit(1);
}
console.log('\nNo figure is over its ceiling.');
