/** Real-world documents of every supported format: the shapes portals, CMSs and feed generators emit. */
import { expect } from '@open-wc/testing';
import { normalize, normalizeListPage } from '../../src/data/normalize.js';
import { toIsoWithOffset } from '../../src/data/time.js';
import type { Block } from '../../src/data/model.js';
import { epoch, fixture, fixtureText } from './helpers.js';

describe('real-world RSS', () => {
  let portal: string;
  before(async () => {
    portal = await fixtureText('rss-portal.xml');
  });

  it('reads a portal feed: BOM, DOCTYPE entities, CDATA, double escapes, relative links, CST', () => {
    const r = normalizeListPage(portal);
    expect(r.format).to.equal('rss');
    expect(r.problems).to.deep.equal([]);
    expect(r.value).to.deep.equal([
      {
        title: '视听甘肃丨永登县：“四聚焦” & 推进民族团结',
        url: 'https://news.example.cn/2025/0409/yongdeng.html',
        summary: '2024年，永登县以“四个聚焦”扎实推进 全县民族团结进步事业。',
        published: '2025-04-09T11:27:00+08:00',
        image: { src: 'https://news.example.cn/uploads/2025/04/yongdeng.jpg' },
        channel: '视听甘肃',
      },
      {
        // No <link>: the guid is the permalink; dc:date; media:content without a type.
        title: '国务院新闻办举行发布会',
        url: 'https://news.example.cn/2025/0408/fabuhui.html',
        summary: '发布会介绍了一季度国民经济运行情况。',
        published: '2025-04-08T10:00:00+08:00',
        image: { src: 'https://img.example.cn/2025/0408/fbh.jpg', width: 640, height: 360 },
      },
      {
        // A relative link resolves against the channel link; no pubDate is no time and no problem.
        title: '没有发布时间的一条',
        url: 'https://news.example.cn/roll/roll/2025/0407/nodate.html',
        summary: '一条没有 pubDate 的新闻。',
        image: { src: 'https://img.example.cn/2025/0407/nodate.png' },
      },
      {
        title: 'Java 服务器写的时间',
        url: 'https://news.example.cn/2025/0406/java.html',
        published: '2025-04-06T08:05:09+08:00',
      },
      {
        title: '中文日期格式',
        url: 'https://news.example.cn/2025/0405/cjk.html',
        published: '2025-04-05T11:27:00+08:00',
      },
      {
        // RSS titles are optional: the description stands in.
        title: '只有摘要、没有标题的一条快讯。',
        url: 'https://news.example.cn/2025/0404/flash.html',
        published: '2025-04-04T09:00:00+08:00',
      },
    ]);
    expect(epoch(r.value![0].published)).to.equal(Date.UTC(2025, 3, 9, 3, 27));
  });

  it('gives the first item as an article: channel split, content:encoded body, dc:creator, guid id', () => {
    const r = normalize(portal, { expect: 'article' });
    const a = r.value!;
    expect(a.title).to.equal('永登县：“四聚焦” & 推进民族团结');
    expect(a.channel).to.equal('视听甘肃');
    expect(a.id).to.equal('news-20250409-1127');
    expect(a.lang).to.equal('zh-CN');
    expect(a.body).to.be.a('string').and.include('<strong>聚焦统筹部署。</strong>');
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['王珺茹'] }]);
  });

  it('reads CST as US Central time when the reading time zone is not at +08:00', () => {
    const r = normalize(portal, { expect: 'list', timeZone: 'America/Chicago' });
    expect(r.value![0].published).to.equal('2025-04-09T11:27:00-06:00');
  });

  it('uses the description as the body when there is no content:encoded', () => {
    const html = normalize(
      '<rss version="2.0"><channel><item><title>T</title><description><![CDATA[<p>One</p><p>Two</p>]]></description></item></channel></rss>',
      { expect: 'article' },
    ).value!;
    expect(html.body).to.equal('<p>One</p><p>Two</p>');
    expect(html.summary).to.equal('One Two');
    const text = normalize(
      '<rss version="2.0"><channel><item><title>T</title><description>Plain story.</description></item></channel></rss>',
      { expect: 'article' },
    ).value!;
    expect(text.body).to.deep.equal([{ type: 'paragraph', text: 'Plain story.' }]);
  });

  it('reads RSS with a default namespace on <rss>, and items beside the channel', () => {
    const r = normalize(
      '<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><link>https://a.example/</link>' +
        '<item><title>Namespaced</title><link>n.html</link><pubDate>Wed, 09 Apr 2025 03:27:00 GMT</pubDate></item></channel></rss>',
      { expect: 'list' },
    );
    expect(r.value).to.deep.equal([
      { title: 'Namespaced', url: 'https://a.example/n.html', published: '2025-04-09T03:27:00+00:00' },
    ]);
    const beside = normalize(
      '<rss version="2.0"><channel><title>c</title></channel><item><title>Stray</title></item></rss>',
      { expect: 'list' },
    );
    expect(beside.value).to.deep.equal([{ title: 'Stray' }]);
  });

  it('reads RSS 1.0 (RDF): items beside the channel, dc:date, dc:subject, dc:language', async () => {
    const xml = await fixtureText('rss1-rdf.xml');
    const r = normalize(xml, { expect: 'list' });
    expect(r.format).to.equal('rss');
    expect(r.value).to.deep.equal([
      {
        title: 'Cherry blossoms & rain',
        url: 'https://blog.example.jp/entry/1',
        summary: 'The blossoms came early this year.',
        published: '2025-04-01T09:30:00+09:00',
        channel: 'Seasons',
      },
      // No <link>: rdf:about is the URL.
      {
        title: 'Second entry',
        url: 'https://blog.example.jp/entry/2',
        published: '2025-03-30T18:00:00+09:00',
      },
    ]);
    const a = normalize(xml, { expect: 'article' }).value!;
    expect(a.lang).to.equal('ja');
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['Sato Hana'] }]);
  });

  it('reads RSS 0.91 with its public DOCTYPE', async () => {
    const r = normalize(await fixtureText('rss091.xml'), { expect: 'list' });
    expect(r.value).to.deep.equal([
      {
        title: 'Mayor opens new bridge',
        url: 'http://oldwire.example.com/stories/bridge.html',
        summary: 'The bridge links the two halves of town.',
      },
    ]);
  });

  it('takes the image of a video item from the thumbnail inside its media:content', () => {
    const r = normalize(
      '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>v</title><item><title>Clip</title>' +
        '<link>https://v.example/1</link><media:content url="https://v.example/1.mp4" medium="video" type="video/mp4">' +
        '<media:thumbnail url="https://v.example/1.jpg" width="480" height="270"/></media:content></item></channel></rss>',
      { expect: 'list' },
    );
    expect(r.value).to.deep.equal([
      {
        title: 'Clip',
        url: 'https://v.example/1',
        image: { src: 'https://v.example/1.jpg', width: 480, height: 270 },
      },
    ]);
  });

  it('reads the HTML entities an RSS 0.91 feed takes from the Netscape DTD (&eacute;, &nbsp;, &mdash;)', () => {
    const r = normalize(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"' +
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Old&nbsp;wire</title>' +
        '<link>http://oldwire.example.com/</link><item><title>Caf&eacute; opens &mdash; at last &amp; for good</title>' +
        '<link>http://oldwire.example.com/cafe.html</link><description>Cr&egrave;me br&ucirc;l&eacute;e &unknownref; too</description></item>' +
        '</channel></rss>',
      { expect: 'list' },
    );
    expect(r.problems).to.deep.equal([]);
    expect(r.value).to.deep.equal([
      {
        title: 'Caf\u00e9 opens \u2014 at last & for good',
        url: 'http://oldwire.example.com/cafe.html',
        summary: 'Cr\u00e8me br\u00fbl\u00e9e &unknownref; too',
      },
    ]);
  });

  it('a guid is a URL only when it is a permalink and looks like one; xml:base wins over the channel link', () => {
    const r = normalize(
      '<rss version="2.0" xml:base="https://cdn.example/feeds/"><channel><link>https://www.example/</link>' +
        '<item><title>a</title><guid>12345</guid></item>' +
        '<item><title>b</title><guid isPermaLink="false">https://www.example/b</guid></item>' +
        '<item><title>c</title><link>c.html</link><enclosure url="img/c.webp?x=1" type="" length="0"/></item>' +
        '<item><title>d</title><enclosure url="https://www.example/d.mp3" type="audio/mpeg"/></item>' +
        '</channel></rss>',
      { expect: 'list' },
    );
    expect(r.value).to.deep.equal([
      { title: 'a' },
      { title: 'b' },
      {
        title: 'c',
        url: 'https://cdn.example/feeds/c.html',
        image: { src: 'https://cdn.example/feeds/img/c.webp?x=1' },
      },
      { title: 'd' },
    ]);
  });

  it('decodes text escaped twice once more, and numeric references', () => {
    const r = normalize(
      '<rss version="2.0"><channel><item><title>A &amp;amp; B &amp;#x4E2D; &#x6587; &amp;quot;q&amp;quot;</title></item></channel></rss>',
      { expect: 'list' },
    );
    expect(r.value![0].title).to.equal('A & B 中 文 "q"');
  });
});

