// Classes and types only: importing this module defines no element.
export { NewsArticleElement } from './news-article/news-article.js';
export { NewsCreditsElement } from './news-credits/news-credits.js';
export { RelatedNewsListElement, NewsItemSelectEvent } from './related-news-list/related-news-list.js';
export { NewsElement, type ElementState } from './shared/news-element.js';
export { NewsLoadEvent, NewsErrorEvent } from './shared/events.js';
export type { NewsErrorDetail, NewsErrorKind, NewsLoadDetail, DataSource, Problem } from './shared/events.js';
export { defineElement } from './shared/define-element.js';
export { normalize } from './data/normalize.js';
export type { Article, ArticleLink, Block, Credit, RelatedItem, Media } from './data/model.js';
export { safeUrl } from './shared/url.js';
export { registerLocale, type Labels, type Locale } from './shared/i18n.js';
export { sanitizeHtml } from './shared/sanitize.js';
export { clearCache } from './shared/loader.js';
export { NewsToolsElement, NewsTocElement } from './news-tools/news-tools.js';
export { observeReading } from './news-tools/reading-events.js';
export { setFontSize, fontSize, onFontSize, type FontSize } from './news-tools/font-scale.js';
export { renderArticleNav, readingMinutes, readingTime } from './news-tools/article-nav.js';
export type { ShareChannel, ShareData } from './news-tools/share-links.js';
