/** schema.org JSON-LD: Article and its subtypes, bare, in an array or in an `@graph`. */
import type { Block, Credit, Media } from '../model.js';
import { type Ctx, type Obj, arr, clean, first, isObj, join } from '../context.js';
import { htmlToText, paragraphs, looksLikeHtml, plain, str, tagsOf, count } from '../text.js';
import { addCredit, mapRole, namesOf, sortCredits } from '../credits.js';
import { type Doc, type Draft, relatedList, views } from './native.js';

const ARTICLE_TYPES = new Set(
  (
    'Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle ' +
    'ReviewNewsArticle AskPublicNewsArticle BlogPosting LiveBlogPosting SocialMediaPosting DiscussionForumPosting ' +
    'Report ScholarlyArticle TechArticle SatiricalArticle AdvertiserContentArticle'
  ).split(' '),
);
const ROLE_TYPES = new Set(['Role', 'OrganizationRole', 'EmployeeRole', 'PerformanceRole', 'LinkRole']);
const MAX_DEPTH = 50;
const MAX_NODES = 20000;

/** The nodes of a JSON-LD document: typed nodes in document order, and `@id` definitions. */
export interface Graph {
  typed: Obj[];
  ids: Map<string, Obj>;
  /** Nodes met inside an ItemList (its entries), which are not the document's own article. */
  listed: WeakSet<Obj>;
}

