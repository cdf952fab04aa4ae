import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { epoch, fixture } from './helpers.js';

describe('normalize: IPTC ninjs', () => {
  let v2: unknown;
  let v3: unknown;
  before(async () => {
    v2 = await fixture('ninjs-2.json');
    v3 = await fixture('ninjs-3.json');
  });

  it('reads ninjs 2.x (lowercase names)', () => {
    const r = normalize(v2, { expect: 'article' });
    expect(r.format).to.equal('ninjs');
    const a = r.value!;
    expect(a).to.deep.include({
      title: '兰州新区春耕备耕全面展开',
      channel: '甘肃',
      subtitle: '智能农机上阵 播种效率提升三成',
      summary: '兰州新区各乡镇抢抓农时,春耕备耕工作全面展开。',
      id: 'urn:newsml:xinhua.example:20250410:c_1130251',
      lang: 'zh-CN',
      published: '2025-04-10T07:30:00+08:00',
      updated: '2025-04-10T08:12:30+08:00',
      body: '<p>4月10日,兰州新区各乡镇抢抓农时。</p><p>智能农机穿梭田间,播种效率提升三成。</p>',
    });
    expect(a).to.not.have.property('url');
    expect(a.image).to.deep.equal({
      src: 'https://img.example.cn/2025/0410/p1-1600.jpg',
      width: 1600,
      height: 900,
      mimeType: 'image/jpeg',
      caption: '兰州新区农民驾驶播种机作业',
      credit: '新华社记者 赵六 摄',
    });
    expect(a.credits).to.deep.equal([
      { role: 'source', names: ['新华社'] },
      { role: 'author', names: ['新华社记者 张三'] },
      { role: 'editor', names: ['李四'] },
      { role: 'responsibleEditor', names: ['王五'] },
    ]);
    expect(a.tags).to.deep.equal(['农业', '兰州新区']);
  });

  it('an item with only versioncreated was published then', () => {
    const a = normalize(
      { uri: 'urn:x:1', headline: 'Wire', versioncreated: '2025-04-09T03:27:00Z', body_text: 'x' },
      { expect: 'article' },
    ).value!;
    expect(a.published).to.equal('2025-04-09T03:27:00+00:00');
  });

  it('reads ninjs 3.x (camelCase names)', () => {
    const a = normalize(v3, { expect: 'article' }).value!;
    expect(a).to.deep.include({
      title: 'Storm warning issued for the western coast',
      channel: 'Weather',
      summary: 'Gusts of up to 30 m/s are expected tonight.',
      url: 'https://api.example.no/content/ntb-2025-05-02-4411',
      lang: 'en',
    });
    expect(epoch(a.published)).to.equal(Date.UTC(2025, 4, 2, 7, 0));
    expect(a.published).to.equal('2025-05-02T09:00:00+02:00');
    expect(a.updated).to.equal('2025-05-02T10:15:00+02:00');
    expect(a.body).to.have.length(3);
    expect(a.image).to.deep.include({
      src: 'https://cdn.example.no/ntb-img-88-2000.jpg',
      caption: 'Waves at the pier in Bergen.',
      credit: 'NTB / Kari Hansen',
    });
    expect(a.credits).to.deep.equal([
      { role: 'source', names: ['NTB'] },
      { role: 'author', names: ['Ola Nordmann'] },
    ]);
  });

  it('reads body_html, body_text, a singular headline and 1.x-style associations', () => {
    const html = normalize({ uri: 'u', headline: 'H', body_html: '<p>x</p>' }, { expect: 'article' }).value!;
    expect(html.body).to.equal('<p>x</p>');
    const text = normalize(
      {
        uri: 'u',
        headlines: [{ value: 'T' }],
        body_text: 'a\nb',
        associations: {
          featureimage: {
            type: 'picture',
            renditions: { baseImage: { href: 'https://x/y.jpg', width: 10 } },
          },
        },
      },
      { expect: 'article' },
    ).value!;
    expect(text.body).to.deep.equal([
      { type: 'paragraph', text: 'a' },
      { type: 'paragraph', text: 'b' },
    ]);
    expect(text.image).to.deep.equal({ src: 'https://x/y.jpg', width: 10 });
  });

  it('is invalid without a headline', () => {
    const r = normalize({ uri: 'urn:x', type: 'text', body_text: 'x' }, { expect: 'article' });
    expect(r.errorKind).to.equal('invalid');
    expect(r.format).to.equal('ninjs');
  });

  it('gives its credits for expect credits', () => {
    expect(normalize(v3, { expect: 'credits' }).value).to.have.length(2);
  });
});