describe('real-world Atom', () => {
  let atom: string;
  before(async () => {
    atom = await fixtureText('atom-realworld.xml');
  });

  it('resolves xml:base, prefers the HTML alternate link, reads xhtml titles and updated-only entries', () => {
    const r = normalizeListPage(atom);
    expect(r.format).to.equal('atom');
    expect(r.next).to.equal('https://journal.example.com/feed.atom?page=2');
    expect(r.problems).to.deep.equal([]);
    expect(r.value).to.deep.equal([
      {
        title: 'Budget passes & markets rally',
        url: 'https://journal.example.com/politics/budget-passes',
        summary: 'Lawmakers approved the budget late on Tuesday.',
        published: '2025-04-09T11:27:00-04:00',
        image: { src: 'https://journal.example.com/img/budget.jpg', mimeType: 'image/jpeg' },
        channel: 'Politics',
      },
      {
        title: 'Tides < normal this week',
        url: 'https://journal.example.com/science/tides',
        summary: 'First paragraph. Second paragraph.',
        published: '2025-04-08T07:00:00+01:00',
        image: { src: 'https://journal.example.com/img/tides-320.jpg', width: 320, height: 180 },
      },
      {
        title: 'Markets & more',
        url: 'https://elsewhere.example.org/story',
        summary: 'Plain summary text.',
        published: '2025-04-07T12:00:00+00:00',
      },
    ]);
  });

  it('an entry as an article: updated without published, text content as paragraphs, author name', () => {
    const a = normalize(atom, { expect: 'article' }).value!;
    expect(a.published).to.equal(undefined);
    expect(a.updated).to.equal('2025-04-09T11:27:00-04:00');
    expect(a.lang).to.equal('en');
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['Ana Lima'] }]);
    const second = atom.replace(/<entry xml:base[\s\S]*?<\/entry>/, '');
    expect(normalize(second, { expect: 'article' }).value!.body).to.deep.equal([
      { type: 'paragraph', text: 'First paragraph.' },
      { type: 'paragraph', text: 'Second paragraph.' },
    ]);
  });
});

