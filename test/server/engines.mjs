// Browser launchers for web-test-runner: Chromium (DevTools protocol), Firefox (WebDriver BiDi through
// puppeteer-core) and WebKitGTK (classic WebDriver through WebKitWebDriver, drawing into a private Xvfb
// display). Plus the test commands (emulateMedia, setViewport, sendKeys) that the stock command plugins
// of @web/test-runner-commands do not implement for the last two.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher, ChromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { Key } from 'webdriverio';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';
import { findFirefox, findWebKitBrowser, findWebKitDriver, findXvfb } from '../../scripts/browsers.mjs';
import { emulateMediaInPage } from './media-emulation.mjs';
import { freePort } from './free-port.mjs';

/** The viewport every engine's pages get, as puppeteer gives Chromium and Firefox by default. */
const VIEWPORT = { width: 800, height: 600 };

export function chromiumLauncher() {
  return chromeLauncher({
    launchOptions: {
      executablePath: findChrome() ?? '/usr/bin/chromium',
      headless: true,
      args: chromeFlags,
    },
  });
}

class FirefoxLauncher extends ChromeLauncher {
  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    installCommands(config);
  }
}

export function firefoxLauncher() {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
  return new FirefoxLauncher(
    {
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: {
        // No first-run pages, updates or telemetry pings in test runs.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    },
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteer,
  );
}

/** Starts a child that is ended with this process, whatever way it exits. */
function child(cmd, args, options) {
  const proc = spawn(cmd, args, options);
  const end = () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
  };
  process.once('exit', end);
  proc.once('exit', () => process.off('exit', end));
  return proc;
}

/** Xvfb on the first free display number; resolves to its DISPLAY value. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const proc = child(
      xvfb,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-nolisten', 'unix'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ proc, display: `:${out.trim()}` });
    });
    proc.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${err}`)));
    proc.once('error', reject);
  });
}

/** Waits until the WebDriver server at `url` answers /status. */
async function waitForDriver(url, proc, log) {
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${proc.exitCode}):\n${log()}`);
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}:\n${log()}`);
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(paths) {
    super({
      hostname: '127.0.0.1',
      port: 0, // chosen when the driver starts
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; asking for BiDi fails to match capabilities.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
      },
    });
    this.paths = paths;
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    installCommands(config);
  }

  async createDriverManager() {
    let display = process.env.DISPLAY;
    if (this.paths.xvfb) {
      const xvfb = await startXvfb(this.paths.xvfb);
      this.children.push(xvfb.proc);
      display = xvfb.display;
    }
    const port = await freePort();
    let log = '';
    const driver = child(this.paths.driver, [`--port=${port}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: this.gtkConfig() },
    });
    driver.stdout.on('data', (d) => (log += d));
    driver.stderr.on('data', (d) => (log += d));
    this.children.push(driver);
    await waitForDriver(`http://127.0.0.1:${port}`, driver, () => log);
    this.options.port = port;
    const manager = await super.createDriverManager();
    await setViewport(this.driver, VIEWPORT);
    return manager;
  }

  /**
   * A GTK configuration whose style shrinks MiniBrowser's toolbar: with the stock theme its window is at
   * least 447 px wide, too wide for the 320 px phone viewport tests ask for. The style applies to GTK's
   * widgets only, not to the page, which WebKit draws itself.
   */
  gtkConfig() {
    this.configDir ??= mkdtempSync(join(tmpdir(), 'news-widgets-webkit-'));
    const css =
      '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n';
    for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
      mkdirSync(join(this.configDir, gtk), { recursive: true });
      writeFileSync(join(this.configDir, gtk, 'gtk.css'), css);
    }
    return this.configDir;
  }

  async stop() {
    await super.stop();
    for (const proc of this.children.reverse()) proc.kill('SIGTERM');
    this.children = [];
    if (this.configDir) rmSync(this.configDir, { recursive: true, force: true });
  }
}

