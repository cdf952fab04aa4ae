// renderToString / renderDocument: the three elements, every data format, options, errors, JSON-LD and the
// crawler view of the server HTML.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ssr, fixture, demoData, crawlerView, shadowText, parse, problemsIn, PAGE } from './helpers.mjs';

const seed = JSON.parse(demoData('seed-article.json'));

const FORMATS = {
  'news-article': [
    ['native', demoData('seed-article.json')],
    ['schema.org', fixture('schema-org-newsarticle.json')],
    ['schema.org @graph', fixture('schema-org-graph.json')],
    ['ninjs', demoData('seed-article.ninjs.json')],
    ['JSON-LD page data', demoData('seed-article.jsonld.json')],
    ['JSON Feed item', fixture('jsonfeed.json')],
  ],
  'related-news-list': [
    ['native items', fixture('list-items.json')],
    ['JSON Feed', fixture('list-feed.json')],
    ['RSS', fixture('list-rss.xml')],
    ['Atom', fixture('list-atom.xml')],
    ['ItemList', fixture('list-itemlist.json')],
    ['an article', fixture('list-article.json')],
  ],
  'news-credits': [
    ['an article', demoData('seed-article.json')],
    ['credits array', JSON.stringify(seed.credits)],
    ['shorthand', JSON.stringify({ source: '新华社', editor: ['李四', '王五'] })],
  ],
};

describe('every element and format renders ready, with a declarative shadow root and its styles', () => {
  for (const [tag, formats] of Object.entries(FORMATS))
    for (const [name, input] of formats)
      test(`<${tag}> from ${name}`, async () => {
        const r = await ssr.renderDocument(tag, input, { url: PAGE });
        assert.equal(r.state, 'ready', JSON.stringify(r.problems));
        assert.match(r.html, new RegExp(`^<${tag}\\b[^>]*\\bstate="ready"`));
        assert.match(
          r.html,
          new RegExp(`</${tag}>(<script type="application/ld\\+json">.*</script>)?$`, 's'),
        );
        const doc = parse(r.html);
        const host = doc.querySelector(tag);
        const shadow = host.querySelector(':scope > template[shadowrootmode="open"]');
        assert.ok(shadow, 'declarative shadow root');
        assert.ok(shadow.content.querySelector('style')?.textContent.includes(':host'), 'styles inside');
        assert.ok(shadowText(r.html).trim().length > 10, 'shows content');
      });
});

test('renderToString is renderDocument’s HTML; the object and its JSON string render alike', async () => {
  const a = await ssr.renderToString('news-article', seed, { url: PAGE });
  const b = await ssr.renderToString('news-article', JSON.stringify(seed), { url: PAGE });
  assert.equal(a, b);
  assert.equal(a, (await ssr.renderDocument('news-article', seed, { url: PAGE })).html);
});

