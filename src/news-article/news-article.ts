import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
  type CSSResultGroup,
} from 'lit';
import type { Article, Block, Media } from '../data/model.js';
import type { Problem } from '../data/core.js';
import { NewsElement } from '../shared/news-element.js';
import { hostStyles } from '../shared/host.styles.js';
import { formatCount, formatDate, type DateFormat } from '../shared/format.js';
import { intlTag, joinNames, roleLabel, type Locale } from '../shared/i18n.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { safeUrl } from '../shared/url.js';
import { lazyModule } from '../shared/lazy-module.js';
import { styles } from './news-article.styles.js';

/**
 * 上一篇 / 下一篇 and the reading time, loaded when an article first has either to show (a server renderer
 * loads it before it renders).
 */
export const articleExtras = lazyModule(() => import('../news-tools/article-nav.js'));

/** The sanitizer module, once an HTML body has loaded it. */
let sanitizer: typeof import('../shared/sanitize.js') | undefined;

/**
 * A photo credit that already says what it is (`新华社记者 李四 摄`, `图/新华社`, `Photo: AP`, `AP Photo/Jane
 * Doe`, `© Reuters`) is shown as it is; a bare name gets the locale's `{name} 摄` / `Photo: {name}`.
 */
const MARKED_CREDIT = /[摄攝]|[图圖]\s*[:：/／]|\bphoto(?:graph)?s?\b|^(?:image|picture|credit)s?\b|©|\(c\)/i;
/** A space between a bold lead and its text, except after CJK punctuation (。，：…), which needs none. */
function spaceAfter(lead: string): string {
  return /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]$/.test(lead) ? '' : ' ';
}

/**
 * @summary A whole news article — channel and headline, meta line, body, tags, credits and related
 * news — from JSON, a URL, or a JS property, in any host page.
 *
 * @tag news-article
 *
 * @slot - Fallback shown while loading, e.g. the server-rendered article (readable without JS).
 * @slot header - Added at the end of the header, after the meta line.
 * @slot footer - Added at the end of the footer, after the credits.
 * @slot credits - Replaces the built-in `<news-credits>`.
 * @slot related - Replaces the built-in `<related-news-list>`, which shows only when the article has related news.
 * @slot empty - Replaces the text of the empty state.
 * @slot error - Replaces the text of the error state.
 *
 * @csspart article - The `<article>` landmark.
 * @csspart header - The header: channel, headline, subtitle and meta line.
 * @csspart channel - The channel (kicker), e.g. 视听甘肃.
 * @csspart headline - The headline.
 * @csspart subtitle - The subtitle.
 * @csspart meta - The meta line.
 * @csspart views - The view count.
 * @csspart time - Each `<time>` of the meta line.
 * @csspart published - The publish time with its label.
 * @csspart updated - The updated time with its label.
 * @csspart source - The source (来源) in the meta line.
 * @csspart byline - The author or reporter in the meta line.
 * @csspart audio - The 听新闻 audio player.
 * @csspart body - The article body.
 * @csspart paragraph - Each paragraph of the body.
 * @csspart lead - The bold opening sentence of a section.
 * @csspart heading - Each heading in the body.
 * @csspart figure - Each figure (image with caption).
 * @csspart image - Each image.
 * @csspart caption - Each figure caption.
 * @csspart photo-credit - The photographer credit in a caption (`XX 摄`; a credit that already says so, as given).
 * @csspart media - Each video or audio block.
 * @csspart quote - Each quotation.
 * @csspart list - Each list in the body.
 * @csspart footer - The footer: tags and credits.
 * @csspart tags - The tag list.
 * @csspart tag - Each tag.
 * @csspart credits - The built-in `<news-credits>`.
 * @csspart related - The built-in `<related-news-list>` (only when the article has related news).
 * @csspart read-time - The reading time in the meta line (with `reading-time`).
 * @csspart article-nav - The 上一篇 / 下一篇 navigation at the article's end (when the data names them).
 * @csspart previous - The 上一篇 item of that navigation.
 * @csspart next - The 下一篇 item of that navigation.
 * @csspart status - The loading, empty or error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop [--news-font-family=PingFang SC, Microsoft YaHei, Noto Sans CJK SC, …, system-ui, sans-serif] - Font family (by default Latin fonts come first for English text).
 * @cssprop [--news-font-size=16px] - Base font size; every size inside is in `em` of it.
 * @cssprop [--news-font-scale=1] - Multiplies the base size (the 大/中/小 switch: 1.125, 1, 0.875).
 * @cssprop [--news-line-height=1.8] - Line height of the body.
 * @cssprop [--news-text-color=#1f1f1f] - Text colour.
 * @cssprop [--news-muted-color=#5f6368] - Colour of the meta line, captions and summaries.
 * @cssprop [--news-accent-color=#b3131b] - Accent colour (channel, lead sentences' marker, alerts).
 * @cssprop [--news-link-color=#0b4f9c] - Link colour.
 * @cssprop [--news-background-color=transparent] - Background.
 * @cssprop [--news-surface-color=#f4f5f7] - Background of tags, skeletons and status boxes.
 * @cssprop [--news-border-color=#e2e4e8] - Rules and borders.
 * @cssprop [--news-focus-color=#1a73e8] - Focus ring.
 * @cssprop [--news-max-width=none] - Maximum width of the article.
 * @cssprop [--news-spacing=1em] - Base vertical rhythm.
 * @cssprop [--news-radius=0.25em] - Corner radius.
 * @cssprop [--news-headline-size=1.75em] - Headline font size.
 * @cssprop [--news-paragraph-indent=0] - First-line indent of paragraphs (e.g. `2em` for the 首行缩进 style).
 * @cssprop [--news-image-aspect-ratio=16 / 9] - Space reserved for images that give no width and height.
 *
 * @cssstate loading - Data is loading; the fallback or a skeleton shows.
 * @cssstate ready - The article is shown.
 * @cssstate empty - There was no article to show.
 * @cssstate error - Loading or reading failed; an alert with a retry button shows.
 *
 * @fires news-load - The article has rendered. `detail: { data, source }`.
 * @fires news-error - Loading or reading failed. `detail: { kind, message, url?, status?, problems? }`.
 */
