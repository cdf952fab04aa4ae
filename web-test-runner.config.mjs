import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { quietReporter, summaryReporter } from './scripts/summary-reporter.mjs';
import { faultRoutes } from './test/server/fault-routes.mjs';
import { requestedEngines } from './scripts/browsers.mjs';
import { chromiumLauncher, firefoxLauncher, webkitLauncher } from './test/server/engines.mjs';

/**
 * Serves ajv (the JSON Schema validator of the data tests, published as CommonJS only) as one ES
 * module at /test/vendor/ajv2020.js, bundled on first request.
 */
function ajvModule() {
  let code;
  return {
    name: 'ajv-esm',
    async serve(context) {
      if (context.path !== '/test/vendor/ajv2020.js') return undefined;
      code ??= build({
        entryPoints: ['ajv/dist/2020.js'],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      }).then((r) => r.outputFiles[0].text);
      return { body: await code, type: 'js' };
    },
  };
}

const launchers = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };
/** WTR_BROWSERS=chromium,firefox,webkit picks the engines (default chromium); `npm test` runs all three. */
const engines = requestedEngines('chromium');

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, as pages get it. @web/dev-server resolves the `development` export condition
  // unless told otherwise, and Lit's development build logs a dev-mode warning on every page.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    ajvModule(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
  ],
  middleware: [faultRoutes()],
  browsers: engines.map((name) => launchers[name]()),
  // One page at a time: above 1 the WebDriver launcher runs test files in iframes, where viewport and
  // keyboard commands would act on the wrong frame. scripts/test.mjs runs the engines one after another.
  concurrency: 1,
  reporters: [quietReporter(), summaryReporter()],
  // WebKitGTK draws in software under Xvfb: pages with many media elements take about three times as
  // long as in Chromium there.
  testFramework: { config: { timeout: engines.includes('webkit') ? 20000 : 8000 } },
  testsFinishTimeout: 300000,
};
