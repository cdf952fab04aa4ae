import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { Expect, NormalizeResult } from '../data/core.js';
import { normalizeNative } from '../data/native-normalize.js';
import { NewsErrorEvent, NewsLoadEvent, type DataSource, type NewsErrorDetail } from './events.js';
import { DEFAULT_TIMEOUT, LoadError } from './load-error.js';
import { earlyRequest, type EarlyRequest } from './request.js';
import { localeOf, msg, type Locale } from './i18n.js';
import { validTimeZone } from './format.js';
import { lazyModule } from './lazy-module.js';

/** What an element shows: loading (and the fallback), ready data, nothing, or an error. */
export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

const LAZY_MARGIN = '500px';

/** The full normalizer, loaded when a document the fast path declines first appears. */
const normalizer = lazyModule(() => import('../data/normalize.js'));

/** The loader, loaded when an element first has a `src` to load. */
const loader = lazyModule(() => import('./loader.js'));

/**
 * Requests started while the loader chunk is on its way (by kind and URL; elements of the same `src`
 * share one): the document and the chunk load in parallel, and the loader takes the request over.
 */
const early = new Map<string, EarlyRequest>();

/** The inline data children an element reads: native JSON, else JSON-LD. */
const JSON_SCRIPT = ':scope > script[type="application/json"]';
const LD_SCRIPT = ':scope > script[type="application/ld+json"]';

/** The reasons of the error state, loaded when an element first fails. */
const errorMessages = lazyModule(() => import('./error-messages.js'));

/** A source of data, in precedence order. */
interface Input {
  source: DataSource;
  value: unknown;
  /** The URL a document from `src` was read from (after redirects), which its relative URLs are relative to. */
  base?: string;
}

