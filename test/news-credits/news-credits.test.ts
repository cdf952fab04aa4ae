import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../src/news-credits/news-credits.define.js';
import type { NewsCreditsElement } from '../../src/news-credits/news-credits.js';
import type { Credit } from '../../src/data/model.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/shared/events.js';
import { clearCache } from '../../src/shared/loader.js';
import { faultUrl, requestCount, uniqueKey } from '../shared/helpers.js';

const FIXTURES = '/test/news-credits/fixtures';

const SEED: Credit[] = [
  { role: 'source', names: ['永登县委统战部'] },
  { role: 'editor', names: ['王珺茹'] },
  { role: 'responsibleEditor', names: ['张旭峰'] },
  { role: 'chiefEditor', names: ['顾学云'] },
];
const SEED_LINE = '来源/永登县委统战部 编辑/王珺茹 责编/张旭峰 主编/顾学云';

const shadow = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const dts = (el: Element) => all(el, 'dt');
const dds = (el: Element) => all(el, 'dd');

/** The text a sighted reader sees: everything except visually hidden (screen-reader only) text. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.classList.contains('visually-hidden')) return '';
  return [...node.childNodes].map(visibleText).join('');
}

/** The items as printed, joined by one space: `来源/永登县委统战部 编辑/王珺茹 …`. */
const printed = (el: Element) => all(el, '[part="item"]').map(visibleText).join(' ');

/** The text of a dt or dd as assistive technology gets it: aria-hidden parts left out. */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(spokenText).join('');
}

/** Renders `<news-credits>` with the given template and waits until its data has settled. */
async function settled(template: ReturnType<typeof html>): Promise<NewsCreditsElement> {
  const el = await fixture<NewsCreditsElement>(template);
  await el.loaded;
  return el;
}

