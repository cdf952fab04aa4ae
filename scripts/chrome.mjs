// Finds the Chromium that tests, screenshots and benchmarks drive. No browser is ever downloaded.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser executable: CHROME_PATH if set, else the first Chromium on PATH or in /usr/bin. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  for (const name of candidates) {
    if (existsSync(`/usr/bin/${name}`)) return `/usr/bin/${name}`;
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}
