// `npm test`: installs what is missing, type-checks, runs every browser test in headless Chromium
// (web-test-runner, then the end-to-end demo smoke test), and ends with one closing line
// `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChrome, ensureDependencies } from './ensure.mjs';

ensureDependencies();
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

function runSuite(label, cmd, args) {
  const summaryFile = join(summaryDir, `${label}.json`);
  console.log(`> ${label}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...env, CI: 'true', WTR_SUMMARY_FILE: summaryFile, E2E_SUMMARY_FILE: summaryFile },
  });
  if (existsSync(summaryFile)) {
    const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
    passed += s.passed;
    failed += s.failed;
  } else if (r.status !== 0) {
    failed += 1;
  }
  if (r.status !== 0) exitCode = r.status || 1;
}

const extra = process.argv.slice(2);
runSuite('web-test-runner', bin('wtr'), extra);
if (existsSync('test/e2e/smoke.mjs') && extra.length === 0)
  runSuite('e2e', process.execPath, ['test/e2e/smoke.mjs']);
if (extra.length === 0) runSuite('integration', process.execPath, ['test/integration/run.mjs']);
if (extra.length === 0) runSuite('ssr', process.execPath, ['test/ssr/run.mjs']);
rmSync(summaryDir, { recursive: true, force: true });

if (failed > 0 && exitCode === 0) exitCode = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode);
