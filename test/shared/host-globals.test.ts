import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { Article, Block } from '../../src/data/model.js';
import { clearCache } from '../../src/shared/loader.js';

// Old CMS templates still load scripts that add enumerable members to the built-in prototypes
// (Prototype.js and MooTools style `Array.prototype.each`, `Object.prototype.extend`): every `for…in`
// of the page then meets them. The elements must render the same data all the same.
const texts = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('a host page that extends the built-in prototypes', () => {
  let seed: Article;
  before(async () => {
    seed = await (await fetch('/demo/data/seed-article.json')).json();
  });
  afterEach(() => clearCache());

  /** Renders `make()` while Object.prototype and Array.prototype carry enumerable extras. */
  async function withExtendedPrototypes<T>(make: () => Promise<T>): Promise<T> {
    const proto = Object.prototype as Record<string, unknown>;
    const arrays = Array.prototype as unknown as Record<string, unknown>;
    proto.extend = function extend() {};
    proto.cmsFlag = 1;
    arrays.each = function each() {};
    try {
      return await make();
    } finally {
      delete proto.extend;
      delete proto.cmsFlag;
      delete arrays.each;
    }
  }

  it('renders the seed article, its credits and related news from a URL', async () => {
    const el = await withExtendedPrototypes(async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src="/demo/data/seed-article.json"></news-article>`,
      );
      await el.loaded;
      const credits = el.shadowRoot!.querySelector('news-credits')!;
      const related = el.shadowRoot!.querySelector('related-news-list')! as RelatedNewsListElement;
      await Promise.all([credits.loaded, related.loaded]);
      await el.updateComplete;
      return el;
    });
    expect(el.state).to.equal('ready');
    const root = el.shadowRoot!;
    expect(texts(root, 'h1')[0]).to.equal('视听甘肃丨永登县:“四聚焦”推进民族团结进步事业 高质量发展');
    expect(root.querySelectorAll('[part~="body"] p').length).to.equal(
      (seed.body as Block[]).filter((b) => b.type === 'paragraph').length,
    );
    const credits = root.querySelector('news-credits')!.shadowRoot!;
    expect(texts(credits, 'dl')[0]).to.contain('王珺茹');
    const related = root.querySelector('related-news-list')!.shadowRoot!;
    expect(texts(related, 'li a').length).to.equal(seed.related!.length);
    expect(texts(related, 'li a')[0]).to.equal(seed.related![0].title);
  });

  it('renders a list given as a property, and an RSS feed', async () => {
    const [fromProperty, fromRss] = await withExtendedPrototypes(async () => {
      const a = await fixture<RelatedNewsListElement>(
        html`<related-news-list .items=${seed.related}></related-news-list>`,
      );
      const b = await fixture<RelatedNewsListElement>(
        html`<related-news-list src="/demo/data/latest.xml"></related-news-list>`,
      );
      await Promise.all([a.loaded, b.loaded]);
      await Promise.all([a.updateComplete, b.updateComplete]);
      return [a, b];
    });
    expect(fromProperty.state).to.equal('ready');
    expect(texts(fromProperty.shadowRoot!, 'li a')).to.deep.equal(seed.related!.map((r) => r.title));
    expect(fromRss.state).to.equal('ready');
    expect(fromRss.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(fromRss.problems.filter((p) => /extend|cmsFlag|each/.test(JSON.stringify(p)))).to.deep.equal([]);
  });
});
