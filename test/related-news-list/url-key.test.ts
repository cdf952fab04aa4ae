import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { urlKey } from '../../src/related-news-list/list-helpers.js';
import { isCanonical, parsedVerdict, safeUrl } from '../../src/shared/url.js';

describe('URL keys (which items repeat, which is the page itself)', () => {
  it('takes a URL as its own key, and as safe to link, only when the URL parser would return it unchanged (20,000 URLs)', () => {
    const piece = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 8 });
    // Mostly URLs of the usual shape, with pieces the parser would change mixed in.
    const mostly = (good: fc.Arbitrary<string>, bad: fc.Arbitrary<string>) =>
      fc.oneof({ arbitrary: good, weight: 4 }, bad);
    const url = fc
      .tuple(
        mostly(fc.constantFrom('http://', 'https://'), fc.constantFrom('HTTPS://', 'ftp://', '//', '')),
        mostly(
          fc.constantFrom('news.example.cn', 'a.b', 'www.gov.cn'),
          fc.oneof(
            fc.constantFrom('Example.com', '163.com', 'xn--fsq.com', 'a-.b', '1.2.3.4', 'a.b.', 'a.b.9'),
            piece('ab-.9'),
          ),
        ),
        mostly(fc.constantFrom('', ':8080'), fc.constantFrom(':80', ':443', ':0443', ':99999', ':')),
        mostly(fc.constant('/'), fc.constant('')),
        mostly(
          fc.oneof(piece('ab/._~-9%41'), fc.constantFrom('/&colon;x', '/a&sol;b', '/&amp;&tab;', '/&lpar;')),
          piece('ab/.%2eE1_~-!$&()*+,;=:@ \\\'"<>`{}|^[]中'),
        ),
        mostly(
          fc.constantFrom('', '?', '?a=1&b=2', '?%41', '?a=&colon;&newline;'),
          fc.constantFrom("?q='x'", '?a b', '?%zz', '#f', '?a#f', '?中'),
        ),
      )
      .map((parts) => parts.join(''));
    let canonical = 0;
    fc.assert(
      fc.property(url, (u) => {
        if (!isCanonical(u)) return true;
        canonical++;
        expect(new URL(u).href, u).to.equal(u);
        // The link check takes such a URL without parsing it: the parse would say the same.
        expect(parsedVerdict(u), u).to.equal(u);
        expect(safeUrl(u), u).to.equal(u);
        return true;
      }),
      { numRuns: 20000 },
    );
    expect(canonical).to.be.greaterThan(1000);
  });

  it('resolves other URLs against the base and drops the fragment', () => {
    expect(urlKey('./a.html#x', 'https://news.example.cn/gs/')).to.equal('https://news.example.cn/gs/a.html');
    expect(urlKey('HTTPS://News.Example.cn:443/a/../b', 'https://x.cn/')).to.equal(
      'https://news.example.cn/b',
    );
    expect(urlKey('https://news.example.cn/a?b=1', 'https://x.cn/')).to.equal(
      'https://news.example.cn/a?b=1',
    );
    expect(urlKey('http://[bad', 'https://x.cn/')).to.equal(undefined);
  });
});
