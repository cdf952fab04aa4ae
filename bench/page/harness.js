// In-page side of `npm run bench`: the twins in one production bundle, mounted the same way as the
// elements, which the page loads before it as their own bundle (define-lit.js, built like the CDN module).
import { defineVanilla } from './vanilla.js';
import { defineReact } from './react.js';

// The same constructed stylesheets Lit adopts, so every twin has the same adopted sheets.
const sheetsOf = (tag) => customElements.get(tag).elementStyles.map((style) => style.styleSheet);
const sheets = { list: sheetsOf('related-news-list'), article: sheetsOf('news-article') };
defineVanilla(sheets);
defineReact(sheets);

const TAGS = {
  list: {
    vanilla: 'vanilla-news-list',
    'vanilla-patch': 'vanilla-news-list',
    lit: 'related-news-list',
    'lit-virtual': 'related-news-list',
    react: 'react-news-list',
  },
  article: { vanilla: 'vanilla-news-article', lit: 'news-article' },
};

const stage = document.getElementById('stage');
const data = {};
const gc = () => {
  if (typeof window.gc === 'function') {
    window.gc();
    window.gc();
  }
};
const macrotask = () => new Promise((r) => setTimeout(r, 0));
/** rAF plus a MessageChannel message: the frame has been produced. */
const frame = () =>
  new Promise((r) =>
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r();
      c.port2.postMessage(0);
    }),
  );

function firstItem(el) {
  const root = el.shadowRoot;
  if (root.querySelector('li[part~="item"]')) return undefined;
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (root.querySelector('li[part~="item"]')) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(root, { childList: true, subtree: true });
  });
}

function create(impl, kind) {
  const el = document.createElement(TAGS[kind][impl]);
  if (impl === 'lit' && kind === 'list') el.virtualThreshold = Infinity; // like for like: render every item (no virtual scrolling)
  if (impl === 'lit' && kind === 'article') el.setAttribute('hide', 'credits related');
  return el;
}

/** Waits until `el` has committed its render (vanilla and React render synchronously). */
async function commit(impl, el) {
  if (impl === 'lit') {
    await el.loaded;
    await el.updateComplete;
  } else if (impl === 'lit-virtual') {
    await el.loaded;
    await el.updateComplete;
    await firstItem(el);
  }
}

function layout(el) {
  el.getBoundingClientRect();
  return document.body.offsetHeight;
}

function clear() {
  stage.replaceChildren();
}

async function settle() {
  clear();
  await macrotask();
  gc();
  await macrotask();
}

/**
 * A data set's file for `impl`: the plain set is the same for all; in the CMS-like set the elements get the
 * text as a portal sends it and the twins the same text as the elements show it (bench/data.mjs).
 */
const fileName = (set, kind, n, impl) =>
  `${set === 'cms' ? (impl.startsWith('lit') ? 'cms-' : 'cms-plain-') : ''}${kind === 'list' ? `list-${n}` : 'article'}`;
const key = (kind, n, set = 'plain') => `${set}/${kind === 'list' ? `list-${n}` : 'article'}`;
/** The loaded data of `impl`. */
const dataOf = (impl, kind, n, set) => data[key(kind, n, set)][impl.startsWith('lit') ? 'lit' : 'twin'];

