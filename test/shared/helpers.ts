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

/** Resolves with the next `type` event on `target` (with a guard against waiting forever). */
export function nextEvent<E extends Event>(target: EventTarget, type: string): Promise<E> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as E), { once: true }));
}
