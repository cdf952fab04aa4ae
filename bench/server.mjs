// Loopback server for the benchmark pages: cross-origin isolated (COOP + COEP, so performance.now()
// has 5 µs resolution), nothing cached (Cache-Control: no-store).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cmsArticle, makeCmsItems, makeItems, seedArticle } from './data.mjs';
import { outdir } from './build.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
const PAGE_CSS =
  'html{font-family:"Noto Sans CJK SC",sans-serif}body{margin:0;padding:16px 24px}#stage{width:720px}';

const page = (body, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title><style>${PAGE_CSS}</style>${head}</head><body>${body}</body></html>`;

/**
 * The data sets by name: `list-N` and `article` (text already plain), and the CMS-like set: `cms-list-N`
 * and `cms-article` as a portal sends them (for the elements), `cms-plain-list-N` and `cms-plain-article`
 * with the same text as the elements show it (for the twins).
 */
const jsonCache = new Map();
function json(name) {
  if (!jsonCache.has(name)) {
    const m = /^(cms-(plain-)?)?(?:list-(\d+)|article)$/.exec(name);
    if (!m) return null;
    const value = !m[1]
      ? m[3]
        ? makeItems(Number(m[3]))
        : seedArticle()
      : (m[3] ? makeCmsItems(Number(m[3])) : cmsArticle())[m[2] ? 'plain' : 'raw'];
    jsonCache.set(name, JSON.stringify(value));
  }
  return jsonCache.get(name);
}
/** The file name of a data set's list or article, for the elements (`lit`) or the twins. */
export const dataName = (set, kind, n, impl) =>
  `${set === 'cms' ? (impl.startsWith('lit') ? 'cms-' : 'cms-plain-') : ''}${kind === 'list' ? `list-${n}` : 'article'}`;
const inline = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

function route(url) {
  const { pathname, searchParams: q } = url;
  if (pathname === '/bench.html') {
    return {
      type: '.html',
      body: page(
        '<div id="stage"></div><script type="module" src="/build/define-lit.js"></script>' +
          '<script type="module" src="/build/harness.js"></script>',
      ),
    };
  }
  if (pathname === '/boot.html') {
    const kind = q.get('kind');
    const data = JSON.parse(json(dataName(q.get('set'), kind, q.get('n'), q.get('impl'))));
    return {
      type: '.html',
      body: page(
        `<div id="stage"></div><script>window.__bench=${inline({ kind, data })}</script>` +
          `<script type="module" src="/build/boot-${q.get('impl')}.js"></script>`,
      ),
    };
  }
  if (pathname === '/cls.html') {
    // A portal page: a headline, the list (its 5 items arrive 300 ms late), and page content below it.
    // reserve=1 adds the host page's pre-upgrade rule: until the script defines the element, an empty
    // <related-news-list> has no height; the rule gives it the skeleton's height (heading 1.75em +
    // 0.625em margin, 5 rows of 3.3125em + 2 × 1.4em + 2 × 0.75em + 1px at the default 16px).
    const reserve =
      q.get('reserve') === '1'
        ? '<style>related-news-list:not(:defined){display:block;min-height:calc(2.375em + 5 * (7.6125em + 1px))}</style>'
        : '';
    const para =
      '<p>正文段落：当地持续推进重点项目建设，各族群众共同参与，形成了良好的社会氛围。Host content below the list must not move.</p>';
    return {
      type: '.html',
      body: page(
        `<h1>永登县新闻</h1><related-news-list src="/late/${q.get('set') === 'cms' ? 'cms-' : ''}list-5.json"></related-news-list>${para.repeat(8)}` +
          // Height of the list over time (diagnosis of any shift: upgrade, skeleton, data).
          `<script>window.__heights=[];new ResizeObserver((es)=>{for(const e of es)window.__heights.push([Math.round(performance.now()),Math.round(e.contentRect.height*10)/10,e.target.getAttribute('state')])}).observe(document.querySelector('related-news-list'))</script>`,
        `<script>window.__cls=0;window.__shifts=[];new PerformanceObserver((l)=>{for(const e of l.getEntries()){if(!e.hadRecentInput){window.__cls+=e.value;window.__shifts.push({value:e.value,t:e.startTime,sources:(e.sources||[]).map(s=>s.node&&(s.node.localName||s.node.nodeName))})}}}).observe({type:'layout-shift',buffered:true});</script>` +
          reserve +
          '<script type="module" src="/build/define-lit.js"></script>',
      ),
    };
  }
  let m = /^\/data\/([\w-]+)\.json$/.exec(pathname);
  if (m) return json(m[1]) && { type: '.json', body: json(m[1]) };
  m = /^\/late\/([\w-]+)\.json$/.exec(pathname);
  if (m) return json(m[1]) && { type: '.json', body: json(m[1]), delay: 300 };
  if (pathname.startsWith('/build/')) {
    const file = normalize(join(outdir, pathname.slice('/build/'.length)));
    if (!file.startsWith(outdir)) return null;
    return { type: extname(file), file };
  }
  return null;
}

export function startServer() {
  const server = createServer(async (req, res) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    try {
      const r = route(new URL(req.url, 'http://127.0.0.1'));
      if (!r) {
        res.writeHead(404, headers).end('not found');
        return;
      }
      const body = r.file ? await readFile(r.file) : r.body;
      if (r.delay) await new Promise((ok) => setTimeout(ok, r.delay));
      res
        .writeHead(200, { ...headers, 'Content-Type': TYPES[r.type] ?? 'application/octet-stream' })
        .end(body);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' ? 404 : 500, headers).end(String(error));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}
