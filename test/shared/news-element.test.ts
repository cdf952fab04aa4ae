import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Article } from '../../src/data/model.js';
import { NewsElement } from '../../src/shared/news-element.js';
import { NewsErrorEvent, NewsLoadEvent } from '../../src/shared/events.js';
import { clearCache } from '../../src/shared/loader.js';
import { faultUrl, requestCount, uniqueKey } from './helpers.js';

/** The smallest element on the shared machinery: it shows the article title. */
class TestArticle extends NewsElement<Article> {
  @property({ attribute: false }) article?: unknown;
  protected readonly expect = 'article';
  protected renderReady(a: Article): TemplateResult {
    return litHtml`<div class="root"><h1 part="headline">${a.title}</h1></div>`;
  }
  protected renderSkeleton(): TemplateResult {
    return litHtml`<div class="skeleton" style="height: 10em"></div>`;
  }
}
customElements.define('test-article', TestArticle);

const doc = (title: string) => JSON.stringify({ title, body: [{ type: 'paragraph', text: 'x' }] });
const headline = (el: TestArticle) => el.shadowRoot!.querySelector('h1')?.textContent;

describe('NewsElement (shared element machinery)', () => {
  afterEach(() => clearCache());

  describe('precedence: property > data > inline script > src > for', () => {
    it('the property wins over everything', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article
          .article=${{ title: 'property', body: [] }}
          data=${doc('data')}
          src=${faultUrl({ body: doc('src') })}
          ><script type="application/json">
            ${doc('script')}
          </script></test-article
        >`,
      );
      await el.loaded;
      expect(headline(el)).to.equal('property');
    });

    it('the data attribute wins over the script, src and for', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article data=${doc('data')} src=${faultUrl({ body: doc('src') })}
          ><script type="application/json">
            ${doc('script')}
          </script></test-article
        >`,
      );
      await el.loaded;
      expect(headline(el)).to.equal('data');
    });

    it('an inline application/json script wins over src, and makes no request', async () => {
      const key = uniqueKey();
      const el = await fixture<TestArticle>(
        html`<test-article src=${faultUrl({ key, body: doc('src') })}
          ><script type="application/json">
            ${doc('script')}
          </script></test-article
        >`,
      );
      await el.loaded;
      expect(headline(el)).to.equal('script');
      expect(await requestCount(key)).to.equal(0);
    });

    it('reads an inline application/ld+json script', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article
          ><script type="application/ld+json">
            { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "LD", "articleBody": "x" }
          </script></test-article
        >`,
      );
      await el.loaded;
      expect(headline(el)).to.equal('LD');
    });

    it('reads several application/ld+json scripts as one graph (breadcrumbs, then the article)', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article
          ><script type="application/ld+json">
            { "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [] }
          </script
          ><script type="application/ld+json">
            { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Second", "articleBody": "x" }
          </script></test-article
        >`,
      );
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(headline(el)).to.equal('Second');
    });

    it('src is loaded when nothing inline is given, and news-load says so', async () => {
      const el = document.createElement('test-article') as TestArticle;
      el.src = faultUrl({ body: doc('from src') });
      const event = oneEvent(el, 'news-load') as Promise<NewsLoadEvent>;
      document.body.append(el);
      const e = await event;
      expect(e.detail.source).to.equal('src');
      expect((e.detail.data as Article).title).to.equal('from src');
      expect(headline(el)).to.equal('from src');
      el.remove();
    });

    it('for reuses the data of another element without a second request', async () => {
      const key = uniqueKey();
      const url = faultUrl({ key, body: doc('shared') });
      const wrapper = await fixture(
        html`<div>
          <news-article id="main-article" src=${url}></news-article>
          <test-article for="main-article"></test-article>
        </div>`,
      );
      // A stand-in <news-article>: the shared machinery only needs `loaded`, `state` and `value`.
      if (!customElements.get('news-article'))
        customElements.define('news-article', class extends TestArticle {});
      const follower = wrapper.querySelector('test-article') as TestArticle;
      await follower.loaded;
      expect(headline(follower)).to.equal('shared');
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('states', () => {
    it('reflects loading, then ready, into the attribute, custom states and aria-busy', async () => {
      const el = document.createElement('test-article') as TestArticle;
      el.src = faultUrl({ delay: 100, body: doc('x') });
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.matches(':state(loading)')).to.equal(true);
      await el.loaded;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.matches(':state(loading)')).to.equal(false);
      el.remove();
    });

    it('keeps the light-DOM fallback visible while loading, and hides it when ready', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article src=${faultUrl({ delay: 150, body: doc('x') })}
          ><p id="fallback">服务器渲染的正文</p></test-article
        >`,
      );
      const fallback = el.querySelector('#fallback') as HTMLElement;
      expect(fallback.assignedSlot).to.not.equal(null);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      // Loading is announced over the fallback too.
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('正在加载…');
      await el.loaded;
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      expect(fallback.assignedSlot).to.equal(null);
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });

    it('shows a skeleton of reserved height and an accessible status without fallback', async () => {
      const el = await fixture<TestArticle>(html`<test-article src=${faultUrl({ hang: 1 })}></test-article>`);
      expect(el.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('正在加载…');
    });

    it('an empty document gives the empty state, which says so', async () => {
      const el = await fixture<TestArticle>(html`<test-article data="{}"></test-article>`);
      await el.loaded;
      expect(el.state).to.equal('empty');
      expect(el.shadowRoot!.textContent).to.contain('暂无内容');
    });

    it('no input at all is empty, and setting the property later makes it ready', async () => {
      const el = await fixture<TestArticle>(html`<test-article></test-article>`);
      await el.loaded;
      expect(el.state).to.equal('empty');
      el.article = { title: 'later', body: [] };
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(headline(el)).to.equal('later');
    });
  });

  describe('errors', () => {
    it('invalid JSON in data: role=alert text, a retry button, and one news-error of kind parse', async () => {
      const errors: NewsErrorEvent[] = [];
      const el = document.createElement('test-article') as TestArticle;
      el.addEventListener('news-error', (e) => errors.push(e));
      el.setAttribute('data', '{"title": ');
      document.body.append(el);
      await el.loaded;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('数据不是有效的 JSON');
      expect(alert.querySelector('button')!.textContent).to.equal('重试');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('parse');
      expect(el.state).to.equal('error');
      el.remove();
    });

    it('a 404 gives kind http with the status and the url, and English text under lang=en', async () => {
      const url = faultUrl({ status: 404 });
      const el = document.createElement('test-article') as TestArticle;
      el.lang = 'en';
      el.src = url;
      const event = oneEvent(el, 'news-error') as Promise<NewsErrorEvent>;
      document.body.append(el);
      const e = await event;
      expect(e.detail).to.include({ kind: 'http', status: 404 });
      expect(e.detail.url).to.contain('/__fault/');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'the server answered 404',
      );
      el.remove();
    });

    it('a document with no title gives kind invalid naming the field', async () => {
      const el = await fixture<TestArticle>(html`<test-article data='{"body":"x"}'></test-article>`);
      await el.loaded;
      expect(el.error!.kind).to.equal('invalid');
      expect(el.error!.problems!.map((p) => `${p.path} ${p.message}`).join()).to.contain('title');
    });

    it('an unknown format gives kind format', async () => {
      const el = await fixture<TestArticle>(html`<test-article data='{"foo":1}'></test-article>`);
      await el.loaded;
      expect(el.error!.kind).to.equal('format');
    });

    it('the retry button requests again and renders the data', async () => {
      const key = uniqueKey();
      const el = await fixture<TestArticle>(
        html`<test-article src=${faultUrl({ key, fail: 2, body: doc('second time') })}></test-article>`,
      );
      await el.loaded;
      expect(el.state).to.equal('error');
      (el.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(headline(el)).to.equal('second time');
      expect(await requestCount(key)).to.equal(3);
    });

    it('a timeout gives kind timeout', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article timeout="150" src=${faultUrl({ hang: 1 })}></test-article>`,
      );
      await el.loaded;
      expect(el.error!.kind).to.equal('timeout');
    });
  });

  describe('requests', () => {
    it('three elements on one URL make one request', async () => {
      const key = uniqueKey();
      const url = faultUrl({ key, delay: 50, body: doc('once') });
      const wrapper = await fixture(
        html`<div>
          <test-article src=${url}></test-article><test-article src=${url}></test-article
          ><test-article src=${url}></test-article>
        </div>`,
      );
      const els = [...wrapper.querySelectorAll('test-article')] as TestArticle[];
      await Promise.all(els.map((e) => e.loaded));
      expect(els.map(headline)).to.deep.equal(['once', 'once', 'once']);
      expect(await requestCount(key)).to.equal(1);
    });

    it('refresh() bypasses the cache', async () => {
      const key = uniqueKey();
      const el = await fixture<TestArticle>(
        html`<test-article src=${faultUrl({ key, body: doc('x') })}></test-article>`,
      );
      await el.loaded;
      await el.refresh();
      expect(await requestCount(key)).to.equal(2);
      expect(el.state).to.equal('ready');
    });

    it('a new src aborts the old request; the stale response never renders', async () => {
      const el = await fixture<TestArticle>(
        html`<test-article src=${faultUrl({ delay: 300, body: doc('old') })}></test-article>`,
      );
      el.src = faultUrl({ body: doc('new') });
      await el.loaded;
      expect(headline(el)).to.equal('new');
      // Wait past the old response's arrival: it must not replace the new data.
      await fetch(faultUrl({ delay: 400 }));
      await el.updateComplete;
      expect(headline(el)).to.equal('new');
    });

    it('removing the element aborts its request', async () => {
      const key = uniqueKey();
      const el = await fixture<TestArticle>(
        html`<test-article src=${faultUrl({ key, delay: 300, body: doc('x') })}></test-article>`,
      );
      let loads = 0;
      el.addEventListener('news-load', () => loads++);
      el.remove();
      await fetch(faultUrl({ delay: 400 }));
      expect(loads).to.equal(0);
      expect(el.state).to.equal('loading');
      // Put back, it loads again.
      document.body.append(el);
      await el.loaded;
      expect(el.state).to.equal('ready');
      el.remove();
    });

    it('loading="lazy" waits until the element is near the viewport', async () => {
      const key = uniqueKey();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: 5000px"></div>
          <test-article loading="lazy" src=${faultUrl({ key, body: doc('lazy') })}></test-article>
        </div>`,
      );
      const el = wrapper.querySelector('test-article') as TestArticle;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(await requestCount(key)).to.equal(0);
      expect(el.state).to.equal('loading');
      el.scrollIntoView();
      await el.loaded;
      expect(headline(el)).to.equal('lazy');
      expect(await requestCount(key)).to.equal(1);
    });
  });
});
