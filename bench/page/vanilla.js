// The floor: hand-written custom elements that render the same shadow DOM as <related-news-list> and
// <news-article hide="credits related"> with one innerHTML assignment of an escaped template string.
import { formatTime } from './dates.js';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

function itemHtml(item, i) {
  const t = formatTime(item.published);
  return (
    '<li part="item" class="item"><article><h3 part="title" class="title">' +
    (item.channel ? `<span part="channel" class="channel">${esc(item.channel)}</span>` : '') +
    (item.url
      ? `<a part="link" href="${esc(item.url)}" data-i="${i}">${esc(item.title)}</a>`
      : esc(item.title)) +
    '</h3>' +
    (item.summary
      ? `<p part="summary" class="summary" title="${esc(item.summary)}">${esc(item.summary)}</p>`
      : '') +
    (t ? `<time part="time" datetime="${t.datetime}" title="${esc(t.title)}">${t.text}</time>` : '') +
    '</article></li>'
  );
}

export function listHtml(items) {
  let h =
    '<div class="root"><h2 part="heading" id="heading">相关新闻</h2><ul part="list" class="list list" aria-labelledby="heading">';
  for (let i = 0; i < items.length; i++) h += itemHtml(items[i], i);
  return h + '</ul><p class="visually-hidden" role="status"></p></div>';
}

export function articleHtml(a) {
  const t = formatTime(a.published);
  const source = (a.credits ?? []).find((c) => c.role === 'source');
  let h =
    `<div class="root"><article part="article" aria-labelledby="headline"${a.lang ? ` lang="${esc(a.lang)}"` : ''}>` +
    '<header part="header"><h1 part="headline" id="headline">' +
    (a.channel
      ? `<span part="channel" class="channel">${esc(a.channel)}</span><span class="kicker-sep">丨</span>`
      : '') +
    esc(a.title) +
    '</h1><p part="meta" class="meta"> ' +
    (typeof a.views === 'number'
      ? `<span part="views" class="views">${String(a.views).replace(/\B(?=(\d{3})+$)/g, ',')}次浏览</span> `
      : '') +
    (t
      ? `<span part="published">发布时间:<time part="time" datetime="${t.datetime}" title="${esc(t.title)}">${t.text}</time></span> `
      : '') +
    (source ? `<span part="source">来源:${esc(source.names.join('、'))}</span> ` : '') +
    '</p><slot name="header"></slot></header><div part="body" class="body">';
  let lead = 0;
  for (const b of a.body) {
    if (b.type === 'paragraph') {
      h += b.lead
        ? `<p part="paragraph" class="has-lead"><strong part="lead" id="lead-${++lead}">${esc(b.lead)}</strong>${esc(b.text)}</p>`
        : `<p part="paragraph">${esc(b.text)}</p>`;
    } else if (b.type === 'heading') {
      const n = Math.min(b.level ?? 2, 6);
      h += `<h${n} part="heading" id="heading-${++lead}">${esc(b.text)}</h${n}>`;
    }
  }
  return h + '</div><footer part="footer"><slot name="footer"></slot></footer></article></div>';
}

/** Defines <vanilla-news-list> and <vanilla-news-article>, adopting `sheets.list` / `sheets.article`. */
export function defineVanilla(sheets) {
  class VanillaNewsList extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheets.list;
    }
    set items(items) {
      this._items = items;
      this.shadowRoot.innerHTML = listHtml(items);
    }
    get items() {
      return this._items;
    }
    /** vanilla-patch: the hand-written update of the one changed node. */
    patchTitle(i, title) {
      this._items[i] = { ...this._items[i], title };
      this.shadowRoot.querySelector(`a[data-i="${i}"]`).textContent = title;
    }
  }
  class VanillaNewsArticle extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheets.article;
    }
    set article(a) {
      this._article = a;
      this.shadowRoot.innerHTML = articleHtml(a);
    }
  }
  if (!customElements.get('vanilla-news-list')) customElements.define('vanilla-news-list', VanillaNewsList);
  if (!customElements.get('vanilla-news-article'))
    customElements.define('vanilla-news-article', VanillaNewsArticle);
}
