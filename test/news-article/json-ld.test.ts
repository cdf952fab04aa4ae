// The article's NewsArticle JSON-LD on a page built in the browser: one per article, never a second.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

const article = {
  title: '永登县铸牢中华民族共同体意识',
  url: 'https://news.example.com/2025/04/09/1.html',
  published: '2025-04-09T11:27:00+08:00',
  image: { src: 'https://news.example.com/a.jpg' },
  body: [{ type: 'paragraph', text: '正文' }],
  credits: [
    { role: 'source', names: ['永登县委统战部'] },
    { role: 'reporter', names: ['张三'] },
  ],
};

/** The page's JSON-LD scripts, parsed. */
const pageJsonLd = () =>
  [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent!) as Record<string, unknown>,
  );

/**
 * Resolves once the page holds `n` JSON-LD scripts (their module loads after the article shows), watched
 * with a MutationObserver; rejects after 4 s, naming what it waited for.
 */
function until(n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pageJsonLd().length !== n) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the page did not come to ${n} JSON-LD scripts`));
    }, 4000);
    observer.observe(document, { subtree: true, childList: true });
    check();
  });
}

describe('<news-article> JSON-LD for the page', () => {
  afterEach(() => document.querySelectorAll('script[data-news-widgets]').forEach((s) => s.remove()));

  it('adds one NewsArticle with headline, dates with offsets, author, publisher, image and URL', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${article}></news-article>`);
    await el.loaded;
    await until(1);
    const [ld] = pageJsonLd();
    expect(ld['@type']).to.equal('NewsArticle');
    expect(ld.headline).to.equal(article.title);
    expect(ld.datePublished).to.equal('2025-04-09T11:27:00+08:00');
    expect(ld.dateModified).to.equal('2025-04-09T11:27:00+08:00');
    expect(ld.author).to.deep.equal([{ '@type': 'Person', name: '张三' }]);
    expect((ld.publisher as { name: string }).name).to.equal('永登县委统战部');
    expect(ld.image).to.deep.include('https://news.example.com/a.jpg');
    expect(JSON.stringify(ld)).to.contain(article.url);
    // Removed with the article.
    el.remove();
    await until(0);
    expect(pageJsonLd()).to.have.length(0);
  });

  it('adds none when the page already describes the article, or with no-json-ld', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <script type="application/ld+json">
          { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "永登县铸牢中华民族共同体意识",
            "url": "https://news.example.com/2025/04/09/1.html" }
        </script>
        <news-article .article=${article}></news-article>
        <news-article no-json-ld .article=${{ ...article, title: '另一篇', url: 'https://news.example.com/2.html' }}></news-article>
      </div>`,
    );
    const [a, b] = wrap.querySelectorAll('news-article');
    await Promise.all([(a as NewsArticleElement).loaded, (b as NewsArticleElement).loaded]);
    await import('../../src/news-article/page-json-ld.js');
    await new Promise((r) => requestAnimationFrame(r));
    expect(pageJsonLd()).to.have.length(1);
    expect(document.querySelector('script[data-news-widgets]')).to.equal(null);
  });
});