describe('real-world JSON Feed', () => {
  it('reads 1.0 (author), external_url, banner_image, date_modified only and untitled items', async () => {
    const feed = await fixture('jsonfeed-1.0.json');
    const r = normalize(feed, { expect: 'list' });
    expect(r.format).to.equal('json-feed');
    expect(r.problems).to.deep.equal([]);
    expect(r.value).to.deep.equal([
      {
        title: 'Ferry timetable changes',
        url: 'https://jo.example.net/2025/04/09/ferry.html',
        summary: 'New times from Monday.',
        published: '2025-04-09T07:00:00+09:00',
        image: { src: 'https://jo.example.net/uploads/ferry.jpg' },
      },
      {
        title: 'Harbour notice 42',
        url: 'https://harbour.example.org/notices/42',
        summary: 'Link post.',
        published: '2025-04-08T12:00:00+00:00',
        image: { src: 'https://harbour.example.org/img/42.jpg' },
      },
      {
        title: 'Rain all day. Finished the book about lighthouses and started one about tides,…',
        summary:
          'Rain all day. Finished the book about lighthouses and started one about tides, which so far is even better than expected.',
      },
      { title: 'Short & sweet.' },
    ]);
    const a = normalize(feed, { expect: 'article' }).value!;
    expect(a.body).to.equal('<p>The <em>morning</em> ferry now leaves at 7:10.</p>');
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['Jo Park'] }]);
  });

  it('reads 1.1 authors and language; an id-only item is an article titled by its text', () => {
    const r = normalize(
      {
        version: 'https://jsonfeed.org/version/1.1',
        language: 'zh-CN',
        authors: [{ name: '甲' }, { name: '乙' }],
        items: [{ id: '1', content_text: '　一条短讯。　', summary: null, tags: null, image: null }],
      },
      { expect: 'article' },
    );
    expect(r.problems).to.deep.equal([]);
    expect(r.value).to.deep.equal({
      title: '一条短讯。',
      id: '1',
      lang: 'zh-CN',
      body: [{ type: 'paragraph', text: '一条短讯。' }],
      credits: [{ role: 'author', names: ['甲', '乙'] }],
    });
  });
});

