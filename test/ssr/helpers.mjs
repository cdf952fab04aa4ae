// Shared by the server-rendering tests: the built entry, fixtures, and readers of the rendered HTML.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { JSDOM } from 'jsdom';

import { pathToFileURL } from 'node:url';

/** The built entry: the test runner's build, else the package's dist/ssr. */
export const ssr = await import(
  process.env.NEWS_WIDGETS_SSR_ENTRY
    ? pathToFileURL(process.env.NEWS_WIDGETS_SSR_ENTRY).href
    : '../../dist/ssr/index.js'
);
export const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
export const demoData = (name) => readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8');
export const PAGE = 'https://news.example.com/a/2025/1.html';

/** The HTML as a program that does not run scripts or shadow roots reads it: scripts and templates removed. */
export function crawlerView(html) {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { url: PAGE });
  const doc = dom.window.document;
  for (const el of doc.querySelectorAll('script, template')) el.remove();
  return { text: doc.body.textContent.replace(/\s+/g, ' '), doc };
}

/** The HTML parsed as a browser parses it, declarative shadow roots included (their template content). */
export function parse(html) {
  return new JSDOM(`<!doctype html><body>${html}</body>`, { url: PAGE }).window.document;
}

/** Every element, also inside template contents (the declarative shadow roots). */
export function* deepElements(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.localName === 'template') yield* deepElements(el.content);
  }
}

/** The text a reader sees: the shadow content, slots filled by nothing (no page content given). */
export function shadowText(html) {
  const doc = parse(html);
  const tpl = doc.querySelector('template[shadowrootmode]');
  const walk = (root) => {
    let out = '';
    for (const n of root.childNodes) {
      if (n.nodeType === 3) out += n.textContent;
      else if (n.nodeType === 1 && !['style', 'script', 'button'].includes(n.localName)) {
        const inner = [...n.children].find(
          (c) => c.localName === 'template' && c.hasAttribute('shadowrootmode'),
        );
        out += ' ' + (inner ? walk(inner.content) : walk(n.localName === 'template' ? n.content : n)) + ' ';
      }
    }
    return out;
  };
  return walk(tpl.content).replace(/\s+/g, ' ');
}

const LINK_OK = ['http:', 'https:', 'mailto:'];
const unsafeLink = (v) => {
  try {
    const u = new URL(v, PAGE);
    return !LINK_OK.includes(u.protocol) || !!u.username || !!u.password || /^[^?#]*\\/.test(v);
  } catch {
    return true;
  }
};
const unsafeSource = (v) => {
  try {
    const u = new URL(v, PAGE);
    if (u.protocol === 'data:') return !/^data:image\/(png|gif|jpe?g|webp|avif|svg\+xml)[;,]/i.test(v.trim());
    return u.protocol !== 'http:' && u.protocol !== 'https:';
  } catch {
    return true;
  }
};
const LIVE =
  'script iframe object embed form input base meta link svg math frame textarea select noscript'.split(' ');

/**
 * What in the server HTML could run or leak: live elements (scripts other than the element's JSON data and
 * JSON-LD, frames, forms, svg…), event handlers, inline styles, and URLs that are not http(s)/mailto (links)
 * or http(s)/data images (sources), inside the shadow roots and in the crawler copy alike.
 */
export function problemsIn(html) {
  const out = [];
  const doc = parse(html);
  for (const el of deepElements(doc.body)) {
    const tag = el.localName;
    const type = el.getAttribute('type');
    if (
      tag === 'script' &&
      (type === 'application/json' || type === 'application/ld+json') &&
      !el.children.length
    ) {
      if (/<\/script|<!--/i.test(el.textContent)) out.push('script data that ends early');
      continue;
    }
    if (LIVE.includes(tag)) out.push(`<${tag}>`);
    if (tag === 'template' && !el.hasAttribute('shadowrootmode')) out.push('<template>');
    if (tag === 'style' && el.parentNode?.nodeType !== 11) out.push('<style> in content');
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) out.push(`${tag}[${name}]`);
      if (['srcdoc', 'formaction', 'action', 'style'].includes(name)) out.push(`${tag}[${name}]`);
      if (name === 'href' || name === 'cite') {
        if (unsafeLink(value)) out.push(`${tag}[${name}=${value}]`);
      } else if (name === 'src' || name === 'poster') {
        if (unsafeSource(value)) out.push(`${tag}[${name}=${value}]`);
      } else if (name === 'srcset') {
        for (const t of value.split(/[\s,]+/))
          if (t && /^[a-z][\w+.-]*:/i.test(t) && unsafeSource(t)) out.push(`${tag}[srcset=${t}]`);
      }
    }
  }
  return out;
}
