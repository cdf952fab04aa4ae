// Data as Chinese portals send it, given inline, renders from the elements' eager code: no lazy chunk (the
// full normalizer, its role names, the Trusted Types parser) is requested. This file imports nothing that
// loads those chunks, so that any request for one here comes from the elements.
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';

/** The lazy modules that the full normalizer brings, as the dev server and the CDN build name them. */
const CHUNK = /\/data\/(normalize|credits|time|text|trusted-types)[-.][\w-]*\.?(ts|js)?(\?|$)/;
const chunksRequested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => CHUNK.test(new URL(name).pathname));

const inline = (tag: string, data: unknown, attrs = '') =>
  `<${tag} ${attrs}><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></${tag}>`;

const related = [
  {
    title: '<font color=red>标红</font>标题',
    url: '/a.html',
    published: '2025-04-09 11:27:00',
    summary: '<span style="color:#333">记者&nbsp;从相关部门获悉</span>，\u3000今年以来<br/>持续推进&hellip;',
  },
  { title: '&ldquo;四个聚焦&rdquo;推进', url: '/b.html', published: '2025年4月9日 10:05', summary: null },
  {
    title: 'R&amp;D &#8220;plan&#8221;<br>for&nbsp;2025',
    url: '/c.html',
    published: '2025/04/08',
    channel: '',
  },
];

const article = {
  title: '&ldquo;四个聚焦&rdquo;推进<b>高质量</b>发展',
  channel: '<font color="red">视听甘肃</font>',
  subtitle: '<strong>副题</strong>&mdash;&#x4e2d;&#25991;',
  published: '2025年4月9日 11:27',
  updated: '',
  views: '1,234',
  credits: [
    { role: 'source', names: ['新华社'] },
    { role: 'editor', names: ['<b>王珺茹</b>', '李&nbsp;四'] },
  ],
  body: [{ type: 'paragraph', text: '正文。' }],
  related,
};

const text = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('CMS text on the eager path', () => {
  it('renders references, inline tags, Chinese and zone-less times and string counts with no lazy chunk', async () => {
    const page = await fixture<HTMLElement>(
      `<div>${inline('news-article', article, 'lang="zh-CN"')}${inline('related-news-list', related)}${inline(
        'news-credits',
        article.credits,
      )}</div>`,
    );
    const [el, list, credits] = page.children as unknown as (HTMLElement & { loaded: Promise<unknown> })[];
    await Promise.all([el.loaded, list.loaded, credits.loaded]);
    const root = el.shadowRoot!;
    expect(text(root, '[part~="headline"]')[0]).to.contain('“四个聚焦”推进高质量发展');
    expect(text(root, '[part~="headline"]')[0]).not.to.contain('&');
    expect(text(root, '[part~="channel"]')).to.deep.equal(['视听甘肃']);
    expect(text(root, '[part~="subtitle"]')).to.deep.equal(['副题—中文']);
    expect(root.querySelector('time')!.dateTime).to.equal('2025-04-09T11:27:00+08:00');
    expect(root.textContent!.replace(/\s+/g, '')).to.match(/1,234|1234/);
    expect(list.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    expect(text(list.shadowRoot!, '[part~="summary"]')[0]).to.equal(
      '记者 从相关部门获悉， 今年以来 持续推进…',
    );
    expect(text(list.shadowRoot!, '[part="link"]')).to.deep.equal([
      '标红标题',
      '“四个聚焦”推进',
      'R&D “plan” for 2025',
    ]);
    expect([...list.shadowRoot!.querySelectorAll('time')].map((t) => t.dateTime)).to.deep.equal([
      '2025-04-09T11:27:00+08:00',
      '2025-04-09T10:05:00+08:00',
      '2025-04-08T00:00:00+08:00',
    ]);
    expect(credits.shadowRoot!.textContent!.replace(/\s+/g, '')).to.contain('王珺茹、李四');
    expect(chunksRequested()).to.deep.equal([]);
  });
});
