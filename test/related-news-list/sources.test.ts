import { html, expect, oneEvent, fixture } from '@open-wc/testing';
import '../../src/related-news-list/related-news-list.define.js';
import { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { NewsLoadEvent } from '../../src/shared/events.js';
import { clearCache } from '../../src/shared/loader.js';
import { $, $$, FIX, SEED_TIMES, SEED_TITLES, links, seedItems, served, settled, titles } from './helpers.js';

describe('<related-news-list> sources', () => {
  beforeEach(() => clearCache());

  it('is registered and has its defaults', async () => {
    const el = await settled(html`<related-news-list></related-news-list>`);
    expect(customElements.get('related-news-list')).to.equal(RelatedNewsListElement);
    expect(el.headingLevel).to.equal(2);
    expect(el.noHeading).to.equal(false);
    expect(el.layout).to.equal('list');
    expect(el.dateFormat).to.equal('datetime');
    expect(el.limit).to.equal(undefined);
    expect(el.pageSize).to.equal(undefined);
    expect(el.state).to.equal('empty');
  });

  it('renders the seed list as the seed shows it: title link, summary, date-time', async () => {
    const items = await seedItems();
    const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal(SEED_TITLES);
    const lis = $$(el, 'li[part="item"]');
    expect(lis).to.have.length(5);
    lis.forEach((li, i) => {
      // <li><article><h3><a/></h3><p summary/><time/></article></li>
      const article = li.firstElementChild!;
      expect(article.localName).to.equal('article');
      expect([...article.children].map((c) => c.localName)).to.deep.equal(['h3', 'p', 'time']);
      const a = article.querySelector('h3 > a')!;
      expect(a.getAttribute('href')).to.equal(items[i].url);
      expect(article.querySelector('p')!.textContent).to.equal(items[i].summary);
      const time = article.querySelector('time')!;
      expect(time.textContent).to.equal(SEED_TIMES[i]);
      expect(time.getAttribute('datetime')).to.equal(SEED_TIMES[i].replace(' ', 'T') + '+08:00');
    });
    // Bold title, grey summary, thin rule between items.
    const title = getComputedStyle($(el, 'h3')!);
    expect(Number(title.fontWeight)).to.be.at.least(700);
    const summary = getComputedStyle($(el, '.summary')!);
    expect(summary.color).to.equal('rgb(95, 99, 104)');
    expect(getComputedStyle(lis[0]).borderBottomWidth).to.equal('1px');
  });

  it('reads the `data` attribute in the { items } shape', async () => {
    const items = await seedItems();
    const el = await settled(
      html`<related-news-list data=${JSON.stringify({ items: items.slice(0, 2) })}></related-news-list>`,
    );
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 2));
  });

  it('reads an inline JSON script child', async () => {
    const items = await seedItems();
    const el = await settled(
      html`<related-news-list>
        <script type="application/json">
          ${JSON.stringify(items.slice(0, 3))}
        </script>
      </related-news-list>`,
    );
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 3));
  });

  it('loads a JSON array from src and fires news-load', async () => {
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list src="${FIX}/list-array.json"></related-news-list>`,
    );
    const event = (await oneEvent(el, 'news-load')) as NewsLoadEvent;
    expect(event.detail.source).to.equal('src');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(SEED_TITLES);
  });

  it('loads a JSON Feed from src', async () => {
    const el = await settled(html`<related-news-list src="${FIX}/list-feed.json"></related-news-list>`);
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 2));
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2025-04-16T11:28:00+08:00');
  });

  it('loads an RSS 2.0 feed served as application/rss+xml', async () => {
    const el = await settled(
      html`<related-news-list src=${served('list-rss.xml', 'application/rss+xml')}></related-news-list>`,
    );
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal(SEED_TITLES);
    expect($$(el, 'time').map((t) => t.textContent)).to.deep.equal(SEED_TIMES);
    expect(links(el)[0].getAttribute('href')).to.equal('https://news.example.cn/gs/2025-04/16/c_1001.html');
  });

  it('loads an Atom feed served as application/atom+xml', async () => {
    const el = await settled(
      html`<related-news-list
        lang="en"
        src=${served('list-atom.xml', 'application/atom+xml')}
      ></related-news-list>`,
    );
    expect(titles(el)).to.deep.equal([
      'Provincial standing committee meets',
      'Inspection team begins work in Inner Mongolia',
      'Beijing sets six priorities for housing in 2025',
    ]);
    expect($(el, '[part="heading"]')!.textContent).to.equal('Related news');
  });

  it('loads a schema.org ItemList', async () => {
    const el = await settled(html`<related-news-list src="${FIX}/list-itemlist.json"></related-news-list>`);
    expect(titles(el)).to.deep.equal(SEED_TITLES);
    expect($(el, '.summary')!.textContent).to.contain('省委书记吴晓军');
  });

  it("takes an article document's related items", async () => {
    const el = await settled(html`<related-news-list src="${FIX}/list-article.json"></related-news-list>`);
    expect(titles(el)).to.deep.equal(SEED_TITLES);
  });

  it('prefers the property over data and src', async () => {
    const items = await seedItems();
    const el = await settled(
      html`<related-news-list
        .items=${items.slice(4)}
        data=${JSON.stringify(items.slice(0, 1))}
        src="${FIX}/list-feed.json"
      ></related-news-list>`,
    );
    expect(titles(el)).to.deep.equal([SEED_TITLES[4]]);
  });

  it('re-renders when the items property changes', async () => {
    const items = await seedItems();
    const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
    el.items = items.slice(1, 2);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([SEED_TITLES[1]]);
  });
});