describe('<news-credits>', () => {
  beforeEach(() => clearCache());

  describe('defaults and API', () => {
    it('is registered and has its defaults', async () => {
      const el = await settled(html`<news-credits></news-credits>`);
      expect(customElements.get('news-credits')).to.equal(el.constructor);
      expect(el.layout).to.equal('inline');
      // The default is not written to the attribute; another layout is.
      expect(el.hasAttribute('layout')).to.equal(false);
      el.layout = 'stacked';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('stacked');
      el.layout = 'inline';
      await el.updateComplete;
      expect(el.hasAttribute('layout')).to.equal(false);
      expect(el.separator).to.equal(undefined);
      expect(el.labels).to.equal(undefined);
      expect(el.credits).to.equal(undefined);
    });

    it('maps attributes to properties', async () => {
      const el = await settled(
        html`<news-credits layout="stacked" separator="：" labels='{"editor":"文字编辑"}'></news-credits>`,
      );
      expect(el.layout).to.equal('stacked');
      expect(el.separator).to.equal('：');
      expect(el.labels).to.deep.equal({ editor: '文字编辑' });
    });
  });

  describe('the seed', () => {
    it('prints the seed line exactly, over a real description list', async () => {
      const el = await settled(html`<news-credits .credits=${SEED}></news-credits>`);
      expect(el.state).to.equal('ready');
      expect(printed(el)).to.equal(SEED_LINE);
      const dl = shadow(el).querySelector('dl')!;
      expect(dl.getAttribute('part')).to.equal('list');
      const items = all(el, 'dl > div[part="item"]');
      expect(items).to.have.length(4);
      for (const item of items) {
        expect([...item.children].map((c) => c.localName)).to.deep.equal(['dt', 'dd']);
        expect(item.children[0].getAttribute('part')).to.equal('role');
        expect(item.children[1].getAttribute('part')).to.equal('name');
      }
      expect(dds(el).map((d) => d.textContent)).to.deep.equal([
        '永登县委统战部',
        '王珺茹',
        '张旭峰',
        '顾学云',
      ]);
      expect(all(el, '[part="separator"]').map((s) => s.textContent)).to.deep.equal(['/', '/', '/', '/']);
    });

    it('keeps the seed on one line when there is room, spaced like the seed', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 60em"><news-credits .credits=${SEED}></news-credits></div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      const items = all(el, '[part="item"]');
      const tops = items.map((i) => Math.round(i.getBoundingClientRect().top));
      expect(new Set(tops).size).to.equal(1);
      const [a, b] = items.map((i) => i.getBoundingClientRect());
      const fontSize = parseFloat(getComputedStyle(shadow(el).querySelector('dl')!).fontSize);
      expect(b.left - a.right).to.be.closeTo(fontSize, 1);
    });

    it('fires news-load with the normalized credits and their source', async () => {
      const el = document.createElement('news-credits');
      el.credits = SEED;
      const loaded = oneEvent(el, 'news-load');
      document.body.append(el);
      const event = (await loaded) as NewsLoadEvent<Credit[]>;
      expect(event.detail.source).to.equal('property');
      expect(event.detail.data).to.deep.equal(SEED);
      expect(el.value).to.deep.equal(SEED);
      el.remove();
    });
  });

  describe('inputs', () => {
    it('reads the shorthand object and orders it as the credit chain', async () => {
      const el = await settled(
        html`<news-credits
          .credits=${{ 主编: '顾学云', 责任编辑: '张旭峰', editor: ['王珺茹'], source: '永登县委统战部' }}
        ></news-credits>`,
      );
      expect(el.state).to.equal('ready');
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('splits a shorthand string of several names (李四、王五; Li Na, Tom Baker)', async () => {
      const el = await settled(
        html`<news-credits .credits=${{ 记者: '李四、王五', author: 'Li Na, Tom Baker' }}></news-credits>`,
      );
      expect(el.value).to.deep.equal([
        { role: 'author', names: ['Li Na', 'Tom Baker'] },
        { role: 'reporter', names: ['李四', '王五'] },
      ]);
    });

    it('reads the data attribute', async () => {
      const el = await settled(html`<news-credits data=${JSON.stringify(SEED)}></news-credits>`);
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('reads an inline application/json script', async () => {
      const el = await settled(
        html`<news-credits
          ><script type="application/json">
            { "来源": "永登县委统战部", "编辑": "王珺茹", "责编": "张旭峰", "主编": "顾学云" }
          </script></news-credits
        >`,
      );
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('reads an inline schema.org JSON-LD script (credits of the article)', async () => {
      const ld = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: '标题',
        editor: { '@type': 'Person', name: '王珺茹' },
      };
      const el = await fixture<NewsCreditsElement>(html`<news-credits></news-credits>`);
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify(ld);
      el.append(script);
      await el.refresh();
      expect(el.state).to.equal('ready');
      expect(dts(el)[0].textContent).to.contain('编辑');
      expect(dds(el).map((d) => d.textContent)).to.include('王珺茹');
    });

    it('takes the credits of an article document from src', async () => {
      const el = await fixture<NewsCreditsElement>(
        html`<news-credits src="${FIXTURES}/article.json"></news-credits>`,
      );
      const event = (await oneEvent(el, 'news-load')) as NewsLoadEvent<Credit[]>;
      expect(event.detail.source).to.equal('src');
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('reads a bare credits document from src', async () => {
      const el = await settled(html`<news-credits src="${FIXTURES}/credits.json"></news-credits>`);
      expect(el.state).to.equal('ready');
      expect(printed(el)).to.equal('来源/新华社 记者/郎兵兵、谭安丽 编辑/李四');
    });

    it('reads the credits of a schema.org article from src', async () => {
      const el = await settled(html`<news-credits src="${FIXTURES}/article-ld.json"></news-credits>`);
      expect(el.state).to.equal('ready');
      const text = printed(el);
      expect(text).to.contain('来源/甘肃日报');
      expect(text).to.contain('编辑/王珺茹');
      expect(text).to.contain('责编/张旭峰');
    });

    it('gives the property precedence over the data attribute', async () => {
      const el = await settled(
        html`<news-credits
          .credits=${[{ role: 'editor', names: ['甲'] }]}
          data=${JSON.stringify(SEED)}
        ></news-credits>`,
      );
      expect(printed(el)).to.equal('编辑/甲');
      el.credits = undefined;
      await el.updateComplete;
      await el.loaded;
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('re-renders when the credits property changes', async () => {
      const el = await settled(html`<news-credits .credits=${SEED}></news-credits>`);
      el.credits = [{ role: 'photographer', names: ['郎兵兵'] }];
      await el.updateComplete;
      await el.loaded;
      expect(printed(el)).to.equal('摄影/郎兵兵');
    });

    it('reuses the data of a <news-article> named by for', async function () {
      // A path in a variable: resolved by the browser at run time, skipped while the article is not built.
      const articleModule = '../../src/news-article/news-article.define.ts';
      try {
        await import(/* @vite-ignore */ articleModule);
      } catch {
        this.skip();
      }
      const article = { title: '标题', body: [], credits: SEED };
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <news-article id="credits-for-a" data=${JSON.stringify(article)}></news-article>
          <news-credits for="credits-for-a"></news-credits>
        </div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(printed(el)).to.equal(SEED_LINE);
    });
  });

  describe('order and labels', () => {
    it('keeps the order of a Credit[] as given', async () => {
      const credits: Credit[] = [
        { role: 'chiefEditor', names: ['顾学云'] },
        { role: 'source', names: ['永登县委统战部'] },
        { role: 'editor', names: ['王珺茹'] },
      ];
      const el = await settled(html`<news-credits .credits=${credits}></news-credits>`);
      expect(printed(el)).to.equal('主编/顾学云 来源/永登县委统战部 编辑/王珺茹');
    });

    it('labels every known role in zh-Hans', async () => {
      const roles = [
        'source',
        'author',
        'reporter',
        'photographer',
        'editor',
        'responsibleEditor',
        'reviewer',
        'chiefEditor',
        'proofreader',
        'producer',
        'finalReviewer',
      ];
      const el = await settled(
        html`<news-credits .credits=${roles.map((role) => ({ role, names: ['某'] }))}></news-credits>`,
      );
      expect(dts(el).map((d) => visibleText(d).replace('/', ''))).to.deep.equal([
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
    });

    it('uses zh-Hant labels from its own lang', async () => {
      const el = await settled(html`<news-credits lang="zh-TW" .credits=${SEED}></news-credits>`);
      expect(printed(el)).to.equal('來源/永登县委统战部 編輯/王珺茹 責編/张旭峰 主編/顾学云');
    });

    it('switches labels when its lang changes', async () => {
      const el = await settled(html`<news-credits .credits=${SEED.slice(1, 3)}></news-credits>`);
      expect(printed(el)).to.equal('编辑/王珺茹 责编/张旭峰');
      el.lang = 'en';
      await el.updateComplete;
      expect(printed(el)).to.equal('Editor: 王珺茹 Responsible editor: 张旭峰');
      el.setAttribute('lang', 'zh-Hant');
      await el.updateComplete;
      expect(printed(el)).to.equal('編輯/王珺茹 責編/张旭峰');
    });

    it('reads naturally in English, from an ancestor lang', async () => {
      const credits: Credit[] = [
        { role: 'author', names: ['Ann Lee', 'Bob Chen'] },
        { role: 'photographer', names: ['Cy Wu'] },
        { role: 'responsibleEditor', names: ['Di Ma', 'Ed Hu', 'Fay Xu'] },
        { role: 'finalReviewer', names: ['Gus Li'] },
      ];
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><news-credits .credits=${credits}></news-credits></div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      // British English lists without the serial comma (Intl.ListFormat in en-GB).
      expect(printed(el)).to.equal(
        'Author: Ann Lee and Bob Chen Photographer: Cy Wu Responsible editor: Di Ma, Ed Hu and Fay Xu Final review: Gus Li',
      );
    });

    it('lists several names with the Chinese enumeration comma', async () => {
      const el = await settled(
        html`<news-credits
          .credits=${[{ role: 'editor', names: ['王珺茹', '李四', '张三'] }]}
        ></news-credits>`,
      );
      expect(dds(el)[0].textContent).to.equal('王珺茹、李四、张三');
    });

    it('shows the label of an unknown role, or else the role itself', async () => {
      const el = await settled(
        html`<news-credits
          .credits=${[
            { role: 'dutyChief', label: '总值班', names: ['赵六'] },
            { role: '美编', names: ['钱七'] },
          ]}
        ></news-credits>`,
      );
      expect(printed(el)).to.equal('总值班/赵六 美编/钱七');
    });

    it('lets custom labels rename roles, by role or by role name', async () => {
      const el = await settled(
        html`<news-credits
          .credits=${[...SEED, { role: 'dutyChief', label: '总值班', names: ['赵六'] }]}
          .labels=${{ responsibleEditor: '责任编辑', 主编: '总编辑', 总值班: '值班主任' }}
        ></news-credits>`,
      );
      expect(printed(el)).to.equal(
        '来源/永登县委统战部 编辑/王珺茹 责任编辑/张旭峰 总编辑/顾学云 值班主任/赵六',
      );
      el.labels = { 编辑: '文字编辑' };
      await el.updateComplete;
      expect(printed(el)).to.equal('来源/永登县委统战部 文字编辑/王珺茹 责编/张旭峰 主编/顾学云 总值班/赵六');
    });

    it('takes custom labels from the labels attribute and ignores invalid JSON there', async () => {
      const el = await settled(
        html`<news-credits labels='{"责编":"责任编辑"}' .credits=${SEED}></news-credits>`,
      );
      expect(dts(el)[2].textContent).to.contain('责任编辑');
      el.setAttribute('labels', '{not json');
      await el.updateComplete;
      expect(el.labels).to.equal(undefined);
      expect(el.state).to.equal('ready');
      expect(visibleText(dts(el)[2])).to.equal('责编/');
    });

    it('updates the labels when the labels property changes', async () => {
      const el = await settled(html`<news-credits .credits=${SEED}></news-credits>`);
      el.labels = { editor: '文字编辑' };
      await el.updateComplete;
      expect(visibleText(dts(el)[1])).to.equal('文字编辑/');
    });
  });

  describe('layout and separator', () => {
    it('stacks one role per line', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 60em"><news-credits layout="stacked" .credits=${SEED}></news-credits></div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      const rects = all(el, '[part="item"]').map((i) => i.getBoundingClientRect());
      for (let i = 1; i < rects.length; i++) {
        expect(rects[i].top).to.be.greaterThan(rects[i - 1].top);
        expect(Math.round(rects[i].left)).to.equal(Math.round(rects[0].left));
      }
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('wraps inline items as wholes in a narrow column', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 14em"><news-credits .credits=${SEED}></news-credits></div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      const items = all(el, '[part="item"]');
      const tops = items.map((i) => Math.round(i.getBoundingClientRect().top));
      expect(new Set(tops).size).to.be.greaterThan(1);
      for (const item of items) {
        const dt = item.querySelector('dt')!.getBoundingClientRect();
        const dd = item.querySelector('dd')!.getBoundingClientRect();
        // The role and the first line of its names stay together.
        expect(Math.round(dd.top)).to.equal(Math.round(dt.top));
        expect(item.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
      }
    });

    it('shows the separator attribute without changing what is read', async () => {
      const el = await settled(html`<news-credits separator="：" .credits=${SEED}></news-credits>`);
      expect(printed(el)).to.equal('来源：永登县委统战部 编辑：王珺茹 责编：张旭峰 主编：顾学云');
      expect(dts(el).map((d) => spokenText(d))).to.deep.equal(['来源：', '编辑：', '责编：', '主编：']);
      el.separator = ' | ';
      await el.updateComplete;
      expect(visibleText(all(el, '[part="item"]')[1])).to.equal('编辑 | 王珺茹');
      expect(spokenText(dts(el)[1])).to.equal('编辑：');
    });

    it('uses "/" by default in Chinese and ": " in English', async () => {
      const zh = await settled(html`<news-credits .credits=${SEED.slice(1, 2)}></news-credits>`);
      expect(printed(zh)).to.equal('编辑/王珺茹');
      const en = await settled(html`<news-credits lang="en" .credits=${SEED.slice(1, 2)}></news-credits>`);
      expect(printed(en)).to.equal('Editor: 王珺茹');
      const enSlash = await settled(
        html`<news-credits lang="en" separator="/" .credits=${SEED.slice(1, 2)}></news-credits>`,
      );
      expect(printed(enSlash)).to.equal('Editor/王珺茹');
    });

    it('sizes in em and follows --news-* custom properties', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="--news-font-size: 20px; --news-credits-role-color: rgb(1, 2, 3)">
          <news-credits .credits=${SEED}></news-credits>
        </div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      const dt = dts(el)[0];
      expect(getComputedStyle(dt).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(dt).fontSize).to.equal('17.5px');
    });

    it('is not shrunk by a host page html { font-size: 10px }', async () => {
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 10px } dd, dt { color: red !important }';
      document.head.append(style);
      try {
        const el = await settled(html`<news-credits .credits=${SEED}></news-credits>`);
        expect(getComputedStyle(dts(el)[0]).fontSize).to.equal('14px');
        expect(getComputedStyle(dds(el)[0]).color).not.to.equal('rgb(255, 0, 0)');
      } finally {
        style.remove();
      }
    });
  });

  describe('assistive technology', () => {
    it('hides the separator and reads "role: names" for every item', async () => {
      const el = await settled(html`<news-credits .credits=${SEED}></news-credits>`);
      for (const sep of all(el, '[part="separator"]'))
        expect(sep.getAttribute('aria-hidden')).to.equal('true');
      expect(dts(el).map((d) => spokenText(d))).to.deep.equal(['来源：', '编辑：', '责编：', '主编：']);
      expect(dds(el).map((d) => spokenText(d))).to.deep.equal([
        '永登县委统战部',
        '王珺茹',
        '张旭峰',
        '顾学云',
      ]);
    });

    it('is accessible when ready, in both layouts and in English', async () => {
      await expect(await settled(html`<news-credits .credits=${SEED}></news-credits>`)).to.be.accessible();
      await expect(
        await settled(html`<news-credits layout="stacked" .credits=${SEED}></news-credits>`),
      ).to.be.accessible();
      await expect(
        await settled(html`<news-credits lang="en" .credits=${SEED}></news-credits>`),
      ).to.be.accessible();
    });

    it('is accessible when empty and in error', async () => {
      await expect(await settled(html`<news-credits .credits=${[]}></news-credits>`)).to.be.accessible();
      await expect(
        await settled(
          html`<news-credits src=${faultUrl({ status: 404, key: uniqueKey('a11y') })}></news-credits>`,
        ),
      ).to.be.accessible();
    });
  });

  describe('safety', () => {
    it('renders markup in names and labels as text, never as elements', async () => {
      const w = window as unknown as { __creditsXss?: number };
      w.__creditsXss = 0;
      const evil = '<img src=x onerror="window.__creditsXss++">';
      const escaped = '&lt;img src=x onerror="window.__creditsXss++"&gt;';
      const el = await settled(
        html`<news-credits
          .credits=${[
            { role: 'editor', names: [escaped, '王五'] },
            {
              role: 'dutyChief',
              label: `${evil}<script>window.__creditsXss++</script>总值班`,
              names: [`${evil}赵六`],
            },
          ]}
          .labels=${{ editor: evil }}
        ></news-credits>`,
      );
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelector('img, script, svg')).to.equal(null);
      // Entity-escaped markup in a name is text, shown as such.
      expect(dds(el)[0].textContent).to.equal(`${evil}、王五`);
      // A custom label is shown as text too.
      expect(visibleText(dts(el)[0])).to.equal(`${evil}/`);
      // Raw markup in data is stripped to its text.
      expect(dds(el)[1].textContent).to.equal('赵六');
      // Give a broken image time to fail: its onerror handler would have run by then.
      const probe = new Image();
      const failed = new Promise((r) => probe.addEventListener('error', r, { once: true }));
      probe.src = '/__fault/x?status=404&key=xss-probe';
      await failed;
      expect(w.__creditsXss).to.equal(0);
    });

    it('a name with a right-to-left override does not reorder the names after it', async () => {
      const el = await settled(
        html`<news-credits .credits=${[{ role: 'editor', names: ['\u202Eabc', '王五', '赵六'] }]}></news-credits>`,
      );
      const dd = dds(el)[0];
      const text = [...dd.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE)!;
      const rect = (part: string) => {
        const range = document.createRange();
        const at = text.data.indexOf(part);
        range.setStart(text, at);
        range.setEnd(text, at + part.length);
        return range.getBoundingClientRect();
      };
      // In reading order: 王五 after abc, 赵六 after 王五.
      expect(rect('王五').left).to.be.at.least(rect('abc').right - 1);
      expect(rect('赵六').left).to.be.at.least(rect('王五').right - 1);
    });
  });

  describe('states', () => {
    for (const [name, credits] of [
      ['an empty array', []],
      ['an empty object', {}],
      ['credits without names', [{ role: 'editor', names: [] }]],
    ] as const) {
      it(`is empty and shows nothing for ${name}`, async () => {
        const el = await fixture<NewsCreditsElement>(html`<news-credits .credits=${credits}></news-credits>`);
        await el.loaded;
        expect(el.state).to.equal('empty');
        expect(el.getBoundingClientRect().height).to.equal(0);
        expect(shadow(el).querySelector('dl, [part="status"], [role="alert"]')).to.equal(null);
      });
    }

    it('is empty with no input at all, and an article without credits', async () => {
      const el = await settled(html`<news-credits></news-credits>`);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      const article = await settled(html`<news-credits data='{"title":"标题","body":[]}'></news-credits>`);
      expect(article.state).to.equal('empty');
      expect(article.matches(':state(empty)')).to.equal(true);
    });

    it('shows slotted empty content when the page provides it', async () => {
      const el = await settled(
        html`<news-credits .credits=${[]}><span slot="empty">暂无署名</span></news-credits>`,
      );
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('keeps the fallback while loading, then replaces it', async () => {
      const key = uniqueKey('slow');
      const src = faultUrl({ file: 'test/news-credits/fixtures/article.json', delay: 300, key });
      const el = await fixture<NewsCreditsElement>(
        html`<news-credits src=${src}><p>来源/永登县委统战部 编辑/王珺茹</p></news-credits>`,
      );
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.matches(':state(loading)')).to.equal(true);
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements()).to.have.length(1);
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(printed(el)).to.equal(SEED_LINE);
    });

    it('reserves a line while loading without a fallback', async () => {
      const el = await fixture<NewsCreditsElement>(
        html`<news-credits src=${faultUrl({ hang: 1, key: uniqueKey('hang') })}></news-credits>`,
      );
      expect(el.state).to.equal('loading');
      const skeleton = shadow(el).querySelector('.placeholder')!;
      expect(skeleton).to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('正在加载…');
      el.remove();
    });

    it('shows an alert and a retry button on a 404, and retries', async () => {
      const key = uniqueKey('missing');
      const src = faultUrl({ status: 404, key });
      const el = document.createElement('news-credits');
      el.src = src;
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      try {
        const event = (await failed) as NewsErrorEvent;
        expect(event.detail.kind).to.equal('http');
        expect(event.detail.status).to.equal(404);
        await el.updateComplete;
        expect(el.state).to.equal('error');
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.getAttribute('part')).to.equal('status');
        expect(alert.textContent).to.contain('404');
        const retry = shadow(el).querySelector<HTMLButtonElement>('button[part="retry"]')!;
        expect(retry.textContent).to.equal('重试');
        expect(await requestCount(key)).to.equal(1);
        const again = oneEvent(el, 'news-error');
        retry.click();
        await again;
        expect(await requestCount(key)).to.equal(2);
        expect(el.state).to.equal('error');
      } finally {
        el.remove();
      }
    });

    it('recovers on retry when the server answers again', async () => {
      const key = uniqueKey('flaky');
      const el = await settled(
        html`<news-credits
          src=${faultUrl({ fail: 2, file: 'test/news-credits/fixtures/credits.json', key })}
        ></news-credits>`,
      );
      expect(el.state).to.equal('error');
      shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(printed(el)).to.equal('来源/新华社 记者/郎兵兵、谭安丽 编辑/李四');
    });

    it('reports invalid JSON in the data attribute as an error', async () => {
      const seen: NewsErrorEvent[] = [];
      const wrap = await fixture<HTMLDivElement>(
        html`<div @news-error=${(e: NewsErrorEvent) => seen.push(e)}>
          <news-credits data="{oops"></news-credits>
        </div>`,
      );
      const el = wrap.querySelector('news-credits')!;
      await el.loaded;
      expect(seen).to.have.length(1);
      expect(seen[0].detail.kind).to.equal('parse');
      expect(el.error?.kind).to.equal('parse');
      expect(el.state).to.equal('error');
      expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
    });
  });
});
