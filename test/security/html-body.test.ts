import { expect, html } from '@open-wc/testing';
import '../../src/news-article/news-article.define.js';
import '../../src/related-news-list/related-news-list.define.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { Article } from '../../src/data/model.js';
import { sanitizeHtml } from '../../src/shared/sanitize.js';
import { deepElements, flag, frames, payloads, problemsUnder, resetFlag, settle } from './helpers.js';

interface Vector {
  name: string;
  html: string;
}
const vectors = await payloads<Vector[]>('security-html.json');

const render = (article: Partial<Article>) =>
  settle<NewsArticleElement>(
    html`<news-article hide="credits related" .article=${{ title: '标题', ...article }}></news-article>`,
  );
const body = (el: NewsArticleElement) => el.shadowRoot!.querySelector('[part~="body"]')!;
const sanitized = async (markup: string) => {
  const div = document.createElement('div');
  div.append(await sanitizeHtml(markup));
  return div;
};

describe('security: HTML bodies', () => {
  beforeEach(resetFlag);
  afterEach(resetFlag);

  describe('every attack vector leaves nothing live', () => {
    for (const v of vectors) {
      it(`${v.name}: as a string body and as an html block`, async () => {
        const asString = await render({ body: v.html });
        const asBlock = await render({
          body: [
            { type: 'paragraph', text: '前文' },
            { type: 'html', html: v.html },
          ],
        });
        for (const el of [asString, asBlock]) {
          expect(el.state, v.name).to.equal('ready');
          expect(problemsUnder(el.shadowRoot!), v.name).to.deep.equal([]);
          // Nothing from the markup may escape the body into the rest of the widget or the page.
          expect(document.querySelector('base, meta[http-equiv], link[rel="import"]')).to.equal(null);
        }
        await frames();
        expect(flag(), v.name).to.equal(undefined);
      });
    }
  });

  it('fragment links stay on the page when the page has a <base href> elsewhere (body and list)', async () => {
    await sanitized('<p>x</p>'); // the sanitizer loaded before the base changes
    const base = document.createElement('base');
    base.href = 'https://cdn.elsewhere.example/assets/';
    document.head.prepend(base);
    try {
      const here = document.URL.replace(/#.*/, '');
      const div = await sanitized('<a href="#sec">节</a><a href="/x">x</a>');
      const [frag, path] = [...div.querySelectorAll('a')];
      expect(frag.href).to.equal(`${here}#sec`);
      expect(path.getAttribute('href')).to.equal('/x');
      const list = await settle<RelatedNewsListElement>(
        html`<related-news-list .items=${[{ title: '节', url: '#sec' }]}></related-news-list>`,
      );
      expect(list.shadowRoot!.querySelector('a')!.href).to.equal(`${here}#sec`);
    } finally {
      base.remove();
    }
  });

  it('a <base href> in a body does not change where the widget resolves links', async () => {
    const before = document.baseURI;
    const el = await render({ body: '<base href="https://evil.example/"><a href="/login">登录</a>' });
    const a = body(el).querySelector('a')!;
    expect(document.baseURI).to.equal(before);
    expect(a.href).to.equal(new URL('/login', before).href);
  });

  it('keeps the text of removed phishing forms inert: no control, no action', async () => {
    const el = await render({ body: vectors.find((v) => v.name === 'form phishing')!.html });
    const b = body(el);
    expect(b.textContent).to.contain('请重新登录');
    expect(b.querySelector('form, input, button, [action], [formaction]')).to.equal(null);
  });

  it('gives every link rel="noopener noreferrer" and drops any target', async () => {
    const div = await sanitized(vectors.find((v) => v.name === 'a target blank')!.html);
    const links = [...div.querySelectorAll('a')];
    expect(links).to.have.length(2);
    for (const a of links) {
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    }
  });

  it('drops each srcset that names an unsafe candidate, and keeps a safe one', async () => {
    const div = await sanitized(
      '<img src="/a.jpg" srcset="/a.jpg 1x, javascript:window.__sec=1 2x" alt="a">' +
        '<img src="/b.jpg" srcset="/b.jpg 1x,data:text/html,x 2x" alt="b">' +
        '<img src="/c.jpg" srcset="/c.jpg 1x, https://img.example.com/c@2x.jpg 2x" alt="c">' +
        '<picture><source srcset="vbscript:x 1x"><img src="/d.jpg" alt="d"></picture>',
    );
    const [a, b, c] = [...div.querySelectorAll('img')];
    expect(a.hasAttribute('srcset')).to.equal(false);
    expect(b.hasAttribute('srcset')).to.equal(false);
    expect(c.getAttribute('srcset')).to.equal('/c.jpg 1x, https://img.example.com/c@2x.jpg 2x');
    expect(div.querySelector('source')!.hasAttribute('srcset')).to.equal(false);
  });

  it('shows lazy-loading images (data-src, data-original) by their real URL, still checked', async () => {
    const div = await sanitized(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/uploads/a.jpg" alt="a">' +
        '<img src="/static/images/blank.gif" data-original="https://img.example.com/b.jpg" alt="b">' +
        '<img data-src="/c.jpg" data-srcset="/c.jpg 1x, /c@2x.jpg 2x" alt="c">' +
        '<img src="/d.jpg" data-src="/other.jpg" alt="d">' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="javascript:window.__sec=1" alt="e">',
    );
    const [a, b, c, d, e] = [...div.querySelectorAll('img')];
    expect(a.getAttribute('src')).to.equal('/uploads/a.jpg');
    expect(b.getAttribute('src')).to.equal('https://img.example.com/b.jpg');
    expect([c.getAttribute('src'), c.getAttribute('srcset')]).to.deep.equal([
      '/c.jpg',
      '/c.jpg 1x, /c@2x.jpg 2x',
    ]);
    expect(d.getAttribute('src')).to.equal('/d.jpg');
    expect(e.hasAttribute('src')).to.equal(false);
    expect(div.querySelector('[data-src], [data-original], [data-srcset]')).to.equal(null);
  });

  it('shows a link whose unsafe URL was dropped as plain text, not as a link', async () => {
    const el = await render({
      body: '<p><a href="javascript:window.__sec=1">假链接</a> <a href="https://example.com/">真</a></p>',
    });
    const [fake, real] = [...body(el).querySelectorAll('a')];
    expect(fake.hasAttribute('href')).to.equal(false);
    expect(getComputedStyle(fake).textDecorationLine).to.equal('none');
    expect(getComputedStyle(fake).color).to.equal(getComputedStyle(body(el)).color);
    expect(getComputedStyle(real).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(real).color).not.to.equal(getComputedStyle(body(el)).color);
  });

  it('gives an undescribed body image an empty alt, and an image-only link a name', async () => {
    const div = await sanitized(
      '<p><img src="/a.jpg"><img src="/b.jpg" alt="说明"></p>' +
        '<a href="https://news.example.com/x"><img src="/c.jpg"></a><a href="/y" title="专题"><img src="/d.jpg"></a>',
    );
    expect([...div.querySelectorAll('img')].map((i) => i.getAttribute('alt'))).to.deep.equal([
      '',
      '说明',
      'news.example.com',
      '专题',
    ]);
  });

  it('leaves no empty figure where an embed was removed, and keeps figures with content', async () => {
    const div = await sanitized(
      '<figure><div><iframe src="https://video.example.com/e/1"></iframe></div></figure>' +
        '<figure><img src="/a.jpg" alt="a"></figure><figure><figcaption>说明</figcaption></figure>',
    );
    expect(div.querySelectorAll('figure').length).to.equal(2);
    expect(div.querySelector('iframe')).to.equal(null);
  });

  it('drops unsafe cite URLs and keeps safe ones', async () => {
    const div = await sanitized(
      '<blockquote cite="javascript:window.__sec=1">a</blockquote><q cite="https://news.example.com/">b</q>',
    );
    expect(div.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    expect(div.querySelector('q')!.getAttribute('cite')).to.equal('https://news.example.com/');
  });

  it('drops ids that clobber DOM properties or take the widget’s own, and keeps section anchors', async () => {
    const el = await render({
      body: [
        { type: 'paragraph', lead: '要点', text: '正文' },
        {
          type: 'html',
          html:
            vectors.find((v) => v.name === 'clobber')!.html +
            vectors.find((v) => v.name === 'own ids')!.html +
            '<h2 id="section-2">二</h2>',
        },
      ],
    });
    const root = el.shadowRoot!;
    const b = body(el);
    for (const id of [
      '__proto__',
      'attachShadow',
      'getElementById',
      'querySelector',
      'location',
      'constructor',
    ])
      expect(b.querySelector(`[id="${id}"]`), id).to.equal(null);
    expect(b.querySelector('[name]')).to.equal(null);
    // The headline still labels the article; the lead is the widget's own.
    expect(root.getElementById('headline')!.getAttribute('part')).to.equal('headline');
    expect(root.querySelectorAll('[id="headline"]')).to.have.length(1);
    expect(root.getElementById('lead-1')!.getAttribute('part')).to.equal('lead');
    expect(root.querySelectorAll('[id="heading-1"]')).to.have.length(0);
    expect(root.getElementById('section-2')!.textContent).to.equal('二');
    expect(typeof root.getElementById).to.equal('function');
    expect(typeof el.attachShadow).to.equal('function');
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  });

  it('keeps no class, data, aria, part, slot, is or contenteditable attribute from the body', async () => {
    const div = await sanitized(
      vectors.find((v) => v.name === 'own classes')!.html +
        vectors.find((v) => v.name === 'data attrs')!.html,
    );
    for (const el of div.querySelectorAll('*'))
      for (const { name } of el.attributes)
        expect([
          'class',
          'data-i',
          'aria-hidden',
          'part',
          'slot',
          'is',
          'contenteditable',
          'role',
        ]).not.to.include(name);
    expect(div.textContent).to.contain('加载失败');
  });

  it('keeps ordinary article markup', async () => {
    const el = await render({
      body:
        '<p><strong>粗体</strong>与<a href="https://news.example.com/a.html">链接</a></p>' +
        '<figure><img src="https://img.example.com/a.jpg" srcset="https://img.example.com/a@2x.jpg 2x" alt="图"><figcaption>说明</figcaption></figure>' +
        '<table><tr><td colspan="2">表</td></tr></table><a href="mailto:editor@example.com">来信</a><a href="#s">锚</a>',
    });
    const b = body(el);
    expect(b.querySelector('strong')!.textContent).to.equal('粗体');
    expect(b.querySelector('a')!.getAttribute('href')).to.equal('https://news.example.com/a.html');
    expect(b.querySelector('img')!.getAttribute('srcset')).to.equal('https://img.example.com/a@2x.jpg 2x');
    expect(b.querySelector('td')!.getAttribute('colspan')).to.equal('2');
    expect(b.querySelector('a[href^="mailto:"]')).to.not.equal(null);
    expect(b.querySelector('a[href="#s"]')).to.not.equal(null);
  });

  it('shows markup-looking text inside the body as text', async () => {
    const el = await render({ body: '<p>&lt;script&gt;window.__sec=1&lt;/script&gt; &amp;lt;b&amp;gt;</p>' });
    const b = body(el);
    expect(b.querySelector('p')!.textContent).to.equal('<script>window.__sec=1</script> &lt;b&gt;');
    expect(b.querySelector('script, b')).to.equal(null);
    await frames();
    expect(flag()).to.equal(undefined);
  });

  it('renders very large markup without hanging: 20,000 paragraphs, 2 MB', async () => {
    const markup = Array.from(
      { length: 20000 },
      (_, i) => `<p>段落 ${i} <img src=x onerror="window.__sec=${i}"> ${'字'.repeat(80)}</p>`,
    ).join('');
    expect(markup.length).to.be.greaterThan(2_000_000);
    const el = await render({ body: markup });
    const b = body(el);
    expect(b.querySelectorAll('p')).to.have.length(20000);
    expect(b.querySelector('[onerror]')).to.equal(null);
    expect(b.querySelectorAll('p')[19999].textContent).to.contain('段落 19999');
  });

  it('renders deeply nested markup without crashing: 100,000 levels', async () => {
    const depth = 100000;
    const markup =
      '<div>'.repeat(depth) + '<b>深处</b><img src=x onerror="window.__sec=1">' + '</div>'.repeat(depth);
    const el = await render({ body: markup });
    expect(el.state).to.equal('ready');
    const b = body(el);
    expect(b.textContent).to.contain('深处');
    expect(b.querySelector('[onerror]')).to.equal(null);
    // Markup this deep is read as its text (the parser's time grows with the square of the depth).
    expect(deepElements(b).length).to.be.lessThan(2000);
    await frames();
    expect(flag()).to.equal(undefined);
  });

  it('renders mixed nesting (formatting elements, tables, lists) without hanging', async () => {
    const markup = '<b><i><u><s><em><strong><table><tr><td><ul><li>'.repeat(2000) + 'x';
    const el = await render({ body: markup });
    expect(el.state).to.equal('ready');
    expect(body(el).textContent).to.contain('x');
  });
});
