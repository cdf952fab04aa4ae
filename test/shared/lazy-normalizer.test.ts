// The full normalizer loads on the first document that needs it. This file imports nothing that loads
// it, so that the first such document here is the first on the page.
import { html, expect, fixture } from '@open-wc/testing';
import '../../src/related-news-list/related-news-list.define.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { NewsLoadEvent } from '../../src/shared/events.js';

const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="link"]')].map((a) => a.textContent);

const normalizerRequested = () =>
  performance.getEntriesByType('resource').some((e) => /\/data\/normalize\.(ts|js)/.test(e.name));

describe('data that needs the full normalizer', () => {
  it('is not loaded for native data in the portal style, zone-less times included', async () => {
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list
        .items=${[
          { title: 'A', url: '/a', published: '2025-04-16 11:28:00' },
          {
            title: 'B',
            url: '/b',
            published: '2025-04-16T09:20:00+08:00',
            image: { src: '/b.jpg', alt: '' },
          },
        ]}
      ></related-news-list>`,
    );
    await el.loaded;
    expect(titles(el)).to.deep.equal(['A', 'B']);
    expect(el.shadowRoot!.querySelector('time')!.dateTime).to.equal('2025-04-16T11:28:00+08:00');
    expect(normalizerRequested()).to.equal(false);
  });

  it('replaces the data shown without a loading state in between, then fires one news-load', async () => {
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list .items=${[{ title: 'A', url: '/a', published: '2025-04-16T11:28:00+08:00' }]}></related-news-list>`,
    );
    await el.loaded;
    expect(titles(el)).to.deep.equal(['A']);
    const loads: NewsLoadEvent[] = [];
    el.addEventListener('news-load', (e) => loads.push(e));
    // Everything the element shows until the new data is there.
    const seen: string[] = [];
    const record = () =>
      seen.push(`${el.state}:${titles(el).join()}:${!!el.shadowRoot!.querySelector('.skeleton')}`);
    const observer = new MutationObserver(record);
    observer.observe(el, { attributes: true });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    // An RFC 822 time is read by the full normalizer, which is not loaded yet.
    el.items = [{ title: 'B', url: '/b', published: 'Wed, 16 Apr 2025 11:28:00 +0800' }];
    await el.updateComplete;
    observer.disconnect();
    expect(
      seen.filter((s) => !s.startsWith('ready:A:false') && !s.startsWith('ready:B:false')),
    ).to.deep.equal([]);
    expect(titles(el)).to.deep.equal(['B']);
    expect(el.shadowRoot!.querySelector('time')!.dateTime).to.equal('2025-04-16T11:28:00+08:00');
    expect(loads.map((e) => (e.detail.data as { title: string }[])[0].title)).to.deep.equal(['B']);
    expect(normalizerRequested()).to.equal(true);
  });
});
