import { defineElement } from '../shared/define-element.js';
import { NewsArticleElement } from './news-article.js';
// The article renders its credits and related list with the other two elements.
import '../news-credits/news-credits.define.js';
import '../related-news-list/related-news-list.define.js';

defineElement('news-article', NewsArticleElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
