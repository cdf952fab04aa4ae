import type { NewsErrorKind } from './events.js';

/** Bodies larger than this are refused. */
export const MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT = 10000;

/** A failed load, with the `news-error` kind it maps to. */
export class LoadError extends Error {
  constructor(
    readonly kind: NewsErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  /** Aborts this caller's wait; the shared request goes on while other callers still wait for it. */
  signal?: AbortSignal;
  /** Milliseconds the whole load (with its retry) may take. */
  timeout?: number;
  /** Accept RSS/Atom XML as well as JSON (lists); XML comes back as a string. */
  xml?: boolean;
  /** Bypass the page cache and make a new request. */
  reload?: boolean;
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
 * Loads a JSON document (or, with `xml`, an RSS/Atom document) from `url`. One request per URL per page:
 * callers of the same URL share the request in flight and its result. Rejects with a LoadError, or with
 * the abort reason when `signal` aborts.
 */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<unknown> {
  const href = absolute(url);
  const key = `${options.xml ? 'x' : 'j'} ${href}`;
  let entry = cache.get(key);
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
  if (signal.aborted) return Promise.reject(signal.reason);
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
  const timer = setTimeout(() => controller.abort(timedOut), options.timeout ?? DEFAULT_TIMEOUT);
  try {
    try {
      return await attempt(url, options, controller.signal);
    } catch (error) {
      const retry =
        error instanceof LoadError &&
        (error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500));
      if (!retry || controller.signal.aborted) throw error;
      return await attempt(url, options, controller.signal);
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
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: {
        Accept: options.xml
          ? 'application/json, application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9'
          : 'application/json, application/ld+json;q=0.9',
      },
    });
  } catch (error) {
    throw failure(signal, url, (error as Error)?.message ?? '');
  }
  if (!response.ok) {
    throw new LoadError(
      'http',
      `${url} answered ${response.status} ${response.statusText}`.trim(),
      url,
      response.status,
    );
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const json = /^(application|text)\/([\w.+-]+\+)?json$/.test(type);
  const xml = /^(application|text)\/([\w.+-]+\+)?xml$/.test(type);
  if (type && !json && !(xml && options.xml)) {
    throw new LoadError(
      'format',
      `${url} sent ${type}, not ${options.xml ? 'JSON, RSS or Atom' : 'JSON'}`,
      url,
    );
  }
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_BYTES) throw tooLarge(url);
  const text = await readText(response, url, signal);
  if (xml || (!type && options.xml && text.trimStart().startsWith('<'))) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('parse', `${url} is not valid JSON: ${(error as Error).message}`, url);
  }
}

function tooLarge(url: string): LoadError {
  return new LoadError('format', `${url} is larger than ${MAX_BYTES / 1048576} MB`, url);
}

async function readText(response: Response, url: string, signal: AbortSignal): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel();
        throw tooLarge(url);
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw failure(signal, url, (error as Error)?.message ?? '');
  }
  return text + decoder.decode();
}
