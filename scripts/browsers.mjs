// The three browser engines the browser tests run in, and where their Debian packages put them.
// No browser is ever downloaded: each engine is an installed program, found here or named by a variable.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findChrome } from './chrome.mjs';

/** The first existing path: `variable` if it is set (null when it names nothing), else the candidates. */
function pick(variable, candidates) {
  if (variable && process.env[variable]) {
    return existsSync(process.env[variable]) ? process.env[variable] : null;
  }
  for (const path of candidates) if (existsSync(path)) return path;
  return null;
}

/** A command on the PATH, or null. */
function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Firefox (Debian: firefox-esr), driven over WebDriver BiDi by puppeteer-core. */
export function findFirefox() {
  return pick('FIREFOX_PATH', [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    which('firefox-esr') ?? '',
    which('firefox') ?? '',
  ]);
}

/** WebKitGTK's WebDriver server (Debian: webkit2gtk-driver). */
export function findWebKitDriver() {
  return pick('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver', which('WebKitWebDriver') ?? '']);
}

/** The WebKitGTK browser the driver starts: MiniBrowser, shipped with libwebkit2gtk. */
export function findWebKitBrowser() {
  const arch = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu'];
  return pick(
    'WEBKIT_BROWSER_PATH',
    ['4.1', '4.0', '6.0'].flatMap((api) => [
      ...arch.map((a) => `/usr/lib/${a}/webkit2gtk-${api}/MiniBrowser`),
      `/usr/libexec/webkit2gtk-${api}/MiniBrowser`,
    ]),
  );
}

/** The virtual display WebKitGTK draws into (Debian: xvfb); null when missing. */
export function findXvfb() {
  return pick('XVFB_PATH', ['/usr/bin/Xvfb', which('Xvfb') ?? '']);
}

/**
 * Each engine: what it needs (name, finder, the Debian package, the variable that points to an installed
 * copy). `npm test` installs the missing packages as root, else names them and the variables.
 */
export const engines = {
  chromium: [{ what: 'Chromium', find: findChrome, packages: ['chromium'], variable: 'CHROME_PATH' }],
  firefox: [{ what: 'Firefox', find: findFirefox, packages: ['firefox-esr'], variable: 'FIREFOX_PATH' }],
  webkit: [
    {
      what: 'WebKitWebDriver',
      find: findWebKitDriver,
      packages: ['webkit2gtk-driver'],
      variable: 'WEBKIT_DRIVER_PATH',
    },
    {
      what: 'MiniBrowser (WebKitGTK)',
      find: findWebKitBrowser,
      packages: ['webkit2gtk-driver'],
      variable: 'WEBKIT_BROWSER_PATH',
    },
    { what: 'Xvfb', find: findXvfb, packages: ['xvfb'], variable: 'XVFB_PATH' },
  ],
};

/** The engines a run asks for: WTR_BROWSERS (comma-separated), else the given default. */
export function requestedEngines(fallback = 'chromium') {
  const names = (process.env.WTR_BROWSERS || fallback)
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!(name in engines)) {
      throw new Error(`Unknown engine "${name}" in WTR_BROWSERS: use ${Object.keys(engines).join(', ')}.`);
    }
  }
  return names;
}
