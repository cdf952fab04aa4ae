import { expect } from '@open-wc/testing';
import { NewsErrorEvent, NewsLoadEvent } from '../../src/shared/events.js';

describe('events', () => {
  it('news-load bubbles out of shadow roots with its detail', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    document.body.append(host);
    let seen: NewsLoadEvent | undefined;
    document.addEventListener('news-load', (e) => (seen = e), { once: true });
    inner.dispatchEvent(new NewsLoadEvent({ data: { title: 'x' }, source: 'src' }));
    host.remove();
    expect(seen).to.be.instanceOf(NewsLoadEvent);
    expect(seen!.type).to.equal('news-load');
    expect(seen!.bubbles && seen!.composed).to.equal(true);
    expect(seen!.detail).to.deep.equal({ data: { title: 'x' }, source: 'src' });
  });

  it('news-error carries kind, message, url and status', () => {
    const e = new NewsErrorEvent({ kind: 'http', message: 'answered 404', url: '/a.json', status: 404 });
    expect(e.type).to.equal('news-error');
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.kind).to.equal('http');
    expect(e.detail.status).to.equal(404);
    expect(e).to.be.instanceOf(Event);
  });
});
