import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/news-credits/news-credits.define.js';
import type { NewsCreditsElement } from '../../src/news-credits/news-credits.js';
import { normalize, normalizeListPage } from '../../src/data/normalize.js';
import { KNOWN_ROLES, type Block } from '../../src/data/model.js';
import { epoch, fixture, seed } from './helpers.js';

describe('normalize: native', () => {
  let nativeEn: unknown;
  let seedDoc: unknown;
  before(async () => {
    nativeEn = await fixture('native-en.json');
    seedDoc = await seed();
  });

  it('round-trips the seed article unchanged', () => {
    const r = normalize(seedDoc, { expect: 'article' });
    expect(r.format).to.equal('native');
    expect(r.problems).to.deep.equal([]);
    const { ...expected } = seedDoc as Record<string, unknown>;
    expect(r.value).to.deep.equal(expected);
  });

  it('reads the seed: title, channel, time, views, leads, credits, related', () => {
    const a = normalize(seedDoc, { expect: 'article' }).value!;
    expect(a.title).to.equal('永登县:“四聚焦”推进民族团结进步事业 高质量发展');
    expect(a.channel).to.equal('视听甘肃');
    expect(epoch(a.published)).to.equal(Date.UTC(2025, 3, 9, 3, 27));
    expect(a.views).to.equal(0);
    const body = a.body as Block[];
    expect(body).to.have.length(17);
    expect(body[1]).to.deep.include({ lead: '聚焦统筹部署,强化组织之力。' });
    expect(body[2]).to.deep.include({ lead: '加强政治引领,构建工作格局。' });
    expect(a.credits!.map((c) => [c.role, c.names[0]])).to.deep.equal([
      ['source', '永登县委统战部'],
      ['editor', '王珺茹'],
      ['responsibleEditor', '张旭峰'],
      ['chiefEditor', '顾学云'],
    ]);
    expect(a.related).to.have.length(5);
    expect(epoch(a.related![4].published)).to.equal(Date.UTC(2025, 3, 14, 6, 15));
  });

  it('keeps every character of the seed body text', async () => {
    const text = await (await fetch('/demo/data/seed-article.json')).text();
    const a = normalize(text, { expect: 'article' }).value!;
    const joined = (a.body as Block[])
      .map((b) => (b.type === 'paragraph' ? (b.lead ?? '') + b.text : ''))
      .join('');
    expect(joined).to.include('聚焦统筹部署,强化组织之力。始终坚持将党的领导贯穿民族工作全过程各领域');
    expect(joined).to.include('促进各族群众精神相系、情感相依。');
  });

  it('reads the English fixture with every block type and the credits shorthand in role order', () => {
    const r = normalize(nativeEn, { expect: 'article' });
    const a = r.value!;
    expect(r.problems).to.deep.equal([]);
    expect(a.title).to.equal('Harbour bridge reopens after two-year restoration');
    expect((a.body as Block[]).map((b) => b.type)).to.deep.equal([
      'paragraph',
      'heading',
      'paragraph',
      'image',
      'quote',
      'list',
      'video',
      'audio',
      'html',
    ]);
    expect(a.credits).to.deep.equal([
      { role: 'source', names: ['City News Service'] },
      { role: 'author', names: ['Jane Doe'] },
      { role: 'editor', names: ['Alex Smith', 'Maria Garcia'] },
      { role: 'Fact-checker', names: ['Chris Wong'], label: 'Fact-checker' },
    ]);
    expect(a.image).to.deep.include({ width: 1600, alt: 'Cyclists crossing the restored bridge at sunrise' });
    expect(a.related![0].image).to.deep.equal({ src: 'https://example.com/images/ferry-320.jpg', alt: '' });
  });

  it('splits a channel prefix off the title with each separator', () => {
    const t = (title: string, extra = {}) =>
      normalize({ title, body: [], ...extra }, { expect: 'article' }).value!;
    expect(t('视听甘肃丨永登县新闻')).to.deep.include({ channel: '视听甘肃', title: '永登县新闻' });
    expect(t('视听甘肃｜永登县新闻')).to.deep.include({ channel: '视听甘肃', title: '永登县新闻' });
    expect(t('World | Bridge reopens')).to.deep.include({ channel: 'World', title: 'Bridge reopens' });
    expect(t('A|B')).to.deep.include({ title: 'A|B' }).and.not.have.property('channel');
    expect(t('丨永登县新闻')).to.deep.include({ title: '丨永登县新闻' }).and.not.have.property('channel');
    expect(t('视听甘肃丨 ')).to.deep.include({ title: '视听甘肃丨' });
    expect(t('视听甘肃丨永登县', { channel: '视听甘肃' })).to.deep.include({
      channel: '视听甘肃',
      title: '永登县',
    });
    expect(t('视听甘肃丨永登县', { channel: '要闻' })).to.deep.include({
      channel: '要闻',
      title: '视听甘肃丨永登县',
    });
  });

  it('reads zone-less times in the time zone given', () => {
    const doc = { title: 't', body: [], published: '2025-04-09 11:27:00' };
    const sh = normalize(doc, { expect: 'article' }).value!;
    expect(sh.published).to.equal('2025-04-09T11:27:00+08:00');
    const ny = normalize(doc, { expect: 'article', timeZone: 'America/New_York' }).value!;
    expect(ny.published).to.equal('2025-04-09T11:27:00-04:00');
    expect(epoch(ny.published) - epoch(sh.published)).to.equal(12 * 3600e3);
  });

  it('drops an invalid time, a bad view count, bad blocks; warns about alt', () => {
    const r = normalize(
      {
        title: 't',
        published: '2025-02-30 10:00',
        updated: 'Invalid Date',
        views: -3,
        body: [
          { type: 'paragraph', text: 'ok' },
          { type: 'marquee', text: 'x' },
          { type: 'image' },
          { type: 'image', src: 'a.jpg' },
          { type: 'heading', text: 'h', level: 7 },
          'plain string paragraph',
        ],
      },
      { expect: 'article' },
    );
    const a = r.value!;
    expect(a).to.not.have.property('published');
    expect(a).to.not.have.property('updated');
    expect(a).to.not.have.property('views');
    expect(a.body).to.deep.equal([
      { type: 'paragraph', text: 'ok' },
      { type: 'image', src: 'a.jpg', alt: '' },
      { type: 'heading', text: 'h' },
      { type: 'paragraph', text: 'plain string paragraph' },
    ]);
    const paths = r.problems.map((p) => p.path);
    expect(paths).to.include.members([
      'published',
      'updated',
      'views',
      'body[1]',
      'body[2]',
      'body[3].alt',
      'body[4].level',
    ]);
    expect(JSON.stringify(r.value)).to.not.include('Invalid');
  });

  it('parses view counts like "1,234" and "1.2万"', () => {
    const v = (views: unknown) =>
      normalize({ title: 't', body: [], views }, { expect: 'article' }).value!.views;
    expect(v('1,234')).to.equal(1234);
    expect(v('1.2万')).to.equal(12000);
    expect(v(42)).to.equal(42);
    expect(v('NaN')).to.equal(undefined);
    expect(v(Number.NaN)).to.equal(undefined);
  });

  it('keeps an HTML string body as a string', () => {
    const a = normalize({ title: 't', body: '<p>Hi <b>there</b></p>' }, { expect: 'article' }).value!;
    expect(a.body).to.equal('<p>Hi <b>there</b></p>');
  });

  it('strips HTML from plain-text fields', () => {
    const a = normalize(
      { title: 'A <b>bold</b> &amp; <i>new</i>  title', body: [] },
      { expect: 'article' },
    ).value!;
    expect(a.title).to.equal('A bold & new title');
  });

  it('parses a JSON string, with a BOM', () => {
    const r = normalize('\uFEFF  {"title":"视听甘肃丨标题","body":[]}', { expect: 'article' });
    expect(r.value).to.deep.equal({ title: '标题', channel: '视听甘肃', body: [] });
  });

  it('rejects an article without a title as invalid, naming the field', async () => {
    const r = normalize(await fixture('invalid-no-title.json'), { expect: 'article' });
    expect(r.value).to.equal(null);
    expect(r.errorKind).to.equal('invalid');
    expect(r.format).to.equal('native');
    expect(r.problems.some((p) => p.path === 'title' && p.message.includes('title'))).to.equal(true);
  });

  it('rejects unknown shapes, non-JSON and scalars as format errors', async () => {
    for (const input of [
      await fixture('unknown-format.json'),
      'not json',
      '{"a":',
      42,
      null,
      true,
      undefined,
      {},
    ]) {
      const r = normalize(input, { expect: 'article' });
      expect(r.value, String(input)).to.equal(null);
      expect(r.errorKind).to.equal('format');
      expect(r.problems.length).to.be.greaterThan(0);
    }
  });

  it('warns about an unknown time zone and falls back to Asia/Shanghai', () => {
    const r = normalize(
      { title: 't', body: [], published: '2025-04-09 11:27' },
      { expect: 'article', timeZone: 'Nowhere/City' },
    );
    expect(r.value!.published).to.equal('2025-04-09T11:27:00+08:00');
    expect(r.problems[0].message).to.include('Nowhere/City');
  });
});

