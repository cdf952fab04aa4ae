/**
 * The data path of the three elements, as one reactive controller: it finds the input (the typed
 * property, the `data` attribute, an inline JSON or JSON-LD child, `src`, then `for`), loads it, reads it
 * (the eager native reader, else the full normalizer, loaded on first need), rebases the relative URLs of
 * a loaded document, waits for the host's preparation (sanitizing HTML bodies) and says what to show:
 * `loading`, `ready`, `empty` or `error`. Asynchronous work runs as a `@lit/task` run, which aborts the
 * run it replaces and drops stale results. Data that can be read at once is shown in the same update,
 * without a task: no loading flash on the client, and a complete render on a server.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Task } from '@lit/task';
import type { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import type { Expect, NormalizeResult, Problem } from '../data/core.js';
import { normalizeNative } from '../data/native-normalize.js';
import { NewsErrorEvent, NewsLoadEvent, type DataSource, type NewsErrorDetail } from '../shared/events.js';
import { LoadError } from '../shared/load-error.js';
import { earlyRequest, type EarlyRequest } from '../shared/request.js';
import { lazyModule } from '../shared/lazy-module.js';

/** What an element shows: loading (and the fallback), ready data, nothing, or an error. */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

/** The element a source serves: the attributes that say where the data is. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  /** The state the host shows (a list filtered to nothing is empty though its data is ready). */
  readonly state: ElementState;
  src?: string;
  data?: string;
  for?: string;
  loading: 'eager' | 'lazy';
  timeout: number;
}

export interface SourceOptions<T> {
  /** The shape of data the host reads. */
  expect(): Expect;
  /** The typed property (`article`, `credits`, `items`), when set. */
  input(): unknown;
  /** The IANA time zone zone-less times are read in. */
  timeZone(): string;
  /**
   * Work that must finish before ready data shows (sanitizing an HTML body), given the document's URL
   * when it came from `src`; it may report problems (a block dropped).
   */
  prepare?(value: T, base: string | undefined): void | Promise<Problem[] | void>;
}

/** The full normalizer, loaded when a document the eager reader declines first appears. */
const normalizer = lazyModule(() => import('../data/normalize.js'));

/** `@lit/task` and the observer controller, loaded with the first asynchronous work. */
const kit = lazyModule(() => import('./async-kit.js'));

/** The loader, loaded when an element first has a `src` to load. */
const loader = lazyModule(() => import('../shared/loader.js'));

/**
 * Requests started while the loader chunk is on its way, by URL: every element of the page with that
 * `src` shares one, and the loader takes it over.
 */
const early = new Map<string, EarlyRequest>();

/** The inline data children an element reads: native JSON, else JSON-LD. */
const JSON_SCRIPT = ':scope > script[type="application/json"]';
const LD_SCRIPT = ':scope > script[type="application/ld+json"]';

const LAZY_MARGIN = '500px';

interface Input {
  source: DataSource;
  value: unknown;
  /** The URL a document from `src` was read from (after redirects): its relative URLs are relative to it. */
  base?: string;
}

/** What a read settles to. */
interface Shown<T> {
  state: 'ready' | 'empty';
  value: T | null;
  problems: Problem[];
  source: DataSource;
  base?: string;
  next?: string;
}

type Settled<T> = Shown<T> | LoadError;
type Job<T> = (signal: AbortSignal) => Promise<Settled<T>>;