/** `schema:NewsArticle`, `https://schema.org/NewsArticle` → `NewsArticle`. */
export const typesOf = (n: unknown): string[] =>
  isObj(n) ? arr(n['@type']).flatMap((t) => (typeof t === 'string' ? [t.replace(/^.*[/:#]/, '')] : [])) : [];

const hasType = (n: unknown, set: Set<string>) => typesOf(n).some((t) => set.has(t));
export const isArticleNode = (n: unknown): n is Obj => hasType(n, ARTICLE_TYPES);

/** JSON-LD: an object with a schema.org `@context`, an `@type` or an `@graph`, or an array of them. */
export function isSchemaOrg(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(isSchemaOrg);
  if (!isObj(v)) return false;
  const c = v['@context'];
  return '@type' in v || Array.isArray(v['@graph']) || JSON.stringify(c ?? '').includes('schema.org');
}

export function graphOf(root: unknown): Graph {
  const g: Graph = { typed: [], ids: new Map(), listed: new WeakSet() };
  let budget = MAX_NODES;
  const walk = (v: unknown, depth: number, listed: boolean): void => {
    if (depth > MAX_DEPTH || budget-- <= 0 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1, listed));
    const o = v as Obj;
    if ('@type' in o) g.typed.push(o);
    if (listed) g.listed.add(o);
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length > 1 && !g.ids.has(id)) g.ids.set(id, o);
    const list = typesOf(o).some((t) => t.endsWith('ItemList'));
    for (const [k, x] of Object.entries(o))
      if (k !== '@context') walk(x, depth + 1, listed || (list && k === 'itemListElement'));
  };
  walk(root, 0, false);
  return g;
}

/** Follows an `{ "@id": … }` reference to its definition in the graph. */
export const deref = (g: Graph, v: unknown): unknown =>
  isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (g.ids.get(v['@id']) ?? v) : v;

export function readSchemaOrg(node: Obj, g: Graph, ctx: Ctx): Doc {
  return {
    article: () => schemaArticle(node, g, ctx),
    credits: () => credits(node, g),
    list: () => (node.related == null ? [] : relatedList(node.related, ctx, 'related')),
  };
}

const nodePath = (n: Obj) => (typeof n['@id'] === 'string' ? n['@id'] : (typesOf(n)[0] ?? ''));

export function schemaArticle(n: Obj, g: Graph, ctx: Ctx, path = nodePath(n)): Draft {
  const p = (k: string) => join(path, k);
  const text = str(n.articleBody);
  const page = deref(g, first(n.mainEntityOfPage));
  // The language is often given only on the WebPage (mainEntityOfPage or isPartOf).
  const langOf = (v: unknown) => (isObj(v) ? v.inLanguage : undefined);
  const lang = deref(g, first(n.inLanguage ?? langOf(page) ?? langOf(deref(g, first(n.isPartOf)))));
  return {
    title: plain(n.headline) ?? plain(n.name),
    subtitle: plain(n.alternativeHeadline),
    channel: plain(n.articleSection),
    summary: plain(n.description) ?? plain(n.abstract),
    id: str(n['@id']),
    url: str(n.url) ?? str(isObj(page) ? (page.url ?? page['@id']) : page),
    lang: str(isObj(lang) ? (lang.alternateName ?? lang.name) : lang),
    published: ctx.time(str(n.datePublished) ?? str(n.dateCreated), p('datePublished')),
    updated: ctx.time(str(n.dateModified), p('dateModified')),
    views: interactionViews(n, g, ctx, p('interactionStatistic')),
    image: schemaMedia(n.image, g) ?? schemaMedia(n.thumbnailUrl, g),
    audio: schemaMedia(n.audio, g),
    // Plain text, but often written out with character references (`&amp;`, `&#8220;`) as HTML would be.
    body: text === undefined ? [] : looksLikeHtml(text) ? text : paragraphs(text).map(decoded),
    credits: credits(n, g),
    tags: tagsOf(...arr(n.keywords).map((k) => deref(g, k))),
    related: n.related == null ? undefined : relatedList(n.related, ctx, p('related')),
  };
}

function interactionViews(n: Obj, g: Graph, ctx: Ctx, path: string): number | undefined {
  let best: [number, unknown] | undefined;
  for (const s of arr(n.interactionStatistic).map((x) => deref(g, x))) {
    if (!isObj(s)) continue;
    const t = deref(g, s.interactionType);
    const name = (isObj(t) ? typesOf(t)[0] : str(t)?.replace(/^.*[/:#]/, '')) ?? '';
    const rank = ['ReadAction', 'WatchAction', 'ViewAction'].indexOf(name);
    if (rank >= 0 && (!best || rank < best[0])) best = [rank, s.userInteractionCount];
  }
  return best && views(best[1], ctx, path);
}

/** A Media from a URL, an ImageObject/AudioObject/VideoObject or an array of them (the first usable). */
export function schemaMedia(v: unknown, g: Graph): Media | undefined {
  for (const x of arr(v)) {
    const o = deref(g, x);
    const src = str(isObj(o) ? (o.url ?? o.contentUrl) : o);
    if (!src) continue;
    if (!isObj(o)) return { src };
    const credit =
      str(o.creditText) ?? [o.creator, o.author, o.copyrightHolder].flatMap((c) => names(c, g))[0];
    return clean({
      src,
      width: count(o.width),
      height: count(o.height),
      mimeType: str(o.encodingFormat),
      caption: plain(o.caption) ?? plain(o.description),
      credit,
    });
  }
  return undefined;
}

function names(v: unknown, g: Graph): string[] {
  return arr(v).flatMap((x) => {
    const o = deref(g, x);
    if (!isObj(o)) return namesOf(o);
    const full = [o.givenName, o.familyName].filter((s) => typeof s === 'string').join(' ');
    return namesOf(o.name ?? o.alternateName ?? (full || undefined));
  });
}

/** schema.org properties that carry credits, and the role each one means. */
const CREDIT_PROPS: [string, string][] = [
  ['sourceOrganization', 'source'],
  ['creditText', 'source'],
  ['author', 'author'],
  ['editor', 'editor'],
  ['accountablePerson', 'responsibleEditor'],
  ['reviewedBy', 'reviewer'],
  ['contributor', 'contributor'],
];

function credits(n: Obj, g: Graph): Credit[] {
  const list: Credit[] = [];
  for (const [prop, role] of CREDIT_PROPS) {
    for (const x of arr(n[prop])) {
      const o = deref(g, x);
      if (hasType(o, ROLE_TYPES)) {
        // Role: the inner property has the same name as the outer one.
        const roleName = str((o as Obj).roleName);
        const mapped = roleName ? mapRole(roleName) : { role, label: undefined };
        addCredit(list, mapped.role, names((o as Obj)[prop], g), mapped.label);
      } else addCredit(list, role, names(o, g));
    }
  }
  return sortCredits(list);
}

/** A paragraph block whose text carries character references, decoded (`&amp;` → `&`). */
const decoded = (b: Block): Block =>
  b.type === 'paragraph' && /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(b.text)
    ? { ...b, text: htmlToText(b.text) }
    : b;
