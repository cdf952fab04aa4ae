// Fallbacks for what an engine may lack, run in every engine `npm test` drives (Chromium, Firefox, WebKit).
// Firefox 153 and WebKitGTK 2.50 have custom states with plain names, as Chromium does; Chromium 90–124
// accepted only `--dashed` names and threw on others. That engine is simulated here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-credits/news-credits.define.js';

type StateSet = { prototype: { add(state: string): void } };

describe('engine fallbacks', () => {
  it('custom states are supported with plain names in this engine', async () => {
    const el = await fixture<HTMLElement & { loaded: Promise<void> }>(
      html`<news-credits .credits=${[{ role: 'editor', names: ['甲'] }]}></news-credits>`,
    );
    await el.loaded;
    expect(el.matches(':state(ready)')).to.equal(true);
  });

  it('where custom states reject plain names (states.add throws), the state attribute still says ready', async () => {
    const proto = (globalThis as unknown as { CustomStateSet: StateSet }).CustomStateSet.prototype;
    const add = proto.add;
    proto.add = () => {
      throw new DOMException(`Failed to execute 'add' on 'CustomStateSet'`, 'SyntaxError');
    };
    try {
      const el = await fixture<HTMLElement & { loaded: Promise<void> }>(
        html`<news-credits .credits=${[{ role: 'editor', names: ['甲'] }]}></news-credits>`,
      );
      await el.loaded;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.matches(':state(ready)')).to.equal(false);
      expect(el.shadowRoot!.textContent).to.contain('甲');
    } finally {
      proto.add = add;
    }
  });
});
