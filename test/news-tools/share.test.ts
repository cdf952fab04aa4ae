import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import decodeQR from 'qr/decode.js';
import { $, article, articleWithTools } from './helpers.js';
import { qrMatrix } from '../../src/news-tools/share-qr.js';
import type { NewsToolsElement } from '../../src/news-tools/news-tools.js';

const URL_ = 'https://news.example.com/2025/0409/yongdeng.html';
const data = () =>
  article({
    channel: '视听甘肃',
    title: '永登县:“四聚焦”推进民族团结进步事业',
    url: URL_,
    image: { src: 'https://img.example.com/lead.jpg', alt: '' },
  });

const stub = (obj: object, key: string, value: unknown) => {
  const had = Object.getOwnPropertyDescriptor(obj, key);
  Object.defineProperty(obj, key, { value, configurable: true, writable: true });
  return () => (had ? Object.defineProperty(obj, key, had) : delete (obj as Record<string, unknown>)[key]);
};
let undo: (() => unknown)[] = [];

async function open(tools: NewsToolsElement): Promise<HTMLElement> {
  $<HTMLButtonElement>(tools, 'button[part~="share"]')!.click();
  await tools.updateComplete;
  return $<HTMLElement>(tools, '[part~="share-panel"]')!;
}
const buttonNamed = (root: Element, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;

describe('<news-tools> 分享', () => {
  afterEach(() => {
    for (const u of undo.reverse()) u();
    undo = [];
  });

  it('opens a labelled share panel from an expandable button, and closes on Escape', async () => {
    const { tools } = await articleWithTools(data(), 'share');
    const share = $<HTMLButtonElement>(tools, 'button[part~="share"]')!;
    expect(share.getAttribute('aria-expanded')).to.equal('false');
    expect($(tools, '[part~="share-panel"]')).to.equal(null);
    const panel = await open(tools);
    expect(share.getAttribute('aria-expanded')).to.equal('true');
    expect(share.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.getAttribute('aria-label')).to.equal('分享到');
    await expect(tools).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect($(tools, '[part~="share-panel"]')).to.equal(null);
    expect(tools.shadowRoot!.activeElement).to.equal(share);
  });

  it('copies the link, with a visible confirmation in a status region', async () => {
    let copied: string | undefined;
    undo.push(stub(navigator, 'clipboard', { writeText: async (t: string) => void (copied = t) }));
    const { tools } = await articleWithTools(data(), 'share');
    const panel = await open(tools);
    const status = $(tools, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('');
    buttonNamed(panel, '复制链接').click();
    await tools.updateComplete;
    expect(copied).to.equal(URL_);
    expect(status.textContent).to.equal('链接已复制');
    expect(status.checkVisibility()).to.equal(true);
    await expect(tools).to.be.accessible();
  });

  it('where copying fails, says so and shows the link to copy by hand', async () => {
    undo.push(
      stub(navigator, 'clipboard', {
        writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      }),
    );
    const { tools } = await articleWithTools(data(), 'share');
    const panel = await open(tools);
    buttonNamed(panel, '复制链接').click();
    await tools.updateComplete;
    expect($(tools, '[part~="status"]')!.textContent).to.equal('复制失败，请手动复制链接');
    const input = panel.querySelector('input')!;
    expect(input.value).to.equal(URL_);
    expect(input.readOnly).to.equal(true);
    expect(input.getAttribute('aria-label')).to.equal('文章链接');
    await expect(tools).to.be.accessible();
  });

  it('links to Weibo’s share page with the title, URL and first image', async () => {
    const { tools } = await articleWithTools(data(), 'share');
    const panel = await open(tools);
    const weibo = panel.querySelector<HTMLAnchorElement>('a')!;
    expect(weibo.textContent!.trim()).to.equal('新浪微博');
    expect(weibo.href).to.equal(
      'https://service.weibo.com/share/share.php' +
        `?url=${encodeURIComponent(URL_)}` +
        `&title=${encodeURIComponent('视听甘肃丨永登县:“四聚焦”推进民族团结进步事业')}` +
        `&pic=${encodeURIComponent('https://img.example.com/lead.jpg')}`,
    );
    const u = new URL(weibo.href);
    expect(u.searchParams.get('title')).to.equal('视听甘肃丨永登县:“四聚焦”推进民族团结进步事业');
    expect(weibo.target).to.equal('_blank');
    expect(weibo.rel).to.equal('noopener noreferrer');
  });

  it('shares the page’s address (without its fragment) for an article with no URL, and the first body image', async () => {
    const { tools } = await articleWithTools(
      article({
        url: undefined,
        body: [
          { type: 'paragraph', text: '正文' },
          { type: 'image', src: '/demo/favicon.svg', alt: '' },
        ],
      }),
      'share',
    );
    const panel = await open(tools);
    const u = new URL(panel.querySelector<HTMLAnchorElement>('a')!.href);
    expect(u.searchParams.get('url')).to.equal(location.href.replace(/#.*$/, ''));
    expect(u.searchParams.get('pic')).to.equal(new URL('/demo/favicon.svg', location.href).href);
  });

  it('draws a QR code of the article’s URL on the device (decoded from the canvas), loading no third-party resource', async () => {
    const { tools } = await articleWithTools({ ...data(), image: undefined }, 'share');
    const before = performance.now();
    await open(tools);
    const canvas = $<HTMLCanvasElement>(tools, 'canvas[part~="qr"]')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('本文链接的二维码');
    expect(canvas.width).to.be.greaterThan(0);
    const ctx = canvas.getContext('2d')!;
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    expect(decodeQR({ width: image.width, height: image.height, data: image.data })).to.equal(URL_);
    // The matrix drawn is the library's for the URL, module for module.
    const m = qrMatrix(URL_);
    const scale = canvas.width / m.length;
    const dark = (x: number, y: number) =>
      image.data[4 * ((y * scale + scale / 2) * canvas.width + x * scale + scale / 2)] < 128;
    expect(m.every((row, y) => row.every((d, x) => d === dark(x, y)))).to.equal(true);
    const foreign = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= before && new URL(e.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    expect(tools.shadowRoot!.textContent).to.contain('微信扫一扫');
  });

  it('fires a cancelable news-share for each channel, so a portal can replace one', async () => {
    let copied = false;
    undo.push(stub(navigator, 'clipboard', { writeText: async () => void (copied = true) }));
    let shared: unknown;
    undo.push(stub(navigator, 'share', async (d: unknown) => void (shared = d)));
    const { tools, wrap } = await articleWithTools(data(), 'share');
    const seen: { channel: string; url: string; title: string }[] = [];
    wrap.addEventListener('news-share', (e) => {
      const detail = (e as CustomEvent).detail;
      seen.push(detail);
      if (detail.channel === 'wechat' || detail.channel === 'copy') e.preventDefault();
    });
    const panel = await open(tools);
    expect(seen.map((d) => d.channel)).to.deep.equal(['wechat']);
    expect(seen[0].url).to.equal(URL_);
    // The portal took over 微信: no QR code is drawn.
    expect($(tools, 'canvas[part~="qr"]')!.closest('figure')!.hidden).to.equal(true);
    buttonNamed(panel, '复制链接').click();
    await tools.updateComplete;
    expect(copied).to.equal(false);
    buttonNamed(panel, '更多方式…').click();
    await tools.updateComplete;
    expect(shared).to.deep.equal({ url: URL_, title: '视听甘肃丨永登县:“四聚焦”推进民族团结进步事业' });
    const weibo = panel.querySelector('a')!;
    weibo.addEventListener('click', (e) => e.preventDefault(), { once: true }); // no new window in the test
    weibo.click();
    expect(seen.map((d) => d.channel)).to.deep.equal(['wechat', 'copy', 'native', 'weibo']);
  });

  it('offers the browser’s share sheet only where there is one', async () => {
    undo.push(stub(navigator, 'share', undefined));
    const { tools } = await articleWithTools(data(), 'share');
    const panel = await open(tools);
    expect(buttonNamed(panel, '更多方式…')).to.equal(undefined);
  });

  it('hides in print', async () => {
    const { tools } = await articleWithTools(data());
    expect(getComputedStyle(tools).display).to.equal('block');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(tools).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
