import { writeFileSync } from 'node:fs';

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
