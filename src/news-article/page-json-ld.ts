/**
 * The article's `NewsArticle` JSON-LD for a page built in the browser: one
 * `<script type="application/ld+json">` in the document's head for each shown article that the page does
 * not already describe (a server, a CMS template or the article's own inline JSON-LD may have). Loaded
 * after the article first shows, so it costs the first render nothing.
 */
import type { Article } from '../data/model.js';
import { articleJsonLd, describesArticle, scriptJson } from '../shared/json-ld.js';
import { dataText } from '../data/trusted-types.js';

const scripts = new WeakMap<Element, HTMLScriptElement>();

/** The page's URL for the article: the article's own, else the page's canonical URL, else its address. */
function pageUrl(article: Article): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  try {
    return article.url ? new URL(article.url, document.baseURI).href : (canonical ?? location.href);
  } catch {
    return canonical ?? location.href;
  }
}

/** Adds (or updates) the JSON-LD of `host`'s article, unless the page already describes it. */
export function publish(host: Element, article: Article): void {
  const own = scripts.get(host);
  const values = [
    ...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
  ].flatMap((script) => {
    if (script === own) return [];
    try {
      return [JSON.parse(script.textContent ?? '')];
    } catch {
      return [];
    }
  });
  const options = { url: pageUrl(article) };
  if (describesArticle(values, article, options)) return withdraw(host);
  const script = own ?? document.createElement('script');
  script.type = 'application/ld+json';
  dataText(script, scriptJson(articleJsonLd(article, options)));
  if (!own) {
    script.dataset.newsWidgets = '';
    document.head.append(script);
    scripts.set(host, script);
  }
}

/** Removes the JSON-LD `host` added, if any. */
export function withdraw(host: Element): void {
  scripts.get(host)?.remove();
  scripts.delete(host);
}
