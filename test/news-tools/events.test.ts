import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { article, articleWithTools, seedArticle, shown, type ArticleEl } from './helpers.js';
import { VIEW_DELAY, observeReading } from '../../src/news-tools/reading-events.js';

/** Counts the events of `types` that reach the document. */
function count(types: string[]): Record<string, number> {
  const seen: Record<string, number> = Object.fromEntries(types.map((t) => [t, 0]));
  for (const t of types) document.addEventListener(t, () => seen[t]++);
  return seen;
}
/** Waits `ms`: only to show that an event did NOT come again (there is nothing to await). */
const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('news-view and news-read', () => {
  afterEach(() => scrollTo(0, 0));

  it('news-view fires once on the article, after half of it has been visible for a second', async () => {
    const seen = count(['news-view']);
    const started = performance.now();
    const { article: a } = await articleWithTools(article({ id: 'a-1', url: 'https://n.example/1' }));
    const e = (await oneEvent(a, 'news-view')) as CustomEvent;
    expect(performance.now() - started).to.be.at.least(VIEW_DELAY - 50);
    expect(e.target).to.equal(a);
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail).to.deep.equal({ id: 'a-1', url: 'https://n.example/1', title: '标题' });
    scrollBy(0, 5000);
    scrollTo(0, 0);
    await quiet(VIEW_DELAY + 300);
    expect(seen['news-view']).to.equal(1);
  });

  it('news-view waits until the article is in view', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div style="height: 3000px"></div>
      <news-tools for="far"></news-tools>
      <news-article id="far" .article=${article()}></news-article>
    </div>`);
    const a = await shown(wrap.querySelector<ArticleEl>('news-article')!);
    let viewed = 0;
    a.addEventListener('news-view', () => viewed++);
    await quiet(VIEW_DELAY + 300);
    expect(viewed).to.equal(0);
    a.scrollIntoView();
    await oneEvent(a, 'news-view');
    expect(viewed).to.equal(1);
  });

  it('news-read fires once, when the reader reaches the end of the text', async () => {
    const { article: a } = await articleWithTools(await seedArticle());
    let read = 0;
    a.addEventListener('news-read', () => read++);
    // The seed article is much taller than the screen: its end is out of view at the top.
    await quiet(300);
    expect(read).to.equal(0);
    const end = a.shadowRoot!.querySelector('[part~="footer"]')!;
    end.scrollIntoView();
    await oneEvent(a, 'news-read');
    scrollTo(0, 0);
    end.scrollIntoView();
    await quiet(300);
    expect(read).to.equal(1);
  });

  it('fires each event once however many tools observe the article', async () => {
    const a = await shown(
      await fixture<ArticleEl>(html`<news-article .article=${article()}></news-article>`),
    );
    const stops = [observeReading(a), observeReading(a), observeReading(a)];
    let viewed = 0;
    let read = 0;
    a.addEventListener('news-view', () => viewed++);
    a.addEventListener('news-read', () => read++);
    await oneEvent(a, 'news-view');
    await quiet(300);
    expect(viewed).to.equal(1);
    expect(read).to.equal(1);
    // Observing again (a tools element added later) does not count the article again.
    stops.forEach((stop) => stop());
    const again = observeReading(a);
    await quiet(VIEW_DELAY + 300);
    expect(viewed).to.equal(1);
    expect(read).to.equal(1);
    again();
  });
});
