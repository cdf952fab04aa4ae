/** Test helpers shared by the suites. */
import type { LoadError } from '../../src/shared/loader.js';

/** The error a load fails with; the test fails when the load succeeds. */
export async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

let n = 0;
/** A key no other request in this run has used, so the page cache and the server counters start fresh. */
export function uniqueKey(prefix = 'k'): string {
  return `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}`;
}

/** A fault-route URL (see test/server/fault-routes.mjs). */
export function faultUrl(params: Record<string, string | number>): string {
  const key = String(params.key ?? uniqueKey());
  const q = new URLSearchParams({
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
    key,
  });
  return `/__fault/doc?${q}`;
}

/** How many requests the test server has seen for `key`. */
export async function requestCount(key: string): Promise<number> {
  const r = await fetch(`/__fault/count?key=${encodeURIComponent(key)}`);
  return ((await r.json()) as { count: number }).count;
}

/**
 * Resolves with the next `type` event on `target`. Guarded against waiting forever: rejects, naming the
 * event, when none comes within `ms` (less than the suite's 8 s timeout, so a failure says what it awaited).
 */
export function nextEvent<E extends Event>(target: EventTarget, type: string, ms = 4000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      const name =
        target instanceof Element
          ? `<${target.localName}>`
          : target instanceof Document
            ? 'the document'
            : target.constructor.name;
      reject(new Error(`no ${type} event on ${name} within ${ms} ms`));
    }, ms);
    const listener = (e: Event) => {
      clearTimeout(timer);
      resolve(e as E);
    };
    target.addEventListener(type, listener, { once: true });
  });
}

/**
 * A URL of the test server that answers with text, not an image, for an image that must never load, and a
 * bounded, event-driven wait for it: `failed()` loads the same URL as a control image of this document and,
 * once the control's `error` event has fired, resolves with the number of requests the server saw for it.
 * An image given that URL earlier in a live document has been requested by then (the count is over 1, or
 * it shares the control's request), and its own `error` event, queued first, has run its handler.
 */
export function brokenImage(): { url: string; failed(): Promise<number> } {
  const key = uniqueKey('img');
  const url = faultUrl({ type: 'text/plain', body: 'not an image', key });
  return {
    url,
    async failed() {
      const control = new Image();
      const settled = nextEvent(control, 'error');
      control.src = url;
      await settled;
      // Handlers of events queued before the control's have run; one more task for any queued with it.
      await new Promise((r) => setTimeout(r));
      return requestCount(key);
    },
  };
}
