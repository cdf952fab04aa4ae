import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { NewsCreditsElement } from '../../src/news-credits/news-credits.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';

// The first Intl object a page makes costs it tens of milliseconds of main thread (ICU data). A Chinese
// page in the default time zone needs none: the counters below wrap Intl's constructors before the
// elements are loaded (this file runs in a page of its own).
const made: string[] = [];
for (const name of ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'RelativeTimeFormat'] as const) {
  const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
  (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
    construct(target, args) {
      made.push(name);
      return Reflect.construct(target, args) as object;
    },
  });
}

describe('a Chinese page in the default time zone', () => {
  before(async () => {
    await import('../../src/define.js');
  });

  it('renders the seed article, its credits and related news without making an Intl object', async () => {
    const seed = await (await fetch('/demo/data/seed-article.json')).json();
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${seed}></news-article>`);
    await el.loaded;
    const root = el.shadowRoot!;
    const time = root.querySelector('time')!;
    expect(time.textContent).to.equal('2025-04-09 11:27:00');
    expect(time.getAttribute('datetime')).to.equal('2025-04-09T11:27:00+08:00');
    expect(time.getAttribute('title')).to.equal('2025年4月9日 11:27');
    expect(root.textContent).to.contain('0次浏览');
    const list = root.querySelector('related-news-list') as RelatedNewsListElement;
    const credits = root.querySelector('news-credits') as NewsCreditsElement;
    await Promise.all([list.loaded, credits.loaded]);
    expect(credits.shadowRoot!.textContent).to.contain('王珺茹');
    expect(list.shadowRoot!.querySelectorAll('time')).to.have.length(seed.related.length);
    expect(made).to.deep.equal([]);
  });

  it('renders a list with dates and a four-digit view count without making an Intl object', async () => {
    const items = [
      { title: '一', url: 'https://example.com/1', published: '2025-04-16 11:28:00' },
      { title: '二', url: 'https://example.com/2', published: '2025-04-15T08:00:00+08:00' },
    ];
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list .items=${items}></related-news-list>`,
    );
    await el.loaded;
    const times = [...el.shadowRoot!.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-04-16T11:28:00+08:00',
      '2025-04-15T08:00:00+08:00',
    ]);
    const article = await fixture<NewsArticleElement>(
      html`<news-article .article=${{ title: '标题', views: 1234, body: [{ type: 'paragraph', text: '正文' }] }}></news-article>`,
    );
    await article.loaded;
    expect(article.shadowRoot!.textContent).to.contain('1,234次浏览');
    expect(made).to.deep.equal([]);
  });

  it('still uses Intl where a locale or an older time needs it', async () => {
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list
        lang="en"
        .items=${[{ title: 'One', url: 'https://example.com/1', published: '1988-07-01 12:00:00' }]}
      ></related-news-list>`,
    );
    await el.loaded;
    const time = el.shadowRoot!.querySelector('time')!;
    // Summer time in China (1986–1991): the zone's offset then comes from Intl.
    expect(time.getAttribute('datetime')).to.equal('1988-07-01T12:00:00+09:00');
    expect(time.textContent).to.match(/Jul 1, 1988/);
    expect(made).to.include('DateTimeFormat');
  });
});