export class NewsArticleElement extends NewsElement<Article> {
  static override get styles(): CSSResultGroup {
    return [hostStyles, styles];
  }

  static override get properties(): PropertyDeclarations {
    return {
      article: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
      dateFormat: { attribute: 'date-format' },
      views: { type: Number },
      hide: {},
      readingTime: { type: Boolean, attribute: 'reading-time' },
      noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
      now: { attribute: false },
    };
  }

  /** The article, in any supported format (normally the native model). */
  article?: Article | Record<string, unknown>;

  /** Level of the headline, 1–6; body headings follow below it. */
  headingLevel = 1;

  /** How times are shown: `datetime` (2025-04-09 11:27:00), `date`, `long` or `relative` (kept current: updated when the text next changes). */
  dateFormat: DateFormat = 'datetime';

  /** View count; overrides the data's (for portals that fill counts from a counter API). */
  views?: number;

  /** Space-separated parts to leave out: `credits`, `related`, `tags`, `meta`, `views`, `image`, `audio` (the 听新闻 player, e.g. when `<news-tools>` shows its own). */
  hide = '';

  /** Shows the reading time in the meta line (阅读约 N 分钟 / N min read). */
  readingTime = false;

  /**
   * Adds no `NewsArticle` JSON-LD to the page. By default a shown article adds one script to the document's
   * head, unless the page already describes the article (a server or template printed one).
   */
  noJsonLd = false;

  /** The current time for relative dates (milliseconds); defaults to now. */
  now?: number;

  protected readonly expect = 'article';

  /** Sanitized HTML bodies, by source string; kept so re-renders reuse the same nodes. */
  #html = new Map<string, Node>();
  /** The HTML bodies a server rendered into the shadow root, taken over by the first `prepare`. */
  #serverHtml?: Element[];
  /** The base URL the kept HTML bodies were made for. */
  #htmlBase?: string;

