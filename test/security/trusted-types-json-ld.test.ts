// Under a CSP that requires Trusted Types for scripts, the JSON-LD an article adds to the page is written
// through the library's policy: no violation, and the data is there. (Engines without Trusted Types run
// the same test as a plain page.)
import { expect, fixture, html } from '@open-wc/testing';

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "require-trusted-types-for 'script'; trusted-types news-widgets lit-html dompurify";
document.head.append(meta);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));

describe('JSON-LD under Trusted Types', () => {
  it('adds the NewsArticle script with no violation', async () => {
    await import('../../src/define.js');
    const added = new Promise<HTMLScriptElement>((resolve) => {
      const observer = new MutationObserver(() => {
        const script = document.head.querySelector<HTMLScriptElement>('script[data-news-widgets]');
        if (script) {
          observer.disconnect();
          resolve(script);
        }
      });
      observer.observe(document.head, { childList: true });
    });
    const el = await fixture(
      html`<news-article
        .article=${{ title: '信任类型', url: 'https://news.example.com/tt.html', body: [{ type: 'paragraph', text: '正文' }] }}
      ></news-article>`,
    );
    await (el as HTMLElement & { loaded: Promise<void> }).loaded;
    const script = await added;
    expect(JSON.parse(script.text).headline).to.equal('信任类型');
    expect(violations).to.deep.equal([]);
    // A script the policy was not asked for stays blocked: the policy is no gadget.
    if ('trustedTypes' in window) {
      const other = document.createElement('script');
      expect(() => (other.text = 'alert(1)')).to.throw();
    }
  });
});
