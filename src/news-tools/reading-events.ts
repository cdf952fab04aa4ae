/**
 * `news-view` and `news-read` for a portal's 阅读量 counter, fired on the `<news-article>` itself:
 *
 * - `news-view` once, when at least half of the article (or, for an article taller than two screens,
 *   half of the screen) has been visible for one second without a break;
 * - `news-read` once, when the end of the article's text has come into view.
 *
 * Both bubble and cross shadow roots; `detail: { id?, url?, title? }` names the article. An article
 * observed twice (two tools elements, or the article and its tools) still fires each event once.
 */
import type { ArticleElement } from './binding.js';

/** How long the article must stay visible for a view, in milliseconds. */
export const VIEW_DELAY = 1000;

const OBSERVED = Symbol.for('news-widgets.reading');
/** What has fired for the element: kept after observing stops, so a view is counted once per element. */
const FIRED = Symbol.for('news-widgets.reading-fired');
type Observed = ArticleElement & {
  [OBSERVED]?: { count: number; stop: () => void };
  [FIRED]?: { view: boolean; read: boolean };
};

function detail(article: ArticleElement): { id?: string; url?: string; title?: string } {
  const v = article.value;
  return v ? { id: v.id, url: v.url, title: v.title } : {};
}

function fire(article: ArticleElement, type: 'news-view' | 'news-read'): void {
  article.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: detail(article) }));
}

/** The last element of the article's text (the footer's top marks the end where there is one). */
function end(article: ArticleElement): Element {
  const root = article.shadowRoot;
  return (
    root?.querySelector('[part~="footer"]') ??
    root?.querySelector('[part~="body"]')?.lastElementChild ??
    article
  );
}

/**
 * Starts observing `article` for `news-view` and `news-read`; returns the function that stops it. Each
 * event fires at most once for an article element.
 */
export function observeReading(target: ArticleElement): () => void {
  const article = target as Observed;
  const existing = article[OBSERVED];
  if (existing) {
    existing.count++;
    return release(article);
  }
  const fired = (article[FIRED] ??= { view: false, read: false });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const view = new IntersectionObserver(
    ([entry]) => {
      if (fired.view || !entry) return;
      const screen = entry.rootBounds?.height ?? innerHeight;
      const seen = entry.intersectionRect.height;
      const enough =
        entry.isIntersecting && (entry.intersectionRatio >= 0.5 || (screen > 0 && seen >= screen / 2 - 1));
      clearTimeout(timer);
      timer = enough
        ? setTimeout(() => {
            fired.view = true;
            view.disconnect();
            fire(article, 'news-view');
          }, VIEW_DELAY)
        : undefined;
    },
    { threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] },
  );
  view.observe(article);

  let endObserver: IntersectionObserver | undefined;
  const watchEnd = (): void => {
    endObserver?.disconnect();
    if (fired.read) return;
    endObserver = new IntersectionObserver(([entry]) => {
      if (fired.read || !entry?.isIntersecting) return;
      fired.read = true;
      endObserver?.disconnect();
      fire(article, 'news-read');
    });
    endObserver.observe(end(article));
  };
  // The end moves when the article renders (first data, or new data): observe its end again.
  article.addEventListener('news-load', watchEnd);
  if (article.value) watchEnd();

  article[OBSERVED] = {
    count: 1,
    stop: () => {
      clearTimeout(timer);
      view.disconnect();
      endObserver?.disconnect();
      article.removeEventListener('news-load', watchEnd);
    },
  };
  return release(article);
}

function release(article: Observed): () => void {
  let done = false;
  return () => {
    const state = article[OBSERVED];
    if (done || !state) return;
    done = true;
    if (--state.count === 0) {
      state.stop();
      delete article[OBSERVED];
    }
  };
}
