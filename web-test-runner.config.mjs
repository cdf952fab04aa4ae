import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { faultRoutes } from './test/server/fault-routes.mjs';
import { chromeFlags, findChrome } from './scripts/chrome.mjs';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    ajvModule(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
  ],
  middleware: [faultRoutes()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome() ?? '/usr/bin/chromium',
        headless: true,
        args: chromeFlags,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 300000,
};
