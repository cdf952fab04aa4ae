import {
  html,
  noChange,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
  type CSSResultGroup,
} from 'lit';
import type { RelatedItem } from '../data/model.js';
import { formatDate, type DateFormat } from '../shared/format.js';
import { headingLevel as levelOf, headingTag, renderHeading } from '../shared/heading.js';
import { html as staticHtml } from 'lit/static-html.js';
import { keyed } from 'lit/directives/keyed.js';
import { hostStyles } from '../shared/host.styles.js';
import { errorText, type Locale } from '../shared/i18n.js';
import { LoadError } from '../shared/load-error.js';
import { NewsElement } from '../shared/news-element.js';
import { onPage, pageBase, safeUrl } from '../shared/url.js';
import { styles } from './related-news-list.styles.js';
import { pageKey, urlKey, virtualizer } from './list-helpers.js';

/**
 * A phone-width viewport, where compact titles wrap. Read in script as well as in the styles' `@media`
 * rule: WebKit keeps the media result a list's shadow styles had when the viewport last changed with no
 * list on the page. The list listens for changes on one MediaQueryList and reads a fresh one to render.
 */
const PHONE = '(max-width: 30em)';
const NARROW = typeof matchMedia === 'function' ? matchMedia(PHONE) : undefined;
/**
 * Read afresh: WebKit also keeps a long-lived MediaQueryList's `matches` stale until its change event. Only the
 * compact layout uses it (a new MediaQueryList costs a query parse per render).
 */
const narrow = () => !!NARROW && matchMedia(PHONE).matches;
/** The connected lists: one listener for the page re-renders them when the width crosses the breakpoint. */
const lists = new Set<RelatedNewsListElement>();
NARROW?.addEventListener('change', () => lists.forEach((list) => list.requestUpdate()));

/** More displayed items than this switch the list to virtual scrolling. */
export const VIRTUAL_THRESHOLD = 200;

/** What `news-item-select` reports: the item, its index in the displayed list, and the absolute URL. */
export interface NewsItemSelectDetail {
  item: RelatedItem;
  index: number;
  url: string;
}

/**
 * Fired, bubbling, composed and cancelable, when a reader activates an item's link, before the browser
 * navigates. Calling `preventDefault()` cancels the navigation.
 */
export class NewsItemSelectEvent extends Event {
  readonly detail: NewsItemSelectDetail;
  constructor(detail: NewsItemSelectDetail) {
    super('news-item-select', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-item-select': NewsItemSelectEvent;
  }
}

/** Per-render values shared by every item template. */
interface ItemContext {
  locale: Locale;
  zone: string;
  style: DateFormat;
  now: number;
  level: number;
  target?: string;
  compact: boolean;
}

/**
 * @summary A heading and a list of news items — title link, clamped summary, time, optional thumbnail
 * and channel — from an array, `{ items }`, JSON Feed, RSS, Atom, a schema.org `ItemList` or an article's
 * `related`, with paging ("load more") and virtual scrolling for long lists.
 *
 * @tag related-news-list
 *
 * @slot - Fallback content shown while loading (server-rendered links, for readers without JavaScript).
 * @slot empty - Replaces the text of the empty state (暂无相关新闻 / No related news).
 * @slot error - Replaces the text of the error state.
 *
 * @csspart heading - The list heading (`<h2>` by default; see `heading-level`).
 * @csspart list - The `<ul>`; the scroller when the list is virtualized.
 * @csspart item - Each `<li>`.
 * @csspart title - The heading of an item, holding its channel and link.
 * @csspart link - The item's `<a>`.
 * @csspart channel - The item's channel (kicker), before the title.
 * @csspart summary - The item's summary, clamped to `summary-lines` lines.
 * @csspart time - The item's `<time>`.
 * @csspart thumbnail - The item's `<img>`.
 * @csspart more - The "load more" button.
 * @csspart status - The empty and error messages.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop [--news-item-gap=0.75em] - Vertical padding of each item (0.4em in the compact layout); gap between cards.
 * @cssprop [--news-summary-lines=2] - Lines a summary is clamped to; the `summary-lines` attribute wins.
 * @cssprop [--news-thumbnail-width=7.5em] - Width of a thumbnail in the list layout.
 * @cssprop [--news-thumbnail-ratio=4 / 3] - Aspect ratio reserved for thumbnails (16 / 9 in cards).
 * @cssprop [--news-card-min-width=15em] - Narrowest card column in the cards layout.
 * @cssprop [--news-list-max-height=40em] - Height of the scroller of a virtualized list (above 200 items).
 * @cssprop [--news-heading-size=1.25em] - Font size of the heading.
 * @cssprop [--news-item-title-color=var(--news-text-color)] - Colour of item titles (links take `--news-link-color` on hover).
 * @cssprop [--news-font-family=PingFang SC, Microsoft YaHei, Noto Sans CJK SC, …, system-ui, sans-serif] - Font family (by default Latin fonts come first for English text).
 * @cssprop [--news-font-size=16px] - Base font size (sizes inside are in em).
 * @cssprop [--news-font-scale=1] - Multiplier for the 大/中/小 text-size switch.
 * @cssprop [--news-text-color=#1f1f1f] - Text colour.
 * @cssprop [--news-muted-color=#5f6368] - Summary and time colour.
 * @cssprop [--news-accent-color=#b3131b] - Channel colour.
 * @cssprop [--news-link-color=#0b4f9c] - Link hover colour and button text.
 * @cssprop [--news-border-color=#e2e4e8] - Rules between items, card borders.
 * @cssprop [--news-surface-color=#f4f5f7] - Cards, button and skeleton background.
 * @cssprop [--news-background-color=transparent] - Background.
 * @cssprop [--news-focus-color=#1a73e8] - Focus ring.
 * @cssprop [--news-radius=0.25em] - Corner radius.
 * @cssprop [--news-line-height=1.8] - Line height of running text.
 * @cssprop [--news-max-width=none] - Maximum width.
 *
 * @cssstate loading - Data is being loaded (`aria-busy="true"`); the fallback or a skeleton of reserved height shows.
 * @cssstate ready - Items are shown.
 * @cssstate empty - There is nothing to list (after `exclude` and `limit`).
 * @cssstate error - Loading failed; an alert with a retry button shows.
 *
 * @fires news-load - The data has been read and rendered; `detail: { data, source }`.
 * @fires news-error - Loading or reading failed (also a failed "load more"); `detail: { kind, message, url?, status?, problems? }`.
 * @fires news-item-select - An item's link was activated, before navigation; cancelable; `detail: { item, index, url }`.
 */
export class RelatedNewsListElement extends NewsElement<RelatedItem[]> {
  static override get styles(): CSSResultGroup {
    return [hostStyles, styles];
  }

