import { lazyModule } from '../shared/lazy-module.js';
import { isCanonical, pageBase } from '../shared/url.js';

/** `@lit-labs/virtualizer` and its layout, fetched only for lists above the threshold. */
export const virtualizer = lazyModule(() => import('./virtualize.js'));

/** Keys of URLs seen, for the base URL they were resolved against. */
let keys = new Map<string, string | undefined>();
let keysBase = '';

/** A URL for comparison: absolute (against `base`, default the document's), without its fragment. */
export function urlKey(url: string, base = pageBase()): string | undefined {
  if (!url) return undefined;
  // Every render filters the whole list: remember each URL's key (bounded, for one base URL).
  if (base !== keysBase || keys.size > 20000) {
    keys = new Map();
    keysBase = base;
  }
  let key = keys.get(url);
  if (key !== undefined || keys.has(url)) return key;
  if (isCanonical(url)) {
    keys.set(url, url);
    return url;
  }
  try {
    const u = new URL(url, base);
    u.hash = '';
    key = u.href;
  } catch {
    key = undefined;
  }
  keys.set(url, key);
  return key;
}

/** The page's own URL, which is never listed. */
export const pageKey = (): string | undefined => (globalThis.location ? urlKey(location.href) : undefined);
