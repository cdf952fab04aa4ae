// Builds the benchmark bundles from src with esbuild: minified, ES2022 like the CDN build, Lit's
// production build (the 'development' export condition is never set), React with NODE_ENV=production.
import { build } from 'esbuild';
import { minifyTemplates } from '../scripts/minify-literals.mjs';
import { importTogether } from '../scripts/import-together.mjs';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, relative, resolve, sep } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
export const outdir = process.env.BENCH_BUILD_DIR
  ? `${process.env.BENCH_BUILD_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('./results/build/', import.meta.url));

/** The esbuild options of every benchmark bundle. */
export const common = {
  absWorkingDir: root,
  bundle: true,
  minify: process.env.BENCH_MINIFY !== '0', // BENCH_MINIFY=0: readable names for profiling (bench/profile.mjs)
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The element sources as the CDN build ships them (template texts minified), after `patch(path, source)`
 * (what-if experiments on the in-page bundle).
 */
const sourcePatch = (patch = (path, source) => source) => ({
  name: 'bench-source-patch',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: await minifyTemplates(patch(args.path, readFileSync(args.path, 'utf8')), args.path),
      loader: 'ts',
    }));
  },
});

/**
 * Like the CDN build (vite.config.ts, `lazyChunks`): each `import()` target of an element bundle is built
 * on its own in lazy/, so the bundle a page loads first is one file that imports nothing statically.
 */
function lazyExternal(targets) {
  return {
    name: 'bench-lazy-external',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.lazy) return undefined;
        const r = await b.resolve(args.path, {
          kind: 'dynamic-import',
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { lazy: true },
        });
        if (r.errors.length || r.external) return undefined;
        const name = basename(r.path).replace(/\.[jt]s$/, '');
        targets.set(name, r.path);
        return { path: `./lazy/${name}.js`, external: true };
      });
    },
  };
}

/** `css` from lit, for reading the elements' CSS text in node. */
const litCssStub = {
  name: 'lit-css-stub',
  setup(b) {
    b.onResolve({ filter: /^lit$/ }, () => ({ path: 'lit', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'export const unsafeCSS = (v) => ({ cssText: String(v) });' +
        'export const css = (s, ...v) => ({ cssText: s.reduce((a, t, i) => a + (i ? (v[i - 1].cssText ?? String(v[i - 1])) : "") + t, "") });',
      loader: 'js',
    }));
  },
};

/** The elements' CSS text (host, list, article), for the twins' stylesheets. */
export async function cssTexts() {
  const out = await build({
    ...common,
    minify: false,
    platform: 'node',
    write: false,
    stdin: {
      contents:
        "export { hostStyles as host } from './src/shared/host.styles.ts';" +
        "export { styles as list } from './src/related-news-list/related-news-list.styles.ts';" +
        "export { styles as article } from './src/news-article/news-article.styles.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    plugins: [litCssStub],
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  const m = await import(url);
  return { host: m.host.cssText, list: m.list.cssText, article: m.article.cssText };
}

/** `patch(path, source)`: rewrites element sources in define-lit.js only (what-if experiments in bench.html). */
export async function buildAll({ patch = (path, source) => source } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const css = await cssTexts();
  // In-page bundle of the twins (bench.html loads define-lit.js, the elements, before it).
  await build({
    ...common,
    entryPoints: { harness: 'bench/page/harness.js' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // One bundle per implementation for the boot probe, and define-lit (bench.html and the CLS page), each
  // built on its own.
  const sizes = {};
  const lazy = new Map();
  for (const [name, entry] of [
    ['boot-vanilla', 'bench/page/boot-vanilla.js'],
    ['boot-lit', 'bench/page/boot-lit.js'],
    ['boot-react', 'bench/page/boot-react.js'],
    ['define-lit', 'bench/page/define-lit.js'],
  ]) {
    const r = await build({
      ...common,
      entryPoints: { [name]: entry },
      outdir,
      splitting: true,
      chunkNames: `chunks/${name}-[name]-[hash]`,
      define: { ...common.define, __CSS__: JSON.stringify(css) },
      // Like the CDN module (vite.config.ts): V8's compile hint on the elements' bundle.
      ...(name.endsWith('-lit') ? { banner: { js: '//# allFunctionsCalledOnLoad' } } : {}),
      plugins: [lazyExternal(lazy), sourcePatch(name === 'define-lit' ? patch : undefined)],
      metafile: true,
    });
    const main = Object.entries(r.metafile.outputs).find(([, o]) => o.entryPoint)?.[1];
    sizes[name] = main?.bytes;
  }
  const lazyBuild = await build({
    ...common,
    entryPoints: Object.fromEntries(lazy),
    outdir: `${outdir}lazy`,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: '//# allFunctionsCalledOnLoad' },
    alias: { lit: 'lit-html' }, // like the CDN build: lit-html without LitElement
    plugins: [sourcePatch(patch)],
    metafile: true,
  });
  parallelImports(lazyBuild.metafile, ['boot-lit', 'define-lit']);
  return { sizes };
}

/**
 * Like the CDN build: an `import()` of a lazy module also imports the chunks it imports statically, in
 * the same call (scripts/import-together.mjs).
 */
function parallelImports(metafile, bundles) {
  const key = (file) => relative(outdir, resolve(root, file)).split(sep).join('/');
  const imports = new Map(
    Object.entries(metafile.outputs).map(([file, o]) => [
      key(file),
      o.imports.filter((i) => i.kind === 'import-statement').map((i) => key(i.path)),
    ]),
  );
  for (const name of bundles) {
    const file = `${outdir}${name}.js`;
    const code = readFileSync(file, 'utf8').replace(/import\("\.\/(lazy\/[\w-]+\.js)"\)/g, (_, path) =>
      importTogether(path, (f) => imports.get(f)),
    );
    writeFileSync(file, code);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await buildAll());
}
