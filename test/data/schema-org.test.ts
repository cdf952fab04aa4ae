import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import type { Block } from '../../src/data/model.js';
import { epoch, fixture } from './helpers.js';

describe('normalize: schema.org JSON-LD', () => {
  let zh: unknown;
  let en: unknown;
  before(async () => {
    zh = await fixture('schema-org-newsarticle.json');
    en = await fixture('schema-org-en.json');
  });

  it('picks the article node of an @graph and resolves @id references', () => {
    const r = normalize(zh, { expect: 'article' });
    expect(r.format).to.equal('schema-org');
    const a = r.value!;
    expect(a.title).to.equal('永登县:“四聚焦”推进民族团结进步事业 高质量发展');
    expect(a.channel).to.equal('视听甘肃');
    expect(a.url).to.equal('https://www.example.cn/news/2025/0409/yongdeng.html');
    expect(a.lang).to.equal('zh-CN');
    expect(a.published).to.equal('2025-04-09T11:27:00+08:00');
    expect(a.updated).to.equal('2025-04-09T15:02:10+08:00');
    expect(epoch(a.updated)).to.equal(Date.UTC(2025, 3, 9, 7, 2, 10));
    expect(a.views).to.equal(1234);
    expect(a.image).to.deep.equal({
      src: 'https://www.example.cn/uploads/2025/04/yongdeng-1280.jpg',
      width: 1280,
      height: 720,
      mimeType: 'image/jpeg',
      caption: '永登县民族团结进步主题公园',
      credit: '李明',
    });
    expect(a.tags).to.deep.equal(['民族团结', '永登县', '统战']);
    expect((a.body as Block[]).map((b) => b.type === 'paragraph' && b.text.slice(0, 4))).to.deep.equal([
      '2024',
      '聚焦统筹',
      '聚焦宣传',
    ]);
    expect((a.body as Block[]).every((b) => !('lead' in b))).to.equal(true);
  });

  it('maps sourceOrganization, editor and contributor Roles to ordered credits', () => {
    const a = normalize(zh, { expect: 'article' }).value!;
    expect(a.credits).to.deep.equal([
      { role: 'source', names: ['永登县委统战部'] },
      { role: 'editor', names: ['王珺茹'] },
      { role: 'responsibleEditor', names: ['张旭峰'] },
      { role: 'chiefEditor', names: ['顾学云'] },
      { role: 'finalReviewer', names: ['赵四'] },
      { role: '值班编辑', names: ['钱五'], label: '值班编辑' },
    ]);
    expect(normalize(zh, { expect: 'credits' }).value).to.deep.equal(a.credits);
  });

  it('reads a bare NewsArticle: author array, image array, Z times, WatchAction, single-newline body', () => {
    const a = normalize(en, { expect: 'article' }).value!;
    expect(a.title).to.equal('Comet visible to the naked eye for the first time in a decade');
    expect(a.subtitle).to.equal('Best viewing is an hour before dawn this week');
    expect(a.summary).to.equal('Astronomers say the comet will be brightest on Tuesday & Wednesday.');
    expect(a.channel).to.equal('Science');
    expect(a.url).to.equal('https://news.example.org/science/comet-2025');
    expect(a.lang).to.equal('en');
    expect(a.published).to.equal('2025-03-14T09:30:00+00:00');
    expect(a.updated).to.equal('2025-03-14T10:05:12-04:00');
    expect(epoch(a.updated)).to.equal(Date.UTC(2025, 2, 14, 14, 5, 12));
    expect(a.views).to.equal(5021);
    expect(a.image).to.deep.equal({ src: 'https://news.example.org/img/comet-1x1.jpg' });
    expect(a.body).to.have.length(3);
    expect(a.tags).to.deep.equal(['Space', 'Astronomy', 'Comets']);
    expect(a.credits).to.deep.equal([
      { role: 'source', names: ['Example Wire'] },
      { role: 'author', names: ['Priya Patel', 'Example Science Desk', 'Tom Becker'] },
      { role: 'editor', names: ['Maria Garcia'] },
      { role: 'responsibleEditor', names: ['Oliver Stone'] },
    ]);
  });

  it('accepts an array of nodes, @type arrays and prefixed types', () => {
    const r = normalize(
      [
        { '@context': 'https://schema.org', '@type': 'BreadcrumbList2' },
        { '@type': ['schema:BlogPosting'], name: 'Posted', datePublished: '2025-01-02 03:04' },
      ],
      { expect: 'article' },
    );
    expect(r.value).to.deep.equal({ title: 'Posted', published: '2025-01-02T03:04:00+08:00', body: [] });
  });

  it('accepts every Article subtype and role names in en', () => {
    for (const t of [
      'Article',
      'ReportageNewsArticle',
      'AnalysisNewsArticle',
      'OpinionNewsArticle',
      'LiveBlogPosting',
      'TechArticle',
    ]) {
      const doc = {
        '@type': t,
        headline: 'H',
        contributor: [
          { '@type': 'Role', roleName: 'Editor-in-Chief', contributor: 'A' },
          { '@type': 'Role', roleName: 'photographer', contributor: { '@type': 'Person', name: 'B' } },
          { '@type': 'Person', name: 'C' },
        ],
      };
      const a = normalize(doc, { expect: 'article' }).value!;
      expect(a.credits, t).to.deep.equal([
        { role: 'photographer', names: ['B'] },
        { role: 'chiefEditor', names: ['A'] },
        { role: 'contributor', names: ['C'] },
      ]);
    }
  });

  it('an author written as a byline ("By Jane Doe") is named without the "By"', () => {
    const a = normalize(
      {
        '@type': 'NewsArticle',
        headline: 'H',
        author: [{ '@type': 'Person', name: 'By Jane Doe' }, 'by Li Na'],
      },
      { expect: 'article' },
    ).value!;
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['Jane Doe', 'Li Na'] }]);
  });

  it('decodes the character references of a plain-text articleBody, as of the headline', () => {
    const a = normalize(
      {
        '@type': 'NewsArticle',
        headline: 'Tom &amp; Jerry',
        articleBody: 'He said&nbsp;&#8220;hi&#8221; &amp; left.\n\nR&D < 5 stays.',
      },
      { expect: 'article' },
    ).value!;
    expect(a.title).to.equal('Tom & Jerry');
    expect(a.body).to.deep.equal([
      { type: 'paragraph', text: 'He said \u201chi\u201d & left.' },
      { type: 'paragraph', text: 'R&D < 5 stays.' },
    ]);
  });

  it('treats an HTML articleBody as HTML and accepts native-style related', () => {
    const a = normalize(
      {
        '@type': 'NewsArticle',
        headline: 'H',
        articleBody: '<p>One</p><p>Two</p>',
        related: [{ title: 'R' }],
      },
      { expect: 'article' },
    ).value!;
    expect(a.body).to.equal('<p>One</p><p>Two</p>');
    expect(a.related).to.deep.equal([{ title: 'R' }]);
  });

  it('is invalid without a headline, a format error without an Article node', () => {
    const r = normalize(
      { '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2025-01-01' },
      { expect: 'article' },
    );
    expect(r.errorKind).to.equal('invalid');
    expect(r.problems.at(-1)!.message).to.include('title');
    const w = normalize(
      { '@context': 'https://schema.org', '@type': 'WebPage', name: 'x' },
      { expect: 'article' },
    );
    expect(w.errorKind).to.equal('format');
    expect(w.value).to.equal(null);
  });

  it('survives deep and cyclic-looking @id graphs', () => {
    let deep: Record<string, unknown> = { '@type': 'Thing' };
    for (let i = 0; i < 500; i++) deep = { '@type': 'Thing', child: deep };
    const doc = {
      '@graph': [
        { '@id': '#a', '@type': 'Person', name: 'A', knows: { '@id': '#a' } },
        { '@type': 'NewsArticle', headline: 'H', author: { '@id': '#a' }, about: deep },
      ],
    };
    const a = normalize(doc, { expect: 'article' }).value!;
    expect(a.credits).to.deep.equal([{ role: 'author', names: ['A'] }]);
  });
});
