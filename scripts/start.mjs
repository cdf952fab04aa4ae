// `npm start`: installs what is missing, then serves the demo portal on http://127.0.0.1:5173/
// (PORT overrides the port).
import { spawn } from 'node:child_process';
import { ensureDependencies } from './ensure.mjs';

ensureDependencies();
const port = process.env.PORT || '5173';
const server = spawn('node_modules/.bin/vite', ['--host', '127.0.0.1', '--port', port, '--strictPort'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /ready in/i.test(String(chunk))) {
    announced = true;
    console.log(`\n  news-widgets demo: http://127.0.0.1:${port}/\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
