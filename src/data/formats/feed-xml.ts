/** RSS 2.0 and Atom: lists (the first entry can also be read as an article). */
import type { Credit, Media } from '../model.js';
import { type Ctx, join } from '../context.js';
import { addCredit } from '../credits.js';
import { count, htmlToText, paragraphs, str, tagsOf } from '../text.js';
import { type Doc, type Draft, draftToItem } from './native.js';
import { parseInert } from '../../shared/trusted-types.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';

type Format = 'rss' | 'atom';

/** Children of `el` with this local name in namespace `ns` (null: no namespace). */
const kids = (el: Element, name: string, ns: string | null): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name && c.namespaceURI === ns);
const kid = (el: Element, name: string, ns: string | null): Element | undefined => kids(el, name, ns)[0];
const text = (el: Element | undefined): string | undefined => str(el?.textContent ?? undefined);
const attr = (el: Element | undefined, name: string): string | undefined =>
  str(el?.getAttribute(name) ?? undefined);

/** Parses XML; a parser error or an unknown root yields a message instead. */
export function parseFeedXml(xml: string): { format: Format; root: Element } | { error: string } {
  const doc = parseInert(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err)
    return { error: `not well-formed XML: ${(err.textContent ?? '').replace(/\s+/g, ' ').slice(0, 200)}` };
  const root = doc.documentElement;
  if (root.localName === 'rss') {
    const channel = kid(root, 'channel', null);
    if (channel) return { format: 'rss', root: channel };
  }
  if (root.localName === 'feed' && root.namespaceURI === ATOM) return { format: 'atom', root };
  return { error: `XML root <${root.nodeName}> is neither RSS 2.0 (<rss><channel>) nor Atom (<feed>)` };
}

export function readFeedXml(format: Format, root: Element, ctx: Ctx): Doc {
  const atom = format === 'atom';
  const entries = atom ? kids(root, 'entry', ATOM) : kids(root, 'item', null);
  const name = atom ? 'entry' : 'item';
  const lang = attr(root, 'xml:lang') ?? text(kid(root, 'language', null));
  const read = (e: Element, i: number) => (atom ? atomEntry : rssItem)(e, ctx, join(name, i), lang);
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
    next: attr(next, 'href'),
  };
}

/** Plain text of an RSS element (may hold escaped HTML) or an Atom text construct (`type` text, html, xhtml). */
const plainOf = (el: Element | undefined): string | undefined => {
  const t = text(el);
  if (!t || (el?.namespaceURI === ATOM && attr(el, 'type') !== 'html')) return t?.replace(/\s+/g, ' ');
  return htmlToText(t) || undefined;
};

/** RSS `author` is `jane@example.com (Jane Doe)`: the name in parentheses when there is one. */
const rssAuthor = (s: string) => /\(([^()]+)\)\s*$/.exec(s)?.[1].trim() ?? s;

function image(e: Element): Media | undefined {
  const enclosure = [
    ...kids(e, 'enclosure', null),
    ...kids(e, 'link', ATOM).filter((l) => attr(l, 'rel') === 'enclosure'),
  ].find((x) => /^image\//i.test(attr(x, 'type') ?? ''));
  if (enclosure) {
    const src = attr(enclosure, 'url') ?? attr(enclosure, 'href');
    if (src) return { src, mimeType: attr(enclosure, 'type') };
  }
  const group = kid(e, 'group', MEDIA);
  const candidates = [
    ...kids(e, 'thumbnail', MEDIA),
    ...kids(e, 'content', MEDIA),
    ...(group ? [...kids(group, 'thumbnail', MEDIA), ...kids(group, 'content', MEDIA)] : []),
  ];
  const m = candidates.find(
    (x) =>
      x.localName === 'thumbnail' || attr(x, 'medium') === 'image' || /^image\//i.test(attr(x, 'type') ?? ''),
  );
  const src = attr(m, 'url');
  if (!m || !src) return undefined;
  const media: Media = { src };
  const w = count(attr(m, 'width'));
  const h = count(attr(m, 'height'));
  if (w) media.width = w;
  if (h) media.height = h;
  const type = attr(m, 'type');
  if (type) media.mimeType = type;
  return media;
}

function rssItem(e: Element, ctx: Ctx, path: string, lang?: string): Draft {
  const link = text(kid(e, 'link', null));
  const guid = kid(e, 'guid', null);
  const permalink = guid && attr(guid, 'isPermaLink') !== 'false' ? text(guid) : undefined;
  const html = text(kid(e, 'encoded', CONTENT));
  const credits: Credit[] = [];
  addCredit(
    credits,
    'source',
    [text(kid(e, 'source', null))].flatMap((s) => s ?? []),
  );
  addCredit(
    credits,
    'author',
    [...kids(e, 'author', null), ...kids(e, 'creator', DC)].flatMap((a) => {
      const t = text(a);
      return t ? [rssAuthor(t)] : [];
    }),
  );
  const categories = kids(e, 'category', null).map((c) => text(c));
  return {
    title: plainOf(kid(e, 'title', null)),
    summary: plainOf(kid(e, 'description', null)),
    id: text(guid) ?? link,
    url: link ?? permalink,
    lang,
    published: ctx.time(text(kid(e, 'pubDate', null) ?? kid(e, 'date', DC)), join(path, 'pubDate')),
    image: image(e),
    body: html ?? [],
    credits,
    tags: tagsOf(categories.filter((c) => c !== undefined)),
  };
}

function atomEntry(e: Element, ctx: Ctx, path: string, feedLang?: string): Draft {
  const links = kids(e, 'link', ATOM);
  const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const content = kid(e, 'content', ATOM);
  const type = attr(content, 'type') ?? 'text';
  const credits: Credit[] = [];
  const persons = (tag: string) => kids(e, tag, ATOM).flatMap((p) => text(kid(p, 'name', ATOM)) ?? []);
  addCredit(credits, 'author', persons('author'));
  addCredit(credits, 'contributor', persons('contributor'));
  const summary = kid(e, 'summary', ATOM);
  return {
    title: plainOf(kid(e, 'title', ATOM)),
    summary: plainOf(summary),
    id: text(kid(e, 'id', ATOM)),
    url: attr(alt, 'href'),
    lang: attr(e, 'xml:lang') ?? feedLang,
    published: ctx.time(text(kid(e, 'published', ATOM)), join(path, 'published')),
    updated: ctx.time(text(kid(e, 'updated', ATOM)), join(path, 'updated')),
    image: image(e),
    body: !content
      ? []
      : type === 'xhtml'
        ? (str((content.firstElementChild ?? content).innerHTML) ?? [])
        : /html/.test(type)
          ? (text(content) ?? [])
          : paragraphs(content.textContent ?? ''),
    credits,
    tags: tagsOf(kids(e, 'category', ATOM).map((c) => attr(c, 'label') ?? attr(c, 'term'))),
  };
}
