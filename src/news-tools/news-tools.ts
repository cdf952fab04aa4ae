/**
 * `<news-tools>` and `<news-toc>`: small elements that name their article. What they show, and the code
 * behind it, loads when one is first put on the page; each tool's heavier code (speech, the share panel
 * and its QR code) loads when the reader first uses it.
 */

/** What a loaded view of a tools element does for its element. */
export type { ToolView } from './binding.js';
import type { ToolView } from './binding.js';

type Loader = (host: HTMLElement) => Promise<ToolView>;

/** The shared behaviour: load the view on first connection, forward attribute changes. */
abstract class LazyToolElement extends HTMLElement {
  #view?: ToolView;
  #loading?: Promise<ToolView>;
  protected abstract load: Loader;

  /**
   * Language of the labels (zh-CN, zh-TW, en…); else the nearest ancestor's `lang`, else the article's language.
   * @attr lang
   */
  override lang!: string;

  /**
   * The id of the `<news-article>` to work on; without it, the `<news-article>` this element is inside.
   * @attr for
   */
  get for(): string {
    return this.getAttribute('for') ?? '';
  }
  set for(id: string) {
    this.setAttribute('for', id);
  }

  connectedCallback(): void {
    this.#loading ??= this.load(this).then((view) => (this.#view = view));
    // A view already loaded connects again at once; a loading one renders when it arrives.
    this.#view?.update();
  }

  disconnectedCallback(): void {
    this.#view?.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#view?.update();
  }

  /** Resolves once the tools have loaded and show what their article and attributes ask for. */
  get updateComplete(): Promise<boolean> {
    if (!this.#loading) return Promise.resolve(true);
    return this.#loading.then((view) => view.settled).then(() => true);
  }
}

/**
 * @summary The reader tools of an article: 【字体：大 中 小】, 听新闻, 分享 (copy link, Weibo, the
 * browser's share sheet, a QR code for 微信扫一扫) and 打印.
 *
 * @tag news-tools
 *
 *
 * @csspart tools - The toolbar.
 * @csspart font - The 【字体：大 中 小】 group.
 * @csspart font-button - Each size button (`aria-pressed` marks the current size).
 * @csspart listen - The 听新闻 button, or the audio player when the article has a recording.
 * @csspart speech-control - The pause/resume and stop buttons while the article is read aloud.
 * @csspart share - The 分享 button.
 * @csspart share-panel - The share panel.
 * @csspart qr - The QR code canvas.
 * @csspart status - The announcement of a copied link.
 * @csspart print - The 打印 button.
 *
 * @cssprop [--news-tools-gap=0.5em] - Space between the tools.
 * @cssprop [--news-accent-color=#b3131b] - Colour of the current size and of the highlighted paragraph's marker.
 * @cssprop [--news-reading-background=#fff4d6] - Background of the paragraph being read aloud (`news-article::part(reading)`).
 *
 * @fires news-share - Before a share channel acts; cancel it to replace the channel. `detail: { channel, url, title, image? }`, channel `copy`, `weibo`, `native` or `wechat`.
 * @fires news-view - On the article, once, when half of it (or half the screen) has been visible for a second.
 * @fires news-read - On the article, once, when the reader reaches the end of its text.
 */
export class NewsToolsElement extends LazyToolElement {
  static get observedAttributes(): string[] {
    return ['for', 'tools', 'lang'];
  }

  protected load: Loader = (host) => import('./tools-view.js').then((m) => m.toolsView(host));

  /**
   * Space-separated tools, in order: `font`, `listen`, `share`, `print` (default: all four).
   * @attr tools
   */
  get tools(): string {
    return this.getAttribute('tools') ?? 'font listen share print';
  }
  set tools(list: string) {
    this.setAttribute('tools', list);
  }
}

/**
 * @summary The table of contents (目录) of an article: its headings and bold section leads as links,
 * the section being read marked; a disclosure on narrow screens.
 *
 * @tag news-toc
 *
 *
 * @csspart nav - The navigation landmark.
 * @csspart summary - The 目录 disclosure button.
 * @csspart list - The list of sections.
 * @csspart link - Each section link (`aria-current="location"` marks the section being read).
 */
export class NewsTocElement extends LazyToolElement {
  static get observedAttributes(): string[] {
    return ['for', 'lang'];
  }

  protected load: Loader = (host) => import('./toc-view.js').then((m) => m.tocView(host));
}
