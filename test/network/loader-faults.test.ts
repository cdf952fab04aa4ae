import { expect } from '@open-wc/testing';
import { LoadError, MAX_BYTES, clearCache, loadDocument } from '../../src/shared/loader.js';
import {
  crossOriginUrl,
  failure,
  faultUrl,
  gbkFeed,
  base64,
  GBK_TITLE,
  requestCount,
  uniqueKey,
  watchUnhandled,
} from './helpers.js';

const RSS = '<rss version="2.0"><channel><title>T</title></channel></rss>';

describe('loadDocument under network faults', () => {
  let unhandled: ReturnType<typeof watchUnhandled>;
  beforeEach(() => (unhandled = watchUnhandled()));
  afterEach(() => {
    unhandled.stop();
    clearCache();
    expect(unhandled.list).to.deep.equal([]);
  });

  describe('timeouts', () => {
    it('a server that never answers fails with kind timeout, once', async () => {
      const key = uniqueKey();
      const error = await failure(loadDocument(faultUrl({ key, hang: 1 }), { timeout: 200 }));
      expect(error).to.be.instanceOf(LoadError);
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.contain('/__fault/');
      expect(await requestCount(key)).to.equal(1);
    });

    it('a first byte later than the timeout fails with kind timeout', async () => {
      const error = await failure(loadDocument(faultUrl({ delay: 600 }), { timeout: 200 }));
      expect(error.kind).to.equal('timeout');
    });

    it('a slow first byte within the timeout loads', async () => {
      expect(await loadDocument(faultUrl({ delay: 150, body: '[1]' }), { timeout: 2000 })).to.deep.equal([1]);
    });

    it('a body that drips past the timeout fails with kind timeout, not a partial parse', async () => {
      const key = uniqueKey();
      const body = JSON.stringify({ title: 'x'.repeat(200) });
      const error = await failure(loadDocument(faultUrl({ key, drip: 100, body }), { timeout: 350 }));
      expect(error.kind).to.equal('timeout');
      expect(await requestCount(key)).to.equal(1);
    });

    it('a body that drips within the timeout loads', async () => {
      const body = JSON.stringify({ title: '滴' });
      expect(await loadDocument(faultUrl({ drip: 10, body }), { timeout: 3000 })).to.deep.equal({
        title: '滴',
      });
    });

    it('a timeout of 0 or not a number falls back to the default instead of failing at once', async () => {
      expect(await loadDocument(faultUrl({ delay: 50, body: '[0]' }), { timeout: 0 })).to.deep.equal([0]);
      expect(await loadDocument(faultUrl({ delay: 50, body: '[1]' }), { timeout: NaN })).to.deep.equal([1]);
    });
  });

  describe('connection failures', () => {
    it('a reset connection is retried once, then fails with kind network', async () => {
      const key = uniqueKey();
      const error = await failure(loadDocument(faultUrl({ key, reset: 1 })));
      expect(error.kind).to.equal('network');
      expect(error.url).to.contain('/__fault/');
      // Chromium itself repeats a request whose reused connection was reset, so the count varies.
      expect(await requestCount(key)).to.be.at.least(2);
    });

    it('one cut connection is recovered by the automatic retry', async () => {
      const key = uniqueKey();
      expect(await loadDocument(faultUrl({ key, down: 1, body: '[5]' }))).to.deep.equal([5]);
      expect(await requestCount(key)).to.equal(2);
    });

    it('a server down for two requests fails with kind network after exactly one retry', async () => {
      const key = uniqueKey();
      const url = faultUrl({ key, down: 2, body: '[6]' });
      expect((await failure(loadDocument(url))).kind).to.equal('network');
      expect(await requestCount(key)).to.equal(2);
      expect(await loadDocument(url)).to.deep.equal([6]);
      expect(await requestCount(key)).to.equal(3);
    });

    it('a refused connection fails with kind network naming the URL', async () => {
      const error = await failure(loadDocument('http://127.0.0.1:1/feed.json'));
      expect(error.kind).to.equal('network');
      expect(error.url).to.equal('http://127.0.0.1:1/feed.json');
      expect(error.message).to.contain('http://127.0.0.1:1/feed.json');
    });

    it('a body cut short by the connection closing fails with kind network', async () => {
      const body = JSON.stringify({ title: 'y'.repeat(2000) });
      const error = await failure(loadDocument(faultUrl({ truncate: 100, body })));
      expect(error.kind).to.equal('network');
    });
  });

  describe('HTTP status', () => {
    for (const status of [404, 410]) {
      it(`${status} fails with kind http and the status, without a retry`, async () => {
        const key = uniqueKey();
        const error = await failure(loadDocument(faultUrl({ key, status })));
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
        expect(error.message).to.contain(String(status));
        expect(await requestCount(key)).to.equal(1);
      });
    }

    for (const status of [500, 502, 503]) {
      it(`${status} is retried once, then fails with kind http and the status`, async () => {
        const key = uniqueKey();
        const error = await failure(loadDocument(faultUrl({ key, status })));
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
        expect(await requestCount(key)).to.equal(2);
      });
    }

    it('429 is not retried automatically', async () => {
      const key = uniqueKey();
      const error = await failure(loadDocument(faultUrl({ key, status: 429 })));
      expect(error).to.include({ kind: 'http', status: 429 });
      expect(await requestCount(key)).to.equal(1);
    });

    it('429 with Retry-After is not retried and says when to try again', async () => {
      const key = uniqueKey();
      const error = await failure(loadDocument(faultUrl({ key, status: 429, retryAfter: 30 })));
      expect(error).to.include({ kind: 'http', status: 429 });
      expect(error.message).to.contain('30');
      expect(await requestCount(key)).to.equal(1);
    });

    it('503 with a long Retry-After is not retried at once', async () => {
      const key = uniqueKey();
      const error = await failure(loadDocument(faultUrl({ key, status: 503, retryAfter: 120 })));
      expect(error).to.include({ kind: 'http', status: 503 });
      expect(error.message).to.contain('120');
      expect(await requestCount(key)).to.equal(1);
    });

    it('503 with a short Retry-After is retried once after that wait', async () => {
      const key = uniqueKey();
      const start = performance.now();
      const error = await failure(loadDocument(faultUrl({ key, status: 503, retryAfter: 1 })));
      expect(performance.now() - start).to.be.greaterThan(900);
      expect(error.status).to.equal(503);
      expect(await requestCount(key)).to.equal(2);
    });

    it('a Retry-After wait longer than the timeout is not waited for', async () => {
      const key = uniqueKey();
      const error = await failure(
        loadDocument(faultUrl({ key, status: 503, retryAfter: 2 }), { timeout: 500 }),
      );
      expect(error).to.include({ kind: 'http', status: 503 });
      expect(await requestCount(key)).to.equal(1);
    });
  });

  describe('a 200 with the wrong body', () => {
    it('an HTML login page served as text/html fails with kind format', async () => {
      const body = '<!DOCTYPE html><html><body><form>登录</form></body></html>';
      const error = await failure(loadDocument(faultUrl({ body, type: 'text/html; charset=utf-8' })));
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('text/html');
      const list = await failure(loadDocument(faultUrl({ body, type: 'text/html' }), { xml: true }));
      expect(list.kind).to.equal('format');
    });

    it('an HTML page served as application/json fails with kind format, not a JSON syntax error', async () => {
      const error = await failure(
        loadDocument(faultUrl({ body: '<html><body>502 Bad Gateway</body></html>' })),
      );
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('HTML');
    });

    it('an empty body fails with kind parse saying it is empty', async () => {
      const error = await failure(loadDocument(faultUrl({ body: '' })));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('empty');
    });

    it('204 No Content fails with kind parse and the status', async () => {
      const error = await failure(loadDocument(faultUrl({ status: 204 })));
      expect(error.kind).to.equal('parse');
      expect(error.status).to.equal(204);
      expect(error.message).to.contain('empty');
    });

    it('a truncated JSON document fails with kind parse', async () => {
      const error = await failure(loadDocument(faultUrl({ body: '{"title":"半' })));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('not valid JSON');
    });

    it('JSON with a UTF-8 byte order mark loads', async () => {
      const b64 = base64([0xef, 0xbb, 0xbf], '{"title":"标题"}');
      expect(await loadDocument(faultUrl({ b64 }))).to.deep.equal({ title: '标题' });
    });

    for (const type of ['text/plain', 'text/plain; charset=utf-8', 'application/octet-stream', 'none']) {
      it(`JSON served as ${type} loads`, async () => {
        expect(await loadDocument(faultUrl({ body: '{"title":"标题"}', type }))).to.deep.equal({
          title: '标题',
        });
      });
    }

    it('JSON served as text/html (a PHP default) loads', async () => {
      expect(await loadDocument(faultUrl({ body: '[{"title":"x"}]', type: 'text/html' }))).to.deep.equal([
        { title: 'x' },
      ]);
    });

    it('an image fails with kind format without reading the body', async () => {
      const error = await failure(loadDocument(faultUrl({ body: 'GIF89a', type: 'image/gif' })));
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('image/gif');
    });

    for (const type of ['text/xml', 'application/xml', 'application/rss+xml', 'application/atom+xml']) {
      it(`a feed served as ${type} comes back as text where a list is expected`, async () => {
        expect(await loadDocument(faultUrl({ body: RSS, type }), { xml: true })).to.equal(RSS);
      });
    }

    it('a feed served as text/html or text/plain is still read as a feed where a list is expected', async () => {
      const feed = `<?xml version="1.0"?>\n${RSS}`;
      expect(await loadDocument(faultUrl({ body: feed, type: 'text/html' }), { xml: true })).to.equal(feed);
      expect(await loadDocument(faultUrl({ body: RSS, type: 'text/plain' }), { xml: true })).to.equal(RSS);
    });

    it('XML where JSON is expected fails with kind format', async () => {
      const error = await failure(loadDocument(faultUrl({ body: RSS, type: 'text/xml' })));
      expect(error.kind).to.equal('format');
    });

    it('a body over the cap without Content-Length fails with kind format', async () => {
      const error = await failure(loadDocument(faultUrl({ size: MAX_BYTES + 100, chunked: 1 })));
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('5 MB');
    });
  });

  describe('character encodings', () => {
    const title = new TextDecoder('gbk').decode(new Uint8Array(GBK_TITLE));

    it('the GBK bytes of the fixtures read as 甘肃新闻联播', () => {
      expect(title).to.equal('甘肃新闻联播');
    });

    for (const label of ['gb2312', 'GBK', 'gb18030']) {
      it(`an XML feed declaring encoding="${label}" is decoded with that charset`, async () => {
        const b64 = gbkFeed(`<?xml version="1.0" encoding="${label}"?>\n`);
        const text = (await loadDocument(faultUrl({ b64, type: 'text/xml' }), { xml: true })) as string;
        expect(text).to.contain('<title>甘肃新闻联播</title>');
        expect(text).to.contain('兰州');
        expect(text).not.to.contain('\uFFFD');
      });
    }

    it('a declared encoding is read with single quotes and without a Content-Type', async () => {
      const b64 = gbkFeed(`<?xml version='1.0' encoding='gbk' standalone='yes'?>`);
      const text = (await loadDocument(faultUrl({ b64, type: 'none' }), { xml: true })) as string;
      expect(text).to.contain('甘肃新闻联播');
    });

    it('the charset of the HTTP Content-Type is used, and wins over the declaration', async () => {
      const plain = gbkFeed('');
      const text = await loadDocument(faultUrl({ b64: plain, type: 'application/rss+xml; charset=GB2312' }), {
        xml: true,
      });
      expect(text).to.contain('甘肃新闻联播');
      const wrong = gbkFeed('<?xml version="1.0" encoding="utf-8"?>');
      const again = await loadDocument(faultUrl({ b64: wrong, type: 'text/xml; charset="gbk"' }), {
        xml: true,
      });
      expect(again).to.contain('甘肃新闻联播');
    });

    it('a server default charset=utf-8 that the GBK bytes do not fit yields to the declaration', async () => {
      const b64 = gbkFeed('<?xml version="1.0" encoding="gb2312"?>');
      const text = await loadDocument(faultUrl({ b64, type: 'text/xml; charset=utf-8' }), { xml: true });
      expect(text).to.contain('甘肃新闻联播');
    });

    it('JSON in GBK with charset=gbk in the Content-Type is decoded', async () => {
      const b64 = base64('{"title":"', GBK_TITLE, '"}');
      const value = await loadDocument(faultUrl({ b64, type: 'application/json; charset=gbk' }));
      expect(value).to.deep.equal({ title: '甘肃新闻联播' });
    });

    it('an unknown charset label falls back to UTF-8', async () => {
      const value = await loadDocument(
        faultUrl({ body: '{"title":"标题"}', type: 'application/json; charset=x-nope' }),
      );
      expect(value).to.deep.equal({ title: '标题' });
    });
  });

  describe('redirects', () => {
    it('a same-origin redirect is followed', async () => {
      const key = uniqueKey();
      const target = faultUrl({ key, body: '[7]' });
      expect(await loadDocument(faultUrl({ key, redirect: target }))).to.deep.equal([7]);
      expect(await requestCount(key)).to.equal(2);
    });

    it('a cross-origin redirect to a server that allows CORS is followed', async () => {
      const target = crossOriginUrl({ cors: 1, body: '[8]' });
      expect(await loadDocument(faultUrl({ redirect: target }))).to.deep.equal([8]);
    });

    it('a cross-origin redirect without CORS fails with kind network', async () => {
      const target = crossOriginUrl({ body: '[9]' });
      const error = await failure(loadDocument(faultUrl({ redirect: target })));
      expect(error.kind).to.equal('network');
    });

    it('a cross-origin URL with CORS loads directly', async () => {
      expect(await loadDocument(crossOriginUrl({ cors: 1, body: '[10]' }))).to.deep.equal([10]);
    });
  });

  describe('abort', () => {
    it('an already aborted signal rejects at once and leaves no unhandled rejection', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await failure(loadDocument(faultUrl({ status: 500 }), { signal: controller.signal }));
      expect((error as unknown as DOMException).name).to.equal('AbortError');
      await fetch(faultUrl({ delay: 50 }));
    });

    it('aborting the last caller mid-body cancels the request without a late rejection', async () => {
      const controller = new AbortController();
      const load = loadDocument(faultUrl({ drip: 50, body: '{"a":"bbbbbbbbbbbbbbbbbbbbbbbbbb"}' }), {
        signal: controller.signal,
      });
      await fetch(faultUrl({ delay: 120 }));
      controller.abort();
      const error = await failure(load);
      expect((error as unknown as DOMException).name).to.equal('AbortError');
      await fetch(faultUrl({ delay: 100 }));
    });
  });
});