  static override get properties(): PropertyDeclarations {
    return {
      items: { attribute: false },
      heading: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      noHeading: { type: Boolean, attribute: 'no-heading' },
      limit: { type: Number },
      exclude: {},
      layout: {},
      summaryLines: { type: Number, attribute: 'summary-lines' },
      dateFormat: { attribute: 'date-format' },
      target: {},
      pageSize: { type: Number, attribute: 'page-size' },
      virtualThreshold: { type: Number, attribute: 'virtual-threshold' },
      now: { attribute: false },
    };
  }

  /** The items: an array of items, or any list document (`{ items }`, JSON Feed, `ItemList`, an article). */
  items?: RelatedItem[] | unknown;

  /** Heading text; by default 相关新闻 / 相關新聞 / Related news, by locale. */
  heading?: string;

  /** Level of the heading (1–6, default 2); item titles are one level below, or at this level with `no-heading`. */
  headingLevel = 2;

  /** Hides the heading. */
  noHeading = false;

  /** Shows at most this many items. */
  limit?: number;

  /** URLs never listed (space-separated), besides the page's own URL; compared as absolute URLs without fragment. */
  exclude?: string;

  /** `list` (default), `compact` (title and time on one line) or `cards` (a grid with large thumbnails). */
  layout: 'list' | 'compact' | 'cards' = 'list';

  /** Lines a summary is clamped to (default 2, or `--news-summary-lines`); the full text stays readable by screen readers and on hover. */
  summaryLines?: number;

  /** How times are shown: `datetime` (2025-04-16 11:28:00), `date`, or `relative` (3 小时前 / 3 hours ago; kept current: updated when the text next changes). */
  dateFormat: 'datetime' | 'date' | 'relative' = 'datetime';

  /** Browsing context for the links; every target adds `rel="noopener"`, so the page opened cannot reach this one. */
  target?: string;

  /** Shows this many items first, then a "load more" button that reveals or fetches (JSON Feed `next_url`, `next`) the next page. */
  pageSize?: number;

  /** Lists longer than this scroll virtually inside the element (`@lit-labs/virtualizer`, loaded then). */
  virtualThreshold = VIRTUAL_THRESHOLD;

  /** A fixed "now" for relative times (tests, server-rendered snapshots); default the current time. */
  now?: number | Date;

  protected readonly expect = 'list';

