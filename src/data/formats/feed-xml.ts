/**
 * RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom: lists (the first entry can also be read as an article).
 * Relative links are resolved against `xml:base` and, in RSS, the channel `<link>`.
 */
import type { Credit, Media } from '../model.js';
import { type Ctx, clean, join } from '../context.js';
import { addCredit } from '../credits.js';
import { count, htmlToText, looksLikeHtml, paragraphs, str, tagsOf, titleFrom } from '../text.js';
import { type Doc, type Draft, draftToItem } from './native.js';
import { parseInert } from '../trusted-types.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** RSS 1.0 and RSS 0.90, both RDF documents. */
const RSS_RDF = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

type Format = 'rss' | 'atom';

/** A parsed feed: its channel (RSS) or feed (Atom) element, its entries and the namespace of RSS names. */
export interface Feed {
  format: Format;
  root: Element;
  entries: Element[];
  /** Namespace of the RSS elements: none in RSS 0.9x/2.0 (or a default one set on `<rss>`), RDF's in 1.0. */
  ns: string | null;
}

/** Children of `el` with this local name in namespace `ns` (null: no namespace). */
const kids = (el: Element, name: string, ns: string | null): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name && c.namespaceURI === ns);
const kid = (el: Element, name: string, ns: string | null): Element | undefined => kids(el, name, ns)[0];
const text = (el: Element | undefined): string | undefined => str(el?.textContent ?? undefined);
const attr = (el: Element | undefined, name: string): string | undefined =>
  str(el?.getAttribute(name) ?? undefined);

const XML_REFS = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * HTML's named character references (`&eacute;`, `&nbsp;`: RSS 0.91 feeds take them from the Netscape DTD,
 * which no parser loads) as numeric ones, which XML reads. A name HTML does not know is kept as text.
 */
function numericRefs(xml: string): string {
  const seen = new Map<string, string>();
  return xml.replace(/&([a-z][a-z\d]*);/gi, (ref, name: string) => {
    if (XML_REFS.has(name)) return ref;
    let out = seen.get(name);
    if (out === undefined) {
      const text = parseInert(`<p>${ref}</p>`, 'text/html').body.textContent ?? ref;
      out = text === ref ? `&amp;${name};` : [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
      seen.set(name, out);
    }
    return out;
  });
}

/** Parses XML; a parser error or an unknown root yields a message instead. */
export function parseFeedXml(xml: string): Feed | { error: string } {
  let doc = parseInert(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror')[0] && /&[a-z][a-z\d]*;/i.test(xml)) {
    doc = parseInert(numericRefs(xml), 'application/xml');
  }
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err)
    return { error: `not well-formed XML: ${(err.textContent ?? '').replace(/\s+/g, ' ').slice(0, 200)}` };
  const root = doc.documentElement;
  const ns = root.namespaceURI;
  if (root.localName === 'rss') {
    const channel = kid(root, 'channel', ns);
    // Items belong in the channel; some feeds put them beside it.
    if (channel) {
      const entries = kids(channel, 'item', ns);
      return { format: 'rss', root: channel, entries: entries.length ? entries : kids(root, 'item', ns), ns };
    }
  }
  if (root.localName === 'RDF' && ns === RDF) {
    const inner = RSS_RDF.find((n) => kid(root, 'channel', n));
    // RSS 1.0: the items are siblings of the channel.
    if (inner)
      return {
        format: 'rss',
        root: kid(root, 'channel', inner)!,
        entries: kids(root, 'item', inner),
        ns: inner,
      };
  }
  if (root.localName === 'feed' && ns === ATOM)
    return { format: 'atom', root, entries: kids(root, 'entry', ATOM), ns: ATOM };
  return {
    error: `XML root <${root.nodeName}> is neither RSS (<rss><channel>, RSS 1.0 <rdf:RDF>) nor Atom (<feed>)`,
  };
}

/** An absolute http(s) URL, or undefined. */
const absolute = (u: string | undefined): string | undefined => {
  try {
    return u && /^https?:$/.test(new URL(u).protocol) ? u : undefined;
  } catch {
    return undefined;
  }
};

