import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { NewsErrorEvent } from '../../src/shared/events.js';
import { MAX_BYTES, clearCache } from '../../src/shared/loader.js';
import {
  abortedCount,
  crossOriginUrl,
  faultUrl,
  gbkFeed,
  requestCount,
  roundTrip,
  uniqueKey,
  watchUnhandled,
} from './helpers.js';

type Loadable = HTMLElement & {
  loaded: Promise<void>;
  updateComplete: Promise<boolean>;
  state: string;
  refresh(): Promise<void>;
};

const doc = (title: string) =>
  JSON.stringify({
    title,
    body: [{ type: 'paragraph', text: '正文' }],
    credits: [{ role: 'editor', names: ['王珺茹'] }],
  });
const headline = (el: Element) => el.shadowRoot!.querySelector('[part~="headline"]')?.textContent?.trim();
const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());
const alertOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
const retryOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]');

/** Mounts `tag` with `src` (and attributes), collecting its news-error events; resolves once it settled. */
async function mount(
  tag: 'news-article' | 'related-news-list',
  src: string,
  attrs: Record<string, string> = {},
): Promise<{ el: Loadable; errors: NewsErrorEvent[] }> {
  const el = document.createElement(tag) as unknown as Loadable;
  const errors: NewsErrorEvent[] = [];
  el.addEventListener('news-error', (e) => errors.push(e));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', src);
  document.body.append(el);
  await el.loaded;
  return { el, errors };
}

/** The visible error state: state=error, a role=alert text with a retry button, one news-error. */
function expectErrorState(el: Loadable, errors: NewsErrorEvent[], text: string): NewsErrorEvent['detail'] {
  expect(el.state).to.equal('error');
  expect(el.getAttribute('state')).to.equal('error');
  const alert = alertOf(el)!;
  expect(alert, 'role=alert').to.not.equal(null);
  expect(alert.textContent).to.contain('加载失败');
  expect(alert.textContent).to.contain(text);
  expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
  const retry = retryOf(el)!;
  expect(retry.textContent).to.equal('重试');
  expect(errors).to.have.length(1);
  const { detail } = errors[0];
  expect(detail.message).to.be.a('string').and.not.equal('');
  return detail;
}

