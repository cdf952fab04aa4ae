// The peer a portal would pick instead: React 19 rendering the same list DOM into an open shadow root
// (createRoot on the shadow root, flushSync, React.memo rows with keys), production build.
import { createElement as h, memo } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { formatTime } from './dates.js';

const Row = memo(function Row({ item, i }) {
  const t = formatTime(item.published);
  return h(
    'li',
    { part: 'item', className: 'item' },
    h(
      'article',
      null,
      h(
        'h3',
        { part: 'title', className: 'title' },
        item.channel ? h('span', { part: 'channel', className: 'channel' }, item.channel) : null,
        item.url ? h('a', { part: 'link', href: item.url, 'data-i': i }, item.title) : item.title,
      ),
      item.summary
        ? h('p', { part: 'summary', className: 'summary', title: item.summary }, item.summary)
        : null,
      t ? h('time', { part: 'time', dateTime: t.datetime, title: t.title }, t.text) : null,
    ),
  );
});

function List({ items }) {
  return h(
    'div',
    { className: 'root' },
    h('h2', { part: 'heading', id: 'heading' }, '相关新闻'),
    h(
      'ul',
      { part: 'list', className: 'list list', 'aria-labelledby': 'heading' },
      items.map((item, i) => h(Row, { key: item.url ?? i, item, i })),
    ),
    h('p', { className: 'visually-hidden', role: 'status' }),
  );
}

/** Defines <react-news-list>, adopting `sheets.list`. */
export function defineReact(sheets) {
  class ReactNewsList extends HTMLElement {
    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = sheets.list;
      this._root = createRoot(shadow);
    }
    set items(items) {
      this._items = items;
      flushSync(() => this._root.render(h(List, { items })));
    }
    get items() {
      return this._items;
    }
    disconnectedCallback() {
      // Unmount later so a remove-then-clear in the harness does not render synchronously inside removal.
      queueMicrotask(() => !this.isConnected && this._root.unmount());
    }
  }
  if (!customElements.get('react-news-list')) customElements.define('react-news-list', ReactNewsList);
}
