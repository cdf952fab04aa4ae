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
// The server entry (news-widgets/ssr), for Node.
run(process.execPath, ['src/ssr/build.mjs']);

// Escape every non-ASCII UTF-16 unit. The build only leaves such characters in string, template and
// regular-expression literals, where \uXXXX means the same character.
const iife = 'dist/cdn/news-widgets.iife.js';
const code = readFileSync(iife, 'utf8');
let ascii = '';
for (const c of code) {
  // for…of yields code points: split astral ones into their two UTF-16 units.
  if (c.charCodeAt(0) < 0x80) ascii += c;
  else for (let i = 0; i < c.length; i++) ascii += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
}
writeFileSync(iife, ascii);
console.log(
  'Built dist/ (library), dist/ssr (server), dist/cdn/news-widgets.js and dist/cdn/news-widgets.iife.js',
);
