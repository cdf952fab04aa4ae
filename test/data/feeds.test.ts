import { expect } from '@open-wc/testing';
import { normalize, normalizeListPage } from '../../src/data/normalize.js';
import { epoch, fixture, fixtureText } from './helpers.js';
import { brokenImage } from '../shared/helpers.js';

describe('normalize: JSON Feed 1.1', () => {
  let feed: unknown;
  before(async () => {
    feed = await fixture('jsonfeed.json');
  });

  it('reads items (zh and en) and next_url; an untitled item is titled by its text', () => {
    const r = normalizeListPage(feed);
    expect(r.format).to.equal('json-feed');
    expect(r.next).to.equal('https://www.example.cn/feed.json?page=2');
    expect(r.value).to.deep.equal([
      {
        title: '省委常委会召开会议 吴晓军主持',
        url: 'https://www.example.cn/news/2025/0416/1128.html',
        summary:
          '4月15日,省委书记吴晓军主持召开省委常委会会议,传达学习习近平总书记近期重要讲话及中央有关会议精神。',
        published: '2025-04-16T11:28:00+08:00',
        image: { src: 'https://www.example.cn/uploads/2025/0416/meeting.jpg' },
        channel: '时政',
      },
      {
        title: 'Heritage week draws record crowds',
        url: 'https://news.example.org/culture/heritage-week',
        summary: 'Museums reported record visitor numbers. Some stayed open until midnight.',
        published: '2025-04-14T13:21:00+00:00',
        image: { src: 'https://news.example.org/img/heritage.jpg' },
      },
      // JSON Feed titles are optional (microblog posts): the text stands in, and is not repeated.
      { title: '没有标题的一条短讯。', published: '2025-04-14T08:00:00+08:00' },
    ]);
    expect(r.problems).to.deep.equal([]);
  });

  it('reads one item as an article', () => {
    const item = (feed as { items: unknown[] }).items[1];
    const r = normalize(item, { expect: 'article' });
    expect(r.format).to.equal('json-feed');
    expect(r.value).to.deep.include({
      title: 'Heritage week draws record crowds',
      lang: 'en',
      updated: '2025-04-14T22:00:00+08:00',
    });
    expect(r.value!.body).to.have.length(2);
    const whole = normalize(feed, { expect: 'article' });
    expect(whole.value!.body).to.equal(
      '<p>4月15日,省委书记吴晓军主持召开省委常委会会议。</p><p>会议指出……</p>',
    );
    expect(whole.value!.credits).to.deep.equal([{ role: 'author', names: ['王珺茹'] }]);
  });
});

describe('normalize: RSS 2.0', () => {
  let rss: string;
  before(async () => {
    rss = await fixtureText('rss.xml');
  });

  it('reads items: CDATA HTML → plain summary, +0800 and GMT dates, images, categories', () => {
    const r = normalizeListPage(rss);
    expect(r.format).to.equal('rss');
    expect(r.next).to.equal('https://www.example.cn/rss.xml?page=2');
    const [a, b, c, d] = r.value!;
    expect(a).to.deep.equal({
      title: '省委常委会召开会议 吴晓军主持',
      url: 'https://www.example.cn/news/2025/0416/1128.html',
      summary:
        '4月15日,省委书记吴晓军主持召开省委常委会会议,传达学习习近平总书记近期重要讲话及中央有关会议精神,研究我省贯彻意见。 会议指出…',
      published: '2025-04-16T11:28:00+08:00',
      image: { src: 'https://www.example.cn/uploads/2025/0416/meeting.jpg', mimeType: 'image/jpeg' },
      channel: '时政',
    });
    expect(b.published).to.equal('2025-04-16T01:20:00+00:00');
    expect(epoch(b.published)).to.equal(Date.UTC(2025, 3, 16, 1, 20));
    expect(b.image).to.deep.equal({
      src: 'https://www.example.cn/uploads/2025/0416/inspect-320.jpg',
      width: 320,
      height: 180,
    });
    expect(c.url).to.equal('https://www.example.cn/theory/2025/0414/2121.html');
    expect(c.summary).to.equal('习近平总书记指出,“中华优秀传统文化是中华文明的智慧结晶和精华所在”。');
    expect(c.image!.src).to.equal('https://www.example.cn/uploads/2025/0414/culture.jpg');
    expect(d).to.deep.equal({ title: '时间错误的一条', url: 'https://www.example.cn/news/bad-date.html' });
    expect(r.problems.map((p) => p.path)).to.deep.equal(['item[3].pubDate']);
  });

  it('gives the first item as an article, with credits', () => {
    const r = normalize(rss, { expect: 'article' });
    expect(r.value!.title).to.equal('省委常委会召开会议 吴晓军主持');
    expect(r.value!.lang).to.equal('zh-cn');
    expect(r.value!.credits).to.deep.equal([{ role: 'author', names: ['王珺茹'] }]);
    const rss2 = rss.replace(/<item>[\s\S]*?<\/item>/, '');
    expect(normalize(rss2, { expect: 'credits' }).value).to.deep.equal([
      { role: 'source', names: ['中央纪委国家监委网站'] },
      { role: 'author', names: ['张旭峰'] },
    ]);
  });

  it('never runs or loads markup from descriptions', async () => {
    const w = window as unknown as { pwned?: number };
    w.pwned = 0;
    const probe = brokenImage();
    const r = normalize(
      `<rss><channel><item><title>t</title><description><![CDATA[<img src="${probe.url}" onerror="window.pwned++"><script>window.pwned++</script>正文]]></description></item></channel></rss>`,
      { expect: 'list' },
    );
    // Once a control image of the same URL has failed, a live copy would have been requested and run.
    expect(await probe.failed()).to.equal(1);
    expect(w.pwned).to.equal(0);
    expect(r.value).to.deep.equal([{ title: 't', summary: '正文' }]);
  });

  it('reports malformed XML and unknown roots as format errors', () => {
    for (const xml of [
      '<rss><channel><item></channel>',
      '<html><body>x</body></html>',
      '  <?xml version="1.0"?><opml/>',
    ]) {
      const r = normalize(xml, { expect: 'list' });
      expect(r.value).to.equal(null);
      expect(r.errorKind).to.equal('format');
      expect(r.problems).to.have.length(1);
    }
  });

  it('an empty channel is an empty list', () => {
    const r = normalize('<rss version="2.0"><channel><title>x</title></channel></rss>', { expect: 'list' });
    expect(r.value).to.deep.equal([]);
    expect(normalize('<rss version="2.0"><channel/></rss>', { expect: 'article' }).errorKind).to.equal(
      'format',
    );
  });
});

