import { defineConfig, type UserConfig } from 'vite';
import { globSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const external = [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^dompurify$/];

/** The library: one ES2021 module per source module, dependencies external. */
function library(): UserConfig {
  const entries = Object.fromEntries(
    ['src/index.ts', 'src/define.ts', ...globSync('src/*/*.define.ts')].map((file) => [
      file.replace(/^src\//, '').replace(/\.ts$/, ''),
      resolve(root, file),
    ]),
  );
  return {
    build: {
      target: 'es2021',
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

/** The CDN files: everything inlined (Lit in its production build), minified. */
function cdn(format: 'es' | 'iife'): UserConfig {
  return {
    build: {
      target: 'es2021',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: resolve(root, 'src/define.ts'),
        formats: [format],
        name: 'NewsWidgets',
        fileName: () => (format === 'es' ? 'news-widgets.js' : 'news-widgets.iife.js'),
      },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          ...(format === 'iife' ? { inlineDynamicImports: true } : {}),
        },
      },
    },
  };
}

/** The demo site: `npm start` serves it; `vite build --mode demo` builds it (for Lighthouse). */
function demo(): UserConfig {
  return {
    root: resolve(root, 'demo'),
    publicDir: false,
    server: { host: '127.0.0.1', fs: { allow: [root] } },
    build: {
      outDir: resolve(root, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2021',
      rolldownOptions: {
        input: Object.fromEntries(globSync('demo/*.html').map((f) => [f.slice(5, -5), resolve(root, f)])),
      },
    },
  };
}

export default defineConfig(({ mode, command }) => {
  if (mode === 'cdn') return cdn('es');
  if (mode === 'iife') return cdn('iife');
  if (mode === 'demo' || command === 'serve') return demo();
  return library();
});