describe('elements under network faults', () => {
  let unhandled: ReturnType<typeof watchUnhandled>;
  beforeEach(() => (unhandled = watchUnhandled()));
  afterEach(() => {
    for (const el of document.querySelectorAll('news-article, related-news-list')) el.remove();
    unhandled.stop();
    clearCache();
    expect(unhandled.list).to.deep.equal([]);
  });

  describe('every failure shows the error state with retry and dispatches news-error', () => {
    it('a hanging server: kind timeout', async () => {
      const { el, errors } = await mount('news-article', faultUrl({ hang: 1 }), { timeout: '200' });
      const detail = expectErrorState(el, errors, '请求超时');
      expect(detail.kind).to.equal('timeout');
      expect(detail.url).to.contain('/__fault/');
    });

    it('a body dripping past the timeout: kind timeout', async () => {
      const { el, errors } = await mount('news-article', faultUrl({ drip: 100, body: doc('慢') }), {
        timeout: '300',
      });
      expect(expectErrorState(el, errors, '请求超时').kind).to.equal('timeout');
    });

    it('a refused connection: kind network with the URL', async () => {
      const { el, errors } = await mount('news-article', 'http://127.0.0.1:1/article.json');
      const detail = expectErrorState(el, errors, '无法连接服务器');
      expect(detail).to.include({ kind: 'network', url: 'http://127.0.0.1:1/article.json' });
    });

    it('a src that is no web address (file:, javascript:) fails as kind network without a request', async () => {
      const asked: string[] = [];
      const real = window.fetch;
      window.fetch = (input, init) => {
        asked.push(String(input instanceof Request ? input.url : input));
        return real(input, init);
      };
      try {
        for (const src of ['file:///etc/passwd', 'javascript:alert(1)', ' FTP://example.com/a.json']) {
          const { el, errors } = await mount('news-article', src);
          expect(expectErrorState(el, errors, '无法连接服务器').message).to.contain('not an http(s) URL');
          el.remove();
        }
      } finally {
        window.fetch = real;
      }
      expect(asked).to.deep.equal([]);
    });

    it('a reset connection: kind network', async () => {
      const { el, errors } = await mount('related-news-list', faultUrl({ reset: 1 }));
      expect(expectErrorState(el, errors, '无法连接服务器').kind).to.equal('network');
    });

    for (const status of [404, 410, 500, 502, 503, 429]) {
      it(`HTTP ${status}: kind http with the status`, async () => {
        const { el, errors } = await mount('news-article', faultUrl({ status }));
        const detail = expectErrorState(el, errors, `服务器返回错误 ${status}`);
        expect(detail).to.include({ kind: 'http', status });
        expect(detail.message).to.contain(String(status));
        expect(detail.url).to.contain('/__fault/');
      });
    }

    it('an HTML login page with 200: kind format', async () => {
      const body = '<!DOCTYPE html><html><body><form action="/login">请登录</form></body></html>';
      const { el, errors } = await mount('news-article', faultUrl({ body, type: 'text/html' }));
      const detail = expectErrorState(el, errors, '数据格式无法识别');
      expect(detail.kind).to.equal('format');
      expect(detail.message).to.contain('HTML');
    });

    it('an HTML page where a feed is expected: kind format', async () => {
      const body = '<html><head><title>Portal</title></head><body>Wi-Fi</body></html>';
      const { el, errors } = await mount('related-news-list', faultUrl({ body, type: 'text/html' }));
      expect(expectErrorState(el, errors, '数据格式无法识别').kind).to.equal('format');
    });

    it('an empty body: kind parse', async () => {
      const { el, errors } = await mount('news-article', faultUrl({ body: '' }));
      expect(expectErrorState(el, errors, '数据不是有效的 JSON').kind).to.equal('parse');
    });

    it('204 No Content: kind parse with the status', async () => {
      const { el, errors } = await mount('related-news-list', faultUrl({ status: 204 }));
      expect(expectErrorState(el, errors, '数据不是有效的 JSON')).to.include({ kind: 'parse', status: 204 });
    });

    it('a truncated JSON body: kind parse', async () => {
      const { el, errors } = await mount('news-article', faultUrl({ body: '{"title":"半截' }));
      expect(expectErrorState(el, errors, '数据不是有效的 JSON').kind).to.equal('parse');
    });

    it('a body over the size cap without Content-Length: kind format', async () => {
      const { el, errors } = await mount('news-article', faultUrl({ size: MAX_BYTES + 10, chunked: 1 }));
      expect(expectErrorState(el, errors, '数据格式无法识别').kind).to.equal('format');
    });

    it('a cross-origin redirect without CORS: kind network', async () => {
      const { el, errors } = await mount(
        'news-article',
        faultUrl({ redirect: crossOriginUrl({ body: doc('x') }) }),
      );
      expect(expectErrorState(el, errors, '无法连接服务器').kind).to.equal('network');
    });

    it('the news-error event bubbles and is composed out of the host page', async () => {
      const seen: string[] = [];
      const listener = (e: Event) => seen.push((e as NewsErrorEvent).detail.kind);
      document.addEventListener('news-error', listener);
      try {
        await mount('news-article', faultUrl({ status: 404 }));
      } finally {
        document.removeEventListener('news-error', listener);
      }
      expect(seen).to.deep.equal(['http']);
    });
  });

  describe('recovery', () => {
    it('offline, then online: the retry button loads the data', async () => {
      const key = uniqueKey();
      const { el, errors } = await mount('news-article', faultUrl({ key, down: 2, body: doc('恢复') }));
      expect(expectErrorState(el, errors, '无法连接服务器').kind).to.equal('network');
      expect(await requestCount(key)).to.equal(2);
      retryOf(el)!.click();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(headline(el)).to.equal('恢复');
      expect(alertOf(el)).to.equal(null);
      expect(await requestCount(key)).to.equal(3);
    });

    it('retry by keyboard keeps the focus in the element: on the new retry button, then on the content', async () => {
      const key = uniqueKey();
      const { el, errors } = await mount('news-article', faultUrl({ key, down: 4, body: doc('恢复') }));
      expectErrorState(el, errors, '无法连接服务器');
      retryOf(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.loaded;
      expect(el.state).to.equal('error');
      expect(el.shadowRoot!.activeElement).to.equal(retryOf(el));
      await sendKeys({ press: 'Space' });
      await el.loaded;
      expect(el.state).to.equal('ready');
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement?.classList.contains('root')).to.equal(true);
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('none');
    });

    it('a 5xx then a good answer is recovered by the single automatic retry', async () => {
      const key = uniqueKey();
      const { el, errors } = await mount('news-article', faultUrl({ key, fail: 1, body: doc('重试成功') }));
      expect(el.state).to.equal('ready');
      expect(headline(el)).to.equal('重试成功');
      expect(errors).to.have.length(0);
      expect(await requestCount(key)).to.equal(2);
    });

    it('a credits element following a failed article recovers when the article is retried', async () => {
      const key = uniqueKey();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <news-article id="net-a" hide="credits related" src=${faultUrl({ key, down: 2, body: doc('x') })}></news-article>
          <news-credits for="net-a"></news-credits>
        </div>`,
      );
      const article = wrapper.querySelector('news-article') as unknown as Loadable;
      const credits = wrapper.querySelector('news-credits') as unknown as Loadable & {
        error?: { url?: string };
      };
      await article.loaded;
      await credits.loaded;
      expect(credits.state).to.equal('error');
      expect(credits.error!.url).to.contain('/__fault/');
      retryOf(article)!.click();
      await article.updateComplete;
      await article.loaded;
      expect(article.state).to.equal('ready');
      await credits.updateComplete;
      await credits.loaded;
      expect(credits.state).to.equal('ready');
      expect(credits.shadowRoot!.textContent).to.contain('王珺茹');
    });
  });

  describe('bodies that must still load', () => {
    for (const type of ['text/plain', 'application/octet-stream', 'text/html; charset=utf-8']) {
      it(`an article served as ${type}`, async () => {
        const { el } = await mount('news-article', faultUrl({ body: doc('类型不对'), type }));
        expect(el.state).to.equal('ready');
        expect(headline(el)).to.equal('类型不对');
      });
    }

    for (const type of ['text/xml', 'application/rss+xml', 'text/html', 'none']) {
      it(`a GBK RSS feed declaring encoding="gb2312" served as ${type}`, async () => {
        const b64 = gbkFeed('<?xml version="1.0" encoding="gb2312"?>\n');
        const { el } = await mount('related-news-list', faultUrl({ b64, type }));
        expect(el.state).to.equal('ready');
        expect(titles(el)).to.deep.equal(['甘肃新闻联播']);
      });
    }

    it('a GBK RSS feed whose charset only the Content-Type names', async () => {
      const b64 = gbkFeed('');
      const { el } = await mount(
        'related-news-list',
        faultUrl({ b64, type: 'application/rss+xml; charset=gbk' }),
      );
      expect(titles(el)).to.deep.equal(['甘肃新闻联播']);
    });

    it('an Atom feed served as application/atom+xml', async () => {
      const { el } = await mount(
        'related-news-list',
        faultUrl({ file: 'test/fixtures/list-atom.xml', type: 'application/atom+xml' }),
      );
      expect(el.state).to.equal('ready');
      expect(titles(el).length).to.be.greaterThan(0);
    });

    it('same-origin and CORS cross-origin redirects are followed', async () => {
      const same = await mount('news-article', faultUrl({ redirect: faultUrl({ body: doc('同源') }) }));
      expect(headline(same.el)).to.equal('同源');
      const cross = await mount(
        'news-article',
        faultUrl({ redirect: crossOriginUrl({ cors: 1, body: doc('跨域') }) }),
      );
      expect(headline(cross.el)).to.equal('跨域');
    });
  });

  describe('requests', () => {
    it('a new src while loading aborts the old request; the old answer never shows', async () => {
      const oldKey = uniqueKey();
      const { el } = await mount('news-article', faultUrl({ body: doc('first') }));
      const loads: string[] = [];
      el.addEventListener(
        'news-load',
        (e) => e.composedPath()[0] === el && loads.push((e.detail.data as { title: string }).title),
      );
      el.setAttribute('src', faultUrl({ key: oldKey, delay: 300, body: doc('old') }));
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await roundTrip(50);
      el.setAttribute('src', faultUrl({ body: doc('new') }));
      await el.updateComplete;
      await el.loaded;
      expect(headline(el)).to.equal('new');
      await roundTrip(400);
      await el.updateComplete;
      expect(headline(el)).to.equal('new');
      expect(loads).to.deep.equal(['new']);
      expect(await abortedCount(oldKey)).to.equal(1);
    });

    it('removing the element while loading aborts the request, with no later state change or event', async () => {
      const key = uniqueKey();
      const el = document.createElement('related-news-list') as unknown as Loadable;
      const events: string[] = [];
      el.addEventListener('news-load', () => events.push('load'));
      el.addEventListener('news-error', () => events.push('error'));
      el.setAttribute('src', faultUrl({ key, hang: 1 }));
      el.setAttribute('timeout', '300');
      document.body.append(el);
      await el.updateComplete;
      await roundTrip(50);
      el.remove();
      await roundTrip(500);
      expect(events).to.deep.equal([]);
      expect(el.state).to.equal('loading');
      expect(await abortedCount(key)).to.equal(1);
    });

    it('three elements on one failing URL make one request (and its one retry), and each shows the error', async () => {
      const key = uniqueKey();
      const url = faultUrl({ key, delay: 30, status: 503 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <news-article src=${url}></news-article><news-article src=${url}></news-article
          ><news-article src=${url}></news-article>
        </div>`,
      );
      const els = [...wrapper.querySelectorAll('news-article')] as unknown as Loadable[];
      await Promise.all(els.map((e) => e.loaded));
      expect(els.map((e) => e.state)).to.deep.equal(['error', 'error', 'error']);
      expect(els.every((e) => retryOf(e))).to.equal(true);
      expect(await requestCount(key)).to.equal(2);
    });

    it('refresh() reaches the server even when the answer may be cached by the browser', async () => {
      const key = uniqueKey();
      const { el } = await mount('news-article', faultUrl({ key, cache: 600, body: doc('缓存') }));
      expect(el.state).to.equal('ready');
      await el.refresh();
      expect(el.state).to.equal('ready');
      expect(await requestCount(key)).to.equal(2);
    });

    it('loading="lazy" far below the viewport makes no request, even for a failing URL', async () => {
      const key = uniqueKey();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="height: 5000px"></div>
          <news-article loading="lazy" src=${faultUrl({ key, status: 500 })}></news-article>
        </div>`,
      );
      const el = wrapper.querySelector('news-article') as NewsArticleElement;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(await requestCount(key)).to.equal(0);
      el.scrollIntoView();
      await el.loaded;
      expect(el.state).to.equal('error');
      expect(retryOf(el)).to.not.equal(null);
      expect(await requestCount(key)).to.equal(2);
    });

    it('a list settles ready with an RSS feed after an error on the same element', async () => {
      const key = uniqueKey();
      const body =
        '<rss version="2.0"><channel><title>T</title><item><title>第二次</title><link>https://e.cn/2</link></item></channel></rss>';
      const { el } = await mount(
        'related-news-list',
        faultUrl({ key, down: 2, body, type: 'application/rss+xml' }),
      );
      expect(el.state).to.equal('error');
      retryOf(el)!.click();
      await (el as unknown as RelatedNewsListElement).updateComplete;
      await el.loaded;
      expect(titles(el)).to.deep.equal(['第二次']);
    });
  });
});
