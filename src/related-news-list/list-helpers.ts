import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../shared/url.js';

type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

/** The `virtualize` directive once loaded (it is fetched only for lists above the threshold). */
export const virtualizer: { fn?: Virtualize } = {};
let loading: Promise<void> | undefined;

/** Loads `@lit-labs/virtualizer` once per page. */
export function loadVirtualizer(): Promise<void> {
  return (loading ??= import('@lit-labs/virtualizer/virtualize.js').then(
    (m) => void (virtualizer.fn = m.virtualize),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** `url` resolved against `base`, when it is safe to link to. */
export function resolveUrl(url: string | undefined, base: string): string | undefined {
  if (!safeUrl(url)) return undefined;
  try {
    return new URL(url!, base).href;
  } catch {
    return undefined;
  }
}

/** A URL for comparison: absolute, without its fragment. */
const keys = new Map<string, string | undefined>();

export function urlKey(url: string): string | undefined {
  if (!url) return undefined;
  // Every render filters the whole list: remember each URL's key (bounded; keyed with the base URL).
  const cacheKey = `${document.baseURI} ${url}`;
  if (keys.has(cacheKey)) return keys.get(cacheKey);
  let key: string | undefined;
  try {
    const u = new URL(url, document.baseURI);
    u.hash = '';
    key = u.href;
  } catch {
    key = undefined;
  }
  if (keys.size > 20000) keys.clear();
  keys.set(cacheKey, key);
  return key;
}

/** The page's own URL, which is never listed. */
export const pageKey = (): string | undefined => urlKey(location.href);

/** An item title heading at `level` (2–6), without an id: the channel (or nothing), then the link. */
export function itemHeading(level: number, channel: unknown, link: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="title" class="title">${channel}${link}</h2>`;
    case 3:
      return html`<h3 part="title" class="title">${channel}${link}</h3>`;
    case 4:
      return html`<h4 part="title" class="title">${channel}${link}</h4>`;
    case 5:
      return html`<h5 part="title" class="title">${channel}${link}</h5>`;
    default:
      return html`<h6 part="title" class="title">${channel}${link}</h6>`;
  }
}
