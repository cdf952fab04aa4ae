// Registers the three elements and the reader tools (side effect). Safe to load more than once.
import './news-article/news-article.define.js';
import './news-credits/news-credits.define.js';
import './related-news-list/related-news-list.define.js';
import './news-tools/news-tools.define.js';
