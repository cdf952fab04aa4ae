/**
 * The page-wide 大/中/小 text size: one choice for every `<news-article>` on the page, kept in
 * localStorage (where the browser allows it) and followed in the other tabs of the site (BroadcastChannel,
 * and the `storage` event where there is no channel).
 */

export type FontSize = 'large' | 'medium' | 'small';

/** The `--news-font-scale` of each size. */
export const FONT_SCALES: Record<FontSize, number> = { large: 1.125, medium: 1, small: 0.875 };

/** The localStorage key and BroadcastChannel name. */
export const FONT_SIZE_KEY = 'news-widgets:font-size';

const isSize = (v: unknown): v is FontSize => typeof v === 'string' && Object.hasOwn(FONT_SCALES, v);

let current: FontSize | undefined;
const listeners = new Set<(size: FontSize) => void>();
let sheet: CSSStyleSheet | undefined;
let channel: BroadcastChannel | undefined;

function stored(): FontSize | undefined {
  try {
    const v = localStorage.getItem(FONT_SIZE_KEY);
    return isSize(v) ? v : undefined;
  } catch {
    return undefined; // Storage blocked (privacy settings, sandboxed frames): the choice lasts for the page.
  }
}

/** Applies `size` to every `<news-article>` of the document, present or added later. */
function apply(size: FontSize): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(size === 'medium' ? '' : `news-article{--news-font-scale:${FONT_SCALES[size]}}`);
}

function set(size: FontSize): void {
  if (size === current) return;
  current = size;
  apply(size);
  for (const listener of listeners) listener(size);
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  current = stored() ?? 'medium';
  apply(current);
  addEventListener('storage', (e) => {
    if (e.key === FONT_SIZE_KEY) set(isSize(e.newValue) ? e.newValue : 'medium');
  });
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(FONT_SIZE_KEY);
    channel.onmessage = (e: MessageEvent) => isSize(e.data) && set(e.data);
  }
}

/** The current size (read from storage on first use). */
export function fontSize(): FontSize {
  start();
  return current!;
}

/** Chooses `size` for the page, remembers it and tells the other tabs. */
export function setFontSize(size: FontSize): void {
  start();
  if (!isSize(size)) return;
  try {
    localStorage.setItem(FONT_SIZE_KEY, size);
  } catch {
    // Not kept across visits where storage is blocked; this page and the other tabs still follow.
  }
  channel?.postMessage(size);
  set(size);
}

/** Calls `listener` with each new size; returns the function that stops it. */
export function onFontSize(listener: (size: FontSize) => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