function isEmptyDocument(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** A failure as our LoadError: the loader is a chunk of its own, with its own class, so it is read by its fields. */
function toLoadError(error: unknown, url?: string): LoadError {
  const e = error as Partial<LoadError> | undefined;
  return e?.kind && e.message
    ? new LoadError(e.kind, e.message, e.url ?? url, e.status)
    : new LoadError('network', String(error), url);
}

export class NewsSource<T> implements ReactiveController {
  /** What the host shows now. */
  state: ElementState = 'loading';
  /** The data shown now, or null. */
  value: T | null = null;
  /** Problems met while reading the data (fields dropped or repaired), or the reasons it failed. */
  problems: Problem[] = [];
  /** The failure shown in the error state. */
  error?: NewsErrorDetail;
  /** Where the data shown came from. */
  source: DataSource = 'property';
  /** The URL (after redirects) of the document shown, when it came from `src`. */
  base?: string;
  /** The absolute URL of the next page the list document shown names. */
  next?: string;
  /** No data was given at all (as opposed to an empty document). */
  noInput = false;

  readonly #host: SourceHost;
  readonly #options: SourceOptions<T>;
  #task?: Task<[Job<T>, number], Settled<T>>;
  /** The kit on its way for the current run (see `#start`). */
  #starting?: Promise<unknown>;
  /** Other work `pending` includes (see `waitFor`). */
  #waiting?: Promise<unknown>;
  #settled = deferred();
  #settledDone = false;
  /** A settling began (see `update`) whose `news-load` has not been fired. */
  #announce = false;
  /** The host is in a document: there is a DOM to read children and ancestors from. */
  #connected = false;
  #stale = true;
  #reload = false;
  #visible = false;
  #seq = 0;
  /** The current run reads data given inline (see `pending`). */
  #reading = false;
  #viewport?: IntersectionController;
  /** Waiting for the page to finish parsing before the input can be read. */
  #parseWait = false;
  #parseListening = false;

  constructor(host: SourceHost, options: SourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * While data given inline is being read (the normalizer loading, an HTML body being sanitized): settles
   * when it has. `updateComplete` waits for it, so that setting data in any format and awaiting
   * `updateComplete` shows it; a request to a server is not waited for (`loaded` is).
   */
  get pending(): Promise<unknown> | undefined {
    return this.#waiting ?? this.#inlineReading();
  }

  /** While data given inline is being read: settles when it has. */
  #inlineReading(): Promise<unknown> | undefined {
    if (!this.#reading) return undefined;
    if (this.#starting) return this.#starting;
    return this.#task?.status === 1 ? this.#task.taskComplete.catch(() => undefined) : undefined;
  }

  /** Makes `pending` also wait for `work` (a module the host loads, a page of items). */
  waitFor(work: Promise<unknown>): void {
    const all = Promise.all([this.#waiting, work.catch(() => undefined)]);
    this.#waiting = all;
    void all.then(() => {
      if (this.#waiting === all) this.#waiting = undefined;
    });
  }

  /** Resolves once the data has settled (ready, empty or error) and the host has rendered it. */
  get loaded(): Promise<void> {
    return this.#settled.promise;
  }

  /** After the host rendered: a settled state is announced (`news-load`) and `loaded` resolves. */
  hostUpdated(): void {
    const state = this.#host.state;
    if (state === 'loading' || !this.#announce || this.#inlineReading()) return;
    this.#announce = false;
    if (state !== 'error')
      this.#host.dispatchEvent(new NewsLoadEvent({ data: this.value, source: this.source }));
    this.#settled.resolve();
    this.#settledDone = true;
  }

  hostConnected(): void {
    this.#connected = true;
    // Reconnected after an aborted load, or inline script content that arrived after upgrade.
    if (this.state === 'loading' || this.#stale) this.invalidate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (this.#task?.status === 1 || this.#starting) {
      this.#stale = true;
      this.#seq++;
      this.#task?.abort();
    }
  }

  /** Reads the input again in the next update; with `reload`, a `src` is requested anew. */
  invalidate(reload = false): void {
    this.#unsettle();
    this.#stale = true;
    this.#reload ||= reload;
    this.#host.requestUpdate();
  }

  /**
   * Called by the host before it renders: reads the input again when it changed or was invalidated.
   * Returns whether it did (a new settling begins).
   */
  update(inputChanged: boolean): boolean {
    if (!this.#stale && !inputChanged) return false;
    this.#stale = false;
    this.#unsettle();
    this.#resolve();
    return true;
  }

  /** A new settling begins: `loaded` waits for it, and `news-load` follows it. */
  #unsettle(): void {
    this.#announce = true;
    if (this.#settledDone) {
      this.#settled = deferred();
      this.#settledDone = false;
    }
  }

  #resolve(): void {
    const seq = ++this.#seq;
    this.#task?.abort();
    this.noInput = false;
    const host = this.#host;
    try {
      const inline = this.#inline();
      // Upgraded while the page is still being parsed (a classic script in <head>): the children, an
      // inline JSON script among them, may not be there yet, or not whole. Read again once they are.
      const parsing =
        this.#connected && document.readyState === 'loading' && (!inline || inline instanceof LoadError);
      if (parsing) this.#afterParsing();
      if (inline instanceof LoadError) return parsing ? this.#waitParsing() : this.#commit(inline);
      if (inline) return this.#accept(inline, seq);
      // No request and no page to look into without a DOM (a server render): the loading state.
      if ((host.src || host.for) && !this.#connected) return this.#set('loading');
      if (host.src) return this.#fetch(host.src, seq);
      if (host.for) return this.#run(seq, (signal) => this.#follow(host.for!, seq, signal));
      if (parsing) return this.#waitParsing();
      this.noInput = true;
      this.#accept({ source: 'property', value: undefined }, seq);
    } catch (error) {
      this.#commit(new LoadError('invalid', (error as Error)?.message ?? String(error)));
    }
  }

  #inline(): Input | LoadError | undefined {
    const value = this.#options.input();
    if (value !== undefined && value !== null) return { source: 'property', value };
    const data = this.#host.data;
    if (typeof data === 'string' && data.trim() !== '') {
      try {
        return { source: 'data', value: JSON.parse(data) };
      } catch (error) {
        return new LoadError('parse', `The data attribute is not valid JSON: ${(error as Error).message}`);
      }
    }
    if (!this.#connected) return undefined;
    // A native JSON script, else the JSON-LD scripts: several (a page's breadcrumbs, then its article) are
    // read as one @graph, the way a page's own JSON-LD blocks describe one page.
    const json = this.#host.querySelector<HTMLScriptElement>(JSON_SCRIPT);
    const scripts = json ? [json] : [...this.#host.querySelectorAll<HTMLScriptElement>(LD_SCRIPT)];
    if (!scripts.length) return undefined;
    try {
      const values: unknown[] = scripts.map((script) => JSON.parse(script.textContent ?? ''));
      return {
        source: 'script',
        value:
          values.length === 1
            ? values[0]
            : {
                '@graph': values.flatMap((v) =>
                  Array.isArray(v) ? v : ((v as { '@graph'?: unknown[] } | null)?.['@graph'] ?? [v]),
                ),
              },
      };
    } catch (error) {
      return new LoadError('parse', `The inline JSON script is not valid JSON: ${(error as Error).message}`);
    }
  }

  #waitParsing(): void {
    this.#parseWait = true;
    this.#set('loading');
  }

  /** Once the page is parsed: reads the input again if it was waited for or an inline script came since. */
  #afterParsing(): void {
    if (this.#parseListening) return;
    this.#parseListening = true;
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        this.#parseListening = false;
        const script = this.#host.querySelector(`${JSON_SCRIPT}, ${LD_SCRIPT}`);
        if (this.#parseWait || (script && this.source !== 'script')) this.invalidate();
        this.#parseWait = false;
      },
      { once: true },
    );
  }

  /** Reads data given inline: at once when the eager reader (or the loaded normalizer) can. */
  #accept(input: Input, seq: number): void {
    const read = this.#read(input);
    if (!(read instanceof Promise)) return this.#commit(read);
    // Data shown meanwhile stays until the new data replaces it.
    if (this.state !== 'ready' && this.state !== 'empty') this.#set('loading');
    this.#reading = true;
    this.#start(seq, () => read);
  }

  /** Runs asynchronous work as the task, showing the loading state meanwhile. */
  #run(seq: number, job: Job<T>): void {
    this.#set('loading');
    this.#reading = false;
    this.#start(seq, job);
  }

  /** Runs `job` as the task, once the kit has arrived (at once after the first time). */
  #start(seq: number, job: Job<T>): void {
    if (this.#task) return void this.#task.run([job, seq]);
    const starting = (this.#starting = kit.load().then(
      ({ Task, initialState }) => {
        this.#task ??= new Task<[Job<T>, number], Settled<T>>(this.#host, {
          autoRun: false,
          task: async ([job, seq], { signal }) => {
            try {
              const settled = await job(signal);
              return seq === this.#seq && !signal.aborted ? settled : initialState;
            } catch (error) {
              return seq === this.#seq && !signal.aborted ? toLoadError(error) : initialState;
            }
          },
          onComplete: (settled) => this.#commit(settled),
        });
        if (seq === this.#seq) void this.#task.run([job, seq]);
      },
      // Without the kit (offline, say) the work cannot run: the error state says so, with its retry.
      (error: unknown) => {
        for (const request of early.values()) request.controller.abort();
        early.clear();
        if (seq === this.#seq) this.#commit(toLoadError(error));
      },
    ));
    void starting.then(() => {
      if (this.#starting === starting) this.#starting = undefined;
    });
  }

  /** Normalizes, rebases and prepares an input: settled at once when it can be, else a promise. */
  #read(input: Input): Settled<T> | Promise<Settled<T>> {
    if (isEmptyDocument(input.value)) {
      return { state: 'empty', value: null, problems: [], source: input.source };
    }
    const options = { expect: this.#options.expect(), timeZone: this.#options.timeZone() };
    const known = normalizeNative(input.value, options) ?? normalizer.loaded?.normalize(input.value, options);
    if (known) return this.#finish(known as NormalizeResult<T>, input);
    return normalizer
      .load()
      .then(({ normalize }) => this.#finish(normalize(input.value, options) as NormalizeResult<T>, input));
  }

  #finish(result: NormalizeResult<T>, input: Input): Settled<T> | Promise<Settled<T>> {
    const url = input.source === 'src' ? this.#host.src : undefined;
    if (result.value === null) {
      const error = new LoadError(
        result.errorKind ?? 'format',
        result.problems[0]?.message ?? 'The data could not be read',
        url,
      );
      return Object.assign(error, { problems: result.problems });
    }
    let next: string | undefined;
    const named = (result as { next?: string }).next;
    if (named) {
      try {
        next = new URL(named, input.base ?? document.baseURI).href;
      } catch {
        // An unparsable next URL: no further pages.
      }
    }
    // A document from `src` came through the loader, which resolves its relative URLs.
    const value = input.base ? loader.loaded!.rebase(result.value, input.base) : result.value;
    const shown: Shown<T> = {
      state: Array.isArray(value) && value.length === 0 ? 'empty' : 'ready',
      value,
      problems: result.problems,
      source: input.source,
      base: input.base,
      next,
    };
    if (shown.state === 'empty') return shown;
    let prepared: void | Promise<Problem[] | void>;
    try {
      prepared = this.#options.prepare?.(value, input.base);
    } catch (error) {
      return new LoadError('invalid', String(error), url);
    }
    if (!prepared) return shown;
    return prepared.then(
      (problems) => (problems?.length ? { ...shown, problems: [...shown.problems, ...problems] } : shown),
      (error: unknown) => new LoadError('invalid', String(error), url),
    );
  }

  #fetch(src: string, seq: number): void {
    if (this.#host.loading === 'lazy' && !this.#visible) return this.#waitForViewport();
    // Only a web address is requested: `file:`, `javascript:` and the like fail at once, unasked.
    if (/^\s*[a-z][a-z\d+.-]*:/i.test(src) && !/^\s*(https?|blob|data):/i.test(src)) {
      return this.#commit(new LoadError('network', `src is not an http(s) URL: ${src.slice(0, 200)}`, src));
    }
    const reload = this.#reload;
    this.#reload = false;
    const xml = this.#options.expect() === 'list';
    let first: EarlyRequest | undefined;
    if (!loader.loaded) {
      try {
        const href = new URL(src, document.baseURI).href;
        first = early.get(href);
        if (!first || reload) early.set(href, (first = earlyRequest(href, reload)));
      } catch {
        // A URL that does not parse: the loader reports it.
      }
    }
    this.#run(seq, async (signal) => {
      let load: typeof import('../shared/loader.js');
      try {
        load = await loader.load();
      } catch (error) {
        // No loader to take the early requests over (offline, say): none is kept or left running.
        for (const request of early.values()) request.controller.abort();
        early.clear();
        throw toLoadError(error, src);
      }
      early.clear();
      try {
        const doc = await load.loadDocument(src, {
          signal,
          timeout: this.#host.timeout,
          xml,
          reload,
          early: first,
        });
        const base = load.documentUrl(doc) ?? new URL(src, document.baseURI).href;
        return await this.#read({ source: 'src', value: doc, base });
      } catch (error) {
        throw toLoadError(error, src);
      }
    });
  }

  /** `loading="lazy"`: waits until the host comes within 500 px of the viewport. */
  #waitForViewport(): void {
    this.#set('loading');
    if (this.#viewport) return this.#viewport.observe(this.#host);
    const visible = () => {
      this.#visible = true;
      this.invalidate();
    };
    if (typeof IntersectionObserver === 'undefined') return visible();
    // Without the kit the element loads at once rather than never.
    kit.load().then(({ IntersectionController }) => {
      this.#viewport ??= new IntersectionController(this.#host, {
        config: { rootMargin: LAZY_MARGIN },
        callback: (entries) => {
          if (this.#visible || !entries.some((e) => e.isIntersecting)) return;
          this.#viewport?.unobserve(this.#host);
          visible();
        },
      });
    }, visible);
  }

  /** `for`: the data of a `<news-article>` of the page, followed when it loads new data. */
  async #follow(id: string, seq: number, signal: AbortSignal): Promise<Settled<T>> {
    await customElements.whenDefined('news-article').catch(() => undefined);
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    type Target = HTMLElement & {
      loaded: Promise<void>;
      value: unknown;
      error?: NewsErrorDetail;
      state: string;
    };
    const target = (root.getElementById?.(id) ?? document.getElementById(id)) as Target | null;
    if (signal.aborted) throw signal.reason;
    if (!target || !('loaded' in target)) {
      // The article may come later in a page still being parsed.
      if (document.readyState === 'loading' && seq === this.#seq) {
        this.#afterParsing();
        this.#parseWait = true;
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      return new LoadError('invalid', `for="${id}" names no <news-article> on this page`);
    }
    await target.loaded;
    if (signal.aborted) throw signal.reason;
    // Follow the article when it loads new data later (also after a failure, retried).
    target.addEventListener(
      'news-load',
      (e) => {
        if (e.target === target && this.#host.for === id) this.invalidate();
      },
      { once: true },
    );
    if (target.state === 'error') {
      const e = target.error;
      return new LoadError(e?.kind ?? 'invalid', e?.message ?? 'failed', e?.url, e?.status);
    }
    return this.#read({ source: 'for', value: target.value });
  }

  /**
   * The next page of a list at `url`: its items (rebased) and the page after. A failure is reported with
   * `news-error` on the host and returned; an abort returns undefined. The paging code loads on first use.
   */
  async page(url: string, signal: AbortSignal): Promise<{ items: T; next?: string } | LoadError | undefined> {
    try {
      const [{ loadPage }, load, { normalizeListPage }] = await Promise.all([
        import('./paging.js'),
        loader.load(),
        normalizer.load(),
      ]);
      return (await loadPage(
        url,
        signal,
        this.#host.timeout,
        this.#options.timeZone(),
        load,
        normalizeListPage,
      )) as {
        items: T;
        next?: string;
      };
    } catch (error) {
      if (signal.aborted) return undefined;
      const e = toLoadError(error, url);
      this.#host.dispatchEvent(
        new NewsErrorEvent({
          kind: e.kind,
          message: e.message,
          url,
          ...(e.status ? { status: e.status } : {}),
        }),
      );
      return e;
    }
  }

  #commit(settled: Settled<T>): void {
    if (settled instanceof LoadError) {
      const problems = (settled as LoadError & { problems?: Problem[] }).problems;
      this.value = null;
      this.error = {
        kind: settled.kind,
        message: settled.message,
        ...(settled.url ? { url: settled.url } : {}),
        ...(settled.status ? { status: settled.status } : {}),
        ...(problems?.length ? { problems } : {}),
      };
      this.problems = problems ?? [];
      this.#set('error');
      this.#host.dispatchEvent(new NewsErrorEvent(this.error));
      return;
    }
    this.value = settled.value;
    this.problems = settled.problems;
    this.source = settled.source;
    this.base = settled.base;
    this.next = settled.next;
    this.#set(settled.state);
  }

  #set(state: ElementState): void {
    if (state !== 'error') this.error = undefined;
    this.state = state;
    this.#host.requestUpdate();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
