import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import { absolute, absoluteSrcset, rebase } from '../../src/shared/rebase.js';
import { faultUrl } from './helpers.js';

/** An article whose every URL is relative, in blocks and in HTML. */
const article = {
  title: '相对地址',
  url: 'story.html',
  image: { src: 'img/lead.jpg', alt: '头图' },
  body: [
    { type: 'paragraph', text: '正文' },
    { type: 'image', src: 'img/body.jpg', alt: '图' },
    { type: 'video', src: 'media/v.mp4', poster: '/posters/v.jpg' },
    {
      type: 'html',
      html: '<p><a href="../other.html">另一篇</a> <a href="#part">本文小节</a> <a href="https://example.com/x">外站</a></p><img src="img/a.png" srcset="img/a.png 1x, img/a2.png 2x" alt="a">',
    },
  ],
  related: [
    { title: '相关一', url: 'news/1.html', image: { src: '//cdn.example.com/t.jpg' } },
    { title: '相关二', url: 'https://example.com/2.html' },
  ],
};

async function mount<T extends HTMLElement & { loaded: Promise<void> }>(
  tag: string,
  src: string,
): Promise<T> {
  const el = document.createElement(tag) as T;
  el.setAttribute('src', src);
  document.body.append(el);
  await el.loaded;
  return el;
}

const attr = (root: ParentNode, selector: string, name: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.getAttribute(name));

describe('relative URLs in a document loaded from src', () => {
  afterEach(() => document.body.replaceChildren());

  it('resolve against that document, in blocks, media, related items and HTML', async () => {
    const el = await mount<NewsArticleElement>('news-article', faultUrl({ body: JSON.stringify(article) }));
    const dir = new URL('/__fault/', location.href).href;
    const root = el.shadowRoot!;
    expect(el.state).to.equal('ready');
    expect(el.value!.url).to.equal(`${dir}story.html`);
    expect(attr(root, '[part~="image"]', 'src')).to.deep.equal([`${dir}img/lead.jpg`, `${dir}img/body.jpg`]);
    const video = root.querySelector('video')!;
    expect(video.getAttribute('src')).to.equal(`${dir}media/v.mp4`);
    expect(video.getAttribute('poster')).to.equal(new URL('/posters/v.jpg', location.href).href);
    const html = root.querySelector('.html')!;
    expect(attr(html, 'a', 'href')).to.deep.equal([
      new URL('/other.html', location.href).href,
      '#part',
      'https://example.com/x',
    ]);
    expect(html.querySelector('img')!.getAttribute('src')).to.equal(`${dir}img/a.png`);
    expect(html.querySelector('img')!.getAttribute('srcset')).to.equal(
      `${dir}img/a.png 1x, ${dir}img/a2.png 2x`,
    );
    const list = root.querySelector('related-news-list')!.shadowRoot!;
    expect(attr(list, 'a[part~="link"]', 'href')).to.deep.equal([
      `${dir}news/1.html`,
      'https://example.com/2.html',
    ]);
    expect(attr(list, '[part~="thumbnail"]', 'src')).to.deep.equal([
      `${location.protocol}//cdn.example.com/t.jpg`,
    ]);
  });

  it('resolve against the URL a redirect led to', async () => {
    const target = `/__fault/moved/here/doc?${new URLSearchParams({ body: JSON.stringify(article.related) })}`;
    const el = await mount<RelatedNewsListElement>('related-news-list', faultUrl({ redirect: target }));
    expect(attr(el.shadowRoot!, 'a[part~="link"]', 'href')).to.deep.equal([
      new URL('/__fault/moved/here/news/1.html', location.href).href,
      'https://example.com/2.html',
    ]);
  });

  it('of an RSS feed resolve against the feed, after its redirect', async () => {
    const rss =
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>最新</title>' +
      '<item><title>新闻一</title><link>a/1.html</link></item></channel></rss>';
    const target = `/__fault/feeds/gs/doc?${new URLSearchParams({ body: rss, type: 'application/rss+xml' })}`;
    const el = await mount<RelatedNewsListElement>('related-news-list', faultUrl({ redirect: target }));
    expect(attr(el.shadowRoot!, 'a[part~="link"]', 'href')).to.deep.equal([
      new URL('/__fault/feeds/gs/a/1.html', location.href).href,
    ]);
  });

  it('of a next page resolve against that page, after its redirect', async () => {
    const page2 = `/__fault/pages/two/doc?${new URLSearchParams({ body: JSON.stringify([{ title: '第二页', url: 'p2.html' }]) })}`;
    const el = document.createElement('related-news-list') as RelatedNewsListElement;
    el.setAttribute('page-size', '1');
    el.items = {
      items: [{ title: '第一页', url: 'https://example.com/1.html' }],
      next: faultUrl({ redirect: page2 }),
    };
    document.body.append(el);
    await el.loaded;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await el.updateComplete;
    expect(attr(el.shadowRoot!, 'a[part~="link"]', 'href')).to.deep.equal([
      'https://example.com/1.html',
      new URL('/__fault/pages/two/p2.html', location.href).href,
    ]);
  });

  it('stay as they are in data given inline (relative to the page)', async () => {
    const el = document.createElement('related-news-list') as RelatedNewsListElement;
    el.items = article.related;
    document.body.append(el);
    await el.loaded;
    expect(attr(el.shadowRoot!, 'a[part~="link"]', 'href')).to.deep.equal([
      'news/1.html',
      'https://example.com/2.html',
    ]);
  });
});

