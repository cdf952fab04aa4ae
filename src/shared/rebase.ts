/**
 * Relative URLs of a document loaded from a URL are relative to that document (after its redirects), as
 * a browser reads the links of a page it has loaded, not to the page that embeds the element. Part of the
 * loader's lazy chunk: data given inline keeps its URLs as they are.
 */
import { safeUrl } from './url.js';

/** Keys whose string values are URLs, in every shape of the native model (article, item, media, block). */
const URL_KEYS = new Set(['url', 'src', 'poster']);

/**
 * `url` resolved against `base` when it is relative (a path, `./x`, `../x`, `//host/x`, `?q`); an
 * absolute URL (any scheme, checked later as every URL is), a fragment-only `#x` and an empty string
 * are returned as they are.
 */
export function absolute(url: string, base: string): string {
  // A URL that hides a scheme (`java&#115;cript:`, tabs inside the scheme) is no relative URL: it stays as
  // it is, for the renderer to drop, rather than become a harmless-looking link under `base`.
  if (!url || url[0] === '#' || /^[a-z][a-z\d+.-]*:/i.test(url) || !safeUrl(url, true)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Each candidate URL of a `srcset` resolved against `base`. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + absolute(url, base)),
    )
    .join(',');
}

/**
 * `value` (normalized data) with its relative `url`, `src` and `poster` values resolved against
 * `base`. Objects in which nothing changes are returned as they are (the same objects: lists that the
 * normalizer has read before keep their rendered rows); the others are copied, never changed in place,
 * since requests for the same URL share one parsed document.
 */
export function rebase<T>(value: T, base: string): T {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v, i) => {
      const r = rebase(v, base);
      if (r !== v) (out ??= value.slice())[i] = r;
    });
    return (out ?? value) as T;
  }
  if (typeof value !== 'object' || value === null) return value;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const r = typeof v === 'string' ? (URL_KEYS.has(k) ? absolute(v, base) : v) : rebase(v, base);
    if (r !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = r;
  }
  return (out ?? value) as T;
}

/** In sanitized body markup: every relative `href`, `src`, `poster`, `cite` and `srcset` against `base`. */
export function rebaseMarkup(root: DocumentFragment | Element, base: string): void {
  for (const el of root.querySelectorAll('[href], [src], [poster], [cite], [srcset]')) {
    for (const name of ['href', 'src', 'poster', 'cite', 'srcset']) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      const r = name === 'srcset' ? absoluteSrcset(v, base) : absolute(v.trim(), base);
      if (r !== v) el.setAttribute(name, r);
    }
  }
}