describe('real-world schema.org JSON-LD', () => {
  let graph: unknown;
  before(async () => {
    graph = await fixture('schema-org-graph.json');
  });

  it('picks the article of a @graph even after an ItemList; language from its WebPage', () => {
    const r = normalize(graph, { expect: 'article' });
    expect(r.format).to.equal('schema-org');
    const a = r.value!;
    expect(a.title).to.equal('永登县推进民族团结进步事业');
    expect(a.channel).to.equal('视听甘肃');
    expect(a.url).to.equal('https://www.example.com.cn/a/20250409/1127.html');
    expect(a.lang).to.equal('zh-Hans');
    expect(a.published).to.equal('2025-04-09T11:27:00+08:00');
    expect(a.updated).to.equal('2025-04-09T03:40:00+00:00');
    expect(a.views).to.equal(1234);
    expect(a.image).to.deep.equal({ src: 'https://www.example.com.cn/uploads/2025/04/yd-1x1.jpg' });
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['王珺茹', '李明', '甘肃日报'] }]);
    expect((a.body as Block[]).length).to.equal(2);
  });

  it('the list of a page is its ItemList, never its breadcrumbs', () => {
    expect(normalize(graph, { expect: 'list' }).value).to.deep.equal([
      {
        title: '热点一',
        url: 'https://www.example.com.cn/a/20250408/0900.html',
        published: '2025-04-08T09:00:00+08:00',
      },
      { title: '热点二', url: 'https://www.example.com.cn/a/20250407/0800.html' },
    ]);
    const g = structuredClone(graph) as { '@graph': { '@type': unknown }[] };
    g['@graph'] = g['@graph'].filter((n) => n['@type'] !== 'ItemList');
    const r = normalize(g, { expect: 'list' });
    expect(r.format).to.equal('schema-org');
    expect(r.value).to.deep.equal([]);
  });

  it('reads an array of top-level nodes, http:// contexts, @vocab and @value', () => {
    const a = normalize(
      [
        { '@context': 'http://schema.org', '@type': 'WebSite', name: 'Site' },
        {
          '@context': 'http://schema.org/',
          '@type': 'NewsArticle',
          headline: 'Array article',
          author: { '@type': 'Person', name: 'P' },
          image: { '@type': 'ImageObject', contentUrl: 'https://i.example/1.jpg' },
          datePublished: '2025-04-09T11:27:00Z',
        },
      ],
      { expect: 'article' },
    ).value!;
    expect(a.title).to.equal('Array article');
    expect(a.image).to.deep.equal({ src: 'https://i.example/1.jpg' });
    const v = normalize(
      {
        '@context': { '@vocab': 'https://schema.org/' },
        '@type': 'BlogPosting',
        headline: { '@value': 'Typed value', '@language': 'en' },
        author: null,
        image: null,
        keywords: null,
      },
      { expect: 'article' },
    );
    expect(v.value).to.deep.equal({ title: 'Typed value', body: [] });
    expect(v.problems).to.deep.equal([]);
  });
});

