/**
 * One normalizer for every supported news format. Pure, never throws; the only DOM use is `DOMParser`
 * (XML feeds, and HTML → plain text on inert documents).
 */
import type { Article, Credit, RelatedItem } from './model.js';
import { type Ctx, isObj } from './context.js';
import { isShorthand } from './credits.js';
import { isNative, readNative } from './formats/native.js';
import { graphOf, isArticleNode, isSchemaOrg, readSchemaOrg, typesOf } from './formats/schema-org.js';

const isListItem = (x: unknown) => typesOf(x).includes('ListItem');
import { isItemList, readItemList, nodeItem } from './formats/item-list.js';
import { isNinjs, readNinjs } from './formats/ninjs.js';
import { isJsonFeed, isJsonFeedItem, readJsonFeed } from './formats/json-feed.js';
import { parseFeedXml, readFeedXml } from './formats/feed-xml.js';
import {
  type Expect,
  type Found,
  type ListResult,
  type NormalizeOptions,
  type NormalizeResult,
  run,
} from './core.js';
import type { Obj } from './context.js';

export type { Expect, FormatName, ListResult, NormalizeOptions, NormalizeResult, Problem } from './core.js';

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
  return run(input, o, detect);
}

/** Like `normalize(input, { expect: 'list' })`, typed with the next page's URL when the input names one. */
export function normalizeListPage(input: unknown, opts: { timeZone?: string } = {}): ListResult {
  return normalize(input, { ...opts, expect: 'list' }) as ListResult;
}

const FORMATS_HINT =
  'expected native JSON (title, body…), schema.org JSON-LD (@context/@type), IPTC ninjs (uri, headlines…), ' +
  'JSON Feed (version https://jsonfeed.org/version/1.1), RSS 2.0, Atom or a schema.org ItemList';

function detect(input: unknown, expect: Expect, ctx: Ctx): Found {
  if (typeof input === 'string') {
    const s = input.replace(/^[\s\uFEFF]+/, '');
    if (s.startsWith('<')) {
      const xml = parseFeedXml(s);
      return 'error' in xml ? xml : { format: xml.format, doc: readFeedXml(xml, ctx) };
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
    const own = g.typed.filter((n) => !g.listed.has(n));
    // The document's article: the first not inside a list (a page's "related" ItemList or breadcrumbs
    // may come before it in a @graph).
    const article = own.find(isArticleNode);
    const lists = own.filter(isItemList);
    // A BreadcrumbList is site navigation: the list of a document only when it has nothing else.
    const list =
      lists.find((n) => !typesOf(n).includes('BreadcrumbList')) ?? (article ? undefined : lists[0]);
    if (list && (expect === 'list' || !article))
      return { format: 'item-list', doc: readItemList(list, g, ctx) };
    if (Array.isArray(input) && expect === 'list' && input.every((x) => isArticleNode(x) || isListItem(x))) {
      // An array of article nodes or ListItems
      return {
        format: 'item-list',
        doc: { list: () => input.flatMap((x, i) => nodeItem(x, g, ctx, `[${i}]`) ?? []) },
      };
    }
    if (article) return { format: 'schema-org', doc: readSchemaOrg(article, g, ctx) };
    return { error: 'JSON-LD without an Article (NewsArticle, BlogPosting…) or ItemList node' };
  }
  if (isNinjs(input)) return { format: 'ninjs', doc: readNinjs(input as Obj, ctx) };
  if (isJsonFeedItem(input)) return { format: 'json-feed', doc: readJsonFeed(input, ctx) };
  if (isNative(input) || (expect === 'credits' && isObj(input) && isShorthand(input)))
    return { format: 'native', doc: readNative(input, ctx) };
  const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  return { error: `${kind === 'object' ? 'an object of unknown shape' : `a ${kind}`}: ${FORMATS_HINT}` };
}
