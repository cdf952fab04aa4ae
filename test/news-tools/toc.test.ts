import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, article, articleWithTools, seedArticle, type ArticleEl } from './helpers.js';
import type { NewsTocElement } from '../../src/news-tools/news-tools.js';

const links = (toc: Element) => $$<HTMLAnchorElement>(toc, 'a[part~="link"]');
const current = (toc: Element) =>
  links(toc)
    .filter((a) => a.hasAttribute('aria-current'))
    .map((a) => a.textContent!.trim());
/** Scrolls the page so that the section's anchor sits near the top. */
const scrollToSection = (a: ArticleEl, id: string) =>
  scrollBy(0, a.shadowRoot!.getElementById(id)!.getBoundingClientRect().top - 10);

describe('<news-toc> 目录', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('lists the article’s bold section leads and headings, linking to their anchors', async () => {
    const { toc, article: a } = await articleWithTools(
      article({
        body: [
          { type: 'paragraph', text: '导语。' },
          { type: 'heading', text: '一、背景' },
          { type: 'paragraph', lead: '聚焦统筹部署,强化组织之力。', text: '正文。' },
        ],
      }),
    );
    const nav = $(toc, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('目录');
    expect($(toc, '[part~="summary"]')!.textContent!.trim()).to.equal('目录');
    expect(links(toc).map((l) => l.textContent!.trim())).to.deep.equal([
      '一、背景',
      '聚焦统筹部署,强化组织之力',
    ]);
    for (const link of links(toc)) {
      const target = a.shadowRoot!.getElementById(link.hash.slice(1));
      expect(target, link.hash).to.not.equal(null);
      expect(link.textContent!.trim()).to.equal(target!.textContent!.trim().replace(/。$/, ''));
    }
    await expect(toc).to.be.accessible();
  });

  it('marks the section being read with aria-current as the reader scrolls', async () => {
    const { toc, article: a } = await articleWithTools(await seedArticle());
    expect(links(toc)).to.have.length(16);
    expect(current(toc)).to.deep.equal([]);
    scrollToSection(a, 'lead-10');
    await waitUntil(() => current(toc).length === 1, 'no section marked');
    expect(links(toc).find((l) => l.hasAttribute('aria-current'))!.hash).to.equal('#lead-10');
    expect(
      links(toc)
        .find((l) => l.hasAttribute('aria-current'))!
        .getAttribute('aria-current'),
    ).to.equal('location');
    scrollToSection(a, 'lead-3');
    await waitUntil(() => links(toc).find((l) => l.hasAttribute('aria-current'))?.hash === '#lead-3');
    expect(current(toc)).to.have.length(1);
    await expect(toc).to.be.accessible();
  });

  it('takes the reader to the section when a link is followed', async () => {
    const { toc, article: a } = await articleWithTools(await seedArticle());
    const link = links(toc).find((l) => l.hash === '#lead-12')!;
    link.click();
    await waitUntil(() => {
      const top = a.shadowRoot!.getElementById('lead-12')!.getBoundingClientRect().top;
      return top > -2 && top < innerHeight / 4;
    }, 'the section did not scroll into view');
    expect(location.hash).to.equal('#lead-12');
    await waitUntil(() => link.hasAttribute('aria-current'), 'the followed section is not marked');
    // Following the same link again (no hashchange) still brings the section back.
    scrollTo(0, 0);
    link.click();
    await waitUntil(() => {
      const top = a.shadowRoot!.getElementById('lead-12')!.getBoundingClientRect().top;
      return top > -2 && top < innerHeight / 4;
    }, 'the section did not scroll into view again');
  });

  it('is a closed disclosure on a phone, open on a wide screen', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const phone = await articleWithTools(await seedArticle());
      const details = $<HTMLDetailsElement>(phone.toc, 'details')!;
      expect(details.open).to.equal(false);
      $(phone.toc, 'summary')!.click();
      expect(details.open).to.equal(true);
      await expect(phone.toc).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
    const wide = await articleWithTools(await seedArticle());
    expect($<HTMLDetailsElement>(wide.toc, 'details')!.open).to.equal(true);
  });

  it('shows nothing for an article without sections', async () => {
    const { toc } = await articleWithTools(article({ body: [{ type: 'paragraph', text: '只有一段。' }] }));
    expect(toc.hidden).to.equal(true);
    expect($(toc, 'nav')).to.equal(null);
  });

  it('finds an article that appears after it, inside which it sits when it has no for', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><news-toc for="later"></news-toc></div>`);
    const toc = wrap.querySelector<NewsTocElement>('news-toc')!;
    await toc.updateComplete;
    expect($(toc, 'nav')).to.equal(null);
    const a = document.createElement('news-article') as ArticleEl;
    a.id = 'later';
    a.article = article();
    const loaded = new Promise((r) => a.addEventListener('news-load', r, { once: true }));
    wrap.append(a);
    await loaded;
    expect(links(toc).map((l) => l.hash)).to.deep.equal(['#lead-1']);

    const inside = await fixture<ArticleEl>(
      html`<news-article .article=${article()}><news-toc slot="header"></news-toc></news-article>`,
    );
    const own = inside.querySelector<NewsTocElement>('news-toc')!;
    await waitUntil(() => links(own).length === 1, 'the contents inside the article found no sections');
  });
});
