// Prints the closing line `e2e: N passed, N failed (T s, the whole run)` and, when E2E_SUMMARY_FILE is set, writes
// {"passed":N,"failed":M} there for scripts/test.mjs. A run that fails outside any test (the global setup,
// the web server) counts as one failure.
import { writeFileSync } from 'node:fs';

export default class SummaryReporter {
  onBegin(_config, suite) {
    this.suite = suite;
  }

  onEnd(result) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const t of this.suite?.allTests() ?? []) {
      const outcome = t.outcome();
      if (outcome === 'expected') passed++;
      else if (outcome === 'skipped') skipped++;
      else failed++; // unexpected, and flaky (there are no retries)
    }
    if (result.status !== 'passed' && failed === 0) failed++;
    // Since the runner started: the web server, the builds and the warm-up included.
    const seconds = process.uptime().toFixed(1);
    console.log(
      `\ne2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds} s)`,
    );
    if (process.env.E2E_SUMMARY_FILE)
      writeFileSync(process.env.E2E_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }));
  }

  printsToStdio() {
    return false;
  }
}
