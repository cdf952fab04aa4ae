import { expect } from '@open-wc/testing';
import '../../src/news-credits/news-credits.define.js';
import type { NewsCreditsElement } from '../../src/news-credits/news-credits.js';
import { NewsErrorEvent, NewsLoadEvent } from '../../src/shared/events.js';
import { faultUrl, nextEvent } from './helpers.js';

/** A host element with an open shadow root holding `markup`, attached to the page. */
function inShadow(markup: string): { host: HTMLElement; inner: NewsCreditsElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = markup;
  return { host, inner: shadow.querySelector('news-credits')! };
}

describe('events, as the elements fire them', () => {
  it('news-load leaves a shadow root and reaches the document once the data is shown, with the data and its source', async () => {
    const seen = nextEvent<NewsLoadEvent>(document, 'news-load');
    const { host, inner } = inShadow(
      `<news-credits data='{"编辑":"王珺茹","来源":"新华社"}'></news-credits>`,
    );
    try {
      const e = await seen;
      expect(e).to.be.instanceOf(NewsLoadEvent);
      expect(e.type).to.equal('news-load');
      expect(e.bubbles && e.composed).to.equal(true);
      // Seen from the document, the event comes from the shadow host: it crossed the shadow boundary.
      expect(e.target).to.equal(host);
      expect(e.detail).to.deep.equal({
        data: [
          { role: 'source', names: ['新华社'] },
          { role: 'editor', names: ['王珺茹'] },
        ],
        source: 'data',
      });
      expect(inner.getAttribute('state')).to.equal('ready');
      expect(inner.shadowRoot!.textContent).to.contain('王珺茹');
    } finally {
      host.remove();
    }
  });

  it('news-error: a src answered 404 gives kind http, status 404, its url and a message, also on the element', async () => {
    const url = faultUrl({ status: 404, body: 'gone', type: 'text/plain' });
    const seen = nextEvent<NewsErrorEvent>(document, 'news-error');
    const { host, inner } = inShadow(`<news-credits src="${url}"></news-credits>`);
    try {
      const e = await seen;
      expect(e).to.be.instanceOf(NewsErrorEvent);
      expect(e.type).to.equal('news-error');
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.target).to.equal(host);
      expect(e.detail.kind).to.equal('http');
      expect(e.detail.status).to.equal(404);
      expect(e.detail.url).to.equal(new URL(url, location.href).href);
      expect(e.detail.message).to.contain('404');
      expect(inner.getAttribute('state')).to.equal('error');
      expect(inner.error).to.deep.equal(e.detail);
    } finally {
      host.remove();
    }
  });
});
