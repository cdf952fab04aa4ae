// Test-server routes under /__fault/ that reproduce what real networks and servers do wrong.
// Query parameters (all optional, combinable):
//   file=test/fixtures/x.json  body from a file       body=<text>      literal body
//   b64=<base64>               body bytes (e.g. GBK)  type=<content-type> default application/json;
//                                                     charset=utf-8; type=none sends no Content-Type
//   status=<code>              default 200            fail=<n>         the first n requests (per key) get 500
//   delay=<ms>                 wait before answering  hang=1           never answer (until the client aborts)
//   reset=1                    destroy the socket     size=<bytes>     a JSON body of that many bytes
//   down=<n>                   the first n requests (per key) have the connection cut (server down)
//   retryAfter=<value>         a Retry-After header   cors=1           Access-Control-Allow-Origin: *
//   redirect=<url>             answer 302 to <url>    chunked=1        no Content-Length (streamed body)
//   drip=<ms>                  the body in 10 pieces, <ms> apart (streamed, no Content-Length)
//   truncate=<n>               the full Content-Length, then only n bytes, then the socket closes
//   cache=<seconds>            Cache-Control: max-age=<seconds> instead of no-store
//   key=<name>                 counts requests; /__fault/count?key=<name> returns {"count": n, "aborted": n},
//                              aborted counting the requests whose connection closed before the answer ended
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const counts = new Map();
/** Requests (per key) whose connection closed before the answer was complete: aborted by the client. */
const aborted = new Map();
const root = resolve('.');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Writes `body` by hand: streamed in pieces, or cut short after a full Content-Length. */
async function writeRaw(ctx, q, status, type, body) {
  ctx.respond = false;
  const res = ctx.res;
  res.statusCode = status;
  for (const [name, value] of Object.entries(ctx.response.headers)) res.setHeader(name, value);
  if (type !== 'none') res.setHeader('Content-Type', type);
  if (q.truncate) {
    res.setHeader('Content-Length', body.length);
    res.write(body.subarray(0, Number(q.truncate)));
    await sleep(50);
    ctx.req.socket.destroy();
    return;
  }
  const pieces = q.drip ? 10 : Math.max(1, Math.ceil(body.length / 65536));
  const step = Math.ceil(body.length / pieces);
  for (let i = 0; i < pieces && !res.destroyed; i++) {
    res.write(body.subarray(i * step, (i + 1) * step));
    if (q.drip) await sleep(Number(q.drip));
  }
  res.end();
}

export function faultRoutes() {
  return async function faultMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/__fault/')) return next();
    const q = ctx.query;
    if (ctx.path === '/__fault/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(q.key) ?? 0, aborted: aborted.get(q.key) ?? 0 });
      return;
    }
    ctx.set('Cache-Control', q.cache ? `max-age=${q.cache}` : 'no-store');
    if (q.cors) ctx.set('Access-Control-Allow-Origin', '*');
    const key = q.key ?? ctx.path;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished) aborted.set(key, (aborted.get(key) ?? 0) + 1);
    });
    if (q.delay) await sleep(Number(q.delay));
    if (q.hang) {
      await new Promise((r) => ctx.req.on('close', r));
      return;
    }
    if (q.reset) {
      ctx.req.socket.destroy();
      return;
    }
    if (q.down && n <= Number(q.down)) {
      // Cut off inside the body: the browser does not repeat the request on its own, as after a reset.
      ctx.respond = false;
      ctx.req.socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99\r\n\r\n{');
      return;
    }
    if (q.redirect) {
      ctx.redirect(q.redirect);
      return;
    }
    if (q.retryAfter) ctx.set('Retry-After', q.retryAfter);
    if (q.fail && n <= Number(q.fail)) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    }
    const status = Number(q.status ?? 200);
    const type = q.type ?? 'application/json; charset=utf-8';
    let body;
    if (q.size) {
      body = Buffer.from(`{"pad":"${'x'.repeat(Math.max(0, Number(q.size) - 10))}"}`);
    } else if (q.file) {
      const path = resolve(root, q.file);
      if (relative(root, path).startsWith('..')) {
        ctx.status = 403;
        return;
      }
      body = await readFile(path);
    } else if (q.b64) {
      body = Buffer.from(q.b64, 'base64');
    } else {
      body = Buffer.from(q.body ?? '{}');
    }
    if (q.chunked || q.drip || q.truncate) return writeRaw(ctx, q, status, type, body);
    ctx.status = status;
    ctx.body = body;
    // Sent as given: no charset is added, so a body can rely on its own declaration.
    if (type === 'none') ctx.remove('Content-Type');
    else ctx.set('Content-Type', type);
  };
}
