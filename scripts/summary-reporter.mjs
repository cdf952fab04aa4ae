import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';

/**
 * A failed request worth printing: a script or style sheet the tests import. The tests ask on purpose for
 * what does not exist (the /__fault/ routes of test/server/fault-routes.mjs, missing data files, images
 * and media named only to check the markup), and the browser's requests for those are expected.
 */
function unexpected404(path) {
  return !path.startsWith('__fault/') && /\.(m?js|ts|css)(\?|#|$)/.test(path);
}

/**
 * A browser log that says nothing: web-test-runner logs the `error` of every error event, and the one a
 * page gets for "ResizeObserver loop completed with undelivered notifications" (the virtualized list
 * resizing its items, which the browser then lays out in the next frame) has none.
 */
function emptyLog(args) {
  return args.every((a) => a === null || a === undefined || a === 'undefined');
}

/**
 * web-test-runner's default reporter, without the expected failed requests and the empty error logs in
 * each file's report.
 */
export function quietReporter(options) {
  const reporter = defaultReporter(options);
  return {
    ...reporter,
    reportTestFileResults(args) {
      for (const session of args.sessionsForTestFile) {
        session.request404s = session.request404s.filter(unexpected404);
        session.logs = session.logs.filter((args) => !emptyLog(args));
      }
      return reporter.reportTestFileResults(args);
    },
  };
}

// Prints one plain closing line, `wtr: N passed, N failed, N skipped`, after web-test-runner's own output.
export function summaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        let sessionFailed = 0;
        const walk = (suite) => {
          if (!suite) return;
          for (const t of suite.tests) {
            if (t.skipped) skipped++;
            else if (t.passed) passed++;
            else {
              failed++;
              sessionFailed++;
            }
          }
          suite.suites.forEach(walk);
        };
        walk(session.testResults);
        // A file that fails to load, or errors outside a test, counts as one failure.
        if (session.passed === false && sessionFailed === 0) failed++;
      }
      const line = `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`;
      // scripts/test.mjs adds these counts to the end-to-end ones for the final closing line.
      if (process.env.WTR_SUMMARY_FILE) {
        writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }));
      }
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
