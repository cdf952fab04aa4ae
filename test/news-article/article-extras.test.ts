// 上一篇 / 下一篇 and the reading time, as the article shows them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

const body = [{ type: 'paragraph', text: '字'.repeat(900) }];

describe('<news-article> previous / next and reading time', () => {
  it('shows 上一篇 / 下一篇 as a labelled navigation at the article’s end, with rel links', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article
        .article=${{
          title: '本篇',
          body,
          previous: { title: '前一篇的标题', url: 'https://news.example.com/1.html' },
          next: { title: '后一篇的标题', url: 'https://news.example.com/3.html' },
        }}
      ></news-article>`,
    );
    await el.loaded;
    const nav = el.shadowRoot!.querySelector('nav[part="article-nav"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('上一篇和下一篇');
    const prev = nav.querySelector<HTMLAnchorElement>('[part="previous"] a')!;
    const next = nav.querySelector<HTMLAnchorElement>('[part="next"] a')!;
    expect(prev.textContent).to.equal('前一篇的标题');
    expect(prev.rel).to.equal('prev');
    expect(prev.href).to.equal('https://news.example.com/1.html');
    expect(next.textContent).to.equal('后一篇的标题');
    expect(next.rel).to.equal('next');
    // After the footer, inside the article landmark.
    expect(nav.closest('article')).to.not.equal(null);
    expect(nav.previousElementSibling!.localName).to.equal('footer');
    await expect(el).to.be.accessible();
  });

  it('an article without previous and next has no navigation', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article .article=${{ title: 't', body }}></news-article>`,
    );
    await el.loaded;
    expect(el.shadowRoot!.querySelector('[part="article-nav"]')).to.equal(null);
  });

  it('reading-time adds 阅读约 N 分钟 to the meta line (300 characters a minute), in each language', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article reading-time .article=${{ title: 't', published: '2025-04-09T11:27:00+08:00', body }}></news-article>`,
    );
    await el.loaded;
    expect(el.shadowRoot!.querySelector('[part="meta"] [part="read-time"]')!.textContent).to.equal(
      '阅读约 3 分钟',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="read-time"]')!.textContent).to.equal('3 min read');
    el.readingTime = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="read-time"]')).to.equal(null);
  });
});

describe('<news-article> audio', () => {
  it('shows a labelled 听新闻 player for article.audio, and none with hide="audio"', async () => {
    const article = { title: 't', body, audio: { src: 'https://news.example.com/a.mp3' } };
    const el = await fixture<NewsArticleElement>(html`<news-article .article=${article}></news-article>`);
    await el.loaded;
    const audio = el.shadowRoot!.querySelector<HTMLAudioElement>('audio[part="audio"]')!;
    expect(audio.getAttribute('aria-label')).to.equal('听新闻');
    expect(audio.controls).to.equal(true);
    expect(audio.getAttribute('src')).to.equal('https://news.example.com/a.mp3');
    el.lang = 'zh-TW';
    await el.updateComplete;
    expect(audio.getAttribute('aria-label')).to.equal('聽新聞');
    el.hide = 'audio';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('audio[part="audio"]')).to.equal(null);
  });
});
