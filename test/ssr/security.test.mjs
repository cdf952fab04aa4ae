// The attack payloads of the browser suites, against the server HTML: nothing live, in the shadow roots or
// in the crawler copy.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ssr, fixture, problemsIn, PAGE } from './helpers.mjs';

const vectors = JSON.parse(fixture('security-html.json'));
const urls = JSON.parse(fixture('security-urls.json'));

describe('HTML bodies: every attack vector of security-html.json', () => {
  for (const v of vectors)
    test(v.name, async () => {
      for (const body of [
        v.html,
        [
          { type: 'paragraph', text: '前文' },
          { type: 'html', html: v.html },
        ],
      ]) {
        const r = await ssr.renderDocument(
          'news-article',
          { title: '标题', body },
          { url: PAGE, hide: 'credits related' },
        );
        assert.equal(r.state, 'ready', v.name);
        assert.deepEqual(problemsIn(r.html), [], v.name);
      }
    });
});

describe('URL fields: every bad URL of security-urls.json is dropped, in every field', () => {
  test('article image, audio, body image/video, related links and thumbnails', async () => {
    for (const bad of urls.bad) {
      const article = {
        title: '标题',
        url: bad,
        image: { src: bad },
        audio: { src: bad },
        body: [
          { type: 'image', src: bad, alt: 'x' },
          { type: 'video', src: bad, poster: bad },
          {
            type: 'html',
            html: `<p><a href="${bad.replace(/"/g, '&quot;')}">x</a><img src="${bad.replace(/"/g, '&quot;')}"></p>`,
          },
        ],
        related: [{ title: '相关', url: bad, image: { src: bad } }],
      };
      const html = await ssr.renderToString('news-article', article, { url: PAGE });
      assert.deepEqual(problemsIn(html), [], JSON.stringify(bad));
      const list = await ssr.renderToString(
        'related-news-list',
        [{ title: 't', url: bad, image: { src: bad } }],
        { url: PAGE },
      );
      assert.deepEqual(problemsIn(list), [], JSON.stringify(bad));
    }
  });
});

test('hostile text in fields stays text', async () => {
  const evil = '<img src=x onerror="window.__sec=1"><script>window.__sec=2</script>';
  const article = {
    title: evil,
    subtitle: evil,
    tags: [evil],
    credits: [{ role: 'editor', names: [evil] }],
    body: [
      { type: 'paragraph', text: evil, lead: evil },
      { type: 'quote', text: evil, cite: evil },
    ],
    related: [{ title: evil, url: '/a', summary: evil, channel: evil }],
  };
  const html = await ssr.renderToString('news-article', article, { url: PAGE });
  assert.deepEqual(problemsIn(html), []);
  const list = await ssr.renderToString('related-news-list', fixture('list-xss.json'), { url: PAGE });
  assert.deepEqual(problemsIn(list), []);
});