  #base: RelatedItem[] | null = null;
  #extra: RelatedItem[] = [];
  #next?: string;
  #list: RelatedItem[] = [];
  #view: RelatedItem[] = [];
  /** Whether the list scrolls virtually; decided by the data, kept while the reader pages (see `willUpdate`). */
  #virtual = false;
  /** The reader has paged ("load more") through the current data. */
  #paged = false;
  /** Why the last next page failed to load, shown beside the button. */
  #pageError = '';
  #shown = 0;
  #busy = false;
  #live = '';
  #dirty = true;
  #abort?: AbortController;
  #c!: ItemContext;
  #hydrating = false;
  #contextKey = '';
  /**
   * Row templates by position, with the item each was made for: re-rendering an unchanged item reuses its
   * template (the normalizer returns the same item object for an input item it has read before).
   */
  #rowItems: RelatedItem[] = [];
  #rows: TemplateResult[] = [];
  /**
   * The items of the plain (not virtual) list as its rows stand in the DOM, by position: a row whose item is
   * the same object again is left as it is (`noChange`), so that replacing one item of a long list
   * updates one row.
   */
  #committed: RelatedItem[] = [];

  protected override readonly emptyLabel = 'emptyRelated';

  /** A list that `exclude` and `limit` leave empty is in the empty state. */
  protected override hasContent(): boolean {
    return this.#list.length > 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A long array given as the property will scroll virtually: fetch the virtualizer while it is read.
    const shown = Math.min(Number(this.limit) > 0 ? Number(this.limit) : Infinity, this.#size() || Infinity);
    if (
      !virtualizer.loaded &&
      this.isConnected &&
      Array.isArray(this.items) &&
      Math.min(this.items.length, shown) > this.virtualThreshold
    )
      this.waitFor(virtualizer.load());
    super.willUpdate(changed);
  }

  /** The view of the data: the items after `exclude` and `limit`, the page shown, and the mode. */
  protected override willShow(changed: PropertyValues): void {
    const value = this.value;
    let view = this.#dirty || changed.has('pageSize');
    if (value !== this.#base) {
      this.#base = value;
      this.#extra = [];
      this.#next = safeUrl(this.source.next);
      this.#live = '';
      this.#shown = 0;
      this.#dirty = true;
      this.#paged = false;
      this.#pageError = '';
      this.#abort?.abort();
    }
    if (changed.has('pageSize')) this.#shown = 0;
    if (this.#dirty || changed.has('exclude') || changed.has('limit')) {
      this.#dirty = false;
      this.#list = this.#filter();
      view = true;
    }
    if (view) {
      const size = this.#size();
      this.#view = size ? this.#list.slice(0, this.#shown || size) : this.#list;
      // Rows past the end of a shorter list are not kept.
      if (this.#rows.length > this.#view.length)
        this.#rows.length = this.#rowItems.length = this.#view.length;
    }
    // A list the reader pages past the threshold stays as it was: turning into a scroller under their
    // hands would take them back to its top and lose their focus.
    // Only in a page: a server renders every item, for readers and crawlers without scripts.
    if ((view && !this.#paged) || changed.has('virtualThreshold'))
      this.#virtual = this.isConnected && this.#view.length > this.virtualThreshold;
    if (this.#virtual && !virtualizer.loaded) {
      this.waitFor(virtualizer.load().then(() => this.requestUpdate()));
    }
    // Any other state replaces the list: its rows are made anew when it shows again.
    if (this.state !== 'ready') this.#committed = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    lists.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    lists.delete(this);
  }

  protected renderSkeleton(): TemplateResult {
    const rows = Math.min(this.#size() || this.limit || 5, this.limit || 20, 20);
    return html`<div class=${this.layout}>
      ${this.noHeading ? nothing : html`<div class="skeleton sk-h"></div>`}
      ${Array.from({ length: rows }, () => html`<div class="sk"><span class="skeleton"></span></div>`)}
    </div>`;
  }

  // One delegated listener on the list handles clicks on its links, which Enter activates: no key handler needed.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected renderReady(): TemplateResult | typeof nothing {
    const items = this.#view;
    const locale = this.locale;
    const level = levelOf(this.headingLevel, 2);
    const named = !this.noHeading;
    const virtual = this.#virtual;
    const layout = virtual && this.layout === 'cards' ? 'list' : this.layout;
    const c: ItemContext = {
      locale,
      zone: this.zone,
      style: this.dateFormat,
      now: this.dateFormat === 'relative' ? Number(this.now ?? Date.now()) : 0,
      level: Math.max(2, named ? Math.min(level + 1, 6) : level),
      target: this.target || undefined,
      compact: layout === 'compact',
    };
    const contextKey = Object.values(c).join('\u0000');
    if (contextKey !== this.#contextKey) {
      this.#contextKey = contextKey;
      this.#rowItems = [];
      this.#rows = [];
      this.#committed = [];
    }
    const committed = virtual ? [] : this.#committed;
    this.#committed = virtual ? [] : items;
    this.#c = c;
    // Taking over the server's rows: Lit's hydration support marks the first render so (`_$AG`).
    this.#hydrating = (this as unknown as { _$AG?: boolean })._$AG === true;
    const v = virtualizer.loaded;
    return html`<div class="root">
      ${named ? renderHeading(level, 'heading', this.heading || this.t('related')) : nothing}
      ${keyed(
        // A fresh <ul> when the mode changes: the virtualizer leaves its own state on the one it ran in.
        virtual,
        html`<ul
        part="list"
        class="list ${layout}${virtual ? ' scroll' : ''}${layout === 'compact' && narrow() ? ' narrow' : ''}"
        aria-labelledby=${named ? 'heading' : nothing}
        @click=${this.#onClick}
      >
        ${
          !virtual
            ? items.map((item, i) => (committed[i] === item ? noChange : this.#item(item, i)))
            : v
              ? html`<li virtualizer-sizer aria-hidden="true"></li>
                  ${v.virtualize({
                    items,
                    renderItem: this.#item,
                    scroller: true,
                    layout: v.flow(),
                  })}`
              : // While the virtualizer loads: the rows that fill the scroller at its default height.
                items.slice(0, layout === 'compact' ? 20 : 8).map(this.#item)
        }
      </ul>`,
      )}
      ${this.#pageError ? html`<p class="status" part="status" aria-hidden="true">${this.#pageError}</p>` : nothing}
      ${
        this.#hasMore()
          ? html`<button
              type="button"
              part="more"
              class="more"
              aria-disabled=${this.#busy ? 'true' : nothing}
              @click=${this.#onMore}
            >
              ${this.t(this.#busy ? 'loadingMore' : 'more')}
            </button>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.#live}</p>
    </div>`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */

  /** One item; an arrow function so the virtualizer can call it directly. */
  #item = (item: RelatedItem, i: number): TemplateResult => {
    if (this.#hydrating) return this.#row(item, i);
    if (this.#rowItems[i] === item) return this.#rows[i];
    const row = this.#row(item, i);
    this.#rowItems[i] = item;
    this.#rows[i] = row;
    return row;
  };

  #row(item: RelatedItem, i: number): TemplateResult {
    const c = this.#c;
    const safe = safeUrl(item.url);
    const url = safe && onPage(safe);
    const image = c.compact ? undefined : item.image;
    const src = image && safeUrl(image.src, true);
    const time = formatDate(item.published, c.locale, c.zone, c.style, c.now);
    if (this.now == null) this.clock.at(time?.next);
    const summary = c.compact ? undefined : item.summary;
    const tag = headingTag(c.level);
    const img = src
      ? html`<img part="thumbnail" src=${src} alt=${image!.alt ?? ''} loading="lazy" decoding="async">`
      : nothing;
    // The channel and the title are one heading: a separator keeps them two words to a screen reader.
    // Rows a server rendered keep their text when taken over (hydration sets property bindings again, which
    // would replace each text node with the same text); not kept, so that a later render sets it.
    const keep = this.#hydrating;
    const text = (v: string) => (keep ? noChange : v);
    const channel = item.channel
      ? html`<span part="channel" class="channel" .textContent=${text(item.channel)}></span><span class="visually-hidden">${this.t('colon')}</span>`
      : nothing;
    // One template per row, on one line, text set as properties: every nested template, part marker and
    // text node is memory and DOM a long list pays for. An absent summary or time leaves its element
    // empty, which the styles do not display.
    const p = summary ?? nothing;
    const t = time?.title ?? nothing;
    // The link's name is its text, set through `.textContent` (which the a11y lint rule cannot see).
    // A `target` (rare) has its own template, so that the usual row has no parts for it.
    /* eslint-disable lit-a11y/accessible-name */
    if (!url)
      return staticHtml`<li part="item" class="item"><article>${img}<${tag} part="title" class="title">${channel}${item.title}</${tag}><p part="summary" class="summary" title=${p} .textContent=${text(summary ?? '')}></p><time part="time" datetime=${time?.datetime ?? nothing} title=${t} .textContent=${text(time?.text ?? '')}></time></article></li>`;
    if (!c.target)
      return staticHtml`<li part="item" class="item"><article>${img}<${tag} part="title" class="title">${channel}<a part="link" href=${url} data-i=${i} .textContent=${text(item.title)}></a></${tag}><p part="summary" class="summary" title=${p} .textContent=${text(summary ?? '')}></p><time part="time" datetime=${time?.datetime ?? nothing} title=${t} .textContent=${text(time?.text ?? '')}></time></article></li>`;
    return staticHtml`<li part="item" class="item"><article>${img}<${tag} part="title" class="title">${channel}<a part="link" href=${url} target=${c.target} rel="noopener" data-i=${i} .textContent=${text(item.title)}></a></${tag}><p part="summary" class="summary" title=${p} .textContent=${text(summary ?? '')}></p><time part="time" datetime=${time?.datetime ?? nothing} title=${t} .textContent=${text(time?.text ?? '')}></time></article></li>`;
    /* eslint-enable lit-a11y/accessible-name */
  }

  /**
   * `summary-lines`, applied through the CSSOM: a `style` attribute (or Lit's styleMap, which writes one
   * on first render) is blocked by a strict `style-src` Content-Security-Policy.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const n = Math.floor(Number(this.summaryLines));
    // The inline style is touched only when there is something to set or remove: even reading it gives the
    // element an inline style, and the root's style (which resets every property) is then computed anew
    // instead of coming from the engine's cache, which costs each list about 0.2 ms of its first layout.
    if (!(n > 0) && !changed.has('summaryLines')) return;
    const style = this.renderRoot.querySelector<HTMLElement>('.root')?.style;
    if (n > 0) style?.setProperty('--_lines', String(n));
    else style?.removeProperty('--_lines');
  }

  #size(): number {
    const n = Math.floor(Number(this.pageSize));
    return n > 0 ? n : 0;
  }

  #hasMore(): boolean {
    const size = this.#size();
    const limit = Number(this.limit) > 0 ? Number(this.limit) : Infinity;
    return !!size && (this.#view.length < this.#list.length || (!!this.#next && this.#list.length < limit));
  }

  /** The base items plus fetched pages, without excluded URLs and repeats, cut at `limit`. */
  #filter(): RelatedItem[] {
    const base = pageBase();
    const seen = new Set([pageKey(), ...(this.exclude ?? '').split(/\s+/).map((url) => urlKey(url, base))]);
    const limit = Number(this.limit) > 0 ? Math.floor(Number(this.limit)) : Infinity;
    const out: RelatedItem[] = [];
    for (const list of [this.#base ?? [], this.#extra]) {
      for (const item of list) {
        if (out.length >= limit) return out;
        const key = item.url ? urlKey(item.url, base) : undefined;
        if (key) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        out.push(item);
      }
    }
    return out;
  }

  #onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-i]');
    if (!link) return;
    const index = Number(link.dataset.i);
    const item = this.#view[index];
    if (item && !this.dispatchEvent(new NewsItemSelectEvent({ item, index, url: link.href }))) {
      event.preventDefault();
    }
  }

  #onMore(): void {
    this.#paged = true;
    this.waitFor(this.#more());
  }

  /** Reveals the next page of loaded items, or fetches it; then focuses the first new link. */
  async #more(): Promise<void> {
    if (this.#busy) return;
    const before = this.#view.length;
    const base = this.#base;
    const locale = this.locale;
    const url = this.#next;
    if (before >= this.#list.length && url) {
      this.#busy = true;
      this.#pageError = '';
      this.#live = this.t('loadingMore');
      this.requestUpdate();
      const page = await this.source.page(url, (this.#abort = new AbortController()).signal);
      this.#busy = false;
      this.requestUpdate();
      if (base !== this.#base || !page) return;
      if (page instanceof LoadError) {
        // Said by the live region, and shown beside the button, which tries again.
        this.#live = this.#pageError = errorText(locale, page.kind, page.status, undefined, this.labels);
        return;
      }
      this.#extra = this.#extra.concat(page.items);
      this.#next = safeUrl(page.next);
    }
    this.#shown = before + this.#size();
    this.#dirty = true;
    this.requestUpdate();
    // Lit's own promise: `this.updateComplete` would wait for this very call.
    await this.renderDone();
    const added = this.#view.length - before;
    this.#live = this.t('loadedMore', { n: added });
    this.requestUpdate();
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>(`a[data-i="${before}"]`) ??
      root.querySelector<HTMLElement>('.more') ??
      root.querySelector<HTMLElement>(`a[data-i="${this.#view.length - 1}"]`)
    )?.focus();
  }
}
