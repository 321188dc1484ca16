// Runs a command against a real PostgreSQL 18 server (see postgres-server.mjs), which is removed
// afterwards. Usage: node scripts/with-postgres.mjs <command> [args…]   (the command gets DATABASE_URL)
import { spawn } from 'node:child_process';
import { startPostgres } from './postgres-server.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

let code = 1;
let server;
try {
  server = await startPostgres();
  console.log(`PostgreSQL is up on 127.0.0.1:${server.port}`);
  code = await new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: server.url } });
    child.on('exit', (status) => resolve(status ?? 1));
  });
} catch (error) {
  console.error('Could not start PostgreSQL:', error);
} finally {
  await server?.stop();
}
process.exit(code);
