import { safeUrl } from './url.js';
import { trustedTypesPolicy } from './trusted-types.js';

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
  'id',
  'class',
];

let purifier: Purifier | undefined;

function load(): Purifier {
  if (!purifier) {
    const purify = (purifier = createPurifier(window));
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (data.attrName === 'href' || data.attrName === 'src' || data.attrName === 'poster') {
        const ok = safeUrl(data.attrValue, data.attrName !== 'href');
        if (!ok) data.keepAttr = false;
      }
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node instanceof HTMLImageElement) {
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
 * embed, form, base, meta, inline style or event-handler attribute survives; links and sources pass
 * `safeUrl()`.
 */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const purify = load();
  const tt = trustedTypesPolicy();
  return purify.sanitize(html, {
    ALLOWED_TAGS: TAGS,
    ALLOWED_ATTR: ATTRS,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    ...(tt ? { TRUSTED_TYPES_POLICY: tt as never } : {}),
  });
}