describe('crawler view: scripts and templates removed, the text and links remain', () => {
  test('article: 上一篇 / 下一篇 as links, and the reading time with reading-time', async () => {
    const article = {
      ...seed,
      previous: { title: '前一篇的标题', url: '/a/0.html' },
      next: { title: '后一篇的标题', url: '/a/2.html' },
    };
    const html = await ssr.renderToString('news-article', article, { url: PAGE, 'reading-time': '' });
    const { text, doc } = crawlerView(html);
    const prev = [...doc.querySelectorAll('a[href]')].find((a) => a.textContent.trim() === '前一篇的标题');
    assert.ok(prev, 'a link to the previous article');
    assert.equal(prev.href, new URL('/a/0.html', PAGE).href);
    assert.ok(text.includes('后一篇的标题'), 'next');
    assert.match(text, /阅读约 \d+ 分钟/);
  });

  test('article: headline, meta line, every paragraph and lead, credits, related titles with links', async () => {
    const html = await ssr.renderToString('news-article', seed, { url: PAGE });
    const { text, doc } = crawlerView(html);
    const squash = (s) => s.replace(/\s+/g, ' ').trim();
    assert.ok(text.includes(seed.title), 'headline');
    assert.ok(text.includes('发布时间') && text.includes('2025-04-09 11:27:00'), 'meta line');
    for (const b of seed.body) {
      if (b.lead) assert.ok(text.includes(squash(b.lead)), `lead ${b.lead}`);
      assert.ok(text.includes(squash(b.text)), `paragraph ${b.text.slice(0, 20)}`);
    }
    for (const c of seed.credits) for (const n of c.names) assert.ok(text.includes(n), `credit ${n}`);
    for (const item of seed.related) {
      assert.ok(text.includes(item.title), `related ${item.title}`);
      const link = [...doc.querySelectorAll('a[href]')].find((a) => a.textContent.trim() === item.title);
      assert.ok(link, `a link named ${item.title}`);
      assert.equal(link.href, new URL(item.url, PAGE).href);
    }
    assert.equal(
      doc.querySelector('h1')?.textContent.includes(seed.title),
      true,
      'the headline is a heading',
    );
  });

  test('what crawlers read is what readers see: the copy has the shadow content’s text', async () => {
    for (const [tag, input] of [
      ['news-article', seed],
      ['related-news-list', fixture('list-rss.xml')],
      ['news-credits', seed.credits],
    ]) {
      const html = await ssr.renderToString(tag, input, { url: PAGE });
      const words = (s) => s.replace(/\s+/g, '');
      assert.equal(words(crawlerView(html).text), words(shadowText(html)), tag);
    }
  });

  test('the copy is left out on request, and is not slotted (a shadow root without a default slot)', async () => {
    const html = await ssr.renderToString('news-article', seed, { url: PAGE, crawlerCopy: false });
    assert.ok(!crawlerView(html).text.includes(seed.title));
    const full = parse(await ssr.renderToString('news-article', seed, { url: PAGE }));
    const root = full.querySelector('news-article > template').content;
    assert.equal(root.querySelector('slot:not([name])'), null, 'no default slot shows the light DOM');
  });

  test('an HTML body: its paragraphs and headings are in the copy, sanitized', async () => {
    const body =
      '<h2>第一部分</h2><p>正文<a href="/x" onclick="alert(1)">链接</a></p><script>alert(1)</script>';
    const html = await ssr.renderToString('news-article', { title: '标题', body }, { url: PAGE });
    const { text, doc } = crawlerView(html);
    assert.ok(text.includes('第一部分') && text.includes('正文链接'));
    assert.equal(doc.querySelector('h2')?.textContent, '第一部分');
    assert.equal(doc.querySelector('a[href="/x"]')?.getAttribute('onclick'), null);
    assert.deepEqual(problemsIn(html), []);
  });
});

describe('options are the element’s attributes', () => {
  test('lang, time-zone, heading-level, hide', async () => {
    const html = await ssr.renderToString('news-article', seed, {
      url: PAGE,
      lang: 'en',
      'time-zone': 'UTC',
      headingLevel: 3,
      hide: 'related',
    });
    const doc = parse(html);
    const host = doc.querySelector('news-article');
    assert.equal(host.getAttribute('lang'), 'en');
    assert.equal(host.getAttribute('time-zone'), 'UTC');
    assert.equal(host.getAttribute('heading-level'), '3');
    const root = host.querySelector('template').content;
    assert.ok(root.querySelector('h3[part="headline"]'), 'headline at level 3');
    assert.match(root.querySelector('[part~="published"]').textContent, /Published/);
    assert.match(root.querySelector('time').textContent, /\b3:27\b/);
    assert.equal(root.querySelector('related-news-list'), null);
  });

  test('list: limit and layout', async () => {
    const html = await ssr.renderToString('related-news-list', fixture('list-feed.json'), {
      limit: 2,
      layout: 'compact',
    });
    const root = parse(html).querySelector('related-news-list > template').content;
    assert.equal(root.querySelectorAll('[part~="item"]').length, 2);
    assert.match(root.querySelector('ul').className, /compact/);
  });
});

