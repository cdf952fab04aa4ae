// Installs what a fresh clone lacks: npm dependencies (when node_modules is absent or older than the
// lockfile) and, for browser work, Debian's browsers with CJK fonts (only as root, with apt-get):
// chromium; firefox-esr; webkit2gtk-driver (WebKitGTK's WebDriver and MiniBrowser) with xvfb.
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { findChrome } from './chrome.mjs';
import { engines } from './browsers.mjs';

const stampFile = 'node_modules/.news-widgets-installed';

function lockHash() {
  const lock = existsSync('package-lock.json')
    ? readFileSync('package-lock.json')
    : readFileSync('package.json');
  return createHash('sha256').update(lock).update(readFileSync('package.json')).digest('hex');
}

function run(cmd, args, options = {}) {
  console.log(`> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

/** Runs `npm ci` when node_modules is missing or does not match package-lock.json. */
export function ensureDependencies() {
  const want = lockHash();
  const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  if (have === want && statSync('node_modules').isDirectory()) return;
  console.log(
    existsSync('node_modules') ? 'Dependencies are stale: reinstalling.' : 'Installing dependencies.',
  );
  run(
    'npm',
    existsSync('package-lock.json')
      ? ['ci', '--no-audit', '--no-fund']
      : ['install', '--no-audit', '--no-fund'],
  );
  writeFileSync(stampFile, want + '\n');
}

/** Returns a Chromium executable, installing Debian's package as root when none is found. */
export function ensureChrome() {
  let chrome = findChrome();
  if (chrome) return chrome;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'No Chromium found. Install Chromium (Debian: `sudo apt-get install chromium fonts-noto-cjk`)\n' +
        'or set CHROME_PATH to a Chrome/Chromium executable, e.g. CHROME_PATH=/usr/bin/chromium npm test',
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk.');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { env });
  chrome = findChrome();
  if (!chrome) {
    console.error('apt-get installed chromium, but no executable was found. Set CHROME_PATH.');
    process.exit(1);
  }
  return chrome;
}

const canApt = () =>
  typeof process.getuid === 'function' &&
  process.getuid() === 0 &&
  spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/** Whether Debian's CJK fonts are installed (the tests render Chinese text in every engine). */
const hasCjkFonts = () =>
  spawnSync('sh', ['-c', 'fc-list :lang=zh family | grep -q .'], { stdio: 'ignore' }).status === 0;

/**
 * Makes sure each named engine (chromium, firefox, webkit) is installed: installs the missing Debian
 * packages in one apt-get run as root, else exits naming the packages and the variables that point to an
 * installed copy.
 */
export function ensureEngines(names) {
  const missing = () =>
    names.flatMap((name) =>
      engines[name].filter((need) => !need.find()).map((need) => ({ engine: name, ...need })),
    );
  let needs = missing();
  const packages = new Set(needs.flatMap((n) => n.packages));
  if (!hasCjkFonts()) packages.add('fonts-noto-cjk');
  if (packages.size === 0) return;
  const named = needs.filter((n) => n.variable && process.env[n.variable]);
  if (named.length > 0) {
    for (const n of named)
      console.error(`${n.variable} is set to ${process.env[n.variable]}, but nothing is there.`);
    process.exit(1);
  }
  if (!canApt()) {
    if (needs.length === 0) return; // fonts only: tests still run, with fallback glyphs
    console.error('Browser engines missing for the tests:');
    for (const n of needs) {
      console.error(
        `  ${n.engine}: ${n.what} (Debian package ${n.packages.join(', ')}, or set ${n.variable})`,
      );
    }
    console.error(
      `Install them (Debian: sudo apt-get install ${[...packages].join(' ')}), point the variables at\n` +
        'installed copies, or pick engines with WTR_BROWSERS (e.g. WTR_BROWSERS=chromium npm test).',
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages for the browser tests: ${[...packages].join(' ')}.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
  needs = missing();
  if (needs.length > 0) {
    for (const n of needs)
      console.error(
        `apt-get installed ${n.packages.join(', ')}, but no ${n.what} was found: set ${n.variable}.`,
      );
    process.exit(1);
  }
}
