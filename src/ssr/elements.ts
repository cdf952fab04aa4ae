/**
 * The three elements as the server registers them. The article's HTML bodies are sanitized before the
 * render (on jsdom, see sanitize.ts) and written as the markup the browser element shows; everything else
 * is the elements' own rendering.
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { nothing } from 'lit';
import type { Article } from '../data/model.js';
import type { Locale } from '../shared/i18n.js';
import { NewsArticleElement } from '../news-article/news-article.js';
import { NewsCreditsElement } from '../news-credits/news-credits.js';
import { RelatedNewsListElement } from '../related-news-list/related-news-list.js';

/** Sanitized markup of the HTML bodies of the article being rendered, by source markup. */
export const sanitizedBodies = new Map<string, string>();

const body = (source: string) => {
  const markup = sanitizedBodies.get(source);
  return markup === undefined ? nothing : unsafeHTML(markup);
};

export class ServerNewsArticle extends NewsArticleElement {
  /** Bodies come sanitized: the article is ready in its first render. */
  protected override prepare(): void {}

  protected override renderBody(content: Article['body'], level: number, locale: Locale): unknown {
    if (typeof content === 'string') return body(content);
    const out = super.renderBody(content, level, locale) as unknown[];
    return content.map((block, i) => (block.type === 'html' ? body(block.html) : out[i]));
  }
}

export class ServerNewsCredits extends NewsCreditsElement {}
export class ServerRelatedNewsList extends RelatedNewsListElement {}

export const TAGS = {
  'news-article': ServerNewsArticle,
  'news-credits': ServerNewsCredits,
  'related-news-list': ServerRelatedNewsList,
} as const;

export type Tag = keyof typeof TAGS;

for (const [tag, ctor] of Object.entries(TAGS))
  if (!customElements.get(tag)) customElements.define(tag, ctor);