describe('normalize: Atom', () => {
  let atom: string;
  before(async () => {
    atom = await fixtureText('atom.xml');
  });

  it('reads entries: html titles and summaries, link rel=alternate, enclosure and media:thumbnail', () => {
    const r = normalizeListPage(atom);
    expect(r.format).to.equal('atom');
    expect(r.next).to.equal('https://news.example.org/science/atom.xml?page=2');
    expect(r.value).to.deep.equal([
      {
        title: 'Comet visible to the naked eye & binoculars',
        url: 'https://news.example.org/science/comet-2025',
        summary: 'Astronomers say the comet will be brightest on Tuesday.',
        published: '2025-03-14T09:30:00+00:00',
        image: { src: 'https://news.example.org/img/comet-16x9.jpg', mimeType: 'image/jpeg' },
        channel: 'Space',
      },
      {
        title: 'Storm warning for the western coast',
        url: 'https://news.example.org/weather/storm-warning',
        summary: 'Gusts of up to 30 m/s are expected tonight.',
        published: '2025-05-02T08:15:00+00:00',
        image: { src: 'https://news.example.org/img/storm-320.jpg', width: 320, height: 213 },
      },
    ]);
    expect(r.problems).to.deep.equal([]);
  });

  it('gives the first entry as an article with xhtml content, lang and credits', () => {
    const a = normalize(atom, { expect: 'article' }).value!;
    expect(a.lang).to.equal('en-GB');
    expect(a.updated).to.equal('2025-03-14T10:05:12-04:00');
    expect(a.body).to.equal(
      '<p xmlns="http://www.w3.org/1999/xhtml">The comet was first spotted in January.</p>',
    );
    expect(a.credits).to.deep.equal([
      { role: 'author', names: ['Priya Patel'] },
      { role: 'contributor', names: ['Maria Garcia'] },
    ]);
  });
});

describe('normalize: schema.org ItemList', () => {
  it('reads ListItems in position order, wrapped articles and url+name items', async () => {
    const r = normalize(await fixture('itemlist.json'), { expect: 'list' });
    expect(r.format).to.equal('item-list');
    expect(r.value).to.deep.equal([
      {
        title: '省委常委会召开会议 吴晓军主持',
        url: 'https://www.example.cn/news/2025/0416/1128.html',
        published: '2025-04-16T11:28:00+08:00',
        channel: '时政',
      },
      {
        title: '中央第十巡视组巡视内蒙古自治区工作动员会召开',
        url: 'https://www.example.cn/news/2025/0416/0920.html',
        summary: '根据党中央关于巡视工作的统一部署,近日,中央第十巡视组巡视内蒙古自治区工作动员会召开。',
        published: '2025-04-16T09:20:00+08:00',
        image: { src: 'https://www.example.cn/uploads/inspect.jpg', width: 640, height: 360 },
      },
      { title: 'Heritage week draws record crowds', url: 'https://news.example.org/culture/heritage-week' },
    ]);
  });

  it('accepts articles directly as elements and an array of NewsArticles', () => {
    const list = {
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'NewsArticle', headline: 'A', url: '/a' }, 'https://x/no-title'],
    };
    const r = normalize(list, { expect: 'list' });
    expect(r.value).to.deep.equal([{ title: 'A', url: '/a' }]);
    expect(r.problems).to.have.length(1);
    const arr = normalize(
      [
        { '@type': 'NewsArticle', headline: 'A' },
        { '@type': 'NewsArticle', headline: 'B' },
      ],
      { expect: 'list' },
    );
    expect(arr.value).to.deep.equal([{ title: 'A' }, { title: 'B' }]);
    expect(arr.format).to.equal('item-list');
  });

  it('is not an article', async () => {
    const r = normalize(await fixture('itemlist.json'), { expect: 'article' });
    expect(r.errorKind).to.equal('format');
  });
});
