// `npm start`: build the web app if it is missing or stale, then run the server (migrations apply at start).
import { spawn } from 'node:child_process';
import { buildWeb } from './web-build.mjs';

buildWeb();
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
