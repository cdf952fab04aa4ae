import { useState } from 'react';
import type { NewsErrorKind } from 'news-widgets';
import seed from '../../../../../demo/data/seed-article.json';

/** The seed article, then the same article under another headline (a new `article` property). */
const SECOND = { ...seed, title: 'Second headline' };
/** Data without a title: the element reports it as invalid. */
const BAD = { channel: 'An article without a title' };
const CREDITS = { editor: ['李四'] };

export function App() {
  const [article, setArticle] = useState<Record<string, unknown>>(seed);
  const [loads, setLoads] = useState<string[]>([]);
  const [errors, setErrors] = useState<NewsErrorKind[]>([]);
  return (
    <main>
      <button id="next" onClick={() => setArticle(SECOND)}>
        Next article
      </button>
      <news-article
        id="main"
        article={article}
        date-format="long"
        time-zone="Asia/Shanghai"
        hide="related"
        onnews-load={(e) => setLoads((list) => [...list, `${e.detail.source}:${e.detail.data.title}`])}
      ></news-article>
      <news-article
        id="bad"
        article={BAD}
        onnews-error={(e) => setErrors((list) => [...list, e.detail.kind])}
      ></news-article>
      <news-credits id="credits" credits={CREDITS}></news-credits>
      <related-news-list id="list" layout="cards" limit={3}></related-news-list>
      <output id="loads">{loads.join(' | ')}</output>
      <output id="errors">{errors.join(' | ')}</output>
    </main>
  );
}
