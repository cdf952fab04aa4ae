import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/shared/sanitize.js';
import { brokenImage } from './helpers.js';

function htmlOf(fragment: DocumentFragment): string {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
}

describe('sanitizeHtml', () => {
  it('keeps article markup', async () => {
    const out = htmlOf(
      await sanitizeHtml(
        '<p><strong>聚焦统筹部署</strong>，强化组织之力。<a href="https://example.com/">链接</a></p><h2>小标题</h2><ul><li>一</li></ul><figure><img src="/a.jpg" alt="图"><figcaption>说明</figcaption></figure>',
      ),
    );
    expect(out).to.contain('<strong>聚焦统筹部署</strong>');
    expect(out).to.contain('href="https://example.com/"');
    expect(out).to.contain('<h2>小标题</h2>');
    expect(out).to.contain('<figcaption>说明</figcaption>');
    expect(out).to.contain('alt="图"');
  });

  it('removes script, style, iframe, object, embed, form, base, meta, svg and event handlers', async () => {
    const out = htmlOf(
      await sanitizeHtml(
        `<p onclick="alert(1)">a</p><script>alert(1)</script><style>p{color:red}</style>
         <iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x">
         <form action="/x"><input name="q"></form><base href="https://evil.example/"><meta http-equiv="refresh" content="0">
         <svg><script>alert(1)</script></svg><img src="x" onerror="alert(1)"><p style="position:fixed">b</p>`,
      ),
    );
    for (const bad of [
      '<script',
      '<style',
      '<iframe',
      '<object',
      '<embed',
      '<form',
      '<input',
      '<base',
      '<meta',
      '<svg',
      'onclick',
      'onerror',
      'style=',
    ]) {
      expect(out, bad).not.to.contain(bad);
    }
    expect(out).to.contain('<p>a</p>');
  });

  it('drops javascript: and other unsafe URLs, and makes links noopener', async () => {
    const out = htmlOf(
      await sanitizeHtml(
        '<a href="javascript:alert(1)">x</a><a href="JaVa&#x09;script:alert(1)">y</a><a href="https://ok.example/" target="_blank">z</a><img src="data:text/html,hi" alt="">',
      ),
    );
    expect(out).not.to.contain('javascript');
    expect(out).not.to.contain('data:text');
    expect(out).to.contain('rel="noopener noreferrer"');
  });

  it('returns an inert fragment: nothing runs or loads while sanitizing', async () => {
    const w = window as unknown as { pwned?: number };
    w.pwned = 0;
    const probe = brokenImage();
    // The second handler follows a `/`, not white space: it reaches the parser, which reads it as an attribute.
    const out = await sanitizeHtml(
      `<img src="${probe.url}" onerror="window.pwned++"><img src="${probe.url}"/onerror="window.pwned++">`,
    );
    // Only the control image of failed() requested the URL, and no error handler ran.
    expect(await probe.failed()).to.equal(1);
    expect(w.pwned).to.equal(0);
    expect(out.querySelectorAll('img')).to.have.length(2);
    expect(htmlOf(out)).not.to.contain('onerror');
  });

  it('checks every srcset candidate and cite URL, and drops class and reserved ids', async () => {
    const out = htmlOf(
      await sanitizeHtml(
        '<img src="/a.jpg" srcset="/a.jpg 1x, javascript:alert(1) 2x" alt=""><q cite="javascript:alert(1)">q</q><p class="status" id="headline">p</p><p id="s1">s</p>',
      ),
    );
    expect(out).not.to.contain('srcset');
    expect(out).not.to.contain('javascript');
    expect(out).not.to.contain('class=');
    expect(out).not.to.contain('id="headline"');
    expect(out).to.contain('id="s1"');
  });

  it('reads absurdly deep markup as text, at once', async () => {
    const out = htmlOf(
      await sanitizeHtml('<div>'.repeat(50000) + '深<img src=x onerror=alert(1)>' + '</div>'.repeat(50000)),
    );
    expect(out.trim()).to.equal('深');
  });

  it('lazy-loads images', async () => {
    const out = htmlOf(await sanitizeHtml('<img src="/a.jpg" alt="a">'));
    expect(out).to.contain('loading="lazy"');
  });
});
