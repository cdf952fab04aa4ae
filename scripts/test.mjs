// `npm test`: installs what is missing, type-checks, runs every web-test-runner suite in three browser
// engines one after another (Chromium, Firefox over WebDriver BiDi, WebKitGTK over WebDriver), then the
// end-to-end and integration suites in Chromium, prints each run's count and time, and ends with one
// closing line `N passed, N failed` over all of them.
// WTR_BROWSERS=chromium,firefox,webkit picks the engines; arguments go to web-test-runner (e.g. --files).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChrome, ensureDependencies, ensureEngines } from './ensure.mjs';
import { requestedEngines } from './browsers.mjs';

ensureDependencies();
const engines = requestedEngines('chromium,firefox,webkit');
ensureEngines(engines);
const chrome = ensureChrome();
const env = { ...process.env, CHROME_PATH: chrome };
const bin = (name) => join('node_modules', '.bin', name);

console.log('> tsc --noEmit');
if (spawnSync(bin('tsc'), ['--noEmit', '-p', '.'], { stdio: 'inherit' }).status !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
let exitCode = 0;
const summaryDir = mkdtempSync(join(tmpdir(), 'news-widgets-test-'));

/** Each run's label, counts and seconds, printed before the closing line. */
const runs = [];

function runSuite(label, cmd, args, extraEnv = {}) {
  const summaryFile = join(summaryDir, `${label.replace(/\W+/g, '-')}.json`);
  console.log(`> ${label}`);
  const start = performance.now();
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...env, CI: 'true', WTR_SUMMARY_FILE: summaryFile, E2E_SUMMARY_FILE: summaryFile, ...extraEnv },
  });
  const run = { label, passed: 0, failed: 0, seconds: (performance.now() - start) / 1000 };
  if (existsSync(summaryFile)) {
    const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
    run.passed = s.passed;
    run.failed = s.failed;
  } else if (r.status !== 0) {
    run.failed = 1;
  }
  passed += run.passed;
  failed += run.failed;
  runs.push(run);
  if (r.status !== 0) exitCode = r.status || 1;
}

const extra = process.argv.slice(2);
for (const engine of engines) {
  runSuite(`web-test-runner in ${engine}`, bin('wtr'), extra, { WTR_BROWSERS: engine });
}
if (existsSync('test/e2e/playwright.config.mjs') && extra.length === 0)
  runSuite('e2e', bin('playwright'), ['test', '-c', 'test/e2e/playwright.config.mjs']);
if (extra.length === 0) runSuite('integration', process.execPath, ['test/integration/run.mjs']);
if (extra.length === 0) runSuite('ssr', process.execPath, ['test/ssr/run.mjs']);
rmSync(summaryDir, { recursive: true, force: true });

if (failed > 0 && exitCode === 0) exitCode = 1;
console.log('');
for (const r of runs) {
  console.log(`  ${r.label.padEnd(32)} ${r.passed} passed, ${r.failed} failed in ${r.seconds.toFixed(1)} s`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode);
