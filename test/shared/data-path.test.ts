// The data path the three elements share (NewsSource under NewsElement): one request per URL for every
// element of the page, a state only the element writes, and an article that survives a bad block.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { NewsCreditsElement } from '../../src/news-credits/news-credits.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import { clearCache } from '../../src/shared/loader.js';
import { faultUrl, requestCount, uniqueKey } from './helpers.js';

const article = {
  title: '同一个文档',
  body: [{ type: 'paragraph', text: '正文' }],
  credits: [{ role: 'editor', names: ['王珺茹'] }],
  related: [{ title: '相关一', url: 'https://news.example.com/1.html' }],
};

describe('the shared data path', () => {
  afterEach(() => clearCache());

  it('one request for a URL that an article, its credits, a list and a for follower all read', async () => {
    const key = uniqueKey();
    // Slow enough that every element asks while the first request (and the loader chunk) is on its way.
    const src = faultUrl({ key, delay: 200, body: JSON.stringify(article) });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <news-article id="a" src=${src}></news-article>
        <news-credits src=${src}></news-credits>
        <related-news-list src=${src}></related-news-list>
        <news-credits for="a"></news-credits>
      </div>`,
    );
    const [a, credits, list, follower] = wrapper.children as unknown as [
      NewsArticleElement,
      NewsCreditsElement,
      RelatedNewsListElement,
      NewsCreditsElement,
    ];
    await Promise.all([a.loaded, credits.loaded, list.loaded, follower.loaded]);
    expect(a.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.contain('同一个文档');
    expect(credits.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('王珺茹');
    expect(follower.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('王珺茹');
    expect(list.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal('相关一');
    expect(await requestCount(key)).to.equal(1);
  });

  it('the state is the element’s to write: a host setting the attribute changes nothing and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await fixture<NewsCreditsElement>(
        html`<news-credits .credits=${{ editor: '王珺茹' }}></news-credits>`,
      );
      await el.loaded;
      for (const state of ['error', 'loading', 'empty', '']) {
        el.setAttribute('state', state);
        expect(el.getAttribute('state')).to.equal('ready');
        await el.updateComplete;
      }
      el.removeAttribute('state');
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.state).to.equal('ready');
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('王珺茹');
      // A later real change still shows.
      el.credits = { chiefEditor: '顾学云' };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('顾学云');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });

  it('an HTML block that cannot be rendered is dropped with a problem; the rest of the article shows', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article
        .article=${{
          title: '坏块',
          body: [
            { type: 'paragraph', text: '第一段' },
            { type: 'html', html: '<frameset><frame src="x.html"></frameset>' },
            { type: 'html', html: '<p>好的块</p>' },
            { type: 'paragraph', text: '最后一段' },
          ],
        }}
      ></news-article>`,
    );
    await el.loaded;
    expect(el.state).to.equal('ready');
    const text = el.shadowRoot!.querySelector('[part="body"]')!.textContent!;
    expect(text).to.contain('第一段');
    expect(text).to.contain('好的块');
    expect(text).to.contain('最后一段');
    expect(el.shadowRoot!.querySelector('frameset, frame')).to.equal(null);
    // The page can see what was dropped.
    expect(el.problems.map((p) => p.path)).to.include('body[1]');
  });
});