describe('real-world ninjs', () => {
  it('reads ninjs 1.x: headline, byline, body_html', () => {
    const a = normalize(
      {
        uri: 'urn:newsml:example.com:20250409:1',
        type: 'text',
        headline: 'Old-style item',
        byline: 'By Jo Park',
        body_html: '<p>x</p>',
        versioncreated: '2025-04-09T11:27:00Z',
      },
      { expect: 'article' },
    ).value!;
    expect(a.title).to.equal('Old-style item');
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['Jo Park'] }]);
    expect(a.updated).to.equal('2025-04-09T11:27:00+00:00');
  });

  it("a picture item's own renditions are its image", () => {
    const a = normalize(
      {
        uri: 'https://pics.example/1',
        type: 'picture',
        headlines: [{ role: 'main', value: 'Harbour at dawn' }],
        renditions: [
          { name: 'thumbnail', href: 'https://pics.example/1-t.jpg', width: 100 },
          { name: 'original', href: 'https://pics.example/1.jpg', contentType: 'image/jpeg', width: 3000 },
        ],
      },
      { expect: 'article' },
    ).value!;
    expect(a.image).to.deep.equal({ src: 'https://pics.example/1.jpg', width: 3000, mimeType: 'image/jpeg' });
  });
});

describe('Chinese portal realities', () => {
  it('nulls everywhere, string views, full-width spaces, 年月日 and epoch-string times', async () => {
    const r = normalize(await fixture('portal-native.json'), { expect: 'article' });
    expect(r.value).to.deep.equal({
      title: '永登县召开民族团结进步工作推进会',
      id: '20250409112700',
      url: 'https://www.example.cn/2025/0409/1127.html',
      published: '2025-04-09T11:27:00+08:00',
      updated: '2025-04-09T14:47:00+08:00',
      views: 1234,
      body: [
        { type: 'paragraph', text: '会议要求，各级各部门要提高政治站位。' },
        { type: 'paragraph', text: '第二段文字。' },
      ],
      related: [
        {
          title: '相关新闻一',
          url: 'https://www.example.cn/2025/0408/1.html',
          published: '2025-04-08T09:00:00+08:00',
        },
      ],
    });
    // Only the real defects are reported: a null block and an untitled related item; null fields are absent.
    expect(r.problems.map((p) => p.path)).to.deep.equal(['body[1]', 'related[1]']);
    expect(r.problems[0].message).to.include('null');
  });

  it('view counts as portals write them', () => {
    const v = (views: unknown) => normalize({ title: 't', views }, { expect: 'article' }).value!.views;
    expect(v('10万+')).to.equal(100000);
    expect(v('1234次浏览')).to.equal(1234);
    expect(v('2.5萬')).to.equal(25000);
    expect(v('1,234 views')).to.equal(1234);
    expect(v('很多')).to.equal(undefined);
  });
});

