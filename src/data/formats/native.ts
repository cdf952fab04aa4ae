/** Our native JSON format (DESIGN.md), and the field validators every other format reuses. */
import type { Article, ArticleLink, Block, Media, RelatedItem } from '../model.js';
import { type Ctx, type Obj, arr, clean, isObj, join } from '../context.js';
import { count, paragraphs, plain, str, tagsOf } from '../text.js';
import { creditsValue, fromShorthand, isShorthand } from '../credits.js';
import { Memo } from '../memo.js';

/** An article before its required fields are checked. */
export type Draft = Partial<Article>;

/** What a format adapter makes of a document; each part is computed on demand. */
export interface Doc {
  article?: () => Draft | null;
  list?: () => RelatedItem[];
  credits?: () => Article['credits'];
  next?: string;
}

const NATIVE_KEYS = ['body', 'credits', 'related', 'channel', 'items'];

/** Native JSON: an object with a string `title` or one of our keys, an array (list or credits), or credits. */
export function isNative(v: unknown): boolean {
  if (Array.isArray(v)) return true;
  return isObj(v) && (typeof v.title === 'string' || NATIVE_KEYS.some((k) => k in v));
}

export function readNative(v: unknown, ctx: Ctx): Doc {
  if (Array.isArray(v)) {
    const isCredits = v.length > 0 && v.every((x) => isObj(x) && 'role' in x);
    return isCredits ? { credits: () => creditsValue(v, ctx, '') } : { list: () => relatedList(v, ctx, '') };
  }
  const o = v as Obj;
  if ('items' in o && !('title' in o))
    return { list: () => relatedList(o.items, ctx, 'items'), next: str(o.next) };
  return {
    article: () => nativeArticle(o, ctx),
    credits: () =>
      o.credits === undefined && !('title' in o) && isShorthand(o)
        ? fromShorthand(o, ctx, '')
        : creditsValue(o.credits, ctx, 'credits'),
  };
}

export function nativeArticle(o: Obj, ctx: Ctx, path = ''): Draft {
  const p = (k: string) => join(path, k);
  return {
    title: plain(o.title),
    channel: plain(o.channel),
    subtitle: plain(o.subtitle),
    summary: plain(o.summary),
    id: str(o.id),
    url: str(o.url),
    lang: str(o.lang),
    published: ctx.time(o.published, p('published')),
    updated: ctx.time(o.updated, p('updated')),
    views: views(o.views, ctx, p('views')),
    image: media(o.image, ctx, p('image')),
    audio: media(o.audio, ctx, p('audio')),
    body: body(o.body, ctx, p('body')),
    credits: o.credits == null ? undefined : creditsValue(o.credits, ctx, p('credits')),
    tags: tagsOf(o.tags),
    related: o.related == null ? undefined : relatedList(o.related, ctx, p('related')),
    previous: articleLink(
      o.previous ?? o.prev,
      ctx,
      p(o.previous == null && o.prev != null ? 'prev' : 'previous'),
    ),
    next: articleLink(o.next, ctx, p('next')),
  };
}

/** 上一篇 / 下一篇: `{ title, url }`; dropped, with a warning, without either. */
export function articleLink(v: unknown, ctx: Ctx, path: string): ArticleLink | undefined {
  if (v === undefined || v === null) return undefined;
  const o: Obj = isObj(v) ? v : {};
  const title = plain(o.title);
  const url = str(o.url ?? o.href);
  if (!title || !url) {
    ctx.warn(path, 'a previous/next link needs a title and a url; dropped');
    return undefined;
  }
  return { title, url };
}

export function views(v: unknown, ctx: Ctx, path: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const n = count(v);
  if (n === undefined) ctx.warn(path, `invalid view count ${JSON.stringify(v)?.slice(0, 40)} dropped`);
  return n;
}

/** A Media from a URL string or an object (`src`/`url`/`contentUrl`/`href`). */
export function media(v: unknown, ctx: Ctx, path: string): Media | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return media(v[0], ctx, join(path, 0));
  const o: Obj = isObj(v) ? v : { src: v };
  const src = str(o.src ?? o.url ?? o.contentUrl ?? o.href);
  if (!src) {
    ctx.warn(path, 'media without src dropped');
    return undefined;
  }
  return clean({
    src,
    alt: typeof o.alt === 'string' ? o.alt.trim() : undefined,
    width: count(o.width),
    height: count(o.height),
    mimeType: str(o.mimeType ?? o.mime_type ?? o.encodingFormat),
    caption: plain(o.caption),
    credit: plain(o.credit),
  });
}

/** A body: an HTML string (kept, the renderer sanitizes) or an array of validated blocks. */
export function body(v: unknown, ctx: Ctx, path: string): Block[] | string {
  if (typeof v === 'string') return v.trim();
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    ctx.warn(path, 'body must be an array of blocks or an HTML string; ignored');
    return [];
  }
  return v.flatMap((b, i) => {
    const out = typeof b === 'string' ? paragraphs(b) : block(b, ctx, join(path, i));
    return out ?? [];
  });
}

