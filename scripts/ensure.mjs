// Installs what a fresh clone lacks: npm dependencies (when node_modules is absent or older than the
// lockfile) and, for browser work, Debian's Chromium with CJK fonts (only as root, with apt-get).
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { findChrome } from './chrome.mjs';

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
