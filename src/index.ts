// Classes and types only: importing this module defines no element.
export { NewsArticleElement } from './news-article/news-article.js';
export { NewsCreditsElement } from './news-credits/news-credits.js';
export { RelatedNewsListElement, NewsItemSelectEvent } from './related-news-list/related-news-list.js';
export { NewsElement, type ElementState } from './shared/news-element.js';
export { NewsLoadEvent, NewsErrorEvent } from './shared/events.js';
export type { NewsErrorDetail, NewsErrorKind, NewsLoadDetail, DataSource, Problem } from './shared/events.js';
export { defineElement } from './shared/define-element.js';
export { normalize } from './data/normalize.js';
export type { Article, Block, Credit, RelatedItem, Media } from './data/model.js';
export { safeUrl } from './shared/url.js';
export { sanitizeHtml } from './shared/sanitize.js';
export { clearCache } from './shared/loader.js';