describe('normalize: native lists', () => {
  it('accepts an array of items and drops items without a title', () => {
    const r = normalize(
      [{ title: 'a', url: './a.html', published: '2025-04-16 11:28:00' }, { url: 'x' }, 'junk'],
      { expect: 'list' },
    );
    expect(r.format).to.equal('native');
    expect(r.value).to.deep.equal([{ title: 'a', url: './a.html', published: '2025-04-16T11:28:00+08:00' }]);
    expect(r.problems.map((p) => p.path)).to.deep.equal(['[1]', '[2]']);
  });

  it('accepts { items, next } and returns the next page', () => {
    const r = normalizeListPage({ items: [{ title: 'a' }], next: '/list?page=2' });
    expect(r.value).to.deep.equal([{ title: 'a' }]);
    expect(r.next).to.equal('/list?page=2');
  });

  it('an empty list is a value, not an error', () => {
    for (const input of [[], { items: [] }, '[]']) {
      const r = normalize(input, { expect: 'list' });
      expect(r.value).to.deep.equal([]);
      expect(r.errorKind).to.equal(undefined);
    }
  });

  it('reads an item again when it was changed in place or the time zone differs', () => {
    const item = { title: 'a', published: '2025-04-16 11:28:00', image: { src: 'a.jpg' } };
    const list = [item, { title: 'b' }];
    expect(normalize(list, { expect: 'list' }).value![0].title).to.equal('a');
    item.title = 'a2';
    item.image.src = 'a2.jpg';
    const again = normalize(list.slice(), { expect: 'list' }).value!;
    expect(again[0]).to.deep.equal({
      title: 'a2',
      published: '2025-04-16T11:28:00+08:00',
      image: { src: 'a2.jpg' },
    });
    const utc = normalize(list, { expect: 'list', timeZone: 'UTC' }).value!;
    expect(utc[0].published).to.equal('2025-04-16T11:28:00+00:00');
  });

  it('reports the problems of an item every time it is read', () => {
    const list = [{ title: 'a', published: 'not a time' }];
    for (let i = 0; i < 2; i++) {
      const r = normalize(list, { expect: 'list' });
      expect(r.problems.map((p) => p.path)).to.deep.equal(['[0].published']);
    }
  });

  it("an article's related items", async () => {
    const r = normalize(await seed(), { expect: 'list' });
    expect(r.value).to.have.length(5);
    expect(r.value![0].title).to.equal('省委常委会召开会议 吴晓军主持');
  });
});

