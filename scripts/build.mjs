// `npm run build`: the library (dist/, lit external, .d.ts), the CDN ES module and the classic script
// (ASCII-only, so it runs on GB2312/GBK pages).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureDependencies } from './ensure.mjs';

ensureDependencies();

function run(cmd, args) {
  console.log(`> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'iife', '--logLevel', 'warn']);
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);

// Escape every non-ASCII UTF-16 unit. The build only leaves such characters in string, template and
// regular-expression literals, where \uXXXX means the same character.
const iife = 'dist/cdn/news-widgets.iife.js';
const code = readFileSync(iife, 'utf8');
writeFileSync(
  iife,
  code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
);
console.log('Built dist/ (library), dist/cdn/news-widgets.js and dist/cdn/news-widgets.iife.js');
