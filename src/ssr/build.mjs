// Builds the server entry (`news-widgets/ssr`) into dist/ssr/index.js: one ES module for Node, its
// packages (lit, @lit-labs/ssr, dompurify, jsdom) imported from node_modules under Node's conditions.
// `node src/ssr/build.mjs [outdir]`.
import { build } from 'esbuild';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { minifyLiteralsEsbuild } from '../../scripts/minify-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export async function buildSsr(outdir = join(root, 'dist', 'ssr')) {
  await build({
    entryPoints: [join(root, 'src', 'ssr', 'index.ts')],
    outdir,
    bundle: true,
    splitting: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    // shim.ts is imported for its effect (the DOM globals), which the package's sideEffects list does not name.
    ignoreAnnotations: true,
    logLevel: 'warning',
    // The template texts minified as in every browser build (the library and the CDN files): hydration
    // matches the server's templates to the browser's by a digest of their text.
    plugins: [minifyLiteralsEsbuild],
  });
  return join(outdir, 'index.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSsr(process.argv[2]));
}
