// The news-widgets CLI: files, standard input, URLs, --page, and clear failures.
import { test } from 'node:test';
import process from 'node:process';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { crawlerView, demoData } from './helpers.mjs';

const bin = fileURLToPath(new URL('../../bin/news-widgets.mjs', import.meta.url));
const seed = JSON.parse(demoData('seed-article.json'));
const run = (args, input) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 30000 });
/** Runs the CLI without blocking this process (which serves the URLs it reads). */
const runAsync = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

test('a file: the article fragment on stdout', () => {
  const r = run(['render', 'demo/data/seed-article.json', '--lang', 'en', '--time-zone', 'UTC']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<news-article\s+lang="en" time-zone="UTC"[^>]*state="ready"/);
  assert.ok(crawlerView(r.stdout).text.includes(seed.title));
});

test('standard input, a list from RSS with --tag', () => {
  const r = run(['render', '-', '--tag', 'related-news-list'], demoData('latest.xml'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<related-news-list[^>]*state="ready"/);
});

test('--page: a whole page that loads nothing from elsewhere', () => {
  const r = run(['render', 'demo/data/seed-article.json', '--page']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!doctype html>\n<html lang="zh-CN">/);
  assert.match(r.stdout, new RegExp(`<title>${seed.title}</title>`));
  assert.doesNotMatch(r.stdout, /<(script|link|img)\b[^>]*\s(src|href)="https?:/);
});

test('a URL, fetched; its relative URLs resolve against it', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed.json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ items: [{ title: '第一条', url: 'items/1.html' }] }));
    } else if (req.url === '/slow') setTimeout(() => res.end('{}'), 3000);
    else {
      res.statusCode = 404;
      res.end('no');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const ok = await runAsync(['render', `${base}/feed.json`, '--tag', 'related-news-list']);
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(crawlerView(ok.stdout).doc.querySelector(`a[href="${base}/items/1.html"]`), 'rebased link');
    const missing = await runAsync(['render', `${base}/missing.json`]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*missing\.json: HTTP 404/);
    assert.equal(missing.stdout, '');
    const slow = await runAsync(['render', `${base}/slow`, '--timeout', '300']);
    assert.equal(slow.status, 2);
    assert.match(slow.stderr, /no answer within 300 ms/);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('unreadable input: a clear message and a non-zero exit, nothing on stdout', () => {
  const r = run(['render', 'no/such/file.json']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /news-widgets: cannot read no\/such\/file\.json: no such file/);
  assert.equal(r.stdout, '');
  const empty = run(['render', '-'], '');
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /is empty/);
  const usage = run(['draw', 'x']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Usage: news-widgets render/);
  const tag = run(['render', 'demo/data/seed-article.json', '--tag', 'news-thing']);
  assert.equal(tag.status, 2);
  assert.match(tag.stderr, /--tag must be one of/);
});

test('data that cannot be read: the error state is printed, the reasons go to stderr, exit 1', () => {
  const r = run(['render', '-'], '{"foo": 1}');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /state="error"/);
  assert.match(r.stderr, /news-widgets: /);
});
