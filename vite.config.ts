import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { minifyTemplates } from './scripts/minify-literals.mjs';
import { importTogether } from './scripts/import-together.mjs';

const root = import.meta.dirname;
/** Files in `dir` (not recursive) whose names end with `suffix`, as `dir/name` paths. */
function filesIn(dir: string, suffix: string): string[] {
  return readdirSync(resolve(root, dir))
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${dir}/${name}`);
}

const external = [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^dompurify$/, /^qr(\/.*)?$/];

/** The library: one ES2022 module per source module, dependencies external. */
function library(): UserConfig {
  const entries = Object.fromEntries(
    [
      'src/index.ts',
      'src/define.ts',
      'src/hydrate.ts',
      ...['news-article', 'news-credits', 'related-news-list', 'news-tools'].flatMap((el) =>
        filesIn(`src/${el}`, '.define.ts'),
      ),
    ].map((file) => [file.replace(/^src\//, '').replace(/\.ts$/, ''), resolve(root, file)]),
  );
  return {
    // Template texts minified as in the CDN files and the server entry, whose HTML the elements hydrate.
    plugins: [literals()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

/** Minifies the CSS and HTML text of the sources' Lit templates (scripts/minify-literals.mjs). */
function literals(): Plugin {
  return {
    name: 'news-widgets-minify-literals',
    async transform(code, id) {
      return /[\\/]src[\\/].*\.ts$/.test(id)
        ? { code: await minifyTemplates(code, id), map: null }
        : undefined;
    },
  };
}

const LAZY = 'news-widgets-lazy:';

/**
 * The CDN ES module is one file: everything the elements need before their first render, Lit included,
 * with no static import (a page makes one request, not a waterfall of shared chunks). Each `import()`
 * target becomes a lazy module of its own in `chunks/`, built separately with what it needs (lazy
 * modules share chunks among themselves, never with the entry). So a lazy module may carry its own copy
 * of a small helper, or of lit-html for the virtualizer: bytes paid only when the data needs that module.
 * An `import()` of a lazy module that imports shared chunks also imports those chunks in the same call, so
 * the browser requests them all at once instead of one level after the other (as Vite's preload does).
 */
function lazyChunks(): Plugin {
  const targets = new Map<string, string>(); // module path → placeholder id
  const files = new Map<string, string>(); // module path → chunks/file.js
  const imports = new Map<string, string[]>(); // chunks/file.js → the chunks it imports statically
  const emitted: { fileName: string; source: string }[] = [];
  return {
    name: 'news-widgets-lazy-chunks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options.kind !== 'dynamic-import' || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const id = `${LAZY}${resolved.id}`;
      targets.set(resolved.id, id);
      return { id, external: true };
    },
    async buildEnd(error) {
      if (error) return;
      const names = new Map<string, number>();
      const entry = Object.fromEntries(
        [...targets.keys()].map((file) => {
          const base = file.replace(/^.*[\\/]/, '').replace(/\.[jt]s$/, '');
          const n = (names.get(base) ?? 0) + 1;
          names.set(base, n);
          return [n > 1 ? `${base}${n}` : base, file];
        }),
      );
      const out = await build({ configFile: false, logLevel: 'warn', ...lazyModules(entry) });
      for (const result of Array.isArray(out) ? out : [out]) {
        for (const file of 'output' in result ? result.output : []) {
          emitted.push({
            fileName: file.fileName,
            source: file.type === 'chunk' ? file.code : String(file.source),
          });
          if (file.type === 'chunk') imports.set(file.fileName, file.imports);
          if (file.type === 'chunk' && file.isEntry && file.facadeModuleId) {
            files.set(file.facadeModuleId, file.fileName);
          }
        }
      }
    },
    renderChunk(code) {
      let result = code;
      for (const [file, id] of targets) {
        const out = files.get(file);
        if (!out) this.error(`the lazy module ${file} was not built`);
        const call = importTogether(out, (f) => imports.get(f));
        result = result.replace(
          new RegExp(`import\\(\\s*([\`'"])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\s*\\)`, 'g'),
          () => call,
        );
      }
      if (result.includes(LAZY)) this.error('a lazy module is referenced other than by a literal import()');
      return result === code ? null : { code: result, map: null };
    },
    generateBundle() {
      for (const { fileName, source } of emitted) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

const LIT_TEMPLATES = '\0news-widgets-lit-templates';

/**
 * `lit` in a lazy module is its templates, directives and `css` (lit-html and Lit's css tag), without
 * LitElement: what the virtualizer and the reader tools' lazy views take from it.
 */
function litTemplates(): Plugin {
  return {
    name: 'news-widgets-lit-templates',
    resolveId: (source) => (source === 'lit' ? LIT_TEMPLATES : null),
    load: (id) =>
      id === LIT_TEMPLATES
        ? "export * from 'lit-html'; export * from '@lit/reactive-element/css-tag.js';"
        : null,
  };
}

/** The lazy modules of the CDN build (see `lazyChunks`): entries named after their source file. */
function lazyModules(entry: Record<string, string>): UserConfig {
  return {
    root,
    plugins: [literals(), litTemplates()],
    build: {
      target: 'es2022',
      write: false,
      minify: true,
      copyPublicDir: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        // A lazy module may hold code another one imports: they are all loaded by their path in chunks/.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          comments: false,
          // A lazy module loads because its code is about to run: V8's compile hint (see `cdn`).
          postBanner: '//# allFunctionsCalledOnLoad',
          entryFileNames: 'chunks/[name]-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

/** The CDN files: everything inlined (Lit in its production build), minified. */
function cdn(format: 'es' | 'iife'): UserConfig {
  return {
    plugins: [literals(), ...(format === 'es' ? [lazyChunks()] : [])],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: resolve(root, 'src/cdn.ts'),
        formats: [format],
        name: 'NewsWidgets',
        fileName: () => (format === 'es' ? 'news-widgets.js' : 'news-widgets.iife.js'),
      },
      rolldownOptions: {
        output: {
          minify: true,
          comments: false, // the files are final: no annotations for a later bundler
          chunkFileNames: 'chunks/[name]-[hash].js',
          // V8's explicit compile hint: every function of the module is compiled while it streams in, off
          // the main thread, instead of on its first call during the first render. Only for the ES module,
          // which holds just what the first render needs (the classic script inlines every lazy module,
          // most of which a page never runs).
          ...(format === 'es' ? { postBanner: '//# allFunctionsCalledOnLoad' } : {}),
        },
      },
    },
  };
}

/** `/` of the dev server is the demo portal (demo/index.html, whose relative URLs need /demo/). */
function demoIndex(): Plugin {
  return {
    name: 'news-widgets-demo-index',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
        } else next();
      });
    },
  };
}

