/** schema.org ItemList of articles: `itemListElement` as ListItem {item | url | name} or articles directly. */
import type { RelatedItem } from '../model.js';
import { type Ctx, type Obj, arr, isObj, join } from '../context.js';
import { str } from '../text.js';
import { type Doc, draftToItem } from './native.js';
import { type Graph, deref, schemaArticle, typesOf } from './schema-org.js';

export const isItemList = (n: unknown): n is Obj =>
  typesOf(n).some((t) => t === 'ItemList' || t === 'BreadcrumbList');

export function readItemList(list: Obj, g: Graph, ctx: Ctx): Doc {
  return { list: () => itemListItems(list, g, ctx), next: str(list.nextItem ?? list.next) };
}

export function itemListItems(list: Obj, g: Graph, ctx: Ctx): RelatedItem[] {
  const elements = arr(list.itemListElement).map((x) => deref(g, x));
  const pos = (x: unknown) => (isObj(x) && typeof x.position === 'number' ? x.position : Infinity);
  const sorted = elements.every((x) => pos(x) !== Infinity)
    ? [...elements].sort((a, b) => pos(a) - pos(b))
    : elements;
  return sorted.flatMap((x, i) => nodeItem(x, g, ctx, join('itemListElement', i)) ?? []);
}

/** One list entry: a ListItem wrapping an article (or just url + name), an article node, or a URL. */
export function nodeItem(x: unknown, g: Graph, ctx: Ctx, path: string): RelatedItem | null {
  let n = deref(g, x);
  if (isObj(n) && typesOf(n).includes('ListItem')) {
    const inner = deref(g, n.item);
    if (isObj(inner)) n = { url: n.url, ...inner, name: inner.name ?? n.name };
    else n = { name: n.name, url: str(inner) ?? n.url };
  }
  if (!isObj(n)) {
    ctx.warn(path, 'item without title dropped');
    return null;
  }
  const item = draftToItem(schemaArticle(n, g, ctx, path), ctx, path);
  if (item && !item.url && typeof n['@id'] === 'string' && /^https?:/.test(n['@id'])) item.url = n['@id'];
  return item ?? null;
}
