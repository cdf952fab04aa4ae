import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { Expect, Problem } from '../data/core.js';
import { NewsSource, type ElementState } from '../source/news-source.js';
import type { NewsErrorDetail } from './events.js';
import { DEFAULT_TIMEOUT } from './load-error.js';
import {
  errorText,
  inheritedLang,
  labelsConverter,
  localeOf,
  msg,
  type Labels,
  type Locale,
  type MessageKey,
} from './i18n.js';
import { validTimeZone } from './format.js';
import { ClockController } from './clock.js';

export type { ElementState };

/** The typed property of each shape of data. */
const INPUT = { article: 'article', credits: 'credits', list: 'items' } as const;

/**
 * What the three elements share: the attributes that say where the data is, one `NewsSource` that
 * loads and reads it, the state (read-only, reflected as the `state` attribute and a custom state), the
 * events, and the loading, empty and error states. Subclasses render the ready state.
 *
 * Nothing here touches the DOM in the constructor, `willUpdate` or `render` unless the element is
 * connected, so that a server renderer can render the element from data given as a property.
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
      // Reflected when not the default: an attribute written on every element costs its first layout.
      theme: { reflect: true, converter: { toAttribute: (v: string) => (v === 'light' ? null : v) } },
      lang: { reflect: true },
      labels: { converter: labelsConverter },
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

  /**
   * Labels of this element that replace the locale's, by key (`{ "published": "发稿时间", "views": "阅读 {n}" }`;
   * the keys are listed in the docs). As an attribute, a JSON object.
   */
  labels?: Labels;

  /** The current state, reflected as the `state` attribute: `loading`, `ready`, `empty` or `error`. Read-only. */
  get state(): ElementState {
    const state = this.source.state;
    return state === 'ready' && !this.hasContent() ? 'empty' : state;
  }

  /** The normalized data shown now, or null. */
  get value(): T | null {
    return this.source.value;
  }

  /** Problems met while reading the data (fields dropped or repaired), or the reasons it failed. */
  get problems(): Problem[] {
    return this.source.problems;
  }

  /** The error shown in the error state. */
  get error(): NewsErrorDetail | undefined {
    return this.source.error;
  }

  /** Resolves once the data has settled (ready, empty or error) and been rendered. */
  get loaded(): Promise<void> {
    return this.source.loaded;
  }

  /** The shape of data this element reads, which names its typed property (`article`, `credits`, `items`). */
  protected abstract readonly expect: Expect;

  /** Renders the ready state. */
  protected abstract renderReady(value: T): TemplateResult | typeof nothing;

  /** Renders the placeholder of reserved height shown while loading without fallback content. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The data path: input, loading, reading, state. */
  protected readonly source: NewsSource<T> = new NewsSource<T>(this, {
    expect: () => this.expect,
    input: () => (this as Record<string, unknown>)[INPUT[this.expect]],
    timeZone: () => this.zone,
    prepare: (value, base) => this.prepare(value, base),
  });

  /** One clock for the page keeps the relative times shown true (see `formatTime`). */
  protected readonly clock = new ClockController(this);

  /** Hook for work that must finish before ready data renders (e.g. sanitizing an HTML body). */
  protected prepare(_value: T, _base: string | undefined): void | Promise<Problem[] | void> {}

  /** Whether ready data leaves anything to show (a list filtered to nothing does not): else the state is empty. */
  protected hasContent(): boolean {
    return true;
  }

  /** Hook run in `willUpdate` once the data is read, before the state is reflected: derive the view here. */
  protected willShow(_changed: PropertyValues): void {}

  /** The label of the empty state. */
  protected readonly emptyLabel: MessageKey = 'empty';

  /** A label in this element's locale, its own `labels` first. */
  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return msg(this.locale, key, values, this.labels);
  }

  /** The label locale: `lang` here or on an ancestor, else the language of the data (an article's), else zh-Hans. */
  protected get locale(): Locale {
    return localeOf(this.lang, this.#ancestorLang, (this.value as { lang?: string } | null)?.lang);
  }

  protected get zone(): string {
    return validTimeZone(this.timeZone);
  }

  #internals?: ElementInternals;
  /** The nearest ancestor's `lang`, read while connected. */
  #ancestorLang = '';
  /** The element has light-DOM content to show while loading (server-rendered fallback), read while connected. */
  #fallback = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#internals) {
      try {
        this.#internals = this.attachInternals();
      } catch {
        // ElementInternals unavailable: the state attribute still reflects.
      }
    }
  }

  /** The `state` attribute is the element's: a host's write is undone (before the first update, a server's stays). */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'state') {
      if (this.hasUpdated && value !== this.state) this.setAttribute('state', this.state);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'state'];
  }

  /** Loads the data again; a `src` is requested anew, bypassing the page cache. */
  refresh(): Promise<void> {
    this.source.invalidate(true);
    return this.loaded;
  }

  /**
   * Makes `updateComplete` also wait for `work` (a module loading lazily, a page of items) and the
   * update it requests, so that hosts and tests see the final DOM.
   */
  protected waitFor(work: Promise<unknown>): void {
    this.source.waitFor(work);
  }

  /** Lit's own `updateComplete`, without the work of `waitFor`: for that work itself to await. */
  protected renderDone(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait = this.source.pending; wait; wait = this.source.pending) {
      await wait;
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.isConnected) {
      this.#ancestorLang = inheritedLang(this);
      this.#fallback = [...this.childNodes].some((node) =>
        node.nodeType === 3 ? !!node.textContent!.trim() : node.nodeType === 1 && node.nodeName !== 'SCRIPT',
      );
    }
    this.source.update(
      ['src', 'data', 'for', 'timeZone', 'loading', INPUT[this.expect]].some((k) => changed.has(k)),
    );
    this.willShow(changed);
    this.#reflect();
  }

  /** The state as the `state` attribute, `aria-busy` and a custom state (`:state(ready)`). */
  #reflect(): void {
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    if (state === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const states = this.#internals?.states;
    if (states && !states.has(state)) {
      try {
        for (const s of ['loading', 'ready', 'empty', 'error']) states.delete(s);
        states.add(state);
      } catch {
        // Engines that accept only the --dashed form: the attribute is enough there.
      }
    }
  }

  protected override render(): unknown {
    switch (this.state) {
      case 'ready':
        return this.value === null ? nothing : this.renderReady(this.value);
      case 'empty':
        // Without any data source, server-rendered light DOM stays the content (progressive enhancement).
        return this.source.noInput && this.#fallback ? html`<slot></slot>` : this.renderEmpty();
      case 'error':
        return this.renderError();
      default:
        // The fallback content, else the skeleton; announced as loading either way.
        return html`<div class="root" part="status-loading">
          <slot></slot>${this.#fallback ? nothing : this.renderSkeleton()}<span
            class="visually-hidden"
            role="status"
            >${this.t('loading')}</span
          >
        </div>`;
    }
  }

  /** The empty state: says so, or can be replaced with the `empty` slot. */
  protected renderEmpty(): TemplateResult | typeof nothing {
    return html`<div class="root">
      <p class="status" part="status"><slot name="empty">${this.t(this.emptyLabel)}</slot></p>
    </div>`;
  }

  protected renderError(): TemplateResult {
    const e = this.error!;
    const field = e.kind === 'invalid' ? e.problems?.[0]?.path : undefined;
    return html`<div class="root">
      <div class="status" part="status" role="alert">
        <slot name="error">${errorText(this.locale, e.kind, e.status, field, this.labels)}</slot>
        <button type="button" part="retry" @click=${this.#retry}>${this.t('retry')}</button>
      </div>
    </div>`;
  }

  /** The retry button: loads again, and keeps a reader's focus in the element (see `refocus`). */
  #retry = (): void => {
    const focused = !!this.shadowRoot?.activeElement;
    void this.refresh().then(() => focused && refocus(this.renderRoot as ShadowRoot));
  };
}

/** Focus for a reader who pressed retry: the new retry button, else the content. */
function refocus(root: ShadowRoot): void {
  const next = root.querySelector<HTMLElement>('[part~="retry"]') ?? root.querySelector<HTMLElement>('.root');
  if (next && !next.matches('button')) next.tabIndex = -1;
  next?.focus({ preventScroll: true });
}
