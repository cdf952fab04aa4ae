// The test commands behave alike in every engine: Chromium through the DevTools protocol, Firefox and
// WebKit through test/server/engines.mjs (media emulation in test/server/media-emulation.mjs).
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';

/** A host whose shadow root adopts `css`, with one `<p class="x">` inside; removed after each test. */
function shadowHost(css: string): { host: HTMLElement; x: HTMLElement } {
  const host = document.createElement('div');
  host.className = 'engine-commands-host';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = '<p class="x">x</p><button id="a">a</button><button id="b">b</button>';
  return { host, x: root.querySelector('.x')! };
}

const color = (el: Element) => getComputedStyle(el).color;

describe('test commands in this engine', () => {
  afterEach(async () => {
    document.querySelectorAll('.engine-commands-host').forEach((h) => h.remove());
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  it('emulateMedia switches prefers-color-scheme in shadow roots, and back', async () => {
    const { x } = shadowHost(`
      .x { color: rgb(1, 1, 1) }
      @media (prefers-color-scheme: dark) { .x { color: rgb(2, 2, 2) } }
      @media (prefers-color-scheme: light) and (min-width: 1px) { .x { background: rgb(3, 3, 3) } }
    `);
    expect(color(x)).to.equal('rgb(1, 1, 1)');
    expect(getComputedStyle(x).backgroundColor).to.equal('rgb(3, 3, 3)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(color(x)).to.equal('rgb(2, 2, 2)');
    expect(getComputedStyle(x).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ colorScheme: 'light' });
    expect(color(x)).to.equal('rgb(1, 1, 1)');
    expect(getComputedStyle(x).backgroundColor).to.equal('rgb(3, 3, 3)');
  });

  it('emulateMedia switches the media type to print and back, in the document and in shadow roots', async () => {
    const { x } = shadowHost(
      '@media print { .x { color: rgb(4, 4, 4) } } @media screen { .x { color: rgb(5, 5, 5) } }',
    );
    const style = document.createElement('style');
    style.textContent = '@media not print { .engine-commands-host { color: rgb(6, 6, 6) } }';
    document.head.append(style);
    try {
      const host = x.getRootNode() instanceof ShadowRoot ? (x.getRootNode() as ShadowRoot).host : x;
      expect(color(x)).to.equal('rgb(5, 5, 5)');
      expect(color(host)).to.equal('rgb(6, 6, 6)');
      await emulateMedia({ media: 'print' });
      expect(color(x)).to.equal('rgb(4, 4, 4)');
      expect(color(host)).not.to.equal('rgb(6, 6, 6)');
      await emulateMedia({ media: 'screen' });
      expect(color(x)).to.equal('rgb(5, 5, 5)');
      expect(color(host)).to.equal('rgb(6, 6, 6)');
    } finally {
      style.remove();
    }
  });

  it('setViewport gives a phone-sized viewport and back', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      expect([innerWidth, innerHeight]).to.deep.equal([320, 640]);
      expect(matchMedia('(max-width: 30em)').matches).to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    expect([innerWidth, innerHeight]).to.deep.equal([800, 600]);
  });

  it('sendKeys presses keys and holds a modifier (Shift+Tab moves focus back)', async () => {
    const { host } = shadowHost('');
    const root = host.shadowRoot!;
    (root.getElementById('b') as HTMLButtonElement).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root.activeElement?.id).to.equal('a');
    const keys: string[] = [];
    root.addEventListener('keydown', (e) => keys.push((e as KeyboardEvent).key));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'ab' });
    expect(keys).to.deep.equal([' ', 'Enter', 'a', 'b']);
  });
});