describe('normalize: credits', () => {
  it('orders the shorthand by role, unknown keys after in given order', () => {
    const r = normalize(
      {
        值班: '甲',
        chiefEditor: '顾学云',
        编辑: ['王珺茹', '李四'],
        source: '永登县委统战部',
        责编: '张旭峰',
        审核: '乙',
        终审: '丙',
        其他: '丁',
      },
      { expect: 'credits' },
    );
    expect(r.format).to.equal('native');
    expect(r.value).to.deep.equal([
      { role: 'source', names: ['永登县委统战部'] },
      { role: 'editor', names: ['王珺茹', '李四'] },
      { role: 'responsibleEditor', names: ['张旭峰'] },
      { role: 'reviewer', names: ['乙'] },
      { role: 'chiefEditor', names: ['顾学云'] },
      { role: 'finalReviewer', names: ['丙'] },
      { role: '值班', names: ['甲'], label: '值班' },
      { role: '其他', names: ['丁'], label: '其他' },
    ]);
  });

  it('shows every known role under its own label, in the display order of KNOWN_ROLES', async () => {
    // Every role given once, in reverse order, as the shorthand a CMS writes.
    const shorthand = Object.fromEntries([...KNOWN_ROLES].reverse().map((role, i) => [role, `某${i}`]));
    const credits = normalize(shorthand, { expect: 'credits' }).value!;
    expect(credits.map((c) => c.role)).to.deep.equal([...KNOWN_ROLES]);
    // What a reader sees: one label per role, in that order (the text a screen reader alone gets left out).
    const el = await render<NewsCreditsElement>(html`<news-credits .credits=${credits}></news-credits>`);
    await el.updateComplete;
    const visible = (node: Node): string =>
      node instanceof Element && node.classList.contains('visually-hidden')
        ? ''
        : node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : [...node.childNodes].map(visible).join('');
    const labels = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) =>
      visible(dt).replace(/[/:：\s]/g, ''),
    );
    expect(labels).to.deep.equal([
      '来源',
      '作者',
      '记者',
      '摄影',
      '编辑',
      '责编',
      '审核',
      '主编',
      '校对',
      '监制',
      '终审',
    ]);
    const names = [...el.shadowRoot!.querySelectorAll('dd')].map((dd) => visible(dd).trim());
    expect(names).to.deep.equal(KNOWN_ROLES.map((_, i) => `某${KNOWN_ROLES.length - 1 - i}`));
  });

  it('keeps the order of an explicit Credit array and maps role names', () => {
    const r = normalize(
      [
        { role: 'editor', names: ['B'] },
        { role: '来源', names: ['A'] },
        { role: 'anchor', names: ['C'], label: '主播' },
        { role: 'editor', names: [] },
      ],
      { expect: 'credits' },
    );
    expect(r.value).to.deep.equal([
      { role: 'editor', names: ['B'] },
      { role: 'source', names: ['A'] },
      { role: 'anchor', names: ['C'], label: '主播' },
    ]);
    expect(r.problems).to.have.length(1);
  });

  it('accepts { credits } and an article document; empty is []', async () => {
    expect(normalize({ credits: { source: 'S' } }, { expect: 'credits' }).value).to.deep.equal([
      { role: 'source', names: ['S'] },
    ]);
    expect(normalize(await seed(), { expect: 'credits' }).value).to.have.length(4);
    expect(normalize({ credits: [] }, { expect: 'credits' }).value).to.deep.equal([]);
    expect(normalize({ title: 'no credits', body: [] }, { expect: 'credits' }).value).to.deep.equal([]);
  });
});

