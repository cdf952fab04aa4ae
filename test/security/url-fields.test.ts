import { expect, html } from '@open-wc/testing';
import '../../src/news-article/news-article.define.js';
import '../../src/related-news-list/related-news-list.define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { Article, RelatedItem } from '../../src/data/model.js';
import { safeUrl } from '../../src/shared/url.js';
import { clearCache } from '../../src/shared/loader.js';
import { deepElements, flag, frames, payloads, problemsUnder, resetFlag, settle } from './helpers.js';

interface UrlPayloads {
  /** Unsafe in every URL field. */
  bad: string[];
  /** Unsafe in links only (data images are fine as image sources). */
  badLinks: string[];
  keptLinks: string[];
}
const urls = await payloads<UrlPayloads>('security-urls.json');
const allBad = [...urls.bad, ...urls.badLinks];

const attrs = (root: ParentNode, name: string) =>
  deepElements(root).flatMap((el) => (el.hasAttribute(name) ? [el.getAttribute(name)!] : []));

/** Every URL-bearing attribute value rendered under `root`. */
const urlValues = (root: ParentNode) =>
  ['href', 'src', 'srcset', 'poster', 'cite'].flatMap((name) => attrs(root, name));

describe('security: URLs in every field', () => {
  beforeEach(() => {
    resetFlag();
    clearCache();
  });
  afterEach(resetFlag);

  describe('safeUrl()', () => {
    it('refuses each payload, for links and for images', () => {
      for (const url of urls.bad) {
        expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
        expect(safeUrl(url, true), `image ${JSON.stringify(url)}`).to.equal(undefined);
      }
      for (const url of urls.badLinks) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    });

    it('keeps ordinary links as given', () => {
      for (const url of urls.keptLinks) expect(safeUrl(url), url).to.equal(url);
    });

    it('never answers a link with an image verdict (the cache keeps them apart)', () => {
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      expect(safeUrl(png, true)).to.equal(png);
      expect(safeUrl(`i ${png}`)).to.equal(undefined);
      expect(safeUrl(`i${png}`)).to.equal(undefined);
      expect(safeUrl(png)).to.equal(undefined);
    });

    it('answers non-strings with undefined', () => {
      for (const v of [null, 1, {}, [], { toString: () => 'javascript:x' }, ['https://a.example/']])
        expect(safeUrl(v)).to.equal(undefined);
    });
  });

  describe('<related-news-list> links and thumbnails', () => {
    it('renders no unsafe link or thumbnail, keeping each item’s title as text', async () => {
      const items: RelatedItem[] = allBad.map((url, i) => ({
        title: `条目 ${i}`,
        url,
        image: { src: urls.bad.includes(url) ? url : 'javascript:window.__sec=99', alt: 'x' },
      }));
      const el = await settle<RelatedNewsListElement>(
        html`<related-news-list .items=${items} virtual-threshold="1000"></related-news-list>`,
      );
      const root = el.shadowRoot!;
      const titles = [...root.querySelectorAll('[part="title"]')].map((t) => t.textContent!);
      // Items whose URLs resolve alike are listed once; every one shown is a title without a link.
      expect(titles.length).to.be.greaterThan(30);
      expect(titles.every((t) => /^条目 \d+$/.test(t))).to.equal(true);
      expect(root.querySelectorAll('a[href]').length).to.equal(0);
      expect(root.querySelectorAll('img').length).to.equal(0);
      expect(problemsUnder(root)).to.deep.equal([]);
      expect(root.querySelector('[part="title"]')!.textContent).to.equal('条目 0');
      await frames();
      expect(flag()).to.equal(undefined);
    });

    it('keeps safe links and data-image thumbnails (the check can pass)', async () => {
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      const items = urls.keptLinks.map((url, i) => ({ title: `t${i}`, url, image: { src: png, alt: '' } }));
      const el = await settle<RelatedNewsListElement>(
        html`<related-news-list .items=${items}></related-news-list>`,
      );
      const root = el.shadowRoot!;
      // The page's own URL and repeats are left out of lists: count distinct targets.
      expect(root.querySelectorAll('a[href]').length).to.be.greaterThan(4);
      expect(attrs(root, 'src')).to.include(png);
      expect(problemsUnder(root)).to.deep.equal([]);
    });

    it('a list with target="_blank" links with noopener', async () => {
      const el = await settle<RelatedNewsListElement>(
        html`<related-news-list target="_blank" .items=${[{ title: 'a', url: 'https://news.example.com/a' }]}></related-news-list>`,
      );
      const a = el.shadowRoot!.querySelector('a')!;
      expect(a.target).to.equal('_blank');
      expect(a.relList.contains('noopener')).to.equal(true);
    });

    it('never pages to an unsafe `next` URL', async () => {
      for (const next of [...urls.bad, 'javascript:window.__sec=1']) {
        const el = await settle<RelatedNewsListElement>(
          html`<related-news-list page-size="1" .items=${{ items: [{ title: 'a', url: '/a' }], next }}></related-news-list>`,
        );
        const more = !!el.shadowRoot!.querySelector('[part="more"]');
        // Resolved against the page, a relative next URL (`jav&#9;ascript:…` is one) is an ordinary path.
        const target = (el as unknown as { source: { next?: string } }).source.next;
        const resolved = more && target ? new URL(target) : undefined;
        expect(!more || /^https?:$/.test(resolved!.protocol), JSON.stringify(next)).to.equal(true);
        expect(!resolved?.username && !resolved?.password, JSON.stringify(next)).to.equal(true);
        if (/^\s*javascript:/i.test(next)) expect(more, next).to.equal(false);
      }
      // A safe next page does give a "more" button: the checks above can fail.
      const ok = await settle<RelatedNewsListElement>(
        html`<related-news-list page-size="1" .items=${{ items: [{ title: 'a', url: '/a' }], next: '/test/fixtures/list-items-2.json' }}></related-news-list>`,
      );
      expect(!!ok.shadowRoot!.querySelector('[part="more"]')).to.equal(true);
      await frames();
      expect(flag()).to.equal(undefined);
    });

    it('a `src` with a script scheme fails as an error, running nothing', async () => {
      for (const src of ['javascript:window.__sec=1', 'vbscript:x', ' JaVaScRiPt:window.__sec=2']) {
        const el = await settle<RelatedNewsListElement>(
          html`<related-news-list src=${src}></related-news-list>`,
        );
        expect(el.state, src).to.equal('error');
      }
      await frames();
      expect(flag()).to.equal(undefined);
    });

    it('the XSS fixture list renders as text with no unsafe URL', async () => {
      const el = await settle<RelatedNewsListElement>(
        html`<related-news-list src="/test/fixtures/list-xss.json"></related-news-list>`,
      );
      const root = el.shadowRoot!;
      expect(el.state).to.equal('ready');
      expect(problemsUnder(root)).to.deep.equal([]);
      expect(root.querySelector('svg, script, img[onerror]')).to.equal(null);
      const text = [...root.querySelectorAll('[part="title"]')].map((t) => t.textContent);
      expect(text).to.include('Image title');
      // Plain-text fields drop tags; what is left shows as text.
      expect(text).to.include('">');
      expect(root.querySelector('[part="summary"]')!.textContent).to.equal('Summary bold');
      await frames();
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
    });
  });

  describe('<news-article> images, media, audio and related links', () => {
    const article = (url: string): Article => ({
      title: '标题',
      url,
      image: { src: url, alt: 'x' },
      audio: { src: url },
      body: [
        { type: 'image', src: url, alt: 'x' },
        { type: 'video', src: url, poster: url },
        { type: 'video', src: 'https://v.example.com/a.mp4', poster: url },
        { type: 'audio', src: url },
        {
          type: 'html',
          html: `<a href="${url.replace(/"/g, '&quot;')}">a</a><img src="${url.replace(/"/g, '&quot;')}" alt="">`,
        },
      ],
      related: [{ title: '相关', url, image: { src: url, alt: 'y' } }],
    });

    it('renders no unsafe URL from any field', async function () {
      // 45 articles with media: WebKitGTK takes up to 0.4 s for each audio or video element under load.
      this.timeout(30000);
      for (const url of urls.bad) {
        const el = await settle<NewsArticleElement>(
          html`<news-article .article=${article(url)}></news-article>`,
        );
        expect(el.state, JSON.stringify(url)).to.equal('ready');
        expect(problemsUnder(el.shadowRoot!), JSON.stringify(url)).to.deep.equal([]);
        // Fields bound by the templates drop the URL outright (the HTML block may keep a harmless relative
        // one: the parser turns a NUL into U+FFFD, which starts no scheme).
        const root = el.shadowRoot!;
        const shown = [
          root.querySelector('[part~="lead-image"] img'),
          root.querySelector('audio.listen'),
          ...root.querySelectorAll(
            '[part~="body"] > figure > img, [part~="body"] video[src]:not([src="https://v.example.com/a.mp4"]), [part~="body"] figure > audio',
          ),
          root.querySelector('video[poster]'),
          ...deepElements(root.querySelector('related-news-list')!.shadowRoot!).filter((e) =>
            e.matches('a[href], img'),
          ),
        ].filter(Boolean);
        expect(shown.length, JSON.stringify(url)).to.equal(0);
      }
      await frames();
      expect(flag()).to.equal(undefined);
    });

    it('keeps data images as images but never as links', async () => {
      for (const url of urls.badLinks) {
        const el = await settle<NewsArticleElement>(
          html`<news-article .article=${article(url)}></news-article>`,
        );
        const root = el.shadowRoot!;
        expect(problemsUnder(root), url).to.deep.equal([]);
        expect(
          attrs(root, 'href').filter((h) => h.startsWith('data:')),
          url,
        ).to.deep.equal([]);
        expect(root.querySelector('[part~="lead-image"] img')!.getAttribute('src')).to.equal(url);
      }
    });

    it('keeps safe URLs (the checks above can pass)', async () => {
      const url = 'https://img.example.com/a.jpg';
      const el = await settle<NewsArticleElement>(
        html`<news-article .article=${article(url)}></news-article>`,
      );
      const values = urlValues(el.shadowRoot!);
      expect(values.filter((v) => v === url).length).to.be.greaterThan(5);
    });
  });
});
