import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  CJK_PER_MINUTE,
  WORDS_PER_MINUTE,
  readingMinutes,
  readingTime,
  renderArticleNav,
} from '../../src/news-tools/article-nav.js';
import { normalize } from '../../src/data/normalize.js';
import { normalizeNative } from '../../src/data/native-normalize.js';
import type { Article } from '../../src/data/model.js';
import { seedArticle } from './helpers.js';

const para = (text: string) => ({ type: 'paragraph' as const, text });
const han = (n: number) => '字'.repeat(n);
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('reading time', () => {
  it('reads Chinese at 300 characters and English at 238 words a minute, rounding up', () => {
    expect(CJK_PER_MINUTE).to.equal(300);
    expect(WORDS_PER_MINUTE).to.equal(238);
    expect(readingMinutes({ body: [para(han(300))] })).to.equal(1);
    expect(readingMinutes({ body: [para(han(301))] })).to.equal(2);
    expect(readingMinutes({ body: [para(han(900))] })).to.equal(3);
    expect(readingMinutes({ body: [para(words(238))] })).to.equal(1);
    expect(readingMinutes({ body: [para(words(239))] })).to.equal(2);
    // Mixed text: half a minute of each.
    expect(readingMinutes({ body: [para(`${han(150)} ${words(119)}`)] })).to.equal(1);
    expect(readingMinutes({ body: [para(`${han(150)} ${words(120)}`)] })).to.equal(2);
  });

  it('counts leads, headings, quotes, lists and HTML bodies (not their markup), and at least a minute', () => {
    expect(readingMinutes({ body: [] })).to.equal(1);
    expect(
      readingMinutes({
        body: [
          { type: 'paragraph', lead: han(100), text: han(100) },
          { type: 'heading', text: han(50) },
          { type: 'quote', text: han(50) },
          { type: 'list', items: [han(1), han(1)] },
        ],
      }),
    ).to.equal(2); // 302 characters
    expect(readingMinutes({ body: `<p class="${'x'.repeat(3000)}">${han(300)}</p>` })).to.equal(1);
  });

  it('says 阅读约 N 分钟 / 閱讀約 N 分鐘 / N min read; the seed article (2,083 characters, 30 numbers) takes 8 minutes', async () => {
    const seed = await seedArticle();
    expect(readingMinutes(seed)).to.equal(8);
    expect(readingTime(seed, 'zh-Hans')).to.equal('阅读约 8 分钟');
    expect(readingTime(seed, 'zh-Hant')).to.equal('閱讀約 8 分鐘');
    expect(readingTime(seed, 'en')).to.equal('8 min read');
  });
});

describe('上一篇 / 下一篇', () => {
  const links = {
    previous: { title: '省委常委会召开会议', url: 'https://news.example.com/1.html' },
    next: { title: '北京部署2025年住房保障工作', url: '/2.html' },
  };

  it('renders a labelled navigation with rel="prev" and rel="next" links', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(renderArticleNav(links, 'zh-Hans'), host);
    const nav = host.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('上一篇和下一篇');
    const items = [...nav.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ''));
    expect(items).to.deep.equal(['上一篇：省委常委会召开会议', '下一篇：北京部署2025年住房保障工作']);
    const [prev, next] = nav.querySelectorAll('a');
    expect(prev.getAttribute('href')).to.equal('https://news.example.com/1.html');
    expect(prev.rel).to.equal('prev');
    expect(next.getAttribute('href')).to.equal('/2.html');
    expect(next.rel).to.equal('next');
    await expect(host).to.be.accessible();
  });

  it('in English; only the links it has; nothing without any, or with unsafe URLs', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(renderArticleNav({ next: links.next }, 'en'), host);
    expect(host.querySelector('nav')!.getAttribute('aria-label')).to.equal('Previous and next articles');
    expect(host.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Next: 北京部署2025年住房保障工作',
    );
    render(renderArticleNav({ previous: { title: 'x', url: 'javascript:alert(1)' } }, 'en'), host);
    expect(host.querySelector('nav')).to.equal(null);
    render(renderArticleNav({}, 'zh-Hans'), host);
    expect(host.querySelector('nav')).to.equal(null);
  });

  it('are read from native JSON (previous, or prev), the fast path giving what the normalizer gives', () => {
    const doc = { title: '标题', body: [], ...links };
    const full = normalize(doc, { expect: 'article' });
    expect(full.value!.previous).to.deep.equal(links.previous);
    expect(full.value!.next).to.deep.equal(links.next);
    expect(full.problems).to.deep.equal([]);
    const fast = normalizeNative(doc, { expect: 'article' });
    expect(fast?.value).to.deep.equal(full.value);

    const alias = normalize({ title: '标题', prev: links.previous }, { expect: 'article' });
    expect((alias.value as Article).previous).to.deep.equal(links.previous);
  });

  it('a link without a title or URL is dropped with a warning', () => {
    const r = normalize({ title: '标题', next: { title: '下一篇文章' } }, { expect: 'article' });
    expect(r.value!.next).to.equal(undefined);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['next']);
    expect(normalizeNative({ title: '标题', next: { title: '下一篇文章' } }, { expect: 'article' })).to.equal(
      undefined,
    );
  });
});
