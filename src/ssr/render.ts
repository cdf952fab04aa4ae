/**
 * Server rendering of the three elements with `@lit-labs/ssr`: the element's own templates and styles in a
 * declarative shadow root, a crawler copy of the same content in light DOM, the data for hydration, and
 * the article's JSON-LD.
 */
import './shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { normalize, type Problem } from '../data/normalize.js';
import type { Article, Credit, RelatedItem } from '../data/model.js';
import { rebase } from '../shared/rebase.js';
import { headingLevel } from '../shared/heading.js';
import {
  describesArticle,
  jsonLdIn,
  jsonLdScript,
  articleJsonLd,
  scriptJson,
  type Publisher,
} from '../shared/json-ld.js';
import { TAGS, sanitizedBodies, type Tag } from './elements.js';
import { articleExtras } from '../news-article/news-article.js';
import { loadDom, sanitizeMarkup } from './sanitize.js';
import { setPageUrl } from './shim.js';
import { crawlerCopy } from './crawler.js';
import { fillRows, itemsOf } from './rows.js';

export type { Tag, Problem, Publisher };

/** What the renderer itself takes; every other option is an attribute of the element. */
export interface RendererOptions {
  /**
   * The URL of the page the HTML goes into: the base of the data's relative URLs (as the page's URL is in a
   * browser), the page the related list leaves out, and the article's URL in its JSON-LD when the data has none.
   */
  url?: string;
  /** The URL the document was read from, when it came from one: its relative URLs are relative to it. */
  base?: string;
  /** The publisher named in the JSON-LD (else the article's source, 来源). */
  publisher?: Publisher;
  /** `false` leaves the JSON-LD out (as the `no-json-ld` attribute does). Default true, for articles. */
  jsonLd?: boolean;
  /** The page being assembled, when known: no JSON-LD is added if it already describes the same article. */
  pageHtml?: string;
  /** `false` leaves out the light-DOM copy of the content read by crawlers. Default true. */
  crawlerCopy?: boolean;
  /**
   * `false` leaves out the data (an inline `<script type="application/json">` child) from which the browser
   * element takes over the rendered HTML without a request. Default true.
   */
  hydrate?: boolean;
  /** Called with the problems met while reading the input (fields dropped or repaired, or why it failed). */
  onProblems?: (problems: Problem[]) => void;
}

/** The element's attributes (`lang`, `time-zone`, `heading-level`, `hide`, `theme`, `id`…), camelCase or as written. */
export type AttributeOptions = Record<string, string | number | boolean | null | undefined>;

export type RenderOptions = RendererOptions & AttributeOptions;

export interface RenderResult {
  /** The element's HTML. */
  html: string;
  /** The state the element renders in. */
  state: 'ready' | 'empty' | 'error';
  /** Problems met while reading the input; the reasons when the state is `error`. */
  problems: Problem[];
  /** The normalized data, or null when the input could not be read. */
  value: Article | RelatedItem[] | Credit[] | null;
  /** The JSON-LD object added to the HTML, if one was. */
  jsonLd?: Record<string, unknown>;
}

const RENDERER_KEYS = new Set([
  'url',
  'base',
  'publisher',
  'jsonLd',
  'pageHtml',
  'crawlerCopy',
  'hydrate',
  'onProblems',
  'title',
]);

const PROPERTY: Record<Tag, string> = {
  'news-article': 'article',
  'news-credits': 'credits',
  'related-news-list': 'items',
};
const EXPECT = { 'news-article': 'article', 'news-credits': 'credits', 'related-news-list': 'list' } as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's attributes from the options, as markup (`lang="en" time-zone="UTC"`). */
function attributesOf(options: RenderOptions): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(options)) {
    if (RENDERER_KEYS.has(key) || value === undefined || value === null || value === false) continue;
    if (typeof value === 'function' || typeof value === 'object') continue;
    const name = kebab(key);
    // The renderer sets the state; data goes in as the property.
    if (
      !/^[a-z][a-z\d-]*$/.test(name) ||
      ['state', 'data', 'src', 'for', 'style'].includes(name) ||
      /^on/.test(name)
    )
      continue;
    out.set(name, value === true ? '' : String(value));
  }
  return out;
}

function isEmptyDocument(value: unknown): boolean {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

let warm: Promise<void> | undefined;

/**
 * Loads once what the elements load lazily in a browser (the full normalizer, the article's previous/next
 * and reading time), so that each server render is complete in one pass, and the DOM the normalizer reads
 * XML feeds with.
 */
function warmUp(): Promise<void> {
  warm ??= (async () => {
    const dom = await loadDom();
    const g = globalThis as unknown as Record<string, unknown>;
    g.DOMParser ??= dom.window.DOMParser;
    // A document in a format other than the native one makes the elements load their full normalizer.
    collectResultSync(
      render(staticHtml`<news-article .article=${{ '@type': 'NewsArticle', headline: '-' }}></news-article>`),
    );
    await import('../data/normalize.js');
    // 上一篇 / 下一篇 and the reading time: the article shows them once this module is there.
    await articleExtras.load();
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  })();
  return warm;
}

/** The HTML bodies of an article, as the sanitizer sees them. */
function bodies(article: Article): string[] {
  if (typeof article.body === 'string') return [article.body];
  return article.body.flatMap((b) => (b.type === 'html' ? [b.html] : []));
}

function parseInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return input;
    }
  }
  return input;
}

