// Type checks only (never bundled): what the shipped types reject, and what they give a handler.
import type { NewsArticleElement, NewsLoadEvent, Article } from 'news-widgets';

export const wrongValue = (
  // @ts-expect-error date-format takes datetime, date, long or relative
  <news-article date-format="weekly"></news-article>
);
export const unknownAttribute = (
  // @ts-expect-error not an attribute of news-article
  <news-article layout="cards"></news-article>
);
export const readOnly = (
  // @ts-expect-error value is read-only: the element sets it
  <news-article value={null}></news-article>
);
export const typedDetail = (
  <news-article
    onnews-load={(e) => {
      const event: NewsLoadEvent<Article> = e;
      const element: NewsArticleElement = e.target;
      // @ts-expect-error detail.data is an Article, which has no `headline`
      return [event.detail.data.title, element.state, e.detail.data.headline];
    }}
  ></news-article>
);
export const tagMap: NewsArticleElement = document.createElement('news-article');