window.bench = {
  async load(kind, n, set = 'plain') {
    const k = key(kind, n, set);
    const get = async (impl) => (await fetch(`/data/${fileName(set, kind, n, impl)}.json`)).json();
    data[k] ??= { lit: await get('lit'), twin: await get('vanilla') };
    return Array.isArray(data[k].lit) ? data[k].lit.length : 1;
  },

  /** One render: create, append, set the data, committed (script), forced layout (layout), next frame (frame). */
  async render(impl, kind, n, set) {
    await settle();
    const d = dataOf(impl, kind, n, set);
    const t0 = performance.now();
    const el = create(impl, kind);
    stage.append(el);
    if (kind === 'list') el.items = d;
    else el.article = d;
    await commit(impl, el);
    const t1 = performance.now();
    layout(el);
    const t2 = performance.now();
    await frame();
    const t3 = performance.now();
    return { script: t1 - t0, layout: t2 - t0, frame: t3 - t0 };
  },

  /** Mounted list, then one item's title changes (vanilla-patch: a textContent patch of that node). */
  async update(impl, n, round, set) {
    await settle();
    const items = dataOf(impl, 'list', n, set).slice();
    const el = create(impl === 'vanilla-patch' ? 'vanilla' : impl, 'list');
    stage.append(el);
    el.items = items;
    await commit(impl, el);
    layout(el);
    await frame();
    gc();
    await macrotask();
    const k = n >> 1;
    const title = `${items[k].title} · 更新 ${round}`;
    // What the element shows: the plain text of the title.
    const expected = `${dataOf('vanilla', 'list', n, set)[k].title} · 更新 ${round}`;
    const t0 = performance.now();
    if (impl === 'vanilla-patch') el.patchTitle(k, expected);
    else {
      const next = items.slice();
      next[k] = { ...items[k], title };
      el.items = next;
      await commit(impl, el);
    }
    const t1 = performance.now();
    layout(el);
    const t2 = performance.now();
    const shown = el.shadowRoot.querySelector(`a[data-i="${k}"]`).textContent;
    if (shown !== expected) throw new Error(`${impl}: update not rendered`);
    return { script: t1 - t0, layout: t2 - t0 };
  },

  /** First render from a URL (a fresh query string, so no cache can answer). */
  async fromUrl(impl, n, token, set = 'plain') {
    await settle();
    const url = `/data/${fileName(set, 'list', n, impl)}.json?t=${token}`;
    const t0 = performance.now();
    const el = create(impl, 'list');
    if (impl === 'lit') {
      el.setAttribute('src', url);
      stage.append(el);
    } else {
      stage.append(el);
      const res = await fetch(url);
      el.items = await res.json();
    }
    await commit(impl, el);
    const t1 = performance.now();
    layout(el);
    const t2 = performance.now();
    if (el.shadowRoot.querySelectorAll('li').length !== n) throw new Error(`${impl}: ${url} not rendered`);
    return { script: t1 - t0, layout: t2 - t0 };
  },

  /** Mounts without timing (memory probe); `clear()` removes it. */
  async mount(impl, kind, n, set) {
    await settle();
    const el = create(impl, kind);
    stage.append(el);
    if (kind === 'list') el.items = dataOf(impl, kind, n, set);
    else el.article = dataOf(impl, kind, n, set);
    await commit(impl, el);
    layout(el);
    await frame();
    return el.shadowRoot.querySelectorAll('*').length;
  },

  async clear() {
    clear();
    await macrotask();
    await frame();
  },

  /** A normalized dump of the shadow DOM: elements, attributes, text (whitespace collapsed), no comments. */
  async dump(impl, kind, n, set) {
    await this.mount(impl, kind, n, set);
    const root = stage.firstElementChild.shadowRoot;
    const out = [];
    let elements = 0;
    let nodes = 0;
    // Adjacent text nodes (Lit splits text at its bindings) are merged; comments (Lit's markers) and an
    // empty style attribute (left by styleMap when no property is set) are not content.
    const walk = (node, depth) => {
      let text = '';
      const flush = () => {
        const t = text.replace(/\s+/g, ' ').trim();
        if (t) out.push(`${' '.repeat(depth)}"${t}"`);
        text = '';
      };
      for (const c of node.childNodes) {
        nodes++;
        if (c.nodeType === 1) {
          flush();
          elements++;
          const attrs = [...c.attributes]
            .filter((a) => !(a.name === 'style' && a.value === ''))
            .map((a) => `${a.name}="${a.value}"`)
            .sort()
            .join(' ');
          out.push(`${' '.repeat(depth)}<${c.localName}${attrs ? ' ' + attrs : ''}>`);
          walk(c, depth + 1);
        } else if (c.nodeType === 3) text += c.data;
      }
      flush();
    };
    walk(root, 0);
    const lines = out.join('\n');
    const height = stage.firstElementChild.getBoundingClientRect().height;
    await this.clear();
    return { lines, elements, nodes, height };
  },
};
window.benchReady = true;