/**
 * Renders `<tag>` for `input` (any format the element reads: an object, a JSON string, an RSS or Atom
 * string for lists) and returns its HTML with the state and problems. Never throws for bad input: it
 * renders the element's error state and reports why in `problems`.
 */
export async function renderDocument(
  tag: Tag,
  input: unknown,
  options: RenderOptions = {},
): Promise<RenderResult> {
  if (!(tag in TAGS))
    throw new TypeError(`Unknown element <${String(tag)}>: use ${Object.keys(TAGS).join(', ')}`);
  await warmUp();
  setPageUrl(options.url);
  const attributes = attributesOf(options);
  const zone = attributes.get('time-zone') ?? 'Asia/Shanghai';
  const parsed = parseInput(input);
  let value: Article | RelatedItem[] | Credit[] | null = null;
  let problems: Problem[] = [];
  let state: RenderResult['state'] = 'empty';
  if (!isEmptyDocument(parsed)) {
    const result = normalize(parsed, { expect: EXPECT[tag], timeZone: zone });
    problems = result.problems;
    value = result.value;
    if (value && options.base) value = rebase(value, options.base);
    state = value === null ? 'error' : Array.isArray(value) && value.length === 0 ? 'empty' : 'ready';
  }
  options.onProblems?.(problems);

  sanitizedBodies.clear();
  if (tag === 'news-article' && value) {
    const level = headingLevel(attributes.get('heading-level'), 1);
    for (const source of bodies(value as Article))
      if (!sanitizedBodies.has(source))
        sanitizedBodies.set(source, await sanitizeMarkup(source, level, options.base));
  }
  // Rendering is synchronous from here: the page URL and the sanitized bodies stay this render's.
  setPageUrl(options.url);
  const attrs = [...attributes].map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  // Data that could not be read goes in as it came: the element shows its own error state and reason.
  const property = state === 'error' ? parsed : (value ?? parsed);
  const t = unsafeStatic(tag);
  let markup = collectResultSync(
    render(staticHtml`<${t}${unsafeStatic(attrs)} .${unsafeStatic(PROPERTY[tag])}=${property}></${t}>`),
  );
  sanitizedBodies.clear();
  markup = fillRows(markup, itemsOf(value));
  // The fragment stands alone: Lit's markers around the outer template are for hydrating that template.
  markup = markup
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .trim();

  const inside: string[] = [];
  if (options.crawlerCopy !== false && state !== 'error') inside.push(crawlerCopy(markup));
  if (options.hydrate !== false && value && state === 'ready')
    inside.push(`<script type="application/json">${scriptJson(value)}</script>`);
  const close = `</${tag}>`;
  markup = markup.slice(0, markup.length - close.length) + inside.join('') + close;

  let jsonLd: Record<string, unknown> | undefined;
  if (
    tag === 'news-article' &&
    state === 'ready' &&
    options.jsonLd !== false &&
    !attributes.has('no-json-ld') &&
    !(
      options.pageHtml && describesArticle(jsonLdIn(options.pageHtml), value as Article, { url: options.url })
    )
  ) {
    const o = { url: options.url, publisher: options.publisher };
    jsonLd = articleJsonLd(value as Article, o);
    markup += jsonLdScript(value as Article, o);
  }
  return { html: markup, state, problems, value, ...(jsonLd ? { jsonLd } : {}) };
}

/**
 * The element's complete HTML for `input`: the tag with its attributes, a declarative shadow root with its
 * styles and content, the crawler copy and hydration data inside, and (for an article) its JSON-LD after it.
 * Bad input renders the element's error state; `options.onProblems` receives the reasons.
 */
export async function renderToString(tag: Tag, input: unknown, options: RenderOptions = {}): Promise<string> {
  return (await renderDocument(tag, input, options)).html;
}

const escapeText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A whole minimal HTML page around the element: UTF-8, viewport, the title, and nothing loaded from
 * elsewhere. `options.title` sets the page title (default: the article's headline).
 */
export async function renderPage(
  tag: Tag,
  input: unknown,
  options: RenderOptions & { title?: string; head?: string; script?: string } = {},
): Promise<RenderResult> {
  const result = await renderDocument(tag, input, options);
  const article = tag === 'news-article' ? (result.value as Article | null) : null;
  const title = options.title ?? article?.title ?? '';
  const lang = typeof options.lang === 'string' ? options.lang : (article?.lang ?? 'zh-CN');
  const page = `<!doctype html>
<html lang="${escapeAttr(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>${options.url ? `\n<link rel="canonical" href="${escapeAttr(options.url)}">` : ''}
<style>body{margin:0 auto;max-width:48rem;padding:1rem}</style>${options.head ?? ''}
</head>
<body>
${result.html}${options.script ?? ''}
</body>
</html>
`;
  return { ...result, html: page };
}
