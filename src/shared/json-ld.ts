/**
 * The article as schema.org `NewsArticle` JSON-LD, as search engines read it (Google's article structured
 * data: headline, image, datePublished / dateModified with offsets, author, publisher, mainEntityOfPage).
 * Pure: no DOM, no I/O, so the server renderer and the element build the same object.
 */
import type { Article, Credit } from '../data/model.js';

export interface Publisher {
  /** The publishing organization, e.g. the portal's name. */
  name: string;
  /** Its home page. */
  url?: string;
  /** Its logo (an absolute URL). */
  logo?: string;
}

export interface JsonLdOptions {
  /** The page's canonical URL; else the article's `url`. Relative article URLs are resolved against it. */
  url?: string;
  /** The publisher; else the article's source (来源) as an organization. */
  publisher?: Publisher;
}

type Node = Record<string, unknown>;

/** Names that are organizations rather than people: agencies, papers, stations, offices, 新华社, 统战部… */
const ORGANIZATION =
  /[社报報台网網部委局厅廳办辦院会會处處所室站刊团團司]$|新闻|新聞|中心|集团|集團|融媒|日报|日報|晚报|晚報|电视|電視|广播|廣播|杂志|雜誌|\b(news|agency|press|times|post|herald|journal|daily|media|tv|radio|network|associated|reuters|bbc|cnn|xinhua|group|inc|ltd|office|bureau|ministry|department)\b/i;

/** A person, or an organization when the name says so. */
function party(name: string): Node {
  return { '@type': ORGANIZATION.test(name) ? 'Organization' : 'Person', name };
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The credits that name the article's authors: authors and reporters, else the source. */
function authors(credits: Credit[] | undefined): Node[] {
  const all = credits ?? [];
  const by = all.filter((c) => c.role === 'author' || c.role === 'reporter');
  const chosen = by.length ? by : all.filter((c) => c.role === 'source');
  const names = [...new Set(chosen.flatMap((c) => c.names).filter((n) => n.trim()))];
  return names.map((n) => party(n));
}

/**
 * The `NewsArticle` node for `article` (the native model). Dates keep their offsets (the normalizer gives
 * every time one); `dateModified` is the update time, else the publish time. Absent facts are left out,
 * never invented.
 */
export function articleJsonLd(article: Article, options: JsonLdOptions = {}): Node {
  const url = absolute(options.url, undefined) ?? absolute(article.url, options.url);
  const image = absolute(article.image?.src, url);
  const source = article.credits?.find((c) => c.role === 'source')?.names[0];
  const publisher = options.publisher
    ? {
        '@type': 'Organization',
        name: options.publisher.name,
        ...(options.publisher.url ? { url: options.publisher.url } : {}),
        ...(options.publisher.logo ? { logo: { '@type': 'ImageObject', url: options.publisher.logo } } : {}),
      }
    : source
      ? { '@type': 'Organization', name: source }
      : undefined;
  const author = authors(article.credits);
  const node: Node = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    ...(image ? { image: [image] } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.updated || article.published ? { dateModified: article.updated ?? article.published } : {}),
    ...(author.length ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { mainEntityOfPage: { '@type': 'WebPage', '@id': url }, url } : {}),
    ...(article.lang ? { inLanguage: article.lang } : {}),
    ...(article.channel ? { articleSection: article.channel } : {}),
    ...(article.tags?.length ? { keywords: article.tags.join(', ') } : {}),
  };
  return node;
}

/**
 * JSON for the inside of a `<script>` element: `<`, `>`, `&` and the line separators escaped, so that no
 * text of the article (`</script>`, `<!--`) can end the script or change how it is parsed.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The `<script type="application/ld+json">` element of `articleJsonLd(article, options)`. */
export function jsonLdScript(article: Article, options: JsonLdOptions = {}): string {
  return `<script type="application/ld+json">${scriptJson(articleJsonLd(article, options))}</script>`;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

function nodesOf(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!value || typeof value !== 'object') return [];
  const graph = (value as Node)['@graph'];
  return [value as Node, ...(graph ? nodesOf(graph) : [])];
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Node;
    return typeof v['@id'] === 'string' ? v['@id'] : typeof v.url === 'string' ? v.url : undefined;
  }
  return undefined;
}

/**
 * Whether parsed JSON-LD values (a page's `application/ld+json` scripts) already describe `article`: an
 * article node with the same URL (its `url`, `@id` or `mainEntityOfPage`), or the same headline.
 */
export function describesArticle(values: unknown[], article: Article, options: JsonLdOptions = {}): boolean {
  const url = absolute(options.url, undefined) ?? absolute(article.url, options.url);
  const strip = (u: string | undefined) => absolute(u, url)?.replace(/#.*$/, '');
  for (const node of nodesOf(values)) {
    const types = ([] as unknown[]).concat(node['@type'] ?? []);
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue;
    const ids = [idOf(node.url), idOf(node['@id']), idOf(node.mainEntityOfPage)].map(strip);
    if (url && ids.includes(url.replace(/#.*$/, ''))) return true;
    const headline = typeof node.headline === 'string' ? node.headline.trim() : '';
    if (headline && (headline === article.title.trim() || headline.endsWith(article.title.trim())))
      return true;
  }
  return false;
}

/** The JSON values of the `<script type="application/ld+json">` elements in an HTML string (unparsable ones skipped). */
export function jsonLdIn(markup: string): unknown[] {
  const out: unknown[] = [];
  const re = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (const [, text] of markup.matchAll(re)) {
    try {
      out.push(JSON.parse(text));
    } catch {
      // Not JSON: describes nothing.
    }
  }
  return out;
}