export function webkitLauncher() {
  const paths = { driver: findWebKitDriver(), browser: findWebKitBrowser(), xvfb: findXvfb() };
  if (!paths.driver || !paths.browser) {
    throw new Error(
      'No WebKitGTK found: install webkit2gtk-driver, or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH.',
    );
  }
  if (!paths.xvfb && !process.env.DISPLAY) {
    throw new Error('WebKitGTK needs a display: install xvfb (or set XVFB_PATH, or DISPLAY).');
  }
  return new WebKitLauncher(paths);
}

/** Sizes the window so that the page's viewport is `width` × `height` CSS pixels. */
async function setViewport(driver, { width, height }) {
  let w;
  let h;
  for (let i = 0; i < 6; i++) {
    [w, h] = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (w === width && h === height) return;
    const rect = await driver.getWindowRect();
    // The window is never smaller than its viewport. A rectangle read while GTK still applies the last
    // resize can be stale, and a negative size is refused ("Invalid width value").
    const outerWidth = Math.max(width, Math.round(rect.width + width - w) || 0);
    const outerHeight = Math.max(height, Math.round(rect.height + height - h) || 0);
    await driver.setWindowRect(null, null, outerWidth, outerHeight);
    // The page sees the new size with its next resize event (or not at all when nothing changed).
    await driver.executeAsync(
      `const done = arguments[arguments.length - 1];
       const quit = () => requestAnimationFrame(() => requestAnimationFrame(done));
       addEventListener('resize', quit, { once: true });
       requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(quit)));`,
    );
  }
  throw new Error(`The WebKit window cannot give a ${width}×${height} viewport (it stays ${w}×${h}).`);
}

/** WebDriver key values for the key names of @web/test-runner-commands (puppeteer's names). */
function keyValue(name) {
  if (name.length === 1) return name;
  const aliases = { Space: ' ', Meta: Key.Command, ControlLeft: Key.Control, ShiftLeft: Key.Shift };
  if (name in aliases) return aliases[name];
  if (name in Key) return Key[name];
  throw new Error(`Unknown key name "${name}".`);
}

/** Key names puppeteer's WebDriver BiDi keyboard does not know, as the characters it does. */
const bidiKeyNames = { Space: ' ' };

const commandsPlugin = {
  name: 'engine-commands',
  async executeCommand({ command, payload, session }) {
    const launcher = session.browser;
    if (launcher instanceof FirefoxLauncher) {
      if (command === 'emulate-media') {
        await launcher.getPage(session.id).evaluate(emulateMediaInPage, payload);
        return true;
      }
      if (command === 'send-keys' && payload && typeof payload === 'object') {
        // The stock command goes on with the renamed key.
        for (const k of ['press', 'down', 'up']) {
          if (payload[k] in bidiKeyNames) payload[k] = bidiKeyNames[payload[k]];
        }
      }
      return undefined;
    }
    if (launcher instanceof WebKitLauncher) {
      const driver = launcher.driver;
      if (command === 'emulate-media') {
        await driver.execute(emulateMediaInPage, payload);
        return true;
      }
      if (command === 'set-viewport') {
        await setViewport(driver, payload);
        return true;
      }
      if (command === 'send-keys') {
        const actions = [];
        if (typeof payload.type === 'string') {
          for (const ch of payload.type)
            actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
        } else if (payload.press) {
          const v = keyValue(payload.press);
          actions.push({ type: 'keyDown', value: v }, { type: 'keyUp', value: v });
        } else if (payload.down) {
          actions.push({ type: 'keyDown', value: keyValue(payload.down) });
        } else if (payload.up) {
          actions.push({ type: 'keyUp', value: keyValue(payload.up) });
        } else {
          throw new Error('send-keys needs one of type, press, down or up.');
        }
        await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
        return true;
      }
    }
    return undefined;
  },
};

/**
 * Puts the engine commands ahead of the stock ones (which throw for launchers they do not know). The
 * launchers get the test runner's own config, whose plugin list the command dispatcher reads.
 */
function installCommands(config) {
  config.plugins ??= [];
  if (!config.plugins.includes(commandsPlugin)) config.plugins.unshift(commandsPlugin);
}
