import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { faultRoutes } from './test/server/fault-routes.mjs';
import { chromeFlags, findChrome } from './scripts/chrome.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin()],
  middleware: [faultRoutes()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome() ?? '/usr/bin/chromium', headless: true, args: chromeFlags },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 300000,
};
