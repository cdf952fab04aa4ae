/**
 * Loading a document from a URL: one shared request per URL, timeout and one retry, size limit, charset
 * sniffing. The elements import it with a dynamic `import()` only when they have a `src` to load.
 */
import { DEFAULT_TIMEOUT, LoadError } from './load-error.js';
import { requestInit, type EarlyRequest } from './request.js';

export { DEFAULT_TIMEOUT, LoadError };
export { rebase } from './rebase.js';

/** The URL each document came from, after redirects: what its relative URLs are relative to. */
const urls = new WeakMap<object, string>();
/** The same for XML texts (strings cannot key a WeakMap): the last few. */
const xmlUrls = new Map<string, string>();

/** The URL (after redirects) a document returned by `loadDocument` was read from. */
export function documentUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return xmlUrls.get(value);
  return typeof value === 'object' && value !== null ? urls.get(value) : undefined;
}

/** Bodies larger than this are refused. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface LoadOptions {
  /** Aborts this caller's wait; the shared request goes on while other callers still wait for it. */
  signal?: AbortSignal;
  /** Milliseconds the whole load (with its retry) may take. */
  timeout?: number;
  /** Accept RSS/Atom XML as well as JSON (lists); XML comes back as a string. */
  xml?: boolean;
  /** Bypass the page cache and make a new request. */
  reload?: boolean;
  /**
   * The request for this URL already started (`earlyRequest`), taken as the first attempt of a new load;
   * when the URL's load is already shared, it is not needed and is aborted.
   */
  early?: EarlyRequest;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();
const timedOut = Symbol('timeout');

/** Forgets every cached response (for tests and for hosts that swap data sets). */
export function clearCache(): void {
  cache.clear();
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * Loads a JSON document (or, with `xml`, an RSS/Atom document) from `url`. One request per URL per page,
 * whatever reads it: callers of the same URL share the request in flight and its result. Rejects with a
 * LoadError, or with the abort reason when `signal` aborts.
 */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<unknown> {
  const href = absolute(url);
  return read(href, options).then((value) => {
    // The one request also serves lists, which read RSS and Atom: a caller that reads JSON only refuses XML.
    if (typeof value === 'string' && !options.xml)
      throw new LoadError('format', `${href} sent XML, not JSON`, href);
    return value;
  });
}

function read(href: string, options: LoadOptions): Promise<unknown> {
  const key = href;
  let entry = cache.get(key);
  const early = options.early;
  // An early request that no load takes over is aborted: its caller gave up, or the URL's load is shared.
  if (early && !early.taken && (options.signal?.aborted || (entry && !options.reload))) {
    early.taken = true;
    early.controller.abort();
  }
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  if (!entry || options.reload) {
    const controller = new AbortController();
    const fresh: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    fresh.promise = request(href, options, controller).then(
      (value) => {
        fresh.settled = true;
        return value;
      },
      (error: unknown) => {
        fresh.settled = true;
        if (cache.get(key) === fresh) cache.delete(key);
        throw error;
      },
    );
    cache.set(key, (entry = fresh));
  }
  return wait(entry, key, options.signal);
}

function wait(entry: Entry, key: string, signal?: AbortSignal): Promise<unknown> {
  if (!signal) {
    // A caller that cannot abort keeps the shared request alive.
    entry.waiting = Infinity;
    return entry.promise;
  }
  entry.waiting++;
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', onAbort);
      entry.waiting--;
    };
    const onAbort = () => {
      done();
      reject(signal.reason);
      if (entry.waiting === 0 && !entry.settled) {
        entry.controller.abort();
        if (cache.get(key) === entry) cache.delete(key);
      }
    };
    signal.addEventListener('abort', onAbort);
    entry.promise.then(
      (value) => (done(), resolve(value)),
      (error: unknown) => (done(), reject(error)),
    );
  });
}

async function request(url: string, options: LoadOptions, controller: AbortController): Promise<unknown> {
  const ms = options.timeout! > 0 ? options.timeout! : DEFAULT_TIMEOUT;
  const end = Date.now() + ms;
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(timedOut), ms);
  try {
    try {
      return await attempt(url, options, signal);
    } catch (error) {
      // One retry, on a network error or a 5xx, after the server's Retry-After (in seconds) if that fits
      // in the time left; not after a 4xx (429 included), a timeout or an abort.
      const e = error instanceof LoadError ? error : undefined;
      const delay =
        e?.kind === 'network' ? 0 : e?.kind === 'http' && e.status! >= 500 ? e.retryAfter * 1000 : -1;
      if (!(delay >= 0) || signal.aborted || Date.now() + delay >= end) throw error;
      if (delay) await new Promise((r) => (setTimeout(r, delay), signal.addEventListener('abort', r)));
      return await attempt(url, options, signal);
    }
  } finally {
    clearTimeout(timer);
  }
}

