import { setViewport } from '@web/test-runner-commands';
import { html, expect, oneEvent, fixture } from '@open-wc/testing';
import '../../src/related-news-list/related-news-list.define.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { RelatedItem } from '../../src/data/model.js';
import type { NewsErrorEvent } from '../../src/shared/events.js';
import { clearCache } from '../../src/shared/loader.js';
import { $, $$, FIX, SEED_TITLES, links, seedItems, served, settled, titles } from './helpers.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('<related-news-list> rendering', () => {
  let items: RelatedItem[];
  before(async () => {
    items = await seedItems();
  });
  beforeEach(() => clearCache());

  describe('updates', () => {
    it('re-renders a changed item, keeps unchanged ones, and follows items that move', async () => {
      const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
      const before = $$(el, 'li')[1];
      const next = items.map((item, i) => (i === 0 ? { ...item, title: '新标题' } : item));
      el.items = next;
      await el.updateComplete;
      expect(titles(el)[0]).to.equal('新标题');
      expect(titles(el).slice(1)).to.deep.equal(items.slice(1).map((i) => i.title));
      expect($$(el, 'li')[1]).to.equal(before);
      el.items = [...next].reverse();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([...next].reverse().map((i) => i.title));
      expect(links(el).map((a) => a.dataset.i)).to.deep.equal(next.map((_, i) => String(i)));
      el.lang = 'en';
      el.dateFormat = 'date';
      await el.updateComplete;
      expect($(el, 'time')!.textContent).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    });
  });

  describe('summary clamp', () => {
    it('clamps the summary to two lines by default, keeping the full text in the DOM and on hover', async () => {
      const el = await settled(
        html`<related-news-list style="width:360px" .items=${items}></related-news-list>`,
      );
      const p = $(el, '[part="summary"]')!;
      const style = getComputedStyle(p);
      expect(style.webkitLineClamp).to.equal('2');
      expect(style.overflow).to.equal('hidden');
      // Visually cut…
      expect(p.scrollHeight).to.be.greaterThan(p.clientHeight);
      // Whole lines (WebKit lays clamped lines out at whole pixels).
      expect(Math.round(p.clientHeight / parseFloat(style.lineHeight))).to.equal(2);
      // …but whole for screen readers (text in the DOM, not display:none) and for the hover tooltip.
      expect(p.textContent).to.equal(items[0].summary);
      expect(p.getAttribute('title')).to.equal(items[0].summary);
      expect(p.getAttribute('aria-hidden')).to.equal(null);
    });

    it('follows summary-lines and --news-summary-lines', async () => {
      const el = await settled(
        html`<related-news-list style="width:360px" summary-lines="3" .items=${items}></related-news-list>`,
      );
      const p = $(el, '[part="summary"]')!;
      expect(getComputedStyle(p).webkitLineClamp).to.equal('3');
      expect(Math.round(p.clientHeight / parseFloat(getComputedStyle(p).lineHeight))).to.equal(3);
      // Taken away: the default again.
      el.removeAttribute('summary-lines');
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="summary"]')!).webkitLineClamp).to.equal('2');
      const el2 = await settled(
        html`<related-news-list style="--news-summary-lines: 1" .items=${items}></related-news-list>`,
      );
      expect(getComputedStyle($(el2, '[part="summary"]')!).webkitLineClamp).to.equal('1');
    });
  });

  describe('dates', () => {
    const now = Date.parse('2025-04-16T14:28:00+08:00');

    it('shows relative times against a fixed clock (zh)', async () => {
      const el = await settled(
        html`<related-news-list date-format="relative" .now=${now} .items=${items}></related-news-list>`,
      );
      const times = $$(el, 'time');
      expect(times[0].textContent).to.equal('3小时前');
      expect(times[0].getAttribute('datetime')).to.equal('2025-04-16T11:28:00+08:00');
      expect(times[0].getAttribute('title')).to.contain('2025');
      expect(times[2].textContent).to.equal('昨天');
      expect(times[4].textContent).to.equal('前天');
    });

    it('keeps relative times true with one clock for the page, which wakes when the text next changes', async () => {
      const real = { now: Date.now, setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
      // Timers of a second or more are the clock's: held here, fired by hand; shorter ones run as usual.
      const timers = new Map<number, { fn: () => void; at: number }>();
      let id = 0;
      let clock = Date.parse('2025-04-16T11:30:00+08:00');
      Date.now = () => clock;
      window.setTimeout = ((fn: () => void, ms = 0) => {
        if (ms < 1000) return real.setTimeout.call(window, fn, ms);
        timers.set(++id, { fn, at: clock + ms });
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((t: number) => {
        if (!timers.delete(t)) real.clearTimeout.call(window, t);
      }) as typeof window.clearTimeout;
      const fire = () => {
        const [[key, next]] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at);
        timers.delete(key);
        clock = Math.max(clock, next.at);
        next.fn();
      };
      try {
        const one = items.slice(0, 1);
        const a = await settled(
          html`<related-news-list date-format="relative" .items=${one}></related-news-list>`,
        );
        const b = await settled(
          html`<related-news-list lang="en" date-format="relative" .items=${one}></related-news-list>`,
        );
        expect($(a, 'time')!.textContent).to.equal('2分钟前');
        expect($(b, 'time')!.textContent).to.equal('2 minutes ago');
        // One timer for both lists, set for the next whole minute (when 2 becomes 3).
        expect(timers.size).to.equal(1);
        expect([...timers.values()][0].at - clock).to.equal(60_000);
        fire();
        await a.updateComplete;
        await b.updateComplete;
        expect($(a, 'time')!.textContent).to.equal('3分钟前');
        expect($(b, 'time')!.textContent).to.equal('3 minutes ago');
        expect(timers.size).to.equal(1);
        // An hour on: the next wake-up brings the text up to date.
        clock += 60 * 60_000;
        fire();
        await a.updateComplete;
        expect($(a, 'time')!.textContent).to.equal('1小时前');
        // A list removed from the page is woken no more.
        a.remove();
        b.remove();
        expect(timers.size).to.equal(0);
      } finally {
        Date.now = real.now;
        window.setTimeout = real.setTimeout;
        window.clearTimeout = real.clearTimeout;
      }
    });

    it('shows relative times in English', async () => {
      const el = await settled(
        html`<related-news-list
          lang="en"
          date-format="relative"
          .now=${new Date(now)}
          .items=${items}
        ></related-news-list>`,
      );
      expect($$(el, 'time').map((t) => t.textContent)).to.deep.equal([
        '3 hours ago',
        '5 hours ago',
        'yesterday',
        'yesterday',
        '2 days ago',
      ]);
    });

    it('shows only the date with date-format="date", in the time zone', async () => {
      const el = await settled(
        html`<related-news-list
          date-format="date"
          time-zone="UTC"
          .items=${[{ title: 'x', published: '2025-04-16T01:28:00+08:00' }]}
        ></related-news-list>`,
      );
      const t = $(el, 'time')!;
      expect(t.textContent).to.equal('2025-04-15');
      expect(t.getAttribute('datetime')).to.equal('2025-04-15T17:28:00+00:00');
    });
  });

  describe('exclude and limit', () => {
    it('never lists the page itself', async () => {
      const here = location.href.split('#')[0];
      const own = [
        { title: 'This page', url: `${here}#comments` },
        { title: 'Relative self', url: location.pathname + location.search },
      ];
      const el = await settled(html`<related-news-list .items=${[...own, ...items]}></related-news-list>`);
      expect(titles(el)).to.deep.equal(SEED_TITLES);
    });

    it('leaves out the excluded URLs, compared as absolute URLs', async () => {
      const el = await settled(
        html`<related-news-list
          exclude="HTTPS://NEWS.EXAMPLE.CN/gs/2025-04/16/c_1001.html#top https://news.example.cn/df/2025-04/14/c_1005.html"
          .items=${items}
        ></related-news-list>`,
      );
      expect(titles(el)).to.deep.equal(SEED_TITLES.slice(1, 4));
    });

    it('is empty when everything is excluded, and ready again when the exclusion changes', async () => {
      const el = await settled(
        html`<related-news-list exclude=${items[0].url!} .items=${items.slice(0, 1)}></related-news-list>`,
      );
      expect(el.state).to.equal('empty');
      expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('暂无相关新闻');
      el.exclude = undefined;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(titles(el)).to.deep.equal([SEED_TITLES[0]]);
    });

    it('shows at most `limit` items', async () => {
      const el = await settled(html`<related-news-list limit="3" .items=${items}></related-news-list>`);
      expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 3));
      el.limit = 1;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 1));
    });
  });

  describe('headings', () => {
    it('has an h2 heading 相关新闻 naming the list, with h3 item titles', async () => {
      const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
      const h = $(el, '[part="heading"]')!;
      expect(h.localName).to.equal('h2');
      expect(h.textContent).to.equal('相关新闻');
      expect($(el, 'ul')!.getAttribute('aria-labelledby')).to.equal(h.id);
      expect($$(el, '[part="title"]').every((t) => t.localName === 'h3')).to.equal(true);
    });

    it('follows heading-level, heading and lang', async () => {
      const el = await settled(
        html`<related-news-list heading-level="4" heading="更多新闻" .items=${items}></related-news-list>`,
      );
      expect($(el, '[part="heading"]')!.localName).to.equal('h4');
      expect($(el, '[part="heading"]')!.textContent).to.equal('更多新闻');
      expect($(el, '[part="title"]')!.localName).to.equal('h5');
      const tw = await settled(html`<related-news-list lang="zh-TW" .items=${items}></related-news-list>`);
      expect($(tw, '[part="heading"]')!.textContent).to.equal('相關新聞');
    });

    it('drops the heading with no-heading; item titles then take the heading level', async () => {
      const el = await settled(
        html`<related-news-list no-heading heading-level="3" .items=${items}></related-news-list>`,
      );
      expect($(el, '[part="heading"]')).to.equal(null);
      expect($(el, 'ul')!.hasAttribute('aria-labelledby')).to.equal(false);
      expect($(el, '[part="title"]')!.localName).to.equal('h3');
      await expect(el).to.be.accessible();
    });
  });

  describe('layouts and links', () => {
    it('cards: a grid with thumbnails of reserved aspect ratio, lazily loaded, and channels', async () => {
      const res = await fetch(`${FIX}/list-thumbs.json`);
      const el = await settled(
        html`<related-news-list
          layout="cards"
          style="width:800px"
          .items=${await res.json()}
        ></related-news-list>`,
      );
      expect(getComputedStyle($(el, 'ul')!).display).to.equal('grid');
      const imgs = $$(el, 'img[part="thumbnail"]') as HTMLImageElement[];
      expect(imgs).to.have.length(5);
      expect(imgs[0].loading).to.equal('lazy');
      expect(getComputedStyle(imgs[0]).aspectRatio).to.equal('16 / 9');
      expect($(el, '[part="channel"]')!.textContent).to.equal('甘肃');
      // Read as one heading, the channel and the title stay apart: 甘肃：…, not 甘肃…
      const title = $(el, '[part="title"]')!;
      expect(title.textContent).to.match(/^甘肃：\S/);
      expect(title.textContent!.slice(3)).to.equal(title.querySelector('a')!.textContent);
      await expect(el).to.be.accessible();
    });

    it('list with thumbnails: the image sits beside the text at a fixed width', async () => {
      const res = await fetch(`${FIX}/list-thumbs.json`);
      const el = await settled(
        html`<related-news-list style="width:700px" .items=${await res.json()}></related-news-list>`,
      );
      const img = $(el, 'img')!;
      expect(img.getBoundingClientRect().width).to.be.closeTo(120, 1);
      expect(img.getBoundingClientRect().left).to.be.greaterThan($(el, 'h3')!.getBoundingClientRect().left);
    });

    it('compact: title and time on one line, no summary', async () => {
      const el = await settled(
        html`<related-news-list layout="compact" style="width:600px" .items=${items}></related-news-list>`,
      );
      // No summary is displayed (nor read): an element without text is not rendered.
      for (const p of $$(el, '[part="summary"]')) expect(p.getClientRects()).to.have.length(0);
      expect(el.shadowRoot!.textContent).not.to.contain(items[0].summary);
      const h = $(el, 'h3')!.getBoundingClientRect();
      const t = $(el, 'time')!.getBoundingClientRect();
      expect(Math.abs(h.top - t.top)).to.be.lessThan(h.height);
      expect(t.left).to.be.greaterThan(h.left);
      await expect(el).to.be.accessible();
    });

    it('compact at a phone width of 320 px: titles wrap instead of showing a few characters', async () => {
      await setViewport({ width: 320, height: 640 });
      // The engine evaluates media queries at its next rendering step (WebKit after the resize is reported):
      // wait for that, bounded, so the list starts at phone width as it would on a phone.
      const phone = matchMedia('(max-width: 30em)');
      if (!phone.matches)
        await new Promise((resolve) => {
          phone.addEventListener('change', resolve, { once: true });
          setTimeout(resolve, 2000);
        });
      try {
        const el = await settled(
          html`<related-news-list
            layout="compact"
            .items=${[{ title: '甘肃春耕备耕全面展开 智能农机助力抢抓农时', url: '/a', published: '2025-04-16T10:00:00+08:00' }]}
          ></related-news-list>`,
        );
        const title = $(el, '[part="title"]') as HTMLElement;
        expect(title.scrollWidth).to.be.at.most(title.clientWidth);
        expect(title.getClientRects()[0].height).to.be.greaterThan(
          1.5 * parseFloat(getComputedStyle(title).lineHeight),
        );
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('target="_blank" adds rel="noopener"; no target, no rel', async () => {
      const el = await settled(html`<related-news-list target="_blank" .items=${items}></related-news-list>`);
      expect(links(el).every((a) => a.target === '_blank' && a.rel === 'noopener')).to.equal(true);
      const plain = await settled(html`<related-news-list .items=${items}></related-news-list>`);
      expect(links(plain)[0].hasAttribute('target')).to.equal(false);
      expect(links(plain)[0].hasAttribute('rel')).to.equal(false);
    });

    it('a named target adds rel="noopener" too (a named window would get an opener otherwise)', async () => {
      const el = await settled(html`<related-news-list target="news" .items=${items}></related-news-list>`);
      expect(links(el).every((a) => a.target === 'news' && a.rel === 'noopener')).to.equal(true);
    });

    it('exposes every documented part', async () => {
      const res = await fetch(`${FIX}/list-thumbs.json`);
      const el = await settled(
        html`<related-news-list page-size="2" .items=${await res.json()}></related-news-list>`,
      );
      for (const part of [
        'heading',
        'list',
        'item',
        'title',
        'link',
        'channel',
        'summary',
        'time',
        'thumbnail',
        'more',
      ]) {
        expect($(el, `[part~="${part}"]`), part).to.not.equal(null);
      }
    });

    it('takes --news-item-gap', async () => {
      const el = await settled(
        html`<related-news-list style="--news-item-gap: 20px" .items=${items}></related-news-list>`,
      );
      expect(getComputedStyle($(el, 'li')!).paddingTop).to.equal('20px');
    });
  });

  describe('XSS', () => {
    it('neutralises markup in titles and summaries and unsafe URLs', async () => {
      window.__xss = undefined;
      const el = await settled(html`<related-news-list src="${FIX}/list-xss.json"></related-news-list>`);
      expect(el.state).to.equal('ready');
      const root = el.shadowRoot!;
      expect(root.querySelector('script, svg, [onerror], [onload]')).to.equal(null);
      expect(root.querySelectorAll('img')).to.have.length(0);
      expect(titles(el)[0]).to.equal('Image title');
      expect($(el, '.summary')!.textContent).to.equal('Summary bold');
      // javascript:, obfuscated javascript: and data:text/html URLs: the title is plain text, no link.
      const lis = $$(el, 'li');
      for (const i of [0, 1, 2]) expect(lis[i].querySelector('a'), `item ${i}`).to.equal(null);
      expect(lis[1].querySelector('h3')!.textContent).to.equal('Obfuscated scheme');
      for (const a of root.querySelectorAll('a')) expect(a.protocol).to.equal('https:');
      // A quote in a URL stays inside the attribute.
      expect(lis[4].querySelector('a')!.getAttribute('href')).to.contain('"><script>');
      expect(lis[4].querySelector('h3')!.textContent).to.equal('">');
      await new Promise((r) => requestAnimationFrame(r));
      expect(window.__xss).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('loading: a skeleton of the same height as the items that replace it (no layout shift)', async () => {
      const url = served('list-array.json', 'application/json', '&delay=300');
      const el = await fixture<RelatedNewsListElement>(
        html`<related-news-list style="width:900px" src=${url}></related-news-list>`,
      );
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '.sk')).to.have.length(5);
      await expect(el).to.be.accessible();
      const before = el.getBoundingClientRect().height;
      await el.loaded;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
    });

    it('loading: keeps light-DOM fallback content', async () => {
      const url = served('list-array.json', 'application/json', '&hang=1');
      const el = await fixture<RelatedNewsListElement>(
        html`<related-news-list src=${url}>
          <a href="/news/1">省委常委会召开会议</a>
        </related-news-list>`,
      );
      expect(el.state).to.equal('loading');
      expect($(el, '.sk')).to.equal(null);
      expect(($(el, 'slot') as HTMLSlotElement).assignedElements()[0].localName).to.equal('a');
      await expect(el).to.be.accessible();
    });

    it('empty: says 暂无相关新闻 / No related news', async () => {
      const el = await settled(html`<related-news-list .items=${[]}></related-news-list>`);
      expect(el.state).to.equal('empty');
      expect(el.matches(':state(empty)')).to.equal(true);
      expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('暂无相关新闻');
      await expect(el).to.be.accessible();
      const en = await settled(html`<related-news-list lang="en" data="[]"></related-news-list>`);
      expect($(en, '[part="status"]')!.textContent!.trim()).to.equal('No related news');
    });

    it('error: an alert with a retry button, and news-error', async () => {
      const el = await fixture<RelatedNewsListElement>(
        html`<related-news-list src="${FIX}/does-not-exist.json"></related-news-list>`,
      );
      const e = (await oneEvent(el, 'news-error')) as NewsErrorEvent;
      expect(e.detail.kind).to.equal('http');
      expect(e.detail.status).to.equal(404);
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect($(el, '[role="alert"]')).to.not.equal(null);
      expect($(el, '[part="retry"]')!.localName).to.equal('button');
      await expect(el).to.be.accessible();
    });

    it('ready: axe-clean in the list layout with a load-more button', async () => {
      const el = await settled(html`<related-news-list page-size="2" .items=${items}></related-news-list>`);
      await expect(el).to.be.accessible();
    });
  });
});
