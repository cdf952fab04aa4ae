import { html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/related-news-list/related-news-list.define.js';
import { NewsItemSelectEvent } from '../../src/related-news-list/related-news-list.js';
import type { RelatedItem } from '../../src/data/model.js';
import { links, seedItems, settled } from './helpers.js';

/**
 * Records whether the click that reaches the window was default-prevented (i.e. navigation cancelled),
 * then cancels it so the test page never navigates away.
 */
function guardNavigation(): Promise<boolean> {
  return new Promise((resolve) =>
    window.addEventListener(
      'click',
      (e) => {
        resolve(e.defaultPrevented);
        e.preventDefault();
      },
      { once: true },
    ),
  );
}

describe('<related-news-list> news-item-select', () => {
  let items: RelatedItem[];
  before(async () => {
    items = await seedItems();
  });

  it('fires before navigation with the item, its index and the absolute URL; bubbles and is composed', async () => {
    const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
    const prevented = guardNavigation();
    const seen = oneEvent(document, 'news-item-select') as Promise<NewsItemSelectEvent>;
    links(el)[1].click();
    const event = await seen;
    expect(event).to.be.instanceOf(NewsItemSelectEvent);
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(el);
    expect(event.detail.index).to.equal(1);
    expect(event.detail.item.title).to.equal(items[1].title);
    expect(event.detail.item.published).to.equal('2025-04-16T09:20:00+08:00');
    expect(event.detail.item).to.equal(el.value![1]);
    expect(event.detail.url).to.equal(items[1].url);
    // Not cancelled: the browser would have navigated.
    expect(await prevented).to.equal(false);
  });

  it('preventDefault() on it cancels the navigation', async () => {
    const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
    const href = location.href;
    el.addEventListener('news-item-select', (e) => e.preventDefault(), { once: true });
    const prevented = guardNavigation();
    links(el)[0].click();
    expect(await prevented).to.equal(true);
    expect(location.href).to.equal(href);
  });

  it('fires on keyboard activation (Enter)', async () => {
    const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
    const seen = oneEvent(el, 'news-item-select') as Promise<NewsItemSelectEvent>;
    el.addEventListener('news-item-select', (e) => e.preventDefault(), { once: true });
    const prevented = guardNavigation();
    links(el)[3].focus();
    await sendKeys({ press: 'Enter' });
    expect((await seen).detail.index).to.equal(3);
    expect(await prevented).to.equal(true);
  });

  it('does not fire for clicks outside the links', async () => {
    const el = await settled(html`<related-news-list .items=${items}></related-news-list>`);
    let fired = 0;
    el.addEventListener('news-item-select', () => fired++);
    el.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!.click();
    el.shadowRoot!.querySelector<HTMLElement>('time')!.click();
    expect(fired).to.equal(0);
  });
});