  /**
   * Sanitizes HTML bodies before the article shows; articles of blocks only render at once. A block whose
   * markup cannot be sanitized is dropped with a problem; the article still shows.
   */
  protected override prepare(article: Article, base: string | undefined): void | Promise<Problem[]> {
    // Each source with where it is in the data, for the problem a dropped block reports.
    const sources: [string, string][] = typeof article.body === 'string' ? [[article.body, 'body']] : [];
    if (Array.isArray(article.body))
      article.body.forEach((b, i) => b.type === 'html' && sources.push([b.html, `body[${i}]`]));
    if (!sources.length) {
      this.#html.clear();
      return;
    }
    const fresh = new Map<string, Node>();
    const problems: Problem[] = [];
    // Markup from `src` links relative to that document; the kept nodes are for this base only.
    if (base !== this.#htmlBase) this.#html.clear();
    this.#htmlBase = base;
    // Server-rendered (news-widgets/ssr): the bodies are in the shadow root already, sanitized by the same
    // policy. They are taken as they are, so the first render is the server's and hydration keeps them.
    const server = this.#serverHtml;
    this.#serverHtml = undefined;
    if (server?.length === sources.length) {
      sources.forEach(([source], i) => fresh.set(source, server[i]));
      this.#html = fresh;
      return;
    }
    // The sanitizer and DOMPurify load together, when an HTML body first appears.
    return import('../shared/sanitize.js').then(async (module) => {
      sanitizer = module;
      for (const [source, path] of sources) {
        let node = this.#html.get(source);
        try {
          if (!node) {
            const div = document.createElement('div');
            div.className = 'html';
            div.append(await module.sanitizeHtml(source, base));
            node = div;
          }
          fresh.set(source, node);
        } catch (error) {
          problems.push({ path, message: `HTML block dropped: ${(error as Error)?.message ?? error}` });
        }
      }
      this.#html = fresh;
      return problems;
    });
  }

  /**
   * A time as shown in `style`; a relative time also schedules the update that keeps it true (one clock for
   * the page, waking when the text next changes), unless `now` is fixed.
   */
  #formatTime(iso: string | undefined, style: DateFormat, now?: number | Date) {
    const t = formatDate(iso, this.locale, this.zone, style, now == null ? undefined : Number(now));
    if (now == null) this.clock.at(t?.next);
    return t;
  }

  #shownReady = false;

