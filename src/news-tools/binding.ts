import type { Article } from '../data/model.js';
import type { Locale } from '../shared/i18n.js';
import { labelLocale as toLocale } from './labels.js';

/** What the tools need of a `<news-article>`: its element, with the normalized article once shown. */
export type ArticleElement = HTMLElement & { value?: Article | null };

/**
 * Follows the `<news-article>` a tools element names with `for` (or the one it sits in): found when it
 * appears, read again each time it renders (`news-load`). `render` runs with the article once it shows.
 */
export class ArticleBinding {
  article?: ArticleElement;
  #settle!: () => void;
  settled: Promise<void> = this.#fresh();
  #connected = false;

  constructor(
    readonly host: HTMLElement,
    private readonly render: () => void,
    private readonly changed: (previous: ArticleElement | undefined) => void = () => {},
  ) {}

  #fresh(): Promise<void> {
    return new Promise<void>((resolve) => (this.#settle = resolve));
  }

  /** The article's data, when it shows one. */
  get value(): Article | undefined {
    return this.article?.value ?? undefined;
  }

  /** The label locale: the tools' `lang` or an ancestor's, else the article's language. */
  get locale(): Locale {
    return (
      toLocale(langAbove(this.host)) ?? toLocale(this.value?.lang || langAbove(this.article)) ?? 'zh-Hans'
    );
  }

  #find(): ArticleElement | undefined {
    const id = this.host.getAttribute('for');
    if (!id) return (this.host.closest('news-article') as ArticleElement | null) ?? undefined;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const el = root.getElementById?.(id) ?? document.getElementById(id);
    return el?.localName === 'news-article' ? (el as ArticleElement) : undefined;
  }

  /** Each render of the article (new data, or first data). */
  #loaded = (e: Event): void => {
    if (e.target === this.article) this.update();
  };

  /** A `news-load` anywhere: the named article may just have appeared. */
  #anyLoad = (e: Event): void => {
    if (!this.article && (e.target as Element).localName === 'news-article') this.update();
  };

  connect(): void {
    if (this.#connected) return;
    this.#connected = true;
    document.addEventListener('news-load', this.#anyLoad, true);
    this.update();
  }

  disconnect(): void {
    this.#connected = false;
    document.removeEventListener('news-load', this.#anyLoad, true);
    this.article?.removeEventListener('news-load', this.#loaded);
    const previous = this.article;
    this.article = undefined;
    if (previous) this.changed(previous);
  }

  update(): void {
    if (!this.#connected) return this.connect();
    const found = this.#find();
    if (found !== this.article) {
      const previous = this.article;
      previous?.removeEventListener('news-load', this.#loaded);
      this.article = found;
      found?.addEventListener('news-load', this.#loaded);
      this.changed(previous);
    }
    this.render();
    if (this.value) this.#settle();
    else if (!found && document.readyState !== 'loading') this.#settle();
  }
}

/** The nearest `lang` at or above `el`, crossing shadow roots; empty when none is set. */
export function langAbove(el: Element | undefined): string {
  let node: Node | null | undefined = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** The host's open shadow root, with a view's styles adopted from the one sheet the view shares. */
export function styledRoot(host: HTMLElement, sheet: CSSStyleSheet, css: string): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!sheet.cssRules.length) sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  return root;
}

/** What a tools element's view does, once loaded. */
export interface ToolView {
  /** Finds the article (again) and renders. */
  update(): void;
  /** Lets go of the article, stops speech and observers. */
  disconnect(): void;
  /** Settles once the view shows what its attributes and article ask for. */
  readonly settled: Promise<void>;
}