describe('normalizeNative (the fast path loaded with the elements)', () => {
  it('reads plain native documents, and leaves every other format to normalize()', async () => {
    const { normalizeNative } = await import('../../src/data/native-normalize.js');
    const seedDoc = await (await fetch('/demo/data/seed-article.json')).json();
    expect((normalizeNative(seedDoc, { expect: 'article' })?.value as { title: string }).title).to.contain(
      '永登县',
    );
    expect(normalizeNative([{ title: 'a', url: '/a' }], { expect: 'list' })?.value).to.have.length(1);
    expect(normalizeNative([{ role: 'editor', names: ['王珺茹'] }], { expect: 'credits' })?.format).to.equal(
      'native',
    );
    for (const other of [
      { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' },
      { uri: 'urn:x', headlines: [{ value: 'x' }] },
      { version: 'https://jsonfeed.org/version/1.1', items: [] },
      { id: '1', content_text: 'x', title: 'x' },
      { source: '新华社', editor: '王珺茹' },
      '<rss version="2.0"></rss>',
    ]) {
      expect(normalizeNative(other, { expect: 'article' }), JSON.stringify(other)).to.equal(undefined);
    }
  });
});

describe('plain text that only looks like markup', () => {
  it('keeps "a < b", "R&D" and "5 > 3 & 2 < 4" verbatim, and still decodes real references', () => {
    const r = normalize(
      [{ title: 'R&D: a < b, 5 > 3 & 2 < 4' }, { title: 'It&#8217;s <b>bold</b> &amp; new' }],
      { expect: 'list' },
    );
    expect(r.value!.map((i) => i.title)).to.deep.equal(['R&D: a < b, 5 > 3 & 2 < 4', 'It’s bold & new']);
  });
});
