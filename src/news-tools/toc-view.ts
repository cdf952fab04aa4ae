/**
 * What `<news-toc>` shows: the article's headings and bold section leads, linking to the anchors the
 * article renders (`heading-N`, `lead-N`; the article scrolls to them when the address's fragment
 * names one), the section being read marked with `aria-current`. Loaded when the element is first put
 * on a page.
 */
import { html, nothing, render } from 'lit';
import { ArticleBinding, styledRoot } from './binding.js';
import { label } from './labels.js';
import { observeReading } from './reading-events.js';
import type { ToolView } from './binding.js';

const styles = `
:host{display:block;font-family:var(--news-font-family,system-ui,sans-serif);font-size:calc(var(--news-font-size,16px)*0.875);color:var(--news-text-color,#1f1f1f)}
:host([hidden]){display:none}
details{border:1px solid var(--news-border-color,#e2e4e8);border-radius:var(--news-radius,0.25em);background:var(--news-surface-color,#f4f5f7)}
summary{cursor:pointer;font-weight:700;padding:0.5em 0.75em;min-height:2.75em;box-sizing:border-box;display:flex;align-items:center}
summary::-webkit-details-marker{display:none}
summary::before{content:'▸'/'';display:inline-block;width:1em;margin-right:0.25em;color:var(--news-muted-color,#5f6368)}
details[open]>summary::before{content:'▾'/''}
summary:focus-visible,a:focus-visible{outline:2px solid var(--news-focus-color,#1a73e8);outline-offset:1px}
ol{margin:0;padding:0 0.75em 0.75em 2.25em;columns:var(--news-toc-columns,auto) 16em;column-gap:2em}
li{break-inside:avoid;padding:0.125em 0}
a{color:var(--news-link-color,#0b4f9c);text-decoration:none;display:inline-block;padding:0.25em 0}
a:hover{text-decoration:underline}
a[aria-current]{color:var(--news-accent-color,#b3131b);font-weight:700}
@media print{:host{display:none!important}}
`;

/** One constructed sheet for every element of this view. */
const sheet = new CSSStyleSheet();

/** Above this width the contents start open; narrower screens show the 目录 disclosure closed. */
const WIDE = '(min-width: 48em)';

/** Creates the view of a `<news-toc>` element. */
export function tocView(host: HTMLElement): ToolView {
  return new TocView(host);
}

interface Section {
  id: string;
  text: string;
  el: Element;
}

class TocView implements ToolView {
  readonly root: ShadowRoot;
  readonly binding: ArticleBinding;
  #sections: Section[] = [];
  #current?: string;
  #observers: IntersectionObserver[] = [];
  #open = matchMedia(WIDE).matches;
  #stopReading?: () => void;

  constructor(readonly host: HTMLElement) {
    this.root = styledRoot(host, sheet, styles);
    this.binding = new ArticleBinding(
      host,
      () => this.render(),
      () => {
        this.#stopReading?.();
        this.#stopReading = this.binding.article ? observeReading(this.binding.article) : undefined;
      },
    );
    // An element taken off the page while this code loaded connects when it comes back.
    if (host.isConnected) this.update();
  }

  get settled(): Promise<void> {
    return this.binding.settled;
  }

  update(): void {
    this.binding.update();
  }

  disconnect(): void {
    this.#unobserve();
    this.binding.disconnect();
  }

  #unobserve(): void {
    for (const o of this.#observers) o.disconnect();
    this.#observers = [];
  }

  /** The article's section anchors, in reading order. */
  #read(): Section[] {
    const root = this.binding.value ? this.binding.article?.shadowRoot : undefined;
    if (!root) return [];
    return [...root.querySelectorAll('[id^="lead-"], [id^="heading-"]')].flatMap((el) => {
      const text = (el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[。．.：:，,；;]$/, '');
      return text ? [{ id: el.id, text, el }] : [];
    });
  }

  render(): void {
    const sections = this.#read();
    const same =
      sections.length === this.#sections.length && sections.every((s, i) => s.el === this.#sections[i].el);
    if (!same) {
      this.#sections = sections;
      this.#observe();
    }
    const locale = this.binding.locale;
    // Hidden only once the article shows and has no sections (not while it loads: no shift when it shows).
    this.host.hidden = !!this.binding.value && !sections.length;
    render(
      sections.length
        ? html`<nav part="nav" aria-label=${label(locale, 'toc')}>
            <details ?open=${this.#open} @toggle=${this.#toggle}>
              <summary part="summary">${label(locale, 'toc')}</summary>
              <ol part="list">
                ${sections.map(
                  (s) =>
                    html`<li>
                      <a
                        part="link"
                        href=${`#${s.id}`}
                        aria-current=${s.id === this.#current ? 'location' : nothing}
                        @click=${this.#follow}
                        >${s.text}</a
                      >
                    </li>`,
                )}
              </ol>
            </details>
          </nav>`
        : nothing,
      this.root,
    );
  }

  #toggle = (e: Event): void => {
    this.#open = (e.target as HTMLDetailsElement).open;
  };

  /** A link to the section already named by the address: the article gets no `hashchange`, so scroll here. */
  #follow = (e: Event): void => {
    const id = (e.currentTarget as HTMLAnchorElement).hash.slice(1);
    if (location.hash.slice(1) !== id) return;
    e.preventDefault();
    this.#sections.find((s) => s.id === id)?.el.scrollIntoView();
  };

  /** Watches the anchors: any of them moving in or out of view (or of the top tenth) marks again. */
  #observe(): void {
    this.#unobserve();
    if (!this.#sections.length) return;
    const mark = () => this.#mark();
    this.#observers = [
      new IntersectionObserver(mark),
      new IntersectionObserver(mark, { rootMargin: '0px 0px -90% 0px' }),
    ];
    for (const o of this.#observers) for (const s of this.#sections) o.observe(s.el);
  }

  /**
   * The current section: the last one whose anchor has reached a line a tenth down the screen (where
   * following a link to a section puts its anchor).
   */
  #mark(): void {
    const line = innerHeight / 10 + 1;
    let current: string | undefined;
    for (const s of this.#sections) {
      if (s.el.getBoundingClientRect().top <= line) current = s.id;
      else break;
    }
    if (current === this.#current) return;
    this.#current = current;
    this.render();
  }
}
