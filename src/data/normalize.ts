/**
 * One normalizer for every supported news format. Pure, never throws; the only DOM use is `DOMParser`
 * (XML feeds, and HTML → plain text on inert documents).
 */
import type { Article, Credit, RelatedItem } from './model.js';
import { type Obj, type Problem, Ctx, clean, isObj } from './context.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './time.js';
import { splitChannel } from './text.js';
import { isShorthand } from './credits.js';
import { type Doc, type Draft, isNative, readNative } from './formats/native.js';
import { graphOf, isArticleNode, isSchemaOrg, readSchemaOrg } from './formats/schema-org.js';
import { isItemList, readItemList, nodeItem } from './formats/item-list.js';
import { isNinjs, readNinjs } from './formats/ninjs.js';
import { isJsonFeed, isJsonFeedItem, readJsonFeed } from './formats/json-feed.js';
import { parseFeedXml, readFeedXml } from './formats/feed-xml.js';

export type { Problem };
export type Expect = 'article' | 'list' | 'credits';
export type FormatName = 'native' | 'schema-org' | 'ninjs' | 'json-feed' | 'rss' | 'atom' | 'item-list';

export interface NormalizeOptions {
  expect: Expect;
  /** IANA time zone in which zone-less times are read; default 'Asia/Shanghai'. */
  timeZone?: string;
}

export interface NormalizeResult<T> {
  /** The normalized value; null only when the input is unusable. */
  value: T | null;
  /** Warnings, and the reasons when `value` is null. */
  problems: Problem[];
  /** The detected format. */
  format: FormatName | null;
  /** Set when `value` is null: 'format' = fits no known format; 'invalid' = a required field is missing. */
  errorKind?: 'format' | 'invalid';
}

/** A list result; `next` is the next page's URL (JSON Feed `next_url`, native `next`, `<link rel="next">`). */
export type ListResult = NormalizeResult<RelatedItem[]> & { next?: string };

/**
 * Normalizes any input (parsed JSON, a JSON string, or an RSS/Atom XML string) into the native model.
 * Lists (`expect: 'list'`) also carry `next` at run time; see {@link normalizeListPage}.
 */