/**
 * The demo portal's template prints a document into the page the way a CMS prints the article it
 * renders: `<script type="application/json" data-include="data/x.json"></script>` (a path relative to the
 * page) becomes that script with the file's JSON as its text, `<` escaped. The element then renders at
 * once, with no request for its data. Dev server and build alike.
 */
function includeData(): Plugin {
  return {
    name: 'news-widgets-demo-include',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename }) =>
        html.replace(
          /<script type="application\/json" data-include="([^"]+)"><\/script>/g,
          (_, file: string) =>
            `<script type="application/json">${JSON.stringify(
              JSON.parse(readFileSync(resolve(dirname(filename), file), 'utf8')),
            ).replace(/</g, '\\u003c')}</script>`,
        ),
    },
  };
}

/** The dev server: the repository root, opening on the demo portal. */
function serve(): UserConfig {
  return {
    publicDir: false,
    // literals(): the templates as every build has them, so that /demo/ssr.html hydrates (npm start).
    plugins: [demoIndex(), includeData(), literals()],
    server: { host: '127.0.0.1' },
    // Find the demo's dependencies up front, so that the first visit does not reload the page.
    optimizeDeps: { entries: ['demo/*.html'] },
  };
}

/**
 * The demo pages' own stylesheets, inlined into each built page as `<style>`: a page's CSS is then no
 * request that blocks its first paint. A page whose Content-Security-Policy does not allow inline styles
 * keeps its `<link>`.
 */
function inlineStyles(): Plugin {
  return {
    name: 'news-widgets-demo-inline-styles',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
        if (!bundle || (csp && !/style-src[^;]*'unsafe-inline'/.test(csp))) return html;
        return html.replace(
          /<link rel="stylesheet"(?: crossorigin)? href="\/?([^"]+\.css)">/g,
          (link, file) => {
            const asset = bundle[file];
            return asset?.type === 'asset' ? `<style>${String(asset.source).trim()}</style>` : link;
          },
        );
      },
    },
  };
}

/** The demo site, built (`vite build --mode demo` → dist/demo, for Lighthouse), with its data files. */
function demo(): UserConfig {
  return {
    root: resolve(root, 'demo'),
    publicDir: false,
    plugins: [
      includeData(),
      inlineStyles(),
      {
        name: 'news-widgets-demo-data',
        closeBundle: () =>
          cpSync(resolve(root, 'demo/data'), resolve(root, 'dist/demo/data'), { recursive: true }),
      },
    ],
    build: {
      outDir: resolve(root, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: Object.fromEntries(filesIn('demo', '.html').map((f) => [f.slice(5, -5), resolve(root, f)])),
      },
    },
  };
}

export default defineConfig(({ mode, command }) => {
  if (mode === 'cdn') return cdn('es');
  if (mode === 'iife') return cdn('iife');
  if (command === 'serve') return serve();
  if (mode === 'demo') return demo();
  return library();
});