describe('rebase()', () => {
  const base = 'https://news.example.cn/feeds/latest.json';

  it('resolves paths, dot segments, root and protocol-relative URLs and queries', () => {
    expect(absolute('a/b.html', base)).to.equal('https://news.example.cn/feeds/a/b.html');
    expect(absolute('../b.html', base)).to.equal('https://news.example.cn/b.html');
    expect(absolute('/b.html', base)).to.equal('https://news.example.cn/b.html');
    expect(absolute('//cdn.example.cn/b.jpg', base)).to.equal('https://cdn.example.cn/b.jpg');
    expect(absolute('?page=2', base)).to.equal('https://news.example.cn/feeds/latest.json?page=2');
  });

  it('leaves absolute URLs of any scheme, hidden schemes, fragments and empty strings alone', () => {
    for (const url of [
      'https://x.example/a',
      'mailto:a@b.c',
      'javascript:alert(1)',
      // Hidden schemes are no relative URLs: they stay, for the renderer to drop.
      'JaVa&#115;cript:alert(1)',
      'java\tscript:alert(1)',
      'data:image/png;base64,AA',
      '#x',
      '',
    ])
      expect(absolute(url, base)).to.equal(url);
    expect(absoluteSrcset('a.jpg 1x, https://x.example/b.jpg 2x', base)).to.equal(
      'https://news.example.cn/feeds/a.jpg 1x, https://x.example/b.jpg 2x',
    );
  });

  it('copies what changes and returns unchanged objects as they are', () => {
    const absoluteItem = { title: 'a', url: 'https://x.example/a' };
    const relativeItem = { title: 'b', url: 'b.html', image: { src: 'b.jpg' } };
    const items = [absoluteItem, relativeItem];
    const out = rebase(items, base);
    expect(out).to.not.equal(items);
    expect(out[0]).to.equal(absoluteItem);
    expect(out[1]).to.deep.equal({
      title: 'b',
      url: 'https://news.example.cn/feeds/b.html',
      image: { src: 'https://news.example.cn/feeds/b.jpg' },
    });
    expect(relativeItem.url, 'the input is not changed').to.equal('b.html');
    expect(rebase([absoluteItem], base)[0]).to.equal(absoluteItem);
    const all = [absoluteItem];
    expect(rebase(all, base)).to.equal(all);
  });
});