/** `url` resolved against `base` when it is relative and the base is absolute; else as it is. */
const resolve = (url: string | undefined, base: string | undefined): string | undefined => {
  if (!url || !base || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
};

/** The base URL of `el`: its and its ancestors' `xml:base` resolved outside in, over `fallback`. */
function baseOf(el: Element, fallback: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const b = str(e.getAttributeNS(XML_NS, 'base') ?? undefined);
    if (b) chain.unshift(b);
  }
  let base = fallback;
  for (const b of chain) base = resolve(b, base);
  return absolute(base);
}

export function readFeedXml(feed: Feed, ctx: Ctx): Doc {
  const { format, root, entries, ns } = feed;
  const atom = format === 'atom';
  const name = atom ? 'entry' : 'item';
  const lang =
    str(root.getAttributeNS(XML_NS, 'lang') ?? undefined) ??
    text(kid(root, 'language', ns) ?? kid(root, 'language', DC));
  const channelLink = atom ? undefined : absolute(text(kid(root, 'link', ns)));
  const read = (e: Element, i: number) =>
    atom ? atomEntry(e, ctx, join(name, i), lang) : rssItem(e, ns, ctx, join(name, i), lang, channelLink);
  const firstEntry = (): Draft | null => {
    if (!entries.length) return null;
    if (entries.length > 1)
      ctx.warn(name, `a feed of ${entries.length} entries; the first is used as the article`);
    return read(entries[0], 0);
  };
  const next = kids(root, 'link', ATOM).find((l) => attr(l, 'rel') === 'next');
  return {
    list: () => entries.flatMap((e, i) => draftToItem(read(e, i), ctx, join(name, i), true) ?? []),
    article: firstEntry,
    credits: () => firstEntry()?.credits,
    next: resolve(attr(next, 'href'), baseOf(next ?? root, channelLink)),
  };
}

/**
 * Plain text of an RSS element (may hold escaped HTML) or an Atom text construct (`type` text, html,
 * xhtml): a text construct keeps its characters, only its whitespace is collapsed.
 */
const plainOf = (el: Element | undefined): string | undefined => {
  const t = text(el);
  if (!t || (el?.namespaceURI === ATOM && attr(el, 'type') !== 'html')) return t?.replace(/\s+/g, ' ');
  return htmlToText(t) || undefined;
};

/** RSS `author` is `jane@example.com (Jane Doe)`: the name in parentheses when there is one. */
const rssAuthor = (s: string) => /\(([^()]+)\)\s*$/.exec(s)?.[1].trim() ?? s;

