import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/news-article/news-article.define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { Article } from '../../src/data/model.js';
import type { NewsLoadEvent } from '../../src/shared/events.js';
import { clearCache } from '../../src/shared/loader.js';
import { faultUrl, requestCount, uniqueKey } from '../shared/helpers.js';

const SEED = '/demo/data/seed-article.json';
let seed: Article;

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

async function loaded(el: NewsArticleElement): Promise<NewsArticleElement> {
  await el.loaded;
  return el;
}

function article(extra: Partial<Article> = {}): Article {
  return { title: '标题', body: [{ type: 'paragraph', text: '正文' }], ...extra } as Article;
}

describe('<news-article>', () => {
  before(async () => {
    seed = await (await fetch(SEED)).json();
  });
  afterEach(() => clearCache());

  describe('the seed article', () => {
    let el: NewsArticleElement;
    beforeEach(async () => {
      el = await loaded(await fixture<NewsArticleElement>(html`<news-article src=${SEED}></news-article>`));
    });

    it('renders channel and headline as one h1, labelling the article landmark', () => {
      const h1 = $(el, 'h1')!;
      expect(h1.textContent).to.equal('视听甘肃丨永登县:“四聚焦”推进民族团结进步事业 高质量发展');
      expect($(el, '[part~="channel"]')!.textContent).to.equal('视听甘肃');
      const landmark = $(el, 'article')!;
      expect(landmark.getAttribute('aria-labelledby')).to.equal(h1.id);
      expect(landmark.getAttribute('lang')).to.equal('zh-CN');
      expect($$(el, 'h1')).to.have.length(1);
    });

    it('renders the meta line as the seed prints it', () => {
      const meta = $(el, '[part~="meta"]')!;
      expect($(el, '[part~="views"]')!.textContent).to.equal('0次浏览');
      const time = meta.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-04-09T11:27:00+08:00');
      expect(time.textContent).to.equal('2025-04-09 11:27:00');
      expect(meta.textContent!.replace(/\s+/g, ' ')).to.contain('发布时间:2025-04-09 11:27:00');
    });

    it('renders every paragraph, with each lead sentence bold and linkable', () => {
      const paragraphs = $$(el, '[part~="body"] p');
      const blocks = (seed.body as Extract<Article['body'], unknown[]>).filter((b) => b.type === 'paragraph');
      expect(paragraphs).to.have.length(blocks.length);
      blocks.forEach((b, i) => {
        expect(paragraphs[i].textContent).to.equal((b.lead ?? '') + b.text);
        if (b.lead) {
          const strong = paragraphs[i].querySelector('strong')!;
          expect(strong.textContent).to.equal(b.lead);
          expect(strong.id).to.match(/^lead-\d+$/);
          expect(getComputedStyle(strong).fontWeight).to.equal('700');
        }
      });
      expect($$(el, 'strong[part~="lead"]').map((s) => s.textContent)).to.include(
        '聚焦统筹部署,强化组织之力。',
      );
    });

    it('renders the credits and the related list from the same data, with no second request', async () => {
      const credits = $(el, 'news-credits')!;
      await (credits as unknown as { loaded: Promise<void> }).loaded;
      const text = credits.shadowRoot!.textContent!.replace(/\s+/g, '');
      for (const part of ['来源', '永登县委统战部', '编辑', '王珺茹', '责编', '张旭峰', '主编', '顾学云']) {
        expect(text).to.contain(part);
      }
      const list = $(el, 'related-news-list')!;
      await (list as unknown as { loaded: Promise<void> }).loaded;
      const titles = [...list.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
      for (const item of seed.related!) expect(titles).to.include(item.title);
      expect(list.getAttribute('state')).to.equal('ready');
    });

    it('is accessible (axe)', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('header and meta', () => {
    it('heading-level sets the headline level and body headings follow', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            heading-level="2"
            .article=${article({ body: [{ type: 'heading', text: '小标题' }] })}
          ></news-article>`,
        ),
      );
      expect($(el, 'h2')!.textContent).to.equal('标题');
      expect($(el, 'h3')!.textContent).to.equal('小标题');
      expect($(el, 'h1')).to.equal(null);
    });

    it('headings of an HTML body follow heading-level, and a body <h1> stays a heading below the headline', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            heading-level="3"
            .article=${article({ body: '<h1 id="a">一</h1><p>x</p><h2>二</h2><h3>三</h3><h6>六</h6>' })}
          ></news-article>`,
        ),
      );
      const levels = () =>
        $$(el, '[part~="body"] :is(h1, h2, h3, h4, h5, h6)').map((h) => `${h.localName}:${h.textContent}`);
      expect($(el, '[part~="headline"]')!.localName).to.equal('h3');
      expect(levels()).to.deep.equal(['h4:一', 'h4:二', 'h5:三', 'h6:六']);
      expect($(el, '[part~="body"] h4')!.id).to.equal('a');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(levels()).to.deep.equal(['h2:一', 'h2:二', 'h3:三', 'h6:六']);
    });

    it('shows no meta line when there is nothing to put in it', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article .article=${article()}></news-article>`),
      );
      expect($(el, '[part~="meta"]')).to.equal(null);
      el.views = 3;
      await el.updateComplete;
      expect($(el, '[part~="meta"]')!.textContent).to.contain('3次浏览');
    });

    it('sets English text in Latin fonts first, Chinese in CJK fonts first, and --news-font-family over both', async () => {
      const family = async (lang: string, style = '') => {
        const el = await loaded(
          await fixture<NewsArticleElement>(
            html`<news-article style=${style} .article=${article({ lang, title: 'It’s “here”' })}></news-article>`,
          ),
        );
        return getComputedStyle($(el, '[part~="headline"]')!).fontFamily;
      };
      expect(await family('en')).to.match(/^system-ui/);
      expect(await family('zh-CN')).to.match(/^"PingFang SC"/);
      expect(await family('en', '--news-font-family: Georgia')).to.equal('Georgia');
    });

    it('wraps preformatted text of an HTML body inside a narrow column', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article style="width:300px" .article=${article({ body: `<pre>${'代码 code '.repeat(60)}</pre>` })}></news-article>`,
        ),
      );
      const pre = $(el, '[part~="body"] pre') as HTMLElement;
      expect(pre.getBoundingClientRect().width).to.be.at.most(300);
      expect(pre.scrollWidth).to.be.at.most(pre.clientWidth);
    });

    it('isolates a lead sentence for bidi: a U+202E in it does not reverse the paragraph', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article .article=${article({ body: [{ type: 'paragraph', lead: '\u202elead', text: 'text' }] })}></news-article>`,
        ),
      );
      expect(getComputedStyle($(el, '[part~="lead"]')!).unicodeBidi).to.equal('isolate');
    });

    it('clamps heading-level to 1-6 and rounds it', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article heading-level="9" .article=${article()}></news-article>`,
        ),
      );
      expect($(el, '[part~="headline"]')!.localName).to.equal('h6');
      for (const [value, tag] of [
        ['0', 'h1'],
        ['-1', 'h1'],
        ['2.4', 'h2'],
        ['x', 'h1'],
      ]) {
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect($(el, '[part~="headline"]')!.localName, value).to.equal(tag);
      }
    });

    it('hides an unknown view count, compacts large ones, and takes a later views property', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article .article=${article()}></news-article>`),
      );
      expect($(el, '[part~="views"]')).to.equal(null);
      el.views = 12345;
      await el.updateComplete;
      expect($(el, '[part~="views"]')!.textContent).to.equal('1.2万次浏览');
    });

    it('shows subtitle, updated time, source and author', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            .article=${article({
              subtitle: '副标题',
              published: '2025-04-09T11:27:00+08:00',
              updated: '2025-04-10T08:00:00+08:00',
              credits: [
                { role: 'source', names: ['新华社'] },
                { role: 'reporter', names: ['张三', '李四'] },
              ],
            })}
          ></news-article>`,
        ),
      );
      expect($(el, '[part~="subtitle"]')!.textContent).to.equal('副标题');
      expect($(el, '[part~="updated"] time')!.getAttribute('datetime')).to.equal('2025-04-10T08:00:00+08:00');
      expect($(el, '[part~="source"]')!.textContent).to.equal('来源:新华社');
      expect($(el, '[part~="byline"]')!.textContent).to.equal('记者:张三、李四');
    });

    it('date-format changes the display, never the datetime value', async () => {
      const a = article({ published: '2025-04-09T11:27:00+08:00' });
      const now = Date.parse('2025-04-09T14:27:00+08:00');
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article date-format="date" .article=${a}></news-article>`,
        ),
      );
      const time = () => $(el, '[part~="published"] time')!;
      expect(time().textContent).to.equal('2025-04-09');
      el.dateFormat = 'long';
      await el.updateComplete;
      expect(time().textContent).to.contain('2025年4月9日');
      el.dateFormat = 'relative';
      el.now = now;
      await el.updateComplete;
      expect(time().textContent).to.equal('3小时前');
      expect(time().getAttribute('datetime')).to.equal('2025-04-09T11:27:00+08:00');
    });

    it('time-zone reads zone-less times and displays in that zone', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            time-zone="Europe/London"
            data='{"title":"t","body":[],"published":"2025-01-09 11:27:00"}'
          ></news-article>`,
        ),
      );
      const time = $(el, 'time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-01-09T11:27:00+00:00');
      expect(time.textContent).to.equal('2025-01-09 11:27:00');
    });

    it('reads English naturally under lang=en', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            lang="en"
            .article=${article({ title: 'Lanzhou opens a new rail line', lang: 'en', views: 12345, published: '2025-04-09T11:27:00+08:00' })}
          ></news-article>`,
        ),
      );
      const meta = $(el, '[part~="meta"]')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.contain('Published: Apr 9, 2025');
      expect(meta).to.contain('12.3K views');
      expect($(el, 'article')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });

  describe('English', () => {
    it('puts the channel above the headline as a kicker and spaces the lead from its text', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article
          .article=${article({
            title: 'Lanzhou opens a new rail line',
            channel: 'Transport',
            lang: 'en',
            body: [{ type: 'paragraph', lead: 'Faster trips.', text: 'The line opens today.' }],
          })}
        ></news-article>`),
      );
      expect($(el, 'h1')!.textContent).to.equal('Transport: Lanzhou opens a new rail line');
      expect(getComputedStyle($(el, '[part~="channel"]')!).display).to.equal('block');
      expect($(el, '.kicker-sep')).to.equal(null);
      expect($(el, '[part~="body"] p')!.textContent).to.equal('Faster trips. The line opens today.');
    });
  });

  describe('body', () => {
    it('renders headings, figures with caption and photo credit, media, quotes and lists', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            .article=${article({
              body: [
                { type: 'heading', text: '一、概况', level: 2 },
                {
                  type: 'image',
                  src: '/a.jpg',
                  alt: '会场',
                  caption: '会议现场',
                  credit: '王五',
                  width: 800,
                  height: 450,
                },
                { type: 'image', src: '/b.jpg', alt: '无尺寸' },
                { type: 'video', src: '/v.mp4', poster: '/p.jpg', caption: '视频' },
                { type: 'audio', src: '/a.mp3' },
                { type: 'quote', text: '引文', cite: '某人' },
                { type: 'list', ordered: true, items: ['一', '二'] },
                { type: 'list', items: ['甲'] },
              ],
            })}
          ></news-article>`,
        ),
      );
      expect($(el, '[part~="body"] h2')!.textContent).to.equal('一、概况');
      const [sized, unsized] = $$(el, '[part~="body"] img') as HTMLImageElement[];
      expect(sized.getAttribute('loading')).to.equal('lazy');
      expect(sized.getAttribute('width')).to.equal('800');
      expect(sized.alt).to.equal('会场');
      expect($(el, 'figcaption')!.textContent!.trim()).to.equal('会议现场 王五 摄');
      expect($(el, '[part~="photo-credit"]')!.textContent).to.equal('王五 摄');
      // Space is reserved before the image arrives.
      expect(unsized.getBoundingClientRect().height).to.be.greaterThan(50);
      expect(($(el, 'video') as HTMLVideoElement).controls).to.equal(true);
      expect(($(el, '[part~="body"] audio') as HTMLAudioElement).controls).to.equal(true);
      expect($(el, 'blockquote')!.textContent).to.contain('引文');
      expect($(el, 'blockquote cite')!.textContent).to.equal('某人');
      expect($$(el, 'ol li').map((li) => li.textContent)).to.deep.equal(['一', '二']);
      expect($$(el, 'ul[part~="list"] li').map((li) => li.textContent)).to.deep.equal(['甲']);
    });

    it('dispatches one news-load per article: the built-in credits and related list do not reach the page', async () => {
      const seen: EventTarget[] = [];
      const listen = (e: Event) => seen.push(e.composedPath()[0]);
      document.addEventListener('news-load', listen);
      try {
        const el = await loaded(
          await fixture<NewsArticleElement>(
            html`<news-article
              .article=${article({
                credits: [{ role: 'editor', names: ['王五'] }],
                related: [{ title: '相关', url: 'https://example.com/r' }],
              })}
            ></news-article>`,
          ),
        );
        await ($(el, 'related-news-list') as HTMLElement & { loaded: Promise<void> }).loaded;
        await ($(el, 'news-credits') as HTMLElement & { loaded: Promise<void> }).loaded;
        expect(seen).to.deep.equal([el]);
      } finally {
        document.removeEventListener('news-load', listen);
      }
    });

    it('shows the summary as its text when the article has no body, and no related section without related news', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article .article=${article({ body: [], summary: '只有摘要' })}></news-article>`,
        ),
      );
      expect($$(el, '[part~="paragraph"]').map((p) => p.textContent)).to.deep.equal(['只有摘要']);
      expect($(el, 'related-news-list')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('暂无相关新闻');
      // With a body, the summary is not repeated; with related news, the list shows.
      el.article = article({ summary: '摘要', related: [{ title: '相关', url: 'https://example.com/r' }] });
      await el.updateComplete;
      expect($$(el, '[part~="paragraph"]').map((p) => p.textContent)).to.deep.equal(['正文']);
      const related = $(el, 'related-news-list') as HTMLElement & { updateComplete: Promise<unknown> };
      await related.updateComplete;
      expect(related.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('相关');
    });

    it('passes date-format on to its related list', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            date-format="date"
            .article=${article({ related: [{ title: '相关', url: 'https://example.com/r', published: '2025-04-16T11:28:00+08:00' }] })}
          ></news-article>`,
        ),
      );
      const related = $(el, 'related-news-list') as HTMLElement & { updateComplete: Promise<unknown> };
      await related.updateComplete;
      expect(related.shadowRoot!.querySelector('time')!.textContent).to.equal('2025-04-16');
    });

    it('shows a photo credit that already says what it is once, and labels a bare name', async () => {
      const captions = async (lang: string, credits: string[]) => {
        const el = await loaded(
          await fixture<NewsArticleElement>(
            html`<news-article
              lang=${lang}
              .article=${article({
                body: credits.map((credit) => ({ type: 'image', src: '/a.jpg', alt: '图', credit })),
              })}
            ></news-article>`,
          ),
        );
        return $$(el, '[part~="photo-credit"]').map((c) => c.textContent);
      };
      expect(await captions('zh-CN', ['新华社记者 李四 摄', '图/新华社', '王五'])).to.deep.equal([
        '新华社记者 李四 摄',
        '图/新华社',
        '王五 摄',
      ]);
      expect(await captions('en', ['Photo: AP', 'AP Photo/Jane Doe', '© Reuters', 'Jane Doe'])).to.deep.equal(
        ['Photo: AP', 'AP Photo/Jane Doe', '© Reuters', 'Photo: Jane Doe'],
      );
    });

    it('sanitizes an HTML body: markup stays, scripts and handlers do not', async () => {
      (window as unknown as { pwned: number }).pwned = 0;
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            .article=${article({
              body: '<p><strong>要点</strong>正文<a href="javascript:window.pwned++">x</a></p><script>window.pwned++</script><img src="x" onerror="window.pwned++"><iframe src="/"></iframe>',
            })}
          ></news-article>`,
        ),
      );
      const body = $(el, '[part~="body"]')!;
      expect(body.querySelector('strong')!.textContent).to.equal('要点');
      expect(body.querySelector('script, iframe, [onerror]')).to.equal(null);
      expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
      await new Promise((r) => requestAnimationFrame(r));
      expect((window as unknown as { pwned: number }).pwned).to.equal(0);
    });

    it('renders markup in every text field as text, and drops unsafe URLs', async () => {
      (window as unknown as { pwned: number }).pwned = 0;
      const xss = '<img src=x onerror="window.pwned++"><script>window.pwned++</script>';
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            .article=${{
              title: `标题${xss}`,
              channel: `频道${xss}`,
              subtitle: `副标题${xss}`,
              tags: [xss],
              body: [
                { type: 'paragraph', lead: xss, text: xss },
                { type: 'image', src: 'javascript:window.pwned++', alt: xss, caption: xss },
                { type: 'video', src: 'javascript:window.pwned++' },
              ],
              credits: [{ role: 'editor', names: [xss] }],
              related: [{ title: xss, url: 'javascript:window.pwned++', summary: xss }],
            }}
          ></news-article>`,
        ),
      );
      expect(el.state).to.equal('ready');
      expect($(el, 'h1')!.textContent).to.contain('标题');
      expect($$(el, 'img, script, video, iframe')).to.have.length(0);
      await new Promise((r) => requestAnimationFrame(r));
      expect((window as unknown as { pwned: number }).pwned).to.equal(0);
    });
  });

  describe('footer, hide and slots', () => {
    it('hide="credits related" leaves both out', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article hide="credits related" src=${SEED}></news-article>`,
        ),
      );
      expect($(el, 'news-credits')).to.equal(null);
      expect($(el, 'related-news-list')).to.equal(null);
      expect($(el, 'h1')).to.not.equal(null);
    });

    it('renders tags', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article .article=${article({ tags: ['民族团结', '永登'] })}></news-article>`,
        ),
      );
      expect($$(el, '[part~="tag"]').map((t) => t.textContent)).to.deep.equal(['民族团结', '永登']);
    });

    it('slots replace the credits and related parts, and add to header and footer', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article src=${SEED}>
            <p slot="header" id="h">字体：大 中 小</p>
            <p slot="footer" id="f">未经许可不得转载</p>
            <div slot="credits" id="c">自定义署名</div>
            <div slot="related" id="r">自定义相关</div>
          </news-article>`,
        ),
      );
      for (const id of ['h', 'f', 'c', 'r']) {
        const node = el.querySelector(`#${id}`) as HTMLElement;
        expect(node.assignedSlot, id).to.not.equal(null);
        expect(node.getBoundingClientRect().height, id).to.be.greaterThan(0);
      }
      const creditsSlot = $(el, 'slot[name="credits"]') as HTMLSlotElement;
      expect(creditsSlot.assignedElements()[0].id).to.equal('c');
    });

    it('news-credits and related-news-list elsewhere on the page reuse it with for=', async () => {
      const key = uniqueKey();
      const url = faultUrl({ key, file: SEED.slice(1) });
      const wrapper = await fixture(
        html`<div>
          <news-article id="main" hide="credits related" src=${url}></news-article>
          <news-credits for="main"></news-credits>
          <related-news-list for="main"></related-news-list>
        </div>`,
      );
      const credits = wrapper.querySelector('news-credits')!;
      const list = wrapper.querySelector('related-news-list')!;
      await Promise.all([credits.loaded, list.loaded]);
      expect(credits.state).to.equal('ready');
      expect(list.state).to.equal('ready');
      expect(list.shadowRoot!.querySelectorAll('a').length).to.equal(seed.related!.length);
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('states and events', () => {
    it('fires news-load after the article has rendered', async () => {
      const el = document.createElement('news-article');
      el.src = SEED;
      const event = oneEvent(el, 'news-load') as Promise<NewsLoadEvent>;
      document.body.append(el);
      const e = await event;
      expect($(el, 'h1')).to.not.equal(null);
      expect(e.detail.source).to.equal('src');
      expect((e.detail.data as Article).title).to.contain('永登县');
      el.remove();
    });

    it('keeps the server-rendered fallback while loading', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src=${faultUrl({ delay: 200, file: SEED.slice(1) })}
          ><h1 id="ssr">永登县:“四聚焦”推进民族团结进步事业 高质量发展</h1></news-article
        >`,
      );
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect((el.querySelector('#ssr') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await el.loaded;
      expect((el.querySelector('#ssr') as HTMLElement).getBoundingClientRect().height).to.equal(0);
    });

    it('shows a skeleton of reserved height without fallback', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src=${faultUrl({ hang: 1 })}></news-article>`,
      );
      expect($(el, '.skeleton')).to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      await expect(el).to.be.accessible();
    });

    it('error: an alert with a retry button, accessible in zh and en', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article src=${faultUrl({ status: 404 })}></news-article>`,
        ),
      );
      expect(el.state).to.equal('error');
      expect($(el, '[role="alert"]')!.textContent).to.contain('服务器返回错误 404');
      await expect(el).to.be.accessible();
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('the server answered 404');
      await expect(el).to.be.accessible();
    });

    it('the retry button is reached with Tab and shows a visible focus ring', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article src=${faultUrl({ status: 500 })}></news-article>`,
        ),
      );
      await sendKeys({ press: 'Tab' });
      const button = $(el, 'button[part~="retry"]') as HTMLButtonElement;
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('empty: says so, accessibly', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article data="{}"></news-article>`),
      );
      expect(el.state).to.equal('empty');
      expect($(el, '[part~="status"]')!.textContent).to.contain('暂无内容');
      await expect(el).to.be.accessible();
    });
  });

  describe('styling', () => {
    it('hostile global CSS does not change the article', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article src=${SEED}></news-article>`),
      );
      const p = $(el, '[part~="body"] p')!;
      const before = getComputedStyle(p);
      const baseline = { size: before.fontSize, color: before.color, line: before.lineHeight };
      const style = document.createElement('style');
      style.textContent = `html { font-size: 10px !important } body { font-size: 6px !important; line-height: 1 !important; color: red !important; letter-spacing: 3px !important; text-indent: 50px !important; direction: rtl !important }
        p { color: red !important; font-size: 6px !important } * { font-family: serif !important } strong { font-weight: 100 !important }`;
      document.head.append(style);
      try {
        const after = getComputedStyle(p);
        expect(after.fontSize).to.equal(baseline.size);
        expect(after.color).to.equal(baseline.color);
        expect(after.lineHeight).to.equal(baseline.line);
        expect(after.letterSpacing).to.equal('normal');
        expect(after.direction).to.equal('ltr');
        expect(parseFloat(after.fontSize)).to.be.greaterThan(15);
        expect(getComputedStyle($(el, 'strong')!).fontWeight).to.equal('700');
      } finally {
        style.remove();
      }
    });

    it('custom properties and ::part style it; the font scale grows the text', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article
            style="--news-text-color: rgb(1, 2, 3); --news-font-scale: 1.25"
            .article=${article()}
          ></news-article>`,
        ),
      );
      const p = $(el, '[part~="body"] p')!;
      expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
      expect(parseFloat(getComputedStyle(p).fontSize)).to.be.closeTo(16 * 1.25 * 1.0625, 0.01);
      const style = document.createElement('style');
      style.textContent = 'news-article::part(headline) { color: rgb(9, 8, 7) }';
      document.head.append(style);
      expect(getComputedStyle($(el, 'h1')!).color).to.equal('rgb(9, 8, 7)');
      style.remove();
    });

    it('dark theme, and auto following prefers-color-scheme, stay accessible', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article theme="dark" src=${SEED}></news-article>`),
      );
      const dark = getComputedStyle($(el, '.root')!).backgroundColor;
      expect(dark).to.equal('rgb(21, 23, 26)');
      await expect(el).to.be.accessible();
      el.theme = 'auto';
      await el.updateComplete;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(21, 23, 26)');
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('theme: a property set reflects (its credits and related list follow); the default light writes no attribute', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article src=${SEED}></news-article>`),
      );
      const credits = $(el, 'news-credits') as HTMLElement & { updateComplete: Promise<boolean> };
      const list = $(el, 'related-news-list') as HTMLElement & { updateComplete: Promise<boolean> };
      expect([el, credits, list].map((e) => e.getAttribute('theme'))).to.deep.equal([null, null, null]);
      el.theme = 'dark';
      await el.updateComplete;
      await Promise.all([credits.updateComplete, list.updateComplete]);
      expect([el, credits, list].map((e) => e.getAttribute('theme'))).to.deep.equal(['dark', 'dark', 'dark']);
      const listRoot = list.shadowRoot!.querySelector('.root')!;
      expect(getComputedStyle(listRoot).color).to.equal(getComputedStyle($(el, '.root')!).color);
      el.theme = 'light';
      await el.updateComplete;
      expect(el.hasAttribute('theme')).to.equal(false);
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      // A host's own theme="light" stays as written.
      el.setAttribute('theme', 'light');
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
    });

    it('prints cleanly: black on white, no controls or related list', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(html`<news-article theme="dark" src=${SEED}></news-article>`),
      );
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '[part~="body"] p')!).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle($(el, 'related-news-list')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('text direction', () => {
    it('a channel with a right-to-left override does not reorder the headline after it', async () => {
      const el = await loaded(
        await fixture<NewsArticleElement>(
          html`<news-article .article=${article({ channel: '\u202Eabc', title: '永登县新闻' })}></news-article>`,
        ),
      );
      const channel = $(el, '[part~="channel"]')!.getBoundingClientRect();
      const title = document.createRange();
      const text = [...$(el, 'h1')!.childNodes].filter(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('永登县'),
      );
      expect(text.length).to.equal(1);
      title.selectNodeContents(text[0]);
      // In reading order: the headline's text starts to the right of the channel.
      expect(title.getBoundingClientRect().left).to.be.at.least(channel.right - 1);
    });
  });

  describe('section links in the page URL', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('a page URL whose hash is a malformed escape still renders the article, and a hashchange to it is harmless', async () => {
      history.replaceState(null, '', '#%E0%A4%A');
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const el = await loaded(
          await fixture<NewsArticleElement>(html`<news-article .article=${seed}></news-article>`),
        );
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect($(el, 'h1')!.textContent).to.contain('永登县');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  });
});
