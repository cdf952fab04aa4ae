// Test-server routes under /__fault/ that reproduce what real networks and servers do wrong.
// Query parameters (all optional, combinable):
//   file=test/fixtures/x.json  body from a file       body=<text>      literal body
//   type=<content-type>        default application/json; charset=utf-8
//   status=<code>              default 200            fail=<n>         the first n requests (per key) get 500
//   delay=<ms>                 wait before answering  hang=1           never answer (until the client aborts)
//   reset=1                    destroy the socket     size=<bytes>     a JSON body of that many bytes
//   key=<name>                 counts requests; /__fault/count?key=<name> returns {"count": n}
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const counts = new Map();
const root = resolve('.');

export function faultRoutes() {
  return async function faultMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/__fault/')) return next();
    const q = ctx.query;
    if (ctx.path === '/__fault/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(q.key) ?? 0 });
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    const key = q.key ?? ctx.path;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (q.delay) await new Promise((r) => setTimeout(r, Number(q.delay)));
    if (q.hang) {
      await new Promise((r) => ctx.req.on('close', r));
      return;
    }
    if (q.reset) {
      ctx.req.socket.destroy();
      return;
    }
    if (q.fail && n <= Number(q.fail)) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    }
    ctx.status = Number(q.status ?? 200);
    ctx.type = q.type ?? 'application/json; charset=utf-8';
    if (q.size) {
      ctx.body = `{"pad":"${'x'.repeat(Math.max(0, Number(q.size) - 10))}"}`;
    } else if (q.file) {
      const path = resolve(root, q.file);
      if (relative(root, path).startsWith('..')) {
        ctx.status = 403;
        return;
      }
      ctx.body = await readFile(path);
    } else {
      ctx.body = q.body ?? '{}';
    }
  };
}