export function normalize(
  input: unknown,
  o: { expect: 'article'; timeZone?: string },
): NormalizeResult<Article>;
export function normalize(
  input: unknown,
  o: { expect: 'list'; timeZone?: string },
): NormalizeResult<RelatedItem[]>;
export function normalize(
  input: unknown,
  o: { expect: 'credits'; timeZone?: string },
): NormalizeResult<Credit[]>;
export function normalize(
  input: unknown,
  o: NormalizeOptions,
): NormalizeResult<Article | RelatedItem[] | Credit[]>;
export function normalize(
  input: unknown,
  o: NormalizeOptions,
): NormalizeResult<Article | RelatedItem[] | Credit[]> {
  let ctx = new Ctx(DEFAULT_TIME_ZONE);
  let format: FormatName | null = null;
  try {
    const tz = o?.timeZone ?? DEFAULT_TIME_ZONE;
    ctx = new Ctx(isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE);
    if (ctx.timeZone !== tz)
      ctx.warn('', `unknown time zone ${JSON.stringify(tz)}; ${DEFAULT_TIME_ZONE} used`);
    const found = detect(input, o?.expect, ctx);
    if ('error' in found) return fail(ctx, null, 'format', found.error);
    format = found.format;
    return finish(found.doc, found.format, o.expect, ctx);
  } catch (e) {
    return fail(ctx, format, 'format', `unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Like `normalize(input, { expect: 'list' })`, typed with the next page's URL when the input names one. */
export function normalizeListPage(input: unknown, opts: { timeZone?: string } = {}): ListResult {
  return normalize(input, { ...opts, expect: 'list' }) as ListResult;
}

function fail<T>(
  ctx: Ctx,
  format: FormatName | null,
  errorKind: 'format' | 'invalid',
  message: string,
  path = '',
) {
  ctx.warn(path, message);
  return { value: null as T | null, problems: ctx.problems, format, errorKind };
}

type Found = { format: FormatName; doc: Doc } | { error: string };

const FORMATS_HINT =
  'expected native JSON (title, body…), schema.org JSON-LD (@context/@type), IPTC ninjs (uri, headlines…), ' +
  'JSON Feed (version https://jsonfeed.org/version/1.1), RSS 2.0, Atom or a schema.org ItemList';

function detect(input: unknown, expect: Expect, ctx: Ctx): Found {
  if (typeof input === 'string') {
    const s = input.replace(/^[\s\uFEFF]+/, '');
    if (s.startsWith('<')) {
      const xml = parseFeedXml(s);
      return 'error' in xml ? xml : { format: xml.format, doc: readFeedXml(xml.format, xml.root, ctx) };
    }
    try {
      input = JSON.parse(s);
    } catch (e) {
      return { error: `not JSON or XML: ${e instanceof Error ? e.message.slice(0, 200) : 'parse error'}` };
    }
  }
  if (isJsonFeed(input)) return { format: 'json-feed', doc: readJsonFeed(input, ctx) };
  if (isSchemaOrg(input)) {
    const g = graphOf(input);
    const main = g.typed.find((n) => isArticleNode(n) || isItemList(n));
    const list = isItemList(main) ? main : g.typed.find(isItemList);
    if (list && (expect === 'list' || main === list))
      return { format: 'item-list', doc: readItemList(list, g, ctx) };
    if (Array.isArray(input) && expect === 'list') {
      // An array of article nodes or ListItems
      return {
        format: 'item-list',
        doc: { list: () => input.flatMap((x, i) => nodeItem(x, g, ctx, `[${i}]`) ?? []) },
      };
    }
    if (main) return { format: 'schema-org', doc: readSchemaOrg(main, g, ctx) };
    return { error: 'JSON-LD without an Article (NewsArticle, BlogPosting…) or ItemList node' };
  }
  if (isNinjs(input)) return { format: 'ninjs', doc: readNinjs(input as Obj, ctx) };
  if (isJsonFeedItem(input)) return { format: 'json-feed', doc: readJsonFeed(input, ctx) };
  if (isNative(input) || (expect === 'credits' && isObj(input) && isShorthand(input)))
    return { format: 'native', doc: readNative(input, ctx) };
  const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  return { error: `${kind === 'object' ? 'an object of unknown shape' : `a ${kind}`}: ${FORMATS_HINT}` };
}

function finish(
  doc: Doc,
  format: FormatName,
  expect: Expect,
  ctx: Ctx,
): NormalizeResult<Article | RelatedItem[] | Credit[]> {
  if (expect === 'list') {
    const value = doc.list ? doc.list() : (doc.article?.()?.related ?? []);
    const out: ListResult = { value, problems: ctx.problems, format };
    if (doc.next) out.next = doc.next;
    return out;
  }
  if (expect === 'credits') {
    return {
      value: (doc.credits ?? (() => doc.article?.()?.credits))() ?? [],
      problems: ctx.problems,
      format,
    };
  }
  const draft = doc.article?.();
  if (!draft) return fail(ctx, format, 'format', `a ${format} document without an article`);
  if (!draft.title)
    return fail(ctx, format, 'invalid', 'the article has no title (required field "title")', 'title');
  return { value: finishArticle(draft as Draft & { title: string }), problems: ctx.problems, format };
}

/** Splits a channel prefix off the title, or strips it when it repeats the given channel. */
function finishArticle(d: Draft & { title: string }): Article {
  const split = splitChannel(d.title);
  let { title, channel } = d;
  if (split && (!channel || channel === split[0])) [channel, title] = split;
  return clean({ ...d, title, channel, body: d.body ?? [] });
}
