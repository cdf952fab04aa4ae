import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/shared/url.js';

describe('safeUrl', () => {
  it('keeps http(s), relative and mailto URLs as given', () => {
    for (const url of [
      'https://example.com/a?b=1&c=2#d',
      'http://example.com',
      '/news/1.html',
      './a.html',
      '../b.html',
      'c.html',
      '?page=2',
      '#section',
      '//cdn.example.com/x.jpg',
      'mailto:editor@example.com',
      'HTTPS://EXAMPLE.COM/',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('trims surrounding white space', () => {
    expect(safeUrl('  https://example.com/  ')).to.equal('https://example.com/');
  });

  it('drops every other scheme, including obfuscated forms', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      'ftp://example.com/',
      'https://user:pass@example.com/',
      'https://example.com@evil.example/',
      '\\\\evil.example/x',
      '/\\evil.example/x',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('allows data:image URLs only where an image is expected', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeUrl(png, true)).to.equal(png);
    expect(safeUrl(png)).to.equal(undefined);
    expect(safeUrl('data:text/plain,hi', true)).to.equal(undefined);
  });

  it('keeps link and image verdicts apart', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeUrl(png, true)).to.equal(png);
    expect(safeUrl(`i ${png}`)).to.equal(undefined);
  });

  it('returns undefined for non-strings and empty strings', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });
});
