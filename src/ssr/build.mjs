// Builds the server entry (`news-widgets/ssr`) into dist/ssr/index.js: one ES module for Node, its
// packages (lit, @lit-labs/ssr, dompurify, jsdom) imported from node_modules under Node's conditions.
// `node src/ssr/build.mjs [outdir]`.
import { build } from 'esbuild';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

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
  });
  return join(outdir, 'index.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSsr(process.argv[2]));
}
