/**
 * Network paging for `<related-news-list page-size>`: fetching and reading the next page. Loaded with a
 * dynamic `import()` only when a reader asks for more.
 */
import type { RelatedItem } from '../data/model.js';
import { normalizeListPage } from '../data/normalize.js';
import { NewsErrorEvent } from '../shared/events.js';
import { msg, type Locale } from '../shared/i18n.js';
import { errorReason } from '../shared/error-messages.js';
import { LoadError, documentUrl, loadDocument, rebase } from '../shared/loader.js';
import type { RelatedNewsListElement } from './related-news-list.js';
import { resolveUrl } from './list-helpers.js';

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
    const doc = await loadDocument(url, { xml: true, timeout: el.timeout, signal });
    const page = normalizeListPage(doc, { timeZone });
    if (!page.value) throw new LoadError(page.errorKind ?? 'format', page.problems[0]?.message ?? url, url);
    // The page's relative URLs are relative to it (after redirects).
    const base = documentUrl(doc) ?? url;
    return { items: rebase(page.value, base), next: resolveUrl(page.next, base) };
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
    return msg(locale, 'errorPrefix') + errorReason(locale, e.kind, e.status);
  }
}