function failure(signal: AbortSignal, url: string, what: string): unknown {
  if (signal.reason === timedOut) return new LoadError('timeout', `${url} did not answer in time`, url);
  if (signal.aborted) return signal.reason;
  return new LoadError('network', `${url} could not be reached${what ? `: ${what}` : ''}`, url);
}

async function attempt(url: string, options: LoadOptions, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    const early = options.early;
    if (early && !early.taken) {
      // The request the element started while this module loaded: the first attempt, under this load's signal.
      early.taken = true;
      const abort = () => early.controller.abort(signal.reason);
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort);
      response = await early.response;
    } else {
      response = await fetch(url, requestInit(options.reload, signal));
    }
  } catch (error) {
    throw failure(signal, url, (error as Error)?.message ?? '');
  }
  const { status } = response;
  // A body not read (an error answer, a refused type or size) is released at once.
  const unread = (error: LoadError) => (response.body?.cancel().catch(() => undefined), error);
  if (!response.ok) {
    const after = response.headers.get('retry-after') ?? '';
    throw unread(
      new LoadError(
        'http',
        `${url} answered ${status} ${response.statusText}`.trim() + (after && ` (Retry-After: ${after})`),
        url,
        status,
        +after,
      ),
    );
  }
  const header = response.headers.get('content-type') ?? '';
  const type = header.split(';')[0].trim().toLowerCase();
  const what = 'JSON, RSS or Atom';
  // Text of any kind is read and sniffed: servers label JSON text/plain, octet-stream or text/html.
  if (type && !/json|xml|^text\/|^application\/octet-stream$/.test(type)) {
    throw unread(new LoadError('format', `${url} sent ${type}, not ${what}`, url, status));
  }
  if (Number(response.headers.get('content-length')) > MAX_BYTES) throw unread(tooLarge(url));
  const text = decode(await readBytes(response, url, signal), header).trim();
  if (!text) throw new LoadError('parse', `${url} sent an empty body`, url, status);
  if (text[0] === '<') {
    const xml = /xml/.test(type) || /^<(\?xml|rss|feed|rdf)/i.test(text);
    if (xml) {
      if (xmlUrls.size >= 16) xmlUrls.delete(xmlUrls.keys().next().value!);
      xmlUrls.set(text, response.url || url);
      return text;
    }
    const kind = /^<(!doctype h|html)/i.test(text) ? 'HTML' : 'XML';
    throw new LoadError('format', `${url} sent ${kind}${type && ` (${type})`}, not ${what}`, url, status);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null) urls.set(value, response.url || url);
    return value;
  } catch (error) {
    throw new LoadError('parse', `${url} is not valid JSON: ${(error as Error).message}`, url, status);
  }
}

function tooLarge(url: string): LoadError {
  return new LoadError('format', `${url} is larger than ${MAX_BYTES / 1048576} MB`, url);
}

async function readBytes(response: Response, url: string, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  // A fetch() replaced by one that gives no stream (an old polyfill): the whole body at once, then the cap.
  if (!reader && typeof response.arrayBuffer === 'function') {
    let whole: Uint8Array;
    try {
      whole = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw failure(signal, url, (error as Error)?.message ?? '');
    }
    if (whole.byteLength > MAX_BYTES) throw tooLarge(url);
    return whole;
  }
  try {
    for (;;) {
      const { done, value } = (await reader?.read()) ?? { done: true };
      if (done) break;
      if ((size += value.byteLength) > MAX_BYTES) {
        reader!.cancel().catch(() => undefined);
        throw tooLarge(url);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw failure(signal, url, (error as Error)?.message ?? '');
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) bytes.set(chunk, (size += chunk.byteLength) - chunk.byteLength);
  return bytes;
}

/** Strict decoders by charset label, made once (a decoder is reusable between whole decodes). */
const decoders = new Map<string, TextDecoder>();

/**
 * Decodes with the charset of a byte order mark, else of the Content-Type, else of an XML declaration
 * (GB2312/GBK feeds of Chinese portals), else UTF-8; a charset the bytes do not fit yields to the next.
 */
function decode(bytes: Uint8Array, header: string): string {
  // Only markup can declare its encoding (`<?xml … encoding="gbk"?>`, after a BOM or white space).
  const head = bytes[0] === 0x7b || bytes[0] === 0x5b ? '' : String.fromCharCode(...bytes.subarray(0, 256));
  for (let label of [
    /^\xEF\xBB\xBF/.test(head) && 'utf-8',
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(header)?.[1],
    /^[^<]*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1],
    'utf-8',
  ]) {
    if (!label) continue;
    label = label.toLowerCase();
    try {
      let decoder = decoders.get(label);
      if (!decoder) decoders.set(label, (decoder = new TextDecoder(label, { fatal: true })));
      return decoder.decode(bytes);
    } catch {
      // An unknown label, or bytes not in that charset: the next.
    }
  }
  return new TextDecoder().decode(bytes);
}