  protected override willShow(): void {
    const a = this.value;
    if (a && !articleExtras.loaded && (this.readingTime || a.previous || a.next))
      this.waitFor(articleExtras.load().then(() => this.requestUpdate()));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Once the article first shows, the section the address names is there to scroll to.
    const ready = this.state === 'ready';
    if (ready && !this.#shownReady) this.#scrollToHash();
    this.#shownReady = ready;
    this.#publish();
  }

  /** The article's JSON-LD for the page, once per article shown (see page-json-ld.ts). */
  #published: Article | null = null;
  #publish(): void {
    const article = this.state === 'ready' && !this.noJsonLd && this.isConnected ? this.value : null;
    if (article === this.#published) return;
    this.#published = article;
    // When the page is idle: it is for crawlers, not for the reader's first view.
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
    idle(() =>
      import('./page-json-ld.js')
        .then((m) => (article && this.#published === article ? m.publish(this, article) : m.withdraw(this)))
        .catch(() => undefined),
    );
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The built-in credits and related list report to this element, not to the page: one news-load (or
    // news-error) per article. Elements the page puts in the slots keep theirs.
    const own = (e: Event) => (e.target as Node).getRootNode() === root && e.stopPropagation();
    root.addEventListener('news-load', own);
    root.addEventListener('news-error', own);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.shadowRoot?.firstChild)
      this.#serverHtml = [...this.shadowRoot.querySelectorAll('[part~="body"] div.html')];
    window.addEventListener('hashchange', this.#scrollToHash);
    this.#publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#scrollToHash);
    this.#publish();
  }

  /** Section ids live in the shadow root, where the browser cannot find them: scroll to them here. */
  #scrollToHash = (): void => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape (`#%E0%A4%A`): the raw text, which names no section.
    }
    if (id) this.shadowRoot?.getElementById(id)?.scrollIntoView();
  };

  #hidden(part: string): boolean {
    return this.hide.split(/\s+/).includes(part);
  }

  protected renderReady(a: Article): TemplateResult {
    const locale = this.locale;
    const level = headingLevel(this.headingLevel, 1);
    // Chinese portals print 视听甘肃丨headline; other languages put the channel above as a kicker.
    const cjk = /^(zh|ja|ko)\b/i.test(a.lang || intlTag(locale));
    return html`<div class="root">
      <article part="article" aria-labelledby="headline" lang=${a.lang || nothing}>
        <header part="header">
          ${renderHeading(
            level,
            'headline',
            html`${
              a.channel
                ? cjk
                  ? html`<span part="channel" class="channel">${a.channel}</span
                      ><span class="kicker-sep">${this.t('kicker')}</span>`
                  : html`<span part="channel" class="channel kicker">${a.channel}</span
                      ><span class="visually-hidden">${this.t('colon')}</span>`
                : nothing
            }${a.title}`,
          )}
          ${a.subtitle ? html`<p part="subtitle" class="subtitle">${a.subtitle}</p>` : nothing}
          ${this.#hidden('meta') ? nothing : this.renderMeta(a, locale)}
          <slot name="header"></slot>
        </header>
        ${a.image && !this.#hidden('image') ? this.renderFigure(a.image, 'lead-image') : nothing}
        ${
          a.audio && safeUrl(a.audio.src) && !this.#hidden('audio')
            ? html`<audio
                part="audio"
                class="listen"
                controls
                preload="none"
                src=${safeUrl(a.audio.src)!}
                aria-label=${a.audio.caption || this.t('listen')}
              ></audio>`
            : nothing
        }
        <div part="body" class="body">${this.renderBody(
          // An article that has only a summary (a feed item, a schema.org description) shows it as its text.
          a.summary && !(typeof a.body === 'string' ? a.body.trim() : a.body.length)
            ? [{ type: 'paragraph', text: a.summary }]
            : a.body,
          level,
          locale,
        )}</div>
        <footer part="footer">
          ${
            a.tags?.length && !this.#hidden('tags')
              ? html`<ul part="tags" class="tags" aria-label=${this.t('tags')}>
                  ${a.tags.map((t) => html`<li part="tag">${t}</li>`)}
                </ul>`
              : nothing
          }
          ${
            this.#hidden('credits')
              ? nothing
              : html`<slot name="credits"
                  ><news-credits
                    part="credits"
                    exportparts="list: credits-list, item: credits-item, role: credits-role, name: credits-name, separator: credits-separator"
                    .credits=${a.credits ?? []}
                    .labels=${this.labels}
                    .theme=${this.theme}
                    lang=${this.#childLang()}
                  ></news-credits
                ></slot>`
          }
          <slot name="footer"></slot>
        </footer>
        ${articleExtras.loaded?.renderArticleNav(a, locale) ?? nothing}
      </article>
      ${
        // An article without related news shows no related section (not an empty one); the slot stays.
        this.#hidden('related')
          ? nothing
          : html`<slot name="related"
              >${
                a.related?.length
                  ? html`<related-news-list
                      part="related"
                      exportparts="heading: related-heading, item: related-item, link: related-link, summary: related-summary, time: related-time"
                      .items=${a.related}
                      .labels=${this.labels}
                      exclude=${a.url ?? nothing}
                      heading-level=${Math.min(level + 1, 6)}
                      date-format=${this.dateFormat}
                      time-zone=${this.zone}
                      .theme=${this.theme}
                      lang=${this.#childLang()}
                  ></related-news-list>`
                  : nothing
              }</slot
            >`
      }
    </div>`;
  }

  /** Children take the label locale this element resolved, so they agree with it. */
  #childLang(): string {
    return this.locale;
  }

  protected renderMeta(a: Article, locale: Locale): TemplateResult | typeof nothing {
    const published = this.#formatTime(a.published, this.dateFormat, this.now);
    const updated =
      a.updated && a.updated !== a.published
        ? this.#formatTime(a.updated, this.dateFormat, this.now)
        : undefined;
    const views = this.views ?? a.views;
    const showViews =
      typeof views === 'number' && Number.isFinite(views) && views >= 0 && !this.#hidden('views');
    const colon = this.t('metaColon');
    const viewsFirst = this.t('viewsAt') === 'start';
    const byline = (a.credits ?? []).filter((c) => c.role === 'author' || c.role === 'reporter');
    const source = (a.credits ?? []).find((c) => c.role === 'source');
    const viewsPart = showViews
      ? html`<span part="views" class="views"
          >${this.t('views', { n: formatCount(views, locale) })}</span
        >`
      : nothing;
    // No meta line at all when there is nothing to say (no empty paragraph for a screen reader to find).
    if (!showViews && !published && !updated && !source && !byline.length) return nothing;
    return html`<p part="meta" class="meta">
      ${viewsFirst ? viewsPart : nothing}
      ${published ? this.#time('published', this.t('published') + colon, published) : nothing}
      ${updated ? this.#time('updated', this.t('updated') + colon, updated) : nothing}
      ${source ? html`<span part="source">${this.t('source')}${colon}${joinNames(locale, source.names)}</span>` : nothing}
      ${byline.map(
        (c) =>
          html`<span part="byline"
            >${roleLabel(locale, c.role, this.labels) ?? c.label ?? c.role}${colon}${joinNames(locale, c.names)}</span
          >`,
      )}
      ${viewsFirst ? nothing : viewsPart}
      ${
        this.readingTime && articleExtras.loaded
          ? html`<span part="read-time">${articleExtras.loaded.readingTime(a, locale)}</span>`
          : nothing
      }
    </p>`;
  }

  /** `发布时间:<time>2025-04-09 11:27:00</time>` with its part. */
  #time(part: string, label: string, t: { text: string; datetime: string; title: string }): TemplateResult {
    return html`<span part=${part}
      >${label}<time part="time" datetime=${t.datetime} title=${t.title}>${t.text}</time></span
    >`;
  }

