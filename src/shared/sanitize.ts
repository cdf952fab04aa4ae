import { onPage, safeUrl } from './url.js';
import { boundDepth, inert, trustedTypesPolicy } from '../data/trusted-types.js';
import { rebaseMarkup } from './rebase.js';

import createPurifier from 'dompurify';

type Purifier = ReturnType<typeof createPurifier>;

/** Elements an article body may contain. Everything else (script, style, iframe, form…) is removed. */
const TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'video',
  'audio',
  'track',
];
const ATTRS = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'datetime',
  'cite',
  'lang',
  'dir',
  'colspan',
  'rowspan',
  'scope',
  'controls',
  'poster',
  'type',
  'media',
  'kind',
  'srclang',
  'label',
  'start',
  'reversed',
  // No `class`: no host style reaches into the shadow root, so a class could only borrow the
  // element's own (`status`, `skeleton`, `visually-hidden`) to fake or hide its parts.
  'id',
];

/** Ids of the element's own parts, which body markup must not take (aria-labelledby, scroll targets). */
const RESERVED_ID = /^(headline|heading|(lead|heading)-\d+)$/i;

/** Every URL a `srcset` names passes `safeUrl()`. Splitting on commas too finds each candidate's scheme. */
const safeSrcset = (value: string): boolean => value.split(/[\s,]+/).every((t) => !t || !!safeUrl(t, true));

/**
 * Lazy-loading markup (`<img src="data:…gif" data-src="/a.jpg">`, jQuery lazyload's `data-original`, WeChat's
 * `data-src`): the real URL takes the place of a missing or placeholder `src` (a `data:` image, a blank or
 * loading GIF), before the URL checks see it. The element loads its images lazily itself.
 */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc', 'data-echo'];
const PLACEHOLDER =
  /^(data:|about:blank)|(blank|spacer|placeholder|loading|lazy|grey|gray|pixel)[\w-]*\.(gif|png|svg)\b/i;

function unlazy(node: Element): void {
  if (node.localName !== 'img' && node.localName !== 'source') return;
  const src = node.getAttribute('src')?.trim();
  if (node.localName === 'img' && (!src || PLACEHOLDER.test(src))) {
    const real = LAZY_SRC.map((a) => node.getAttribute(a)?.trim()).find((v) => v);
    if (real) node.setAttribute('src', real);
  }
  const srcset = node.getAttribute('data-srcset')?.trim();
  if (srcset && !node.getAttribute('srcset')?.trim()) node.setAttribute('srcset', srcset);
}

/** A link whose only content is an undescribed image is named by its title, else by the host it leads to. */
function nameImageLinks(root: DocumentFragment): void {
  for (const a of root.querySelectorAll('a[href]')) {
    const img = a.querySelector('img');
    if (!img || a.textContent?.trim() || [...a.querySelectorAll('img')].some((i) => i.alt.trim())) continue;
    let name = a.getAttribute('title') ?? img.getAttribute('title') ?? '';
    try {
      name ||= new URL(a.getAttribute('href')!, document.baseURI).hostname;
    } catch {
      // An href that does not parse: no name to give.
    }
    if (name) img.alt = name;
  }
}

/** A figure left with nothing to show once an embed (iframe, object) was removed from it. */
function emptyFigures(root: DocumentFragment): void {
  for (const figure of root.querySelectorAll('figure')) {
    if (!figure.textContent?.trim() && !figure.querySelector('img, picture, video, audio')) figure.remove();
  }
}

/**
 * Inline styles, `<style>` and event handlers, which the allowlist drops anyway, taken out of the markup before
 * it is parsed at all: under a strict Content-Security-Policy each one would be reported as a violation while
 * DOMPurify parses it. Not a security measure (DOMPurify still sees all that remains), only quiet.
 */
function quiet(html: string): string {
  if (!/\s(?:on[a-z]+|style)\s*=|<style/i.test(html)) return html;
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(/\s(?:on[a-z]+|style)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*)/gi, ''),
    );
}

let purifier: Purifier | undefined;

function load(): Purifier {
  if (!purifier) {
    const purify = (purifier = createPurifier(window));
    purify.addHook('uponSanitizeElement', (node) => {
      if (node instanceof Element) unlazy(node);
    });
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      const { attrName: name, attrValue: value } = data;
      const ok =
        name === 'href' || name === 'cite'
          ? safeUrl(value)
          : name === 'src' || name === 'poster'
            ? safeUrl(value, true)
            : name === 'srcset'
              ? safeSrcset(value)
              : name !== 'id' || !RESERVED_ID.test(value);
      if (!ok) data.keepAttr = false;
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        node.setAttribute('href', onPage(node.getAttribute('href')!));
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node instanceof HTMLImageElement) {
        // An image the markup does not describe is decoration to a screen reader, not a file name.
        if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
        node.setAttribute('loading', 'lazy');
        node.setAttribute('decoding', 'async');
      }
      if (node instanceof HTMLMediaElement) {
        node.setAttribute('controls', '');
        node.setAttribute('preload', 'metadata');
      }
    });
  }
  return purifier;
}

/**
 * Cleans untrusted article HTML with DOMPurify under a strict allowlist and
 * returns it as an inert DocumentFragment owned by this document. The elements import this module (and
 * with it DOMPurify) only when an HTML body appears. No script, style, iframe, object,
 * embed, form, base, meta, svg, math, inline style, class or event-handler attribute survives; every URL
 * (`href`, `src`, `poster`, `cite`, each `srcset` candidate) passes `safeUrl()`; links get
 * `rel="noopener noreferrer"`; ids that would clobber DOM properties or take the element's own are dropped.
 * The result is DOM (never re-serialized markup), so parser round-trips (mXSS) cannot change it. Markup
 * nested deeper than 256 levels is rendered as its text, so that no body can hold the page. With `base`
 * (the URL the markup was loaded from), relative URLs are resolved against it.
 */
export async function sanitizeHtml(html: string, base?: string): Promise<DocumentFragment> {
  const purify = load();
  const tt = trustedTypesPolicy();
  // Markup nested absurdly deep is kept as text: the parser's time grows with the square of the depth.
  const input = boundDepth(quiet(html));
  const fragment = inert(() =>
    purify.sanitize(input, {
      ALLOWED_TAGS: TAGS,
      ALLOWED_ATTR: ATTRS,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_DOM_FRAGMENT: true,
      ...(tt ? { TRUSTED_TYPES_POLICY: tt as never } : {}),
    }),
  );
  emptyFigures(fragment);
  nameImageLinks(fragment);
  // Relative URLs of markup loaded from a URL are relative to that document (see rebase.ts).
  if (base) rebaseMarkup(fragment, base);
  return fragment;
}

/** The level a heading of an HTML body had in its markup (h1 read as h2), kept as it is re-levelled. */
const bodyLevel = new WeakMap<Element, number>();

/**
 * The headings of a sanitized body under the article's headline at `level`: a body `<h2>` (or `<h1>`) is
 * one level below it, so with `heading-level="3"` it is an `<h4>`. Called again when the level changes.
 */
export function relevel(root: Element, level: number): void {
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const own = bodyLevel.get(h) ?? Math.max(2, Number(h.localName[1]));
    const tag = `h${Math.min(6, own + level - 1)}`;
    let next = h;
    if (h.localName !== tag) {
      next = document.createElement(tag);
      for (const a of h.attributes) next.setAttribute(a.name, a.value);
      next.append(...h.childNodes);
      h.replaceWith(next);
    }
    bodyLevel.set(next, own);
  }
}
