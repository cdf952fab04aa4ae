// Labels in any language: an element's own labels, a locale registered once for the page, and a language
// without labels, whose dates and numbers still come in that language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { NewsCreditsElement } from '../../src/news-credits/news-credits.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import { registerLocale } from '../../src/shared/i18n.js';

const article = {
  title: '标题',
  published: '2025-04-09T11:27:00+08:00',
  views: 12345,
  body: [{ type: 'paragraph', text: '正文' }],
  credits: [
    { role: 'reporter', names: ['张三', '李四'] },
    { role: 'editor', names: ['王珺茹'] },
  ],
  related: [
    { title: '相关', url: 'https://news.example.com/1.html', published: '2025-04-16T11:28:00+08:00' },
  ],
};

const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('labels in any language', () => {
  it('a custom label replaces the locale’s, on each element', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article
        labels=${JSON.stringify({ published: '发稿时间', views: '阅读 {n}' })}
        .article=${article}
      ></news-article>`,
    );
    await el.loaded;
    const meta = text(el, '[part="meta"]')!;
    expect(meta).to.contain('发稿时间:2025-04-09 11:27:00');
    expect(meta).to.contain('阅读 1.2万');
    expect(meta).not.to.contain('发布时间');
    // The other labels stay the locale's.
    const list = await fixture<RelatedNewsListElement>(
      html`<related-news-list .labels=${{ related: '延伸阅读' }} .items=${article.related}></related-news-list>`,
    );
    await list.loaded;
    expect(text(list, '[part="heading"]')).to.equal('延伸阅读');
    const credits = await fixture<NewsCreditsElement>(
      html`<news-credits labels='{"editor":"责任编辑","retry":"再试"}' .credits=${article.credits}></news-credits>`,
    );
    await credits.loaded;
    expect(text(credits, '[data-role="editor"] [part="role"]')).to.contain('责任编辑');
  });

  it('a language without labels (ja): dates and numbers in Japanese by Intl, labels in English', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article lang="ja" .article=${article}></news-article>`,
    );
    await el.loaded;
    const time = el.shadowRoot!.querySelector('[part~="published"] time')!;
    const expected = new Intl.DateTimeFormat('ja', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(article.published));
    expect(time.textContent).to.equal(expected);
    expect(text(el, '[part~="published"]')).to.contain('Published');
    expect(text(el, '[part="views"]')).to.equal(
      `${new Intl.NumberFormat('ja', { notation: 'compact', maximumFractionDigits: 1 }).format(12345)} views`,
    );
    // Names are listed as Japanese lists them.
    expect(text(el, '[part="byline"]')).to.contain(
      new Intl.ListFormat('ja', { type: 'conjunction' }).format(['张三', '李四']),
    );
  });

  it('a locale registered once for the page labels every element in that language', async () => {
    registerLocale('ja', { published: '公開日時', related: '関連ニュース', 'role.editor': '編集' });
    const el = await fixture<NewsArticleElement>(
      html`<div lang="ja-JP"><news-article .article=${article}></news-article></div>`,
    ).then((div) => div.querySelector('news-article') as NewsArticleElement);
    await el.loaded;
    expect(text(el, '[part~="published"]')).to.contain('公開日時');
    const list = el.shadowRoot!.querySelector('related-news-list')!;
    await (list as RelatedNewsListElement).loaded;
    expect(text(list, '[part="heading"]')).to.equal('関連ニュース');
    const credits = el.shadowRoot!.querySelector('news-credits')!;
    expect(text(credits, '[data-role="editor"] [part="role"]')).to.contain('編集');
    // Keys not registered fall back to English.
    expect(text(el, '[part="views"]')).to.contain('views');
  });
});
