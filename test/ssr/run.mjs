// The server-rendering suite: builds the `news-widgets/ssr` entry (dist/ssr) with esbuild, then runs the
// Node tests of test/ssr with node:test. Prints the spec report, and writes { passed, failed } to
// $WTR_SUMMARY_FILE when `npm test` asks for it.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSsr } from '../../src/ssr/build.mjs';

// Built apart from dist/ (which builds replace): inside node_modules, so that its imports resolve there.
const entry = await buildSsr(join('node_modules', '.cache', 'news-widgets-ssr'));
process.env.NEWS_WIDGETS_SSR_ENTRY = entry;
const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync('test/ssr').filter((f) => f.endsWith('.test.mjs'))).map(
  (f) => (f.includes('/') ? f : join('test/ssr', f)),
);
const dir = mkdtempSync(join(tmpdir(), 'ssr-tap-'));
const tap = join(dir, 'report.tap');
const r = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: 'inherit', env: process.env },
);
const report = readFileSync(tap, 'utf8');
rmSync(dir, { recursive: true, force: true });
const count = (name) => Number([...report.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].pop()?.[1] ?? 0);
const passed = count('pass');
const failed = count('fail') + count('cancelled');
if (process.env.WTR_SUMMARY_FILE)
  writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify({ passed, failed }));
console.log(`\nssr: ${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