describe('times as real feeds write them', () => {
  const SH = 'Asia/Shanghai';
  const cases: [string, string, string][] = [
    ['2025年04月09日 11:27', SH, '2025-04-09T11:27:00+08:00'],
    ['2025年4月9日 11时27分', SH, '2025-04-09T11:27:00+08:00'],
    ['2025年04月09日', SH, '2025-04-09T00:00:00+08:00'],
    ['2025-04-09 11：27：00', SH, '2025-04-09T11:27:00+08:00'],
    ['Wed, 09 Apr 2025 11:27:00 CST', SH, '2025-04-09T11:27:00+08:00'],
    ['Wed, 09 Apr 2025 11:27:00 CST', 'Asia/Taipei', '2025-04-09T11:27:00+08:00'],
    ['Wed, 09 Apr 2025 11:27:00 CST', 'America/Chicago', '2025-04-09T11:27:00-06:00'],
    ['Wed Apr 09 11:27:00 CST 2025', SH, '2025-04-09T11:27:00+08:00'],
    ['Wed Apr  9 11:27:00 2025', SH, '2025-04-09T11:27:00+08:00'],
    ['Wed, 09 Apr 2025 11:27:00 +08:00', SH, '2025-04-09T11:27:00+08:00'],
    ['Wed, 09 Apr 2025 11:27:00 GMT+8', 'UTC', '2025-04-09T11:27:00+08:00'],
    ['Wednesday, 09-Apr-25 03:27:00 GMT', SH, '2025-04-09T03:27:00+00:00'],
    ['Wed, 09 Apr 2025 12:27:00 JST', SH, '2025-04-09T12:27:00+09:00'],
    ['2025-04-09 11:27:00 +0800', 'UTC', '2025-04-09T11:27:00+08:00'],
    ['2025-04-09T11:27:00.000+0800', SH, '2025-04-09T11:27:00+08:00'],
  ];
  for (const [input, tz, iso] of cases) {
    it(`${input} in ${tz}`, () => expect(toIsoWithOffset(input, tz)).to.equal(iso));
  }

  it('epoch seconds and milliseconds as strings, and /Date(…)/', () => {
    const t = (published: unknown) =>
      normalize({ title: 't', published }, { expect: 'article' }).value!.published;
    expect(t('1744169220')).to.equal('2025-04-09T11:27:00+08:00');
    expect(t('1744169220000')).to.equal('2025-04-09T11:27:00+08:00');
    expect(t('/Date(1744169220000)/')).to.equal('2025-04-09T11:27:00+08:00');
    expect(t('12345')).to.equal(undefined);
    // An epoch of a year before 1000 or after 9999 is no publication time (no ISO year of four digits).
    expect(t(-59011459200000.01)).to.equal(undefined);
    expect(t(1e15)).to.equal(undefined);
  });
});

describe('hostile documents', () => {
  it('never throws; a broken document is a format error with a reason', () => {
    const inputs: unknown[] = [
      '\uFEFF',
      '<?xml version="1.0"?>',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
      '<rss><channel><item><title>x</title></item>',
      '<!DOCTYPE x [<!ENTITY a "&#38;#38;">]><rss><channel><item><title>&a;</title></item></channel></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="http://[::1"/></entry></feed>',
      { '@context': 'https://schema.org', '@graph': [null, 1, 'x', { '@id': 'a' }] },
      { version: 'https://jsonfeed.org/version/1.1', items: [null, 1, { id: null }] },
      { headlines: [null], bodies: [null], renditions: null, associations: [null] },
    ];
    for (const input of inputs) {
      for (const e of ['article', 'list', 'credits'] as const) {
        const r = normalize(input, { expect: e });
        if (r.value === null) {
          expect(r.errorKind, JSON.stringify(input)).to.be.oneOf(['format', 'invalid']);
          expect(r.problems.length, JSON.stringify(input)).to.be.greaterThan(0);
        }
      }
    }
    expect(
      normalize('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', { expect: 'list' })
        .problems[0].message,
    ).to.include('RSS 1.0');
  });
});