describe('bad input renders the error state, never throws', () => {
  const bad = [
    ['an article without title', fixture('invalid-no-title.json')],
    ['an unknown format', fixture('unknown-format.json')],
    ['text that is no JSON', 'not json at all'],
    ['broken JSON', '{"title": '],
    ['a number', 42],
    ['broken XML', '<rss><channel><item><title>x'],
  ];
  for (const [name, input] of bad)
    test(name, async () => {
      let told;
      const r = await ssr.renderDocument('news-article', input, { url: PAGE, onProblems: (p) => (told = p) });
      assert.equal(r.state, 'error');
      assert.ok(r.problems.length > 0, 'reasons');
      assert.deepEqual(told, r.problems);
      const root = parse(r.html).querySelector('news-article[state="error"] > template').content;
      assert.ok(root.querySelector('[role="alert"]'), 'an alert');
      assert.ok(!r.html.includes('application/ld+json'), 'no JSON-LD for an error');
    });

  test('empty input renders the empty state', async () => {
    const r = await ssr.renderDocument('related-news-list', '[]');
    assert.equal(r.state, 'empty');
    assert.match(r.html, /state="empty"/);
  });

  test('an unknown tag is a programming error', async () => {
    await assert.rejects(ssr.renderToString('news-thing', {}), /Unknown element/);
  });
});

describe('JSON-LD', () => {
  const ld = (html) =>
    [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));

  test('one NewsArticle with Google’s article fields', async () => {
    const article = { ...seed, image: { src: '/img/a.jpg' }, updated: '2025-04-10T08:00:00+08:00' };
    article.credits = [...seed.credits, { role: 'reporter', names: ['李明'] }];
    const html = await ssr.renderToString('news-article', article, {
      url: PAGE,
      publisher: { name: '示例新闻网', logo: 'https://news.example.com/logo.png' },
    });
    const all = ld(html);
    assert.equal(all.length, 1);
    const [node] = all;
    assert.equal(node['@type'], 'NewsArticle');
    assert.equal(node.headline, seed.title);
    assert.equal(node.datePublished, '2025-04-09T11:27:00+08:00');
    assert.equal(node.dateModified, '2025-04-10T08:00:00+08:00');
    assert.deepEqual(node.author, [{ '@type': 'Person', name: '李明' }]);
    assert.equal(node.publisher.name, '示例新闻网');
    assert.deepEqual(node.image, ['https://news.example.com/img/a.jpg']);
    assert.deepEqual(node.mainEntityOfPage, { '@type': 'WebPage', '@id': PAGE });
    assert.equal(node.url, PAGE);
  });

  test('without authors, the source is the author, as an organization', async () => {
    const [node] = ld(await ssr.renderToString('news-article', seed, { url: PAGE }));
    assert.deepEqual(node.author, [{ '@type': 'Organization', name: '永登县委统战部' }]);
  });

  test('turned off by the option or the no-json-ld attribute; none for lists and credits', async () => {
    assert.equal(ld(await ssr.renderToString('news-article', seed, { jsonLd: false })).length, 0);
    const html = await ssr.renderToString('news-article', seed, { 'no-json-ld': true });
    assert.equal(ld(html).length, 0);
    assert.match(html, /^<news-article[^>]* no-json-ld/);
    assert.equal(ld(await ssr.renderToString('related-news-list', fixture('list-feed.json'))).length, 0);
  });

  test('never a second one when the page already describes the article', async () => {
    const pageHtml = `<head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', headline: 'x', mainEntityOfPage: PAGE }],
    })}</script></head>`;
    assert.equal(ld(await ssr.renderToString('news-article', seed, { url: PAGE, pageHtml })).length, 0);
    const other = pageHtml.replace(PAGE, 'https://news.example.com/other.html');
    assert.equal(
      ld(await ssr.renderToString('news-article', seed, { url: PAGE, pageHtml: other })).length,
      1,
    );
  });

  test('text cannot end the script', async () => {
    const title = 'a</script><script>alert(1)</script><!--';
    const html = ssr.jsonLdScript({ title, body: [] });
    assert.equal(parse(html).querySelectorAll('script').length, 1);
    assert.equal(ld(html)[0].headline, title);
  });
});

describe('hydration data', () => {
  test('the normalized data goes inside as application/json, which the element reads without a request', async () => {
    const html = await ssr.renderToString('news-article', demoData('seed-article.ninjs.json'), { url: PAGE });
    const script = parse(html).querySelector('news-article > script[type="application/json"]');
    const data = JSON.parse(script.textContent);
    assert.equal(typeof data.title, 'string');
    assert.ok('body' in data);
    assert.equal(data.title, crawlerView(html).doc.querySelector('h1').textContent.replace(/^.*丨/, ''));
  });

  test('left out with hydrate: false', async () => {
    const html = await ssr.renderToString('news-article', seed, { hydrate: false });
    assert.equal(parse(html).querySelector('news-article > script'), null);
  });
});
