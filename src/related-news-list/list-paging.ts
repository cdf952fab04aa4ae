/**
 * Network paging for `<related-news-list page-size>`: finding the next page's URL of the source document
 * and fetching that page. Loaded with a dynamic `import()` only when a list is paged.
 */
import type { RelatedItem } from '../data/model.js';
import { normalizeListPage } from '../data/normalize.js';
import { NewsErrorEvent } from '../shared/events.js';
import { msg, type Locale } from '../shared/i18n.js';
import { LoadError, loadDocument } from '../shared/loader.js';
import type { RelatedNewsListElement } from './related-news-list.js';
import { resolveUrl } from './list-helpers.js';

const SCRIPT = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';

/**
 * The next page's absolute URL named by the document the element's items came from (JSON Feed
 * `next_url`, native `next`, Atom `<link rel="next">`), following the element's input precedence.
 */
export async function findNext(el: RelatedNewsListElement, timeZone: string): Promise<string | undefined> {
  let raw: unknown = el.items;
  let base = document.baseURI;
  if (raw === undefined || raw === null) {
    const script = el.querySelector(SCRIPT);
    if (el.data?.trim()) raw = JSON.parse(el.data);
    else if (script) raw = JSON.parse(script.textContent ?? '');
    else if (el.src) {
      base = resolveUrl(el.src, base) ?? base;
      // The page cache answers: this is the response the element already rendered.
      raw = await loadDocument(el.src, { xml: true, timeout: el.timeout });
    }
  }
  if (raw === undefined || raw === null || Array.isArray(raw)) return undefined;
  return resolveUrl(normalizeListPage(raw, { timeZone }).next, base);
}

/**
 * Loads and reads the page at `url`. On failure it fires `news-error` on `el` and resolves with the text
 * to announce instead; an abort resolves with undefined.
 */
export async function nextPage(
  el: RelatedNewsListElement,
  url: string,
  timeZone: string,
  locale: Locale,
  signal: AbortSignal,
): Promise<{ items: RelatedItem[]; next?: string } | string | undefined> {
  try {
    const page = normalizeListPage(await loadDocument(url, { xml: true, timeout: el.timeout, signal }), {
      timeZone,
    });
    if (!page.value) throw new LoadError(page.errorKind ?? 'format', page.problems[0]?.message ?? url, url);
    return { items: page.value, next: resolveUrl(page.next, url) };
  } catch (error) {
    if (signal.aborted) return undefined;
    const e = error instanceof LoadError ? error : new LoadError('network', String(error), url);
    el.dispatchEvent(
      new NewsErrorEvent({
        kind: e.kind,
        message: e.message,
        url,
        ...(e.status ? { status: e.status } : {}),
      }),
    );
    return `${msg(locale, 'errorPrefix')}: ${msg(locale, e.kind, { status: e.status ?? '' })}`;
  }
}
