#!/usr/bin/env node
// `news-widgets render <file | URL | -> [options]`: prints the server-rendered HTML of an element to stdout,
// for static publishing (a CMS writing .shtml/.html pages at publish time). See docs/server-rendering.md.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: news-widgets render <file | URL | -> [options]

Prints the element's HTML (declarative shadow DOM, crawler copy, JSON-LD) to stdout.

  --tag <name>          news-article (default), news-credits or related-news-list
  --lang <tag>          label language: zh-Hans (zh-CN), zh-Hant (zh-TW), en
  --time-zone <zone>    IANA time zone for times without one and for display (default Asia/Shanghai)
  --heading-level <n>   level of the headline (article) or heading (list)
  --hide <parts>        article parts to leave out: credits related tags meta views image
  --layout <name>       list: list, compact or cards; credits: inline or stacked
  --limit <n>           list: at most n items
  --date-format <f>     datetime, date, long or relative
  --theme <t>           light, dark or auto
  --id <id>             the element's id
  --url <URL>           the URL of the page the HTML goes into (base of relative URLs; JSON-LD url)
  --publisher <name>    publisher named in the JSON-LD
  --no-json-ld          leave the JSON-LD out
  --no-crawler-copy     leave the light-DOM copy out
  --no-hydrate          leave the hydration data out
  --page                print a whole minimal HTML page (nothing loaded from elsewhere)
  --timeout <ms>        time allowed for a URL (default 10000)
  --problems            also print the problems found in the data to stderr

Exit status: 0 rendered (ready or empty); 1 the data could not be read (the error state is still
printed); 2 bad arguments or unreadable input (nothing printed).`;

const fail = (message, code = 2) => {
  process.stderr.write(`news-widgets: ${message}\n`);
  process.exit(code);
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      tag: { type: 'string', default: 'news-article' },
      lang: { type: 'string' },
      'time-zone': { type: 'string' },
      'heading-level': { type: 'string' },
      hide: { type: 'string' },
      layout: { type: 'string' },
      limit: { type: 'string' },
      'date-format': { type: 'string' },
      theme: { type: 'string' },
      id: { type: 'string' },
      url: { type: 'string' },
      publisher: { type: 'string' },
      'no-json-ld': { type: 'boolean' },
      'no-crawler-copy': { type: 'boolean' },
      'no-hydrate': { type: 'boolean' },
      page: { type: 'boolean' },
      timeout: { type: 'string', default: '10000' },
      problems: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`);
}
const { values: o, positionals } = args;
if (o.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [command, source, ...rest] = positionals;
if (command !== 'render' || !source || rest.length) fail(USAGE);
const TAGS = ['news-article', 'news-credits', 'related-news-list'];
if (!TAGS.includes(o.tag)) fail(`--tag must be one of ${TAGS.join(', ')} (got "${o.tag}")`);
const timeout = Number(o.timeout);
if (!(timeout > 0)) fail(`--timeout must be a number of milliseconds (got "${o.timeout}")`);

/** The input as text, and the URL it came from (for its relative URLs). */
async function read(src) {
  if (src === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return { text: Buffer.concat(chunks).toString('utf8') };
  }
  if (/^https?:\/\//i.test(src)) {
    let response;
    try {
      response = await fetch(src, {
        signal: AbortSignal.timeout(timeout),
        headers: {
          accept:
            'application/json, application/feed+json, application/rss+xml, application/atom+xml, text/xml;q=0.9, */*;q=0.5',
        },
      });
    } catch (error) {
      const why =
        error?.name === 'TimeoutError'
          ? `no answer within ${timeout} ms`
          : (error?.cause?.message ?? error.message);
      fail(`cannot read ${src}: ${why}`);
    }
    if (!response.ok) fail(`cannot read ${src}: HTTP ${response.status} ${response.statusText}`);
    return { text: await response.text(), base: response.url || src };
  }
  try {
    return { text: await readFile(src, 'utf8') };
  } catch (error) {
    fail(`cannot read ${src}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

const { text, base } = await read(source);
if (!text.trim()) fail(`${source} is empty`);

// NEWS_WIDGETS_SSR_ENTRY names another build of the entry (the test suite's).
const entry = process.env.NEWS_WIDGETS_SSR_ENTRY
  ? pathToFileURL(process.env.NEWS_WIDGETS_SSR_ENTRY)
  : new URL('../dist/ssr/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry)))
  fail('dist/ssr is not built: run `node src/ssr/build.mjs` (or `npm run build`)');
const { renderDocument, renderPage } = await import(entry.href);

const options = {
  lang: o.lang,
  'time-zone': o['time-zone'],
  'heading-level': o['heading-level'],
  hide: o.hide,
  layout: o.layout,
  limit: o.limit,
  'date-format': o['date-format'],
  theme: o.theme,
  id: o.id,
  url: o.url,
  base,
  publisher: o.publisher ? { name: o.publisher } : undefined,
  jsonLd: !o['no-json-ld'],
  crawlerCopy: !o['no-crawler-copy'],
  hydrate: !o['no-hydrate'],
};
const result = await (o.page ? renderPage : renderDocument)(o.tag, text, options);
process.stdout.write(result.html.endsWith('\n') ? result.html : `${result.html}\n`);
if (o.problems || result.state === 'error')
  for (const p of result.problems)
    process.stderr.write(`news-widgets: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
if (result.state === 'error') process.exit(1);
