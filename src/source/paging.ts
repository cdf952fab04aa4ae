/**
 * A list's next page, for `NewsSource.page`: loaded with the loader, read as a list page, its relative
 * URLs resolved against the page's own URL (after redirects). Loaded on first use ("load more").
 */
import type { RelatedItem } from '../data/model.js';
import type { normalizeListPage as ListPageReader } from '../data/normalize.js';
import { LoadError } from '../shared/load-error.js';

type Loader = typeof import('../shared/loader.js');

export async function loadPage(
  url: string,
  signal: AbortSignal,
  timeout: number,
  timeZone: string,
  load: Loader,
  read: typeof ListPageReader,
): Promise<{ items: RelatedItem[]; next?: string }> {
  const doc = await load.loadDocument(url, { xml: true, timeout, signal });
  const page = read(doc, { timeZone });
  if (!page.value) throw new LoadError(page.errorKind ?? 'format', page.problems[0]?.message ?? url, url);
  const base = load.documentUrl(doc) ?? url;
  let next: string | undefined;
  try {
    next = page.next ? new URL(page.next, base).href : undefined;
  } catch {
    // An unparsable next URL: no further pages.
  }
  return { items: load.rebase(page.value, base), next };
}
