// Registers all three elements (side effect). Safe to load more than once.
import './news-article/news-article.define.js';
import './news-credits/news-credits.define.js';
import './related-news-list/related-news-list.define.js';