function isEmptyDocument(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * The machinery the three elements share: it finds the data (the typed property, then the `data`
 * attribute, then an inline `<script type="application/json">` or `application/ld+json` child, then
 * `src`, then `for`), loads and normalizes it, tracks the state, and renders the loading, empty and
 * error states. Subclasses render the ready state.
 */
export abstract class NewsElement<T> extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      data: {},
      for: {},
      timeZone: { attribute: 'time-zone' },
      loading: {},
      timeout: { type: Number },
      theme: { reflect: true },
      lang: { reflect: true },
      state: { reflect: true },
    };
  }

  /** URL of a document to load (JSON; RSS or Atom for lists). Used when no data is given inline. */
  src?: string;

  /** The data as a JSON string, in any supported format. */
  data?: string;

  /** Id of a `<news-article>` on the page whose data to reuse (no second request). */
  for?: string;

  /** IANA time zone to read zone-less times in and to display times in. */
  timeZone = 'Asia/Shanghai';

  /** `lazy` waits until the element is within 500 px of the viewport before loading `src`. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Milliseconds a request may take before it fails with kind `timeout`. */
  timeout = DEFAULT_TIMEOUT;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow `prefers-color-scheme`. */
  theme: 'auto' | 'light' | 'dark' = 'light';

  /** Language of the labels and dates (BCP 47); else the nearest ancestor's `lang`, else `<html lang>`. */
  override lang!: string;

  /** The current state, reflected: `loading`, `ready`, `empty` or `error`. */
  state: ElementState = 'loading';

  /** The normalized data shown now, or null. */
  get value(): T | null {
    return this.#value;
  }

  /** Problems met while reading the data (fields dropped or repaired), or the reasons it failed. */
  get problems(): NormalizeResult<T>['problems'] {
    return this.#problems;
  }

  /** The error shown in the error state. */
  get error(): NewsErrorDetail | undefined {
    return this.#error;
  }

  /**
   * The next page's absolute URL named by the list document shown now (JSON Feed `next_url`, native
   * `next`, Atom/RSS `<link rel="next">`), resolved against `src` when the document came from there.
   */
  protected get nextPageUrl(): string | undefined {
    return this.#next;
  }

  /**
   * The URL (after redirects) of the document shown now when it came from `src`: its relative URLs are
   * relative to it. Undefined for data given inline, whose relative URLs are the page's.
   */
  protected get documentBase(): string | undefined {
    return this.#base;
  }

  /** Resolves once the data has settled (ready, empty or error) and been rendered. */
  get loaded(): Promise<void> {
    return this.#settled.promise;
  }

  /** The shape of data this element reads. */
  protected abstract readonly expect: Expect;

  /** The typed property (`article`, `credits`, `items`), when set. */
  protected abstract get input(): unknown;

  /** Renders the ready state. */
  protected abstract renderReady(value: T): TemplateResult | typeof nothing;

  /** Renders the placeholder of reserved height shown while loading without fallback content. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The text of the empty state. */
  protected emptyText(): string {
    return msg(this.locale, 'empty');
  }

  /** Hook for work that must finish before ready data renders (e.g. sanitizing an HTML body). */
  protected prepare(value: T): void | Promise<void> {
    void value;
  }

  #value: T | null = null;
  /** Data is being read by the full normalizer while earlier data stays shown. */
  #reading = false;
  /** Work that `updateComplete` waits for (see `waitFor`). */
  #waiting?: Promise<unknown>;
  #next?: string;
  #base?: string;
  #problems: NormalizeResult<T>['problems'] = [];
  #error?: NewsErrorDetail;
  #source: DataSource = 'property';
  #seq = 0;
  #abort?: AbortController;
  #observer?: IntersectionObserver;
  #visible = false;
  #reload = false;
  #pendingLoadEvent = false;
  #settled = deferred();
  #internals?: ElementInternals;
  #stale = true;
  #settledDone = false;
  /** No data was given at all (as opposed to an empty document). */
  #noInput = false;
  /** Waiting for the page to finish parsing before the input can be read (see `#afterParsing`). */
  #parseWait = false;
  #parseListening = false;
  /** The reasons of the error state were asked for since the last failure. */
  #reasonsTried = false;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // ElementInternals unavailable: the state attribute still reflects.
    }
  }

  /** The label locale: `lang` here or on an ancestor, else the data's language, else zh-Hans. */
  protected get locale(): Locale {
    return localeOf(this, this.dataLang());
  }

  /** Language of the data, when it says. */
  protected dataLang(): string | undefined {
    return undefined;
  }

  protected get zone(): string {
    return validTimeZone(this.timeZone);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after an aborted load, or inline script content that arrived after upgrade.
    if (this.state === 'loading') this.#invalidate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.relativeClock(false);
  }

  #clock?: ReturnType<typeof setInterval>;

  /** While `on`, renders again every minute, so that relative times (5分钟前, 5 minutes ago) stay true. */
  protected relativeClock(on: boolean): void {
    if (on && !this.#clock) this.#clock = setInterval(() => this.requestUpdate(), 60_000);
    else if (!on && this.#clock) {
      clearInterval(this.#clock);
      this.#clock = undefined;
    }
  }

  /** Loads the data again; a `src` is requested anew, bypassing the page cache. */
  refresh(): Promise<void> {
    this.#reload = true;
    this.#invalidate();
    return this.loaded;
  }

  /**
   * The retry button: loads again, and keeps the focus it had in the element once the new state shows
   * (on the new retry button, or on the content), instead of losing it to the page when it goes.
   */
  #retry = (): void => {
    const focused = !!this.shadowRoot?.activeElement;
    void this.refresh().then(() => {
      if (!focused) return;
      const root = this.renderRoot as ShadowRoot;
      const next =
        root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('.root');
      if (next && !next.matches('button')) next.tabIndex = -1;
      next?.focus({ preventScroll: true });
    });
  };

  /** Marks the data for resolving again in the next update; `loaded` then waits for that. */
  #invalidate(): void {
    this.#stale = true;
    if (this.#settledDone) {
      this.#settled = deferred();
      this.#settledDone = false;
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      this.#stale ||
      changed.has('src') ||
      changed.has('data') ||
      changed.has('for') ||
      changed.has('timeZone') ||
      changed.has('loading') ||
      this.inputChanged(changed)
    ) {
      this.#stale = false;
      this.#resolve();
    }
  }

  /** Whether the typed property changed in this update. */
  protected abstract inputChanged(changed: PropertyValues): boolean;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('state')) {
      const states = this.#internals?.states;
      if (states) {
        try {
          for (const s of ['loading', 'ready', 'empty', 'error']) states.delete(s);
          states.add(this.state);
        } catch {
          // Older engines accept only the --dashed form; the attribute is enough there.
        }
      }
      if (this.state === 'loading') this.setAttribute('aria-busy', 'true');
      else this.removeAttribute('aria-busy');
    }
    if (this.state !== 'loading' && this.#pendingLoadEvent && !this.#reading) {
      // The error state settles once it shows its reason (or the reasons could not load).
      if (this.state === 'error' && !errorMessages.loaded && !this.#reasonsTried) {
        this.#reasonsTried = true;
        void errorMessages
          .load()
          .catch(() => undefined)
          .then(() => this.requestUpdate());
        return;
      }
      this.#pendingLoadEvent = false;
      if (this.state === 'ready' || this.state === 'empty') {
        this.dispatchEvent(new NewsLoadEvent({ data: this.#value, source: this.#source }));
      }
      this.#settled.resolve();
      this.#settledDone = true;
    }
  }

  /**
   * Makes `updateComplete` also wait for `work` (a module loading lazily, a page of items) and the
   * update it requests, so that hosts and tests see the final DOM. The full normalizer loading for data
   * given inline is such work: after setting data in any format, `await el.updateComplete` sees it.
   */
  protected waitFor(work: Promise<unknown>): void {
    const all = Promise.all([this.#waiting, work.catch(() => undefined)]);
    this.#waiting = all;
    // Nothing is kept once the work is done, whether or not anyone awaited it.
    void all.then(() => {
      if (this.#waiting === all) this.#waiting = undefined;
    });
  }

  /** Lit's own `updateComplete`, without the work of `waitFor`: for that work itself to await. */
  protected renderDone(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#waiting) {
      const wait = this.#waiting;
      await wait;
      if (this.#waiting === wait) this.#waiting = undefined;
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  /** Finds the input with the highest precedence and turns it into state. */
  #resolve(): void {
    const seq = ++this.#seq;
    this.#reading = false;
    this.#noInput = false;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#pendingLoadEvent = true;
    if (this.#settledDone) {
      this.#settled = deferred();
      this.#settledDone = false;
    }
    try {
      const inline = this.#inlineInput();
      // Upgraded while the page is still being parsed (a classic script in <head>): the children, an
      // inline JSON script among them, may not be there yet, or not whole. Read again once they are.
      const parsing = document.readyState === 'loading' && (!inline || inline instanceof LoadError);
      if (parsing) this.#afterParsing();
      if (inline instanceof LoadError) return parsing ? this.#waitParsing() : this.#fail(inline);
      if (inline) return this.#accept(inline, seq);
      if (this.src) return this.#fetch(seq);
      if (this.for) return void this.#follow(seq);
      if (parsing) return this.#waitParsing();
      this.#noInput = true;
      this.#accept({ source: 'property', value: undefined }, seq);
    } catch (error) {
      this.#fail(new LoadError('invalid', (error as Error)?.message ?? String(error)));
    }
  }

  /** Waiting for the page to finish parsing, as loading. */
  #waitParsing(): void {
    this.#parseWait = true;
    this.#setState('loading');
  }

  /** Once the page is parsed: reads the input again if it was waited for or an inline script came since. */
  #afterParsing(): void {
    if (this.#parseListening) return;
    this.#parseListening = true;
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        this.#parseListening = false;
        const script = this.querySelector(`${JSON_SCRIPT}, ${LD_SCRIPT}`);
        if (this.#parseWait || (script && this.#source !== 'script')) this.#invalidate();
        this.#parseWait = false;
      },
      { once: true },
    );
  }

  #inlineInput(): Input | LoadError | undefined {
    const value = this.input;
    if (value !== undefined && value !== null) return { source: 'property', value };
    if (this.data !== undefined && this.data !== null && this.data.trim() !== '') {
      try {
        return { source: 'data', value: JSON.parse(this.data) };
      } catch (error) {
        return new LoadError('parse', `The data attribute is not valid JSON: ${(error as Error).message}`);
      }
    }
    // A native JSON script, else the JSON-LD scripts: several (a page's breadcrumbs, then its article) are
    // read as one @graph, the way a page's own JSON-LD blocks describe one page.
    const json = this.querySelector<HTMLScriptElement>(JSON_SCRIPT);
    const scripts = json ? [json] : [...this.querySelectorAll<HTMLScriptElement>(LD_SCRIPT)];
    if (scripts.length) {
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
        return new LoadError(
          'parse',
          `The inline JSON script is not valid JSON: ${(error as Error).message}`,
        );
      }
    }
    return undefined;
  }

  #fetch(seq: number): void {
    this.#setState('loading');
    if (this.loading === 'lazy' && !this.#visible) return this.#observe();
    const controller = (this.#abort = new AbortController());
    const reload = this.#reload;
    this.#reload = false;
    const src = this.src!;
    const xml = this.expect === 'list';
    let first: EarlyRequest | undefined;
    // Only a web address is requested: `file:`, `javascript:` and the like fail at once, unasked.
    if (/^\s*[a-z][a-z\d+.-]*:/i.test(src) && !/^\s*(https?|blob|data):/i.test(src)) {
      return this.#fail(new LoadError('network', `src is not an http(s) URL: ${src.slice(0, 200)}`), src);
    }
    if (!loader.loaded) {
      try {
        const href = new URL(src, document.baseURI).href;
        const key = (xml ? 'x ' : 'j ') + href;
        first = early.get(key);
        if (!first || reload) early.set(key, (first = earlyRequest(href, xml, reload)));
      } catch {
        // A URL that does not parse: the loader reports it.
      }
    }
    const fail = (error: unknown) => {
      if (seq !== this.#seq || controller.signal.aborted) return;
      // The loader is a chunk of its own, with its own LoadError class: the failure is read by its fields.
      const e = error as Partial<LoadError> | undefined;
      this.#fail(
        e?.kind && e.message
          ? new LoadError(e.kind, e.message, e.url, e.status)
          : new LoadError('network', String(error)),
        src,
      );
    };
    loader.load().then(
      ({ loadDocument, documentUrl }) => {
        early.clear();
        return (
          loadDocument(src, {
            signal: controller.signal,
            timeout: this.timeout,
            xml,
            reload,
            early: first,
          })
            .then(
              (value) =>
                seq === this.#seq &&
                this.#accept(
                  { source: 'src', value, base: documentUrl(value) ?? new URL(src, document.baseURI).href },
                  seq,
                ),
            )
            // Also a failure while reading the data shows the error state, never an unhandled rejection.
            .catch(fail)
        );
      },
      (error: unknown) => {
        // No loader to take the early requests over (offline, say): none is kept or left running.
        for (const request of early.values()) request.controller.abort();
        early.clear();
        fail(error);
      },
    );
  }

  #observe(): void {
    if (this.#observer) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.#visible = true;
      this.#invalidate();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#observer = undefined;
        this.#visible = true;
        this.#invalidate();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this);
  }

  async #follow(seq: number): Promise<void> {
    this.#setState('loading');
    const id = this.for!;
    await customElements.whenDefined('news-article').catch(() => undefined);
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = (root.getElementById?.(id) ?? document.getElementById(id)) as NewsElement<unknown> | null;
    if (seq !== this.#seq) return;
    if (!target || !('loaded' in target)) {
      // The article may come later in a page still being parsed.
      if (document.readyState === 'loading') {
        this.#afterParsing();
        return this.#waitParsing();
      }
      return this.#fail(new LoadError('invalid', `for="${id}" names no <news-article> on this page`));
    }
    await target.loaded;
    if (seq !== this.#seq) return;
    // Follow the article when it loads new data later (also after a failure, retried).
    target.addEventListener(
      'news-load',
      (e) => {
        if (e.target === target && this.for === id) this.#invalidate();
      },
      { once: true },
    );
    const e = target.error;
    if (target.state === 'error') {
      return this.#fail(new LoadError(e?.kind ?? 'invalid', e?.message ?? 'failed', e?.url, e?.status));
    }
    this.#accept({ source: 'for', value: target.value }, seq);
  }

  #accept(input: Input, seq: number): void {
    this.#source = input.source;
    if (isEmptyDocument(input.value)) {
      this.#value = null;
      this.#problems = [];
      return this.#setState('empty');
    }
    const options = { expect: this.expect, timeZone: this.zone };
    const fast = normalizeNative(input.value, options) ?? normalizer.loaded?.normalize(input.value, options);
    if (fast) return this.#show(fast as NormalizeResult<T>, input, seq);
    // Other formats: the full normalizer loads when such data first appears on the page. Data shown
    // meanwhile stays until the new data replaces it.
    if (this.state !== 'ready' && this.state !== 'empty') this.#setState('loading');
    this.#reading = true;
    this.waitFor(
      normalizer.load().then(
        ({ normalize }) => {
          if (seq === this.#seq)
            this.#show(normalize(input.value, options) as NormalizeResult<T>, input, seq);
        },
        (error: unknown) => seq === this.#seq && this.#fail(new LoadError('network', String(error))),
      ),
    );
  }

  #show(result: NormalizeResult<T>, input: Input, seq: number): void {
    this.#reading = false;
    this.#problems = result.problems;
    const next = (result as { next?: string }).next;
    this.#next = undefined;
    this.#base = input.base;
    if (next) {
      try {
        this.#next = new URL(next, input.base ?? document.baseURI).href;
      } catch {
        // An unparsable next URL: no further pages.
      }
    }
    if (result.value === null) {
      const first = result.problems[0]?.message;
      return this.#fail(
        new LoadError(result.errorKind ?? 'format', first ?? 'The data could not be read'),
        input.source === 'src' ? this.src : undefined,
        result.problems,
      );
    }
    // A document from `src` came through the loader, which resolves its relative URLs.
    const value = (this.#value = input.base ? loader.loaded!.rebase(result.value, input.base) : result.value);
    if (Array.isArray(value) && value.length === 0) return this.#setState('empty');
    let prepared: void | Promise<void>;
    try {
      prepared = this.prepare(value);
    } catch (error) {
      return this.#fail(new LoadError('invalid', String(error)));
    }
    if (!prepared) return this.#setState('ready');
    this.#setState('loading');
    prepared.then(
      () => seq === this.#seq && this.#setState('ready'),
      (error: unknown) => seq === this.#seq && this.#fail(new LoadError('invalid', String(error))),
    );
  }

  #fail(error: LoadError, url?: string, problems?: NormalizeResult<T>['problems']): void {
    this.#reading = false;
    this.#reasonsTried = false;
    this.#value = null;
    this.#error = {
      kind: error.kind,
      message: error.message,
      ...(error.url || url ? { url: error.url ?? url } : {}),
      ...(error.status ? { status: error.status } : {}),
      ...(problems?.length ? { problems } : {}),
    };
    this.#setState('error');
    this.dispatchEvent(new NewsErrorEvent(this.#error));
  }

  #setState(state: ElementState): void {
    if (state !== 'error') this.#error = undefined;
    this.state = state;
    this.requestUpdate();
  }

  /** True when the element has light-DOM content to show while loading (server-rendered fallback). */
  #hasFallback(): boolean {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) return true;
      if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'script') return true;
    }
    return false;
  }

  protected override render(): unknown {
    switch (this.state) {
      case 'ready':
        return this.#value === null ? nothing : this.renderReady(this.#value);
      case 'empty':
        // Without any data source, server-rendered light DOM stays the content (progressive enhancement).
        return this.#noInput && this.#hasFallback() ? html`<slot></slot>` : this.renderEmpty();
      case 'error':
        return this.renderError();
      default:
        // The fallback content, else the skeleton; announced as loading either way.
        return html`<div class="root" part="status-loading">
          <slot></slot>${this.#hasFallback() ? nothing : this.renderSkeleton()}<span
            class="visually-hidden"
            role="status"
            >${msg(this.locale, 'loading')}</span
          >
        </div>`;
    }
  }

  /** The empty state: says so, or can be replaced with the `empty` slot. */
  protected renderEmpty(): TemplateResult | typeof nothing {
    return html`<div class="root">
      <p class="status" part="status"><slot name="empty">${this.emptyText()}</slot></p>
    </div>`;
  }

  protected renderError(): TemplateResult {
    const e = this.#error!;
    const locale = this.locale;
    const field = e.kind === 'invalid' ? e.problems?.[0]?.path : undefined;
    const reason = errorMessages.loaded?.errorReason(locale, e.kind, e.status, field) ?? '';
    return html`<div class="root">
      <div class="status" part="status" role="alert">
        <slot name="error">${msg(locale, 'errorPrefix')}${reason}</slot>
        <button type="button" part="retry" @click=${this.#retry}>${msg(locale, 'retry')}</button>
      </div>
    </div>`;
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