  /** A sanitized HTML body, its headings under the headline (see `relevel`). */
  #leveled(node: Node | undefined, level: number): Node | typeof nothing {
    if (!node) return nothing;
    sanitizer?.relevel(node as Element, level);
    return node;
  }

  protected renderBody(body: Article['body'], level: number, _locale?: Locale): unknown {
    if (typeof body === 'string') return this.#leveled(this.#html.get(body), level);
    let lead = 0;
    return body.map((block) => {
      switch (block.type) {
        case 'paragraph':
          return block.lead
            ? html`<p part="paragraph" class="has-lead"><strong part="lead" id=${`lead-${++lead}`}>${block.lead}</strong>${spaceAfter(block.lead)}${block.text}</p>`
            : html`<p part="paragraph">${block.text}</p>`;
        case 'heading':
          return renderHeading(
            Math.min(level + (block.level ?? 2) - 1, 6),
            'heading',
            block.text,
            `heading-${++lead}`,
          );
        case 'image':
          return this.renderFigure(block, 'figure');
        case 'video':
        case 'audio':
          return this.renderMedia(block);
        case 'quote':
          return html`<blockquote part="quote">
            <p>${block.text}</p>
            ${block.cite ? html`<footer><cite>${block.cite}</cite></footer>` : nothing}
          </blockquote>`;
        case 'list':
          return block.ordered
            ? html`<ol part="list">
                ${block.items.map((i) => html`<li>${i}</li>`)}
              </ol>`
            : html`<ul part="list">
                ${block.items.map((i) => html`<li>${i}</li>`)}
              </ul>`;
        case 'html':
          return this.#leveled(this.#html.get(block.html), level);
        default:
          return nothing;
      }
    });
  }

  protected renderFigure(
    media: Media | Extract<Block, { type: 'image' }>,
    part: string,
  ): TemplateResult | typeof nothing {
    const src = safeUrl(media.src, true);
    if (!src) return nothing;
    const sized = !!(media.width && media.height);
    const credit = media.credit
      ? MARKED_CREDIT.test(media.credit)
        ? media.credit
        : this.t('photoBy', { name: media.credit })
      : '';
    return html`<figure part="figure ${part}" class="figure">
      <img
        part="image"
        class=${sized ? '' : 'unsized'}
        src=${src}
        alt=${media.alt ?? ''}
        width=${media.width ?? nothing}
        height=${media.height ?? nothing}
        loading="lazy"
        decoding="async"
      />
      ${
        media.caption || credit
          ? html`<figcaption part="caption">
              ${media.caption ?? ''}${credit ? html` <span part="photo-credit">${credit}</span>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  protected renderMedia(block: Extract<Block, { type: 'video' | 'audio' }>): TemplateResult | typeof nothing {
    const src = safeUrl(block.src);
    if (!src) return nothing;
    const poster = safeUrl(block.poster, true);
    const caption = block.caption ? html`<figcaption part="caption">${block.caption}</figcaption>` : nothing;
    return block.type === 'video'
      ? html`<figure part="figure media" class="figure">
          <video
            controls
            preload="metadata"
            playsinline
            src=${src}
            poster=${poster ?? nothing}
            aria-label=${block.caption || nothing}
          ></video
          >${caption}
        </figure>`
      : html`<figure part="figure media" class="figure">
          <audio controls preload="metadata" src=${src} aria-label=${block.caption || nothing}></audio
          >${caption}
        </figure>`;
  }

  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-article" aria-hidden="true">
      <span class="skeleton line headline"></span>
      <span class="skeleton line short"></span>
      ${[1, 2, 3, 4, 5, 6].map(() => html`<span class="skeleton line"></span>`)}
      <span class="skeleton line short"></span>
    </div>`;
  }
}
