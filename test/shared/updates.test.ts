// Cheap updates: a change re-renders only what it changes (seen by a MutationObserver on the shadow root).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';

/** Every node the mutations of `change` touched, with the records. */
async function mutations(root: ShadowRoot, change: () => Promise<unknown>): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  await change();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const inside = (node: Node, container: Node) => container === node || container.contains(node);

describe('cheap updates', () => {
  it('replacing one item of a 1,000-item list (a new array, one new object) re-renders that row only', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      title: `标题 ${i}`,
      url: `https://news.example.com/${i}.html`,
      summary: `摘要 ${i}`,
      published: '2025-04-16T11:28:00+08:00',
    }));
    const el = await fixture<RelatedNewsListElement>(
      html`<related-news-list virtual-threshold="5000" .items=${items}></related-news-list>`,
    );
    await el.loaded;
    const root = el.shadowRoot!;
    const before = [...root.querySelectorAll('li')];
    expect(before).to.have.length(1000);
    const next = items.slice();
    next[500] = { ...items[500], title: '新标题' };
    const records = await mutations(root, async () => {
      el.items = next;
      await el.updateComplete;
    });
    const after = [...root.querySelectorAll('li')];
    // The same row elements, in place.
    expect(after.every((li, i) => li === before[i])).to.equal(true);
    expect(after[500].querySelector('[part="link"]')!.textContent).to.equal('新标题');
    expect(records.length).to.be.greaterThan(0);
    expect(records.every((r) => inside(r.target, after[500]))).to.equal(true);
  });

  it('setting an article’s views re-renders the view count only', async () => {
    const el = await fixture<NewsArticleElement>(
      html`<news-article
        .article=${{
          title: '标题',
          published: '2025-04-09T11:27:00+08:00',
          views: 0,
          body: [
            { type: 'paragraph', lead: '导语。', text: '正文一' },
            { type: 'html', html: '<p>正文二</p>' },
          ],
          credits: [{ role: 'editor', names: ['王珺茹'] }],
          related: [{ title: '相关', url: 'https://news.example.com/1.html' }],
        }}
      ></news-article>`,
    );
    await el.loaded;
    const root = el.shadowRoot!;
    const views = root.querySelector('[part="views"]')!;
    const records = await mutations(root, async () => {
      el.views = 1234;
      await el.updateComplete;
    });
    expect(views.textContent).to.contain('1,234');
    expect(records.length).to.be.greaterThan(0);
    expect(records.every((r) => inside(r.target, views))).to.equal(true);
  });
});
