import { html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import '../../src/related-news-list/related-news-list.define.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import { $, $$, generate, links, settled } from './helpers.js';

const list = (el: RelatedNewsListElement) =>
  $(el, 'ul[part="list"]') as HTMLUListElement & VirtualizerHostElement;

/** Waits until the virtualizer has rendered its first rows and laid out what the scroll position shows. */
async function laidOut(el: RelatedNewsListElement): Promise<void> {
  const ul = list(el);
  if (!ul.querySelector('li[part="item"]')) {
    await new Promise((r) => ul.addEventListener('rangeChanged', r, { once: true }));
  }
  await ul[virtualizerRef]!.layoutComplete;
}

/** Scrolls the list and waits for the virtualizer to render the range that comes into view. */
async function scrollTo(el: RelatedNewsListElement, top: number): Promise<void> {
  const ul = list(el);
  const changed = new Promise((r) => ul.addEventListener('rangeChanged', r, { once: true }));
  ul.scrollTop = top;
  await changed;
  await laidOut(el);
}

describe('<related-news-list> long lists', () => {
  // The virtualizer's ResizeObserver can report "loop completed with undelivered notifications", a
  // benign browser warning that mocha would otherwise count as an uncaught error.
  let original: OnErrorEventHandler;
  before(() => {
    original = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : original?.call(window, message, ...rest);
  });
  after(() => {
    window.onerror = original;
  });

  it('renders 200 items as a plain list, without the virtualizer', async () => {
    const el = await settled(html`<related-news-list .items=${generate(200)}></related-news-list>`);
    expect($$(el, 'li[part="item"]')).to.have.length(200);
    expect(list(el).classList.contains('scroll')).to.equal(false);
    expect(list(el)[virtualizerRef]).to.equal(undefined);
  });

  it('virtualizes 10,000 items: a bounded number of rows, later items rendered on scroll', async () => {
    const el = await settled(html`<related-news-list .items=${generate(10000)}></related-news-list>`);
    await laidOut(el);
    const ul = list(el);
    expect(ul.classList.contains('scroll')).to.equal(true);
    expect(ul[virtualizerRef]).to.not.equal(undefined);
    // The list scrolls inside the element, at its documented height.
    expect(ul.getBoundingClientRect().height).to.be.closeTo(40 * 16, 1);
    const first = $$(el, 'li[part="item"]').length;
    expect(first).to.be.greaterThan(0).and.lessThan(200);
    expect(links(el)[0].textContent).to.equal('Item 0');
    expect(ul.scrollHeight).to.be.greaterThan(10000 * 50);

    await scrollTo(el, ul.scrollHeight);
    const texts = links(el).map((a) => a.textContent);
    expect(texts).to.include('Item 9999');
    expect(texts).to.not.include('Item 0');
    expect($$(el, 'li[part="item"]').length).to.be.lessThan(200);
    // Every rendered row is still a complete item.
    const last = $$(el, 'li[part="item"]').at(-1)!;
    expect(last.querySelector('time')!.getAttribute('datetime')).to.match(/\+08:00$/);
  });

  it('keeps keyboard navigation: Tab walks through the links and scrolls the list', async function () {
    this.timeout(20000);
    const el = await settled(html`<related-news-list .items=${generate(10000)}></related-news-list>`);
    await laidOut(el);
    links(el)[0].focus();
    // About five rows fit in the scroller; the virtualizer renders a margin beyond it.
    for (let i = 0; i < 30; i++) await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(active.textContent).to.equal('Item 30');
    expect(list(el).scrollTop).to.be.greaterThan(20 * 100);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.equal('Item 29');
  });

  it('is axe-clean when virtualized (the sizer is a hidden list item)', async () => {
    const el = await settled(html`<related-news-list .items=${generate(1000)}></related-news-list>`);
    await laidOut(el);
    const sizer = $(el, '[virtualizer-sizer]')!;
    expect(sizer.localName).to.equal('li');
    expect(sizer.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('goes back to a plain full-width list when its data shrinks below the threshold, and back again', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent | ErrorEvent) => {
      if ('reason' in e) errors.push(e.reason);
      else if (!String(e.message).includes('ResizeObserver loop')) errors.push(e.message);
    };
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    try {
      const el = await settled(html`<related-news-list .items=${generate(300)}></related-news-list>`);
      await laidOut(el);
      el.items = generate(3);
      await el.updateComplete;
      expect(list(el).classList.contains('scroll')).to.equal(false);
      expect($$(el, 'li[part="item"]')).to.have.length(3);
      expect(list(el).getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
      el.items = generate(300);
      await el.updateComplete;
      await laidOut(el);
      el.items = generate(4);
      await el.updateComplete;
      expect($$(el, 'li[part="item"]')).to.have.length(4);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
    }
  });

  it('stays a plain list when the reader pages past the threshold: no jump to the top, focus on the new items', async () => {
    const el = await settled(
      html`<related-news-list page-size="100" .items=${generate(400)}></related-news-list>`,
    );
    for (let page = 1; page < 4; page++) {
      const button = $(el, '[part="more"]') as HTMLButtonElement;
      button.focus();
      button.click();
      await el.updateComplete;
    }
    expect($$(el, 'li[part="item"]')).to.have.length(400);
    expect(list(el).classList.contains('scroll')).to.equal(false);
    expect((el.shadowRoot!.activeElement as HTMLAnchorElement).getAttribute('data-i')).to.equal('300');
  });

  it('falls back to the list look for cards above the threshold', async () => {
    const el = await settled(
      html`<related-news-list layout="cards" .items=${generate(500)}></related-news-list>`,
    );
    await laidOut(el);
    expect(getComputedStyle(list(el)).display).to.equal('block');
    expect($$(el, 'li[part="item"]').length).to.be.lessThan(200);
  });
});
