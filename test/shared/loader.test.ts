import { expect } from '@open-wc/testing';
import { clearCache, loadDocument } from '../../src/shared/loader.js';
import { earlyRequest } from '../../src/shared/request.js';
import { failure, faultUrl, requestCount, uniqueKey } from './helpers.js';

describe('loadDocument', () => {
  afterEach(() => clearCache());

  it('loads and parses JSON', async () => {
    const value = await loadDocument(faultUrl({ body: '{"title":"你好"}' }));
    expect(value).to.deep.equal({ title: '你好' });
  });

  it('makes one request for three callers of one URL, and caches the result for the page', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, delay: 50, body: '[1]' });
    const results = await Promise.all([loadDocument(url), loadDocument(url), loadDocument(url)]);
    expect(results).to.deep.equal([[1], [1], [1]]);
    await loadDocument(url);
    expect(await requestCount(key)).to.equal(1);
  });

  it('takes over a request started before it loaded, as the first attempt (no second request)', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, delay: 50, body: '{"title":"早"}' });
    const early = earlyRequest(new URL(url, location.href).href, false);
    expect(await loadDocument(url, { early })).to.deep.equal({ title: '早' });
    expect(early.taken).to.equal(true);
    expect(await requestCount(key)).to.equal(1);
  });

  it('aborts an early request it does not need: the URL is already loading, or the caller gave up', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, delay: 100, body: '[1]' });
    const shared = loadDocument(url);
    const late = earlyRequest(new URL(url, location.href).href, false);
    expect(await loadDocument(url, { early: late })).to.deep.equal([1]);
    expect(late.controller.signal.aborted).to.equal(true);
    await shared;
    const hanging = faultUrl({ hang: 1 });
    const gaveUp = earlyRequest(new URL(hanging, location.href).href, false);
    const controller = new AbortController();
    controller.abort();
    await failure(loadDocument(hanging, { early: gaveUp, signal: controller.signal }));
    expect(gaveUp.controller.signal.aborted).to.equal(true);
  });

  it('an early request follows the load: a timeout aborts it and fails with kind timeout', async () => {
    const url = faultUrl({ hang: 1 });
    const early = earlyRequest(new URL(url, location.href).href, false);
    const error = await failure(loadDocument(url, { early, timeout: 100 }));
    expect(error.kind).to.equal('timeout');
    expect(early.controller.signal.aborted).to.equal(true);
  });

  it('reload bypasses the cache', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, body: '[1]' });
    await loadDocument(url);
    await loadDocument(url, { reload: true });
    expect(await requestCount(key)).to.equal(2);
  });

  it('a non-2xx answer fails with kind http and the status, without a retry after 4xx', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, status: 404 });
    const error = await failure(loadDocument(url));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.contain('/__fault/');
    expect(await requestCount(key)).to.equal(1);
  });

  it('retries once after a 5xx', async () => {
    const key = uniqueKey();
    const value = await loadDocument(faultUrl({ key, fail: 1, body: '{"ok":true}' }));
    expect(value).to.deep.equal({ ok: true });
    expect(await requestCount(key)).to.equal(2);
  });

  it('gives up after the retry when the 5xx persists', async () => {
    const key = uniqueKey();
    const error = await failure(loadDocument(faultUrl({ key, fail: 5 })));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(await requestCount(key)).to.equal(2);
  });

  it('a connection reset fails with kind network', async () => {
    const error = await failure(loadDocument(faultUrl({ reset: 1 })));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('could not be reached');
  });

  it('a hanging server fails with kind timeout', async () => {
    const error = await failure(loadDocument(faultUrl({ hang: 1 }), { timeout: 200 }));
    expect(error.kind).to.equal('timeout');
  });

  it('invalid JSON fails with kind parse', async () => {
    const error = await failure(loadDocument(faultUrl({ body: '{"title": ' })));
    expect(error.kind).to.equal('parse');
  });

  it('an HTML page fails with kind format', async () => {
    const error = await failure(loadDocument(faultUrl({ body: '<!doctype html><p>hi', type: 'text/html' })));
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('text/html');
  });

  it('XML is accepted only where a list is expected, and comes back as text', async () => {
    const url = faultUrl({ body: '<rss version="2.0"><channel/></rss>', type: 'application/rss+xml' });
    expect((await failure(loadDocument(url))).kind).to.equal('format');
    expect(await loadDocument(url, { xml: true })).to.equal('<rss version="2.0"><channel/></rss>');
  });

  it('accepts JSON media types with a suffix (ld+json, feed+json)', async () => {
    const value = await loadDocument(faultUrl({ body: '{"a":1}', type: 'application/ld+json' }));
    expect(value).to.deep.equal({ a: 1 });
  });

  it('reads a response without a body stream (fetch replaced by an old polyfill)', async () => {
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const r = await real(input, init);
      const bytes = await r.arrayBuffer();
      const bare = { ok: r.ok, status: r.status, statusText: r.statusText, url: r.url, headers: r.headers };
      return { ...bare, body: null, arrayBuffer: async () => bytes } as unknown as Response;
    };
    try {
      expect(await loadDocument(faultUrl({ body: '{"标题":"无流"}' }))).to.deep.equal({ 标题: '无流' });
    } finally {
      window.fetch = real;
    }
  });

  it('refuses bodies over 5 MB', async () => {
    const error = await failure(loadDocument(faultUrl({ size: 5 * 1024 * 1024 + 100 })));
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('5 MB');
  });

  it('aborting one caller rejects it with the abort reason while another caller still gets the data', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, delay: 100, body: '[2]' });
    const controller = new AbortController();
    const first = loadDocument(url, { signal: controller.signal });
    const second = loadDocument(url);
    controller.abort();
    const error = await failure(first);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    expect(await second).to.deep.equal([2]);
    expect(await requestCount(key)).to.equal(1);
  });

  it('aborting the only caller cancels the request and a later call starts afresh', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, delay: 100, body: '[3]' });
    const controller = new AbortController();
    const first = loadDocument(url, { signal: controller.signal });
    controller.abort();
    await failure(first);
    // Had the aborted request stayed in the cache, this would reject with its AbortError.
    expect(await loadDocument(url)).to.deep.equal([3]);
  });

  it('a failed load is not cached', async () => {
    const key = uniqueKey();
    const url = faultUrl({ key, fail: 2, body: '[4]' });
    await failure(loadDocument(url));
    expect(await loadDocument(url)).to.deep.equal([4]);
  });
});
