/**
 * How a document is requested, shared by the elements (which start the request of a `src` while the
 * loader chunk is still on its way, so that the two travel in parallel) and the loader (which reads it).
 */

/** A request started before the loader arrived; the loader takes it over as its first attempt. */
export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
  /** Taken over by a load (a second load of the same URL then shares that load). */
  taken?: boolean;
}

/**
 * The `fetch()` options of a document request: JSON first, also RSS/Atom (one request per URL serves every
 * element of the page, lists and articles alike), cookies same-origin.
 */
export function requestInit(reload: boolean | undefined, signal: AbortSignal): RequestInit {
  return {
    signal,
    credentials: 'same-origin',
    // refresh(): revalidate with the server rather than take the browser's HTTP cache.
    cache: reload ? 'no-cache' : 'default',
    headers: {
      // Under 128 bytes, so that it stays a CORS-safelisted header (no preflight for a cross-origin src).
      Accept:
        'application/json, application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9',
    },
  };
}

/** Starts the request for `href` now. */
export function earlyRequest(href: string, reload: boolean): EarlyRequest {
  const controller = new AbortController();
  const response = fetch(href, requestInit(reload, controller.signal));
  // Its failure is the loader's to report (or nobody's, once aborted).
  response.catch(() => undefined);
  return { response, controller };
}
