/** JSON Feed 1.1: a list; a single item (or the first item) can also be read as an article. */
import { type Ctx, type Obj, arr, isObj, join } from '../context.js';
import { htmlToText, paragraphs, plain, str, tagsOf, titleFrom } from '../text.js';
import { addCredit, namesOf } from '../credits.js';
import type { Credit } from '../model.js';
import { type Doc, type Draft, draftToItem, media, relatedList } from './native.js';

export const isJsonFeed = (v: unknown): v is Obj =>
  isObj(v) && /jsonfeed\.org\/version\//i.test(str(v.version) ?? '');

/** A lone feed item: `id` plus `content_html` or `content_text`. */
export const isJsonFeedItem = (v: unknown): v is Obj =>
  isObj(v) && 'id' in v && ('content_html' in v || 'content_text' in v);

export function readJsonFeed(v: Obj, ctx: Ctx): Doc {
  if (!isJsonFeed(v))
    return { article: () => feedItem(v, {}, ctx, ''), credits: () => feedItem(v, {}, ctx, '').credits };
  const items = arr(v.items);
  const firstItem = (): Draft | null => {
    if (!isObj(items[0])) return null;
    if (items.length > 1)
      ctx.warn('items', `a feed of ${items.length} items; the first is used as the article`);
    return feedItem(items[0], v, ctx, 'items[0]');
  };
  return {
    list: () => {
      if (!Array.isArray(v.items)) ctx.warn('items', 'feed without an items array');
      return items.flatMap(
        (it, i) =>
          draftToItem(
            isObj(it) ? feedItem(it, v, ctx, join('items', i)) : null,
            ctx,
            join('items', i),
            true,
          ) ?? [],
      );
    },
    article: firstItem,
    credits: () => firstItem()?.credits,
    next: str(v.next_url),
  };
}

function feedItem(it: Obj, feed: Obj, ctx: Ctx, path: string): Draft {
  const html = str(it.content_html);
  const text = str(it.content_text);
  const credits: Credit[] = [];
  addCredit(credits, 'author', namesOf(it.authors ?? it.author ?? feed.authors ?? feed.author));
  const summary = plain(it.summary);
  return {
    // Titles are optional in JSON Feed (microblog posts have none): then the start of the text.
    title: plain(it.title) ?? titleFrom(summary ?? text ?? (html && htmlToText(html))),
    summary,
    id: str(it.id),
    url: str(it.url) ?? str(it.external_url),
    lang: str(it.language) ?? str(feed.language),
    published: ctx.time(it.date_published, join(path, 'date_published')),
    updated: ctx.time(it.date_modified, join(path, 'date_modified')),
    image: media(it.image ?? it.banner_image, ctx, join(path, 'image')),
    audio: media(
      arr(it.attachments).find((a) => isObj(a) && /^audio\//.test(str(a.mime_type) ?? '')),
      ctx,
      join(path, 'attachments'),
    ),
    body: html ?? (text ? paragraphs(text) : []),
    credits,
    tags: tagsOf(it.tags),
    related: it.related == null ? undefined : relatedList(it.related, ctx, join(path, 'related')),
  };
}
