// `npm start`: installs what is missing, then serves the demo portal on http://127.0.0.1:5173/
// (PORT overrides the port). /demo/ssr.html is rendered per request by news-widgets/ssr (server
// rendering): `?js=0` serves it without any script, as a crawler or a reader without JavaScript gets it.
import { readdirSync, readFileSync } from 'node:fs';
import { ensureDependencies } from './ensure.mjs';

ensureDependencies();
const port = Number(process.env.PORT || '5173');
const { createServer } = await import('vite');
const { buildSsr } = await import('../src/ssr/build.mjs');
const ssr = await import(`${new URL(`file://${await buildSsr()}`).href}?t=${Date.now()}`);

/** The seed article, rendered on the server for every request. */
function ssrDemo() {
  return {
    name: 'news-widgets-ssr-demo',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
        if (url.pathname !== '/demo/ssr.html') return next();
        try {
          const data = readFileSync('demo/data/seed-article.json', 'utf8');
          const js = url.searchParams.get('js') !== '0';
          const { html } = await ssr.renderPage('news-article', data, {
            url: url.href,
            id: 'article',
            lang: url.searchParams.get('lang') ?? undefined,
            head: '\n<link rel="stylesheet" href="css/hostile.css">',
            // Hydration support loads before the elements, so that they take over the rendered HTML.
            script: js
              ? `\n<script type="module">import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '/src/define.ts';</script>`
              : '',
          });
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(js ? await server.transformIndexHtml(url.pathname, html) : html);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

const server = await createServer({
  server: { host: '127.0.0.1', port, strictPort: true },
  plugins: [ssrDemo()],
  // Known up front, so that the first visit of the server-rendered page does not reload it.
  optimizeDeps: { include: ['@lit-labs/ssr-client/lit-element-hydrate-support.js'] },
});
await server.listen();
server.printUrls();
console.log(`\n  news-widgets demo: http://127.0.0.1:${port}/`);
console.log(`  server-rendered:   http://127.0.0.1:${port}/demo/ssr.html (without scripts: ?js=0)\n`);
for (const page of readdirSync('demo').filter((f) => f.endsWith('.html')))
  console.log(`  http://127.0.0.1:${port}/demo/${page}`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => void server.close().then(() => process.exit(0)));
