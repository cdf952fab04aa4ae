/**
 * HTML bodies on the server: the browser's sanitizer module (`src/shared/sanitize.ts`, DOMPurify under the
 * same allowlist, hooks and URL checks) run over jsdom's DOM, then serialized. jsdom parses as browsers do
 * (the WHATWG parser of parse5), which DOMPurify's serialize-and-reparse safety assumes; DOMPurify does
 * not sanitize at all on linkedom, and is known unsafe on happy-dom.
 *
 * The sanitizer reads the DOM through globals (`window`, `document`, `Element`…), which on a server are
 * Lit's shim: for the few synchronous steps of one sanitization they are jsdom's, then the shim's again.
 */
import { relevel, sanitizeHtml } from '../shared/sanitize.js';
import { getPageUrl } from './shim.js';

interface Dom {
  window: Record<string, unknown> & { document: { createElement(tag: string): HTMLElementLike } };
  reconfigure(options: { url: string }): void;
}
interface HTMLElementLike {
  className: string;
  innerHTML: string;
  outerHTML: string;
  append(...nodes: unknown[]): void;
}

/** The globals the sanitizer path reads. */
const NAMES = [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLAnchorElement',
  'HTMLImageElement',
  'HTMLMediaElement',
  'DocumentFragment',
  'NodeFilter',
  'DOMParser',
] as const;

let dom: Dom | undefined;
let loading: Promise<Dom> | undefined;

/** Loads jsdom (about half a second, once per process): only when an article has an HTML body. */
export function loadDom(): Promise<Dom> {
  loading ??= import('jsdom').then(({ JSDOM }) => {
    dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      url: 'http://localhost/',
    }) as unknown as Dom;
    return dom;
  });
  return loading;
}

/** Runs `work` with jsdom's window as the DOM globals, at the URL of the page being rendered. */
function withDom<T>(d: Dom, work: () => T): T {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = NAMES.map((n) => Object.getOwnPropertyDescriptor(g, n));
  d.reconfigure({ url: getPageUrl() });
  const win = d.window;
  for (const n of NAMES)
    Object.defineProperty(g, n, { value: n === 'window' ? win : win[n], configurable: true, writable: true });
  try {
    return work();
  } finally {
    NAMES.forEach((n, i) => {
      const d = saved[i];
      if (d) Object.defineProperty(g, n, d);
      else delete g[n];
    });
  }
}

/**
 * `markup` sanitized as the browser element sanitizes it (with `base`, the URL the document came from, for
 * its relative URLs), its headings placed under a headline of `level`, as the serialized
 * `<div class="html">` the element renders.
 */
export async function sanitizeMarkup(markup: string, level: number, base?: string): Promise<string> {
  const d = await loadDom();
  // The sanitizer's body runs synchronously when called; only its result comes as a promise.
  const fragment = await withDom(d, () => sanitizeHtml(markup, base));
  return withDom(d, () => {
    const div = d.window.document.createElement('div');
    div.className = 'html';
    div.append(fragment);
    relevel(div as unknown as Element, level);
    return div.outerHTML;
  });
}
