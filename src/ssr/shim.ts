/**
 * The DOM the elements see while they render on a server: Lit's DOM shim on the global object (`window`,
 * `document`, `HTMLElement`, `customElements`…), plus what the shim leaves out and the shared code reads
 * (the page's URL as `document.baseURI` / `location`, the node-type constants, empty light DOM). Imported
 * first by the server entry, before any element module runs.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

const g = globalThis as unknown as Record<string, unknown>;

/** The URL of the page being rendered: the base of relative URLs (as `document.baseURI` in a browser). */
let pageUrl = 'http://localhost/';

/** Sets the URL of the page rendered next (any absolute URL; relative URLs in the data resolve against it). */
export function setPageUrl(url: string | undefined): void {
  let href = 'http://localhost/';
  try {
    if (url) href = new URL(url).href;
  } catch {
    // Not an absolute URL: the neutral base.
  }
  pageUrl = href;
}

export function getPageUrl(): string {
  return pageUrl;
}

const doc = g.document as Record<string, unknown>;
for (const [name, get] of [
  ['baseURI', () => pageUrl],
  ['URL', () => pageUrl],
  ['readyState', () => 'complete'],
] as const) {
  if (!(name in doc)) Object.defineProperty(doc, name, { get, configurable: true });
}
if (!('location' in g)) {
  Object.defineProperty(g, 'location', {
    configurable: true,
    get: () => {
      const u = new URL(pageUrl);
      return { href: u.href, origin: u.origin, pathname: u.pathname, search: u.search, hash: u.hash };
    },
  });
}
const NodeShim = g.Node as { ELEMENT_NODE?: number; TEXT_NODE?: number } | undefined;
if (NodeShim && NodeShim.ELEMENT_NODE === undefined)
  Object.assign(NodeShim, { ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8, DOCUMENT_FRAGMENT_NODE: 11 });
const proto = (g.HTMLElement as { prototype: object }).prototype;
// On a server an element has no light-DOM children of its own (the renderer writes them beside).
for (const name of ['childNodes', 'children'])
  if (!(name in proto)) Object.defineProperty(proto, name, { get: () => [], configurable: true });
if (!('querySelector' in proto))
  Object.assign(proto, { querySelector: () => null, querySelectorAll: () => [] });
if (!('isConnected' in proto))
  Object.defineProperty(proto, 'isConnected', { get: () => true, configurable: true });