const TEXT_BLOCKS: Record<string, string> = {
  paragraph: 'text',
  heading: 'text',
  quote: 'text',
  html: 'html',
};

function block(b: unknown, ctx: Ctx, path: string): Block | null {
  if (!isObj(b)) {
    ctx.warn(path, `a block must be an object or a string, not ${b === null ? 'null' : typeof b}; dropped`);
    return null;
  }
  const o = b;
  const type = typeof o.type === 'string' ? o.type : '';
  const drop = (why: string) => (ctx.warn(path, `${why}; block dropped`), null);
  const field = Object.hasOwn(TEXT_BLOCKS, type) ? TEXT_BLOCKS[type] : undefined;
  if (field) {
    const t = o[field];
    if (typeof t !== 'string' || !t.trim()) return drop(`${type} without ${field}`);
    const text = t.trim();
    if (type === 'paragraph') return clean({ type: 'paragraph' as const, text, lead: str(o.lead) });
    if (type === 'quote') return clean({ type: 'quote' as const, text, cite: plain(o.cite) });
    if (type === 'html') return { type: 'html', html: text };
    const level = o.level === undefined ? undefined : [2, 3, 4].includes(o.level as number) ? o.level : null;
    if (level === null) ctx.warn(join(path, 'level'), 'heading level must be 2, 3 or 4; ignored');
    return clean({ type: 'heading' as const, text, level: (level ?? undefined) as 2 | 3 | 4 | undefined });
  }
  if (type === 'image' || type === 'video' || type === 'audio') {
    const src = str(o.src);
    if (!src) return drop(`${type} without src`);
    if (type !== 'image')
      return clean({
        type: type as 'video' | 'audio',
        src,
        poster: str(o.poster),
        caption: plain(o.caption),
      });
    if (typeof o.alt !== 'string') ctx.warn(join(path, 'alt'), 'image without alt; alt set to ""');
    const alt = typeof o.alt === 'string' ? o.alt.trim() : '';
    return clean({
      type: 'image' as const,
      src,
      alt,
      caption: plain(o.caption),
      credit: plain(o.credit),
      width: count(o.width),
      height: count(o.height),
    });
  }
  if (type === 'list') {
    const items = arr(o.items).flatMap((x) => (typeof x === 'string' && x.trim() ? [x.trim()] : []));
    if (!items.length) return drop('list without items');
    return clean({
      type: 'list' as const,
      items,
      ordered: typeof o.ordered === 'boolean' ? o.ordered : undefined,
    });
  }
  return drop(`unknown block type ${JSON.stringify(type).slice(0, 40)}`);
}

/** Items read before, by input object and time zone; items that raised problems are not kept. */
const items = new Memo<string, RelatedItem>();

/** One related item; null (with a problem) when it has no title. */
export function relatedItem(v: unknown, ctx: Ctx, path: string): RelatedItem | null {
  if (!isObj(v)) return readItem({}, ctx, path);
  const hit = items.get(v, ctx.timeZone);
  if (hit) return hit;
  const before = ctx.warnings;
  const item = readItem(v, ctx, path);
  return item && ctx.warnings === before ? items.set(v, ctx.timeZone, item) : item;
}

function readItem(o: Obj, ctx: Ctx, path: string): RelatedItem | null {
  const title = plain(o.title);
  if (!title) {
    ctx.warn(path, 'item without title dropped');
    return null;
  }
  return clean({
    title,
    url: str(o.url),
    summary: plain(o.summary),
    published: ctx.time(o.published, join(path, 'published')),
    image: media(o.image, ctx, join(path, 'image')),
    channel: plain(o.channel),
  });
}

export function relatedList(v: unknown, ctx: Ctx, path: string): RelatedItem[] {
  if (!Array.isArray(v)) {
    ctx.warn(path, 'expected an array of items; ignored');
    return [];
  }
  return v.flatMap((x, i) => relatedItem(x, ctx, join(path, i)) ?? []);
}

/** A related item made from an article draft (feeds, JSON-LD lists); feeds use the first tag as channel. */
export function draftToItem(
  d: Draft | null,
  ctx: Ctx,
  path: string,
  tagAsChannel = false,
): RelatedItem | null {
  if (!d?.title) {
    ctx.warn(path, 'item without title dropped');
    return null;
  }
  const text =
    typeof d.body === 'string' ? plain(d.body) : d.body?.map((b) => ('text' in b ? b.text : '')).join(' ');
  const summary = d.summary ?? (text?.trim() || undefined);
  return clean({
    title: d.title,
    url: d.url,
    // An untitled item's title is the start of its text: not shown twice.
    summary: summary === d.title ? undefined : summary,
    published: d.published ?? d.updated,
    image: d.image,
    channel: d.channel ?? (tagAsChannel ? d.tags?.[0] : undefined),
  });
}
