/** Helpers of the network-fault suites. */
import { faultUrl } from '../shared/helpers.js';

export { failure, faultUrl, requestCount, uniqueKey } from '../shared/helpers.js';

/** The same fault route on another origin (127.0.0.1 instead of localhost, or the reverse). */
export function crossOriginUrl(params: Record<string, string | number>): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}${faultUrl(params)}`;
}

/** Base64 of bytes, for the route's `b64` body. */
export function base64(...parts: (string | number[])[]): string {
  const bytes = parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p));
  return btoa(String.fromCharCode(...bytes));
}

/** GBK bytes of 甘肃新闻联播 and of 兰州. */
export const GBK_TITLE = [0xb8, 0xca, 0xcb, 0xe0, 0xd0, 0xc2, 0xce, 0xc5, 0xc1, 0xaa, 0xb2, 0xa5];
export const GBK_LANZHOU = [0xc0, 0xbc, 0xd6, 0xdd];

/** An RSS 2.0 feed in GBK with one item titled 甘肃新闻联播 (and 兰州 in its description). */
export function gbkFeed(declaration: string): string {
  return base64(
    `${declaration}<rss version="2.0"><channel><title>T</title><item><title>`,
    GBK_TITLE,
    '</title><link>https://news.example.cn/1.html</link><description>',
    GBK_LANZHOU,
    '</description></item></channel></rss>',
  );
}

/** Collects the page's unhandled rejections and uncaught errors while a suite runs. */
export function watchUnhandled(): { list: string[]; stop(): void } {
  const list: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => list.push(`unhandled rejection: ${String(e.reason)}`);
  const onError = (e: ErrorEvent) => list.push(`uncaught: ${e.message}`);
  addEventListener('unhandledrejection', onRejection);
  addEventListener('error', onError);
  return {
    list,
    stop() {
      removeEventListener('unhandledrejection', onRejection);
      removeEventListener('error', onError);
    },
  };
}

/** Settles after every pending macrotask and a round trip to the server (no fixed sleep). */
export async function roundTrip(delay = 0): Promise<void> {
  await fetch(faultUrl({ delay }));
}

/** How many requests for `key` the client aborted (their connection closed before the answer ended). */
export async function abortedCount(key: string): Promise<number> {
  const r = await fetch(`/__fault/count?key=${encodeURIComponent(key)}`);
  return ((await r.json()) as { aborted: number }).aborted;
}
