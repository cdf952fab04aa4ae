import { html, expect, oneEvent, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/related-news-list/related-news-list.define.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { RelatedItem } from '../../src/data/model.js';
import type { NewsErrorEvent } from '../../src/shared/events.js';
import { clearCache } from '../../src/shared/loader.js';
import { $, FIX, SEED_TITLES, seedItems, settled, titles } from './helpers.js';

const more = (el: RelatedNewsListElement) => $(el, '[part="more"]') as HTMLButtonElement | null;
const focused = (el: RelatedNewsListElement) => el.shadowRoot!.activeElement as HTMLElement | null;
const live = (el: RelatedNewsListElement) => $(el, '.root > [role="status"]')!.textContent!.trim();

/** Clicks "load more" and waits until the new items are in and focus has moved. */
async function loadMore(el: RelatedNewsListElement): Promise<void> {
  more(el)!.click();
  await el.updateComplete;
}

describe('<related-news-list> load more', () => {
  let items: RelatedItem[];
  before(async () => {
    items = await seedItems();
  });
  beforeEach(() => clearCache());

  it('reveals loaded items page by page, moving focus to the first new link and announcing it', async () => {
    const el = await settled(html`<related-news-list page-size="2" .items=${items}></related-news-list>`);
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 2));
    expect(more(el)!.textContent!.trim()).to.equal('加载更多');
    more(el)!.focus();
    await loadMore(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 4));
    expect(focused(el)!.textContent).to.equal(SEED_TITLES[2]);
    expect(live(el)).to.equal('已加载 2 条');
    await loadMore(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES);
    expect(more(el)).to.equal(null);
    expect(focused(el)!.textContent).to.equal(SEED_TITLES[4]);
    expect(live(el)).to.equal('已加载 1 条');
  });

  it('works from the keyboard', async () => {
    const el = await settled(
      html`<related-news-list lang="en" page-size="3" .items=${items}></related-news-list>`,
    );
    expect(more(el)!.textContent!.trim()).to.equal('Load more');
    more(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
    expect(focused(el)!.textContent).to.equal(SEED_TITLES[3]);
    expect(live(el)).to.equal('2 more loaded');
  });

  it('appends the next pages of a JSON Feed (next_url), keeping focus', async () => {
    const el = await settled(
      html`<related-news-list page-size="2" src="${FIX}/list-feed.json"></related-news-list>`,
    );
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 2));
    // Two items, all shown, but the feed names a next page.
    expect(more(el)).to.not.equal(null);
    more(el)!.focus();
    await loadMore(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 4));
    expect(focused(el)!.textContent).to.equal(SEED_TITLES[2]);
    await loadMore(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES);
    expect(focused(el)!.textContent).to.equal(SEED_TITLES[4]);
    // list-feed-3.json has no next_url: nothing more to load.
    expect(more(el)).to.equal(null);
  });

  it('appends the page named by a native `next` link', async () => {
    const el = await settled(
      html`<related-news-list page-size="3" src="${FIX}/list-items.json"></related-news-list>`,
    );
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 3));
    await loadMore(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES);
    expect(more(el)).to.equal(null);
  });

  it('follows `next` in an { items, next } property', async () => {
    const el = await settled(
      html`<related-news-list
        page-size="1"
        .items=${{ items: items.slice(0, 1), next: `${FIX}/list-items-2.json` }}
      ></related-news-list>`,
    );
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 1));
    await loadMore(el);
    // Page 2 holds items 4 and 5; one is revealed per click.
    expect(titles(el)).to.deep.equal([SEED_TITLES[0], SEED_TITLES[3]]);
    await loadMore(el);
    expect(titles(el)).to.deep.equal([SEED_TITLES[0], SEED_TITLES[3], SEED_TITLES[4]]);
    expect(more(el)).to.equal(null);
  });

  it('stops at `limit`', async () => {
    const el = await settled(
      html`<related-news-list page-size="2" limit="3" .items=${items}></related-news-list>`,
    );
    await loadMore(el);
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 3));
    expect(more(el)).to.equal(null);
  });

  it('reports a failed page with news-error and keeps the button and the focus', async () => {
    const el = await settled(
      html`<related-news-list
        page-size="1"
        .items=${{ items: items.slice(0, 1), next: `${FIX}/missing-page.json` }}
      ></related-news-list>`,
    );
    more(el)!.focus();
    const error = oneEvent(el, 'news-error') as Promise<NewsErrorEvent>;
    more(el)!.click();
    expect((await error).detail.kind).to.equal('http');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(SEED_TITLES.slice(0, 1));
    expect(el.state).to.equal('ready');
    expect(focused(el)).to.equal(more(el));
    expect(live(el)).to.contain('加载失败');
    // Seen as well as heard: the reason shows beside the button.
    const shown = $(el, '[part="status"]') as HTMLElement;
    expect(shown.textContent).to.contain('加载失败');
    expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows a busy button while the next page loads', async () => {
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list
        page-size="1"
        .items=${{ items: items.slice(0, 1), next: '/__fault/list?hang=1' }}
      ></related-news-list>`,
    );
    await el.loaded;
    await el.updateComplete;
    more(el)!.click();
    await new Promise((r) => requestAnimationFrame(r));
    expect(more(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(more(el)!.textContent!.trim()).to.equal('正在加载更多…');
    expect(live(el)).to.equal('正在加载更多…');
    el.remove();
  });
});
