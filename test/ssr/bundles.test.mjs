// Server-only code stays out of the browser: the browser entries import nothing of src/ssr, jsdom or the
// server renderer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the browser entries bundle nothing server-only', async () => {
  for (const entry of ['src/index.ts', 'src/define.ts', 'src/cdn.ts']) {
    const { metafile } = await build({
      entryPoints: [`${root}${entry}`],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      splitting: true,
      outdir: '/tmp/news-widgets-bundle-check',
      logLevel: 'silent',
      tsconfig: `${root}tsconfig.json`,
    });
    const inputs = Object.keys(metafile.inputs);
    assert.ok(
      inputs.some((p) => p.includes('src/news-article/')),
      `${entry} bundles the elements`,
    );
    assert.deepEqual(
      inputs.filter((p) =>
        /src\/ssr\/|node_modules\/(jsdom|@lit-labs\/ssr\/|@lit-labs\/ssr-dom-shim)/.test(p),
      ),
      [],
      entry,
    );
  }
});
