// `npm run bench:check`: runs the benchmark 3 times and fails only when 2 of the 3 runs exceed the same
// budget (bench/budgets.json → timing). A run taken while the 1-minute loadavg was above 2× the core count
// is discarded and repeated (at most 2 extra runs; BENCH_ALLOW_BUSY=1 keeps such runs).
//
//   npm run bench:check                               three fresh runs (bench/results/check-{1,2,3}.json)
//   node bench/check.mjs a.json b.json c.json         judge three existing result files
//   npm run bench:check -- --only warm,boot           pass options through to bench/run.mjs
//
// The rows of both data sets are judged (the CMS-like set's ids are prefixed `cms-`), each against its
// own budget in bench/budgets.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.json'));
const passthrough = args.filter((a) => !a.endsWith('.json'));
const runScript = fileURLToPath(new URL('./run.mjs', import.meta.url));

let runs = [];
if (files.length) {
  if (files.length !== 3) {
    console.error('Give exactly three result files.');
    process.exit(2);
  }
  runs = files.map((f) => ({ file: f, result: JSON.parse(readFileSync(f, 'utf8')) }));
} else {
  let attempt = 0;
  while (runs.length < 3 && attempt < 5) {
    attempt++;
    const file = fileURLToPath(new URL(`./results/check-${attempt}.json`, import.meta.url));
    console.error(`bench:check: run ${attempt} (${runs.length} of 3 kept so far)`);
    const r = spawnSync(process.execPath, [runScript, '--out', file, ...passthrough], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0 || !existsSync(file)) {
      console.error(`bench:check: run ${attempt} failed (exit ${r.status})`);
      process.exit(r.status || 1);
    }
    const result = JSON.parse(readFileSync(file, 'utf8'));
    if (result.load?.flagged && !process.env.BENCH_ALLOW_BUSY) {
      console.error(
        `bench:check: run ${attempt} discarded: 1-min loadavg ${Math.max(result.load.before[0], result.load.after[0]).toFixed(2)} > ${result.load.limit}`,
      );
      continue;
    }
    runs.push({ file, result });
  }
  if (runs.length < 3) {
    console.error(
      'bench:check: the machine stayed too busy for 3 usable runs (set BENCH_ALLOW_BUSY=1 to keep busy runs).',
    );
    process.exit(1);
  }
}

const ids = [
  ...new Set(runs.flatMap((r) => r.result.rows.filter((x) => x.budget !== null).map((x) => x.id))),
];
const verdicts = [];
for (const id of ids) {
  const per = runs.map((r) => r.result.rows.find((x) => x.id === id));
  const over = per.filter((x) => x && x.pass === false).length;
  const seen = per.filter(Boolean).length;
  const any = per.find(Boolean);
  verdicts.push({
    id,
    metric: any.metric,
    budget: any.budget,
    values: per.map((x) => (x && Number.isFinite(x.lit) ? x.lit : null)),
    over,
    seen,
    fail: over >= 2,
  });
}
const fmt = (v) => (v === null ? '–' : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(v < 0.1 ? 4 : 2));
const w = Math.max(...verdicts.map((v) => v.metric.length));
console.log(
  `\n${'metric'.padEnd(w)}  ${'run 1'.padStart(7)} ${'run 2'.padStart(7)} ${'run 3'.padStart(7)}  ${'budget'.padStart(7)}  verdict`,
);
for (const v of verdicts) {
  console.log(
    `${v.metric.padEnd(w)}  ${v.values.map((x) => fmt(x).padStart(7)).join(' ')}  ${String(v.budget).padStart(7)}  ${v.fail ? `FAIL (${v.over} of ${v.seen} runs over)` : v.over ? `pass (${v.over} of ${v.seen} over)` : 'pass'}`,
  );
}
const failed = verdicts.filter((v) => v.fail);
const mismatch = runs.some((r) => r.result.domCheck?.some((c) => !c.same));
if (mismatch)
  console.log(
    '\nThe implementations did not render the same DOM in at least one run: the ratios are not like for like.',
  );
console.log(
  failed.length
    ? `\nbench:check FAILED: ${failed.length} budget(s) exceeded in 2 of 3 runs: ${failed.map((v) => v.id).join(', ')}`
    : `\nbench:check passed: no budget exceeded in 2 of 3 runs (${verdicts.length} budgets).`,
);
process.exit(failed.length || mismatch ? 1 : 0);