/** An image by MIME type, `medium`, or (when neither is given, as often) by its file extension. */
const isImage = (x: Element, url: string | undefined): boolean => {
  const type = attr(x, 'type');
  const medium = attr(x, 'medium');
  if (type || medium) return /^image\//i.test(type ?? '') || medium === 'image';
  return /\.(jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i.test(url ?? '');
};

function image(e: Element, ns: string | null, base: string | undefined): Media | undefined {
  for (const x of [
    ...kids(e, 'enclosure', ns),
    ...kids(e, 'link', ATOM).filter((l) => attr(l, 'rel') === 'enclosure'),
  ]) {
    const src = attr(x, 'url') ?? attr(x, 'href');
    if (src && isImage(x, src)) return clean({ src: resolve(src, base)!, mimeType: attr(x, 'type') });
  }
  const group = kid(e, 'group', MEDIA);
  const images = (el: Element) => [
    ...kids(el, 'thumbnail', MEDIA),
    ...kids(el, 'content', MEDIA).filter((x) => isImage(x, attr(x, 'url'))),
  ];
  const candidates = [
    ...images(e),
    ...(group ? images(group) : []),
    // A video's still: a thumbnail inside its <media:content> (video feeds).
    ...[e, ...(group ? [group] : [])].flatMap((el) =>
      kids(el, 'content', MEDIA).flatMap((x) => kids(x, 'thumbnail', MEDIA)),
    ),
  ];
  const m = candidates.find((x) => attr(x, 'url'));
  const src = attr(m, 'url');
  if (m && src) {
    return clean({
      src: resolve(src, base)!,
      width: count(attr(m, 'width')) || undefined,
      height: count(attr(m, 'height')) || undefined,
      mimeType: attr(m, 'type'),
    });
  }
  // A non-standard `<image>` in an RSS item (a URL, or `<url>` inside), common on portals.
  const img = kid(e, 'image', ns);
  const url = img && (text(kid(img, 'url', ns)) ?? (img.children.length ? undefined : text(img)));
  return url ? { src: resolve(url, base)! } : undefined;
}

function rssItem(
  e: Element,
  ns: string | null,
  ctx: Ctx,
  path: string,
  lang: string | undefined,
  channelLink: string | undefined,
): Draft {
  const base = baseOf(e, channelLink);
  const link = resolve(text(kid(e, 'link', ns)), base);
  const guid = kid(e, 'guid', ns);
  // A guid is a permalink unless isPermaLink="false" — when it is a URL at all.
  const permalink = guid && attr(guid, 'isPermaLink') !== 'false' ? absolute(text(guid)) : undefined;
  const about = resolve(str(e.getAttributeNS(RDF, 'about') ?? undefined), base);
  const html = text(kid(e, 'encoded', CONTENT));
  const description = kid(e, 'description', ns);
  const credits: Credit[] = [];
  addCredit(
    credits,
    'source',
    [text(kid(e, 'source', ns))].flatMap((s) => s ?? []),
  );
  addCredit(
    credits,
    'author',
    [...kids(e, 'author', ns), ...kids(e, 'creator', DC)].flatMap((a) => {
      const t = text(a);
      return t ? [rssAuthor(t)] : [];
    }),
  );
  const categories = [...kids(e, 'category', ns), ...kids(e, 'subject', DC)].map((c) => text(c));
  const summary = plainOf(description);
  // Without content:encoded, the description is the body (RSS 2.0: "the item synopsis", often the story).
  const raw = html ?? text(description);
  const body = raw === undefined ? [] : html !== undefined || looksLikeHtml(raw) ? raw : paragraphs(raw);
  const date = kid(e, 'pubDate', ns) ?? kid(e, 'date', DC);
  return {
    title: plainOf(kid(e, 'title', ns)) ?? titleFrom(summary ?? (html && htmlToText(html))),
    summary,
    id: text(guid) ?? about ?? link,
    url: link ?? permalink ?? about,
    lang,
    published: ctx.time(text(date), join(path, date?.localName ?? 'pubDate')),
    image: image(e, ns, base),
    body,
    credits,
    tags: tagsOf(categories.filter((c) => c !== undefined)),
  };
}

function atomEntry(e: Element, ctx: Ctx, path: string, feedLang?: string): Draft {
  const base = baseOf(e, undefined);
  const links = kids(e, 'link', ATOM);
  // rel="alternate" (also when rel is left out), preferably an HTML page; else the first link of any rel
  // that is not a feed's own (self, enclosure, edit…).
  const alts = links.filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const alt =
    alts.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ??
    alts[0] ??
    links.find((l) => attr(l, 'rel') === 'related');
  const content = kid(e, 'content', ATOM);
  const type = attr(content, 'type') ?? 'text';
  const credits: Credit[] = [];
  const persons = (tag: string) => kids(e, tag, ATOM).flatMap((p) => text(kid(p, 'name', ATOM)) ?? []);
  addCredit(credits, 'author', persons('author'));
  addCredit(credits, 'contributor', persons('contributor'));
  const summary = plainOf(kid(e, 'summary', ATOM));
  const xml = type === 'xhtml' || /[+/]xml$/i.test(type);
  const body: Draft['body'] = !content
    ? []
    : xml
      ? (str((type === 'xhtml' ? (content.firstElementChild ?? content) : content).innerHTML) ?? [])
      : /html/i.test(type)
        ? (text(content) ?? [])
        : paragraphs(content.textContent ?? '');
  const lang = e.getAttributeNS(XML_NS, 'lang');
  return {
    title: plainOf(kid(e, 'title', ATOM)) ?? titleFrom(summary),
    summary,
    id: text(kid(e, 'id', ATOM)),
    url: resolve(attr(alt, 'href'), alt ? baseOf(alt, undefined) : base),
    lang: str(lang ?? undefined) ?? feedLang,
    published: ctx.time(text(kid(e, 'published', ATOM) ?? kid(e, 'issued', ATOM)), join(path, 'published')),
    updated: ctx.time(text(kid(e, 'updated', ATOM)), join(path, 'updated')),
    image: image(e, ATOM, base),
    body,
    credits,
    tags: tagsOf(kids(e, 'category', ATOM).map((c) => attr(c, 'label') ?? attr(c, 'term'))),
  };
}
