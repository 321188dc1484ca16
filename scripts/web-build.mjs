// Builds the web app when dist/web is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src/web', 'src/shared', 'index.html', 'vite.config.ts', 'public'];
/** WEB_OUT lets parallel work build into its own folder (the browser tests read the same variable). */
export const WEB_OUT = process.env.WEB_OUT ?? 'dist/web';
const OUTPUT = join(WEB_OUT, 'index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

export function webBuildIsStale() {
  if (!existsSync(OUTPUT)) return true;
  const built = statSync(OUTPUT).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

export function buildWeb({ force = false } = {}) {
  if (!force && !webBuildIsStale()) return;
  console.log('Building the web app…');
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', WEB_OUT, '--emptyOutDir'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('The web app failed to build.');
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildWeb({ force: process.argv.includes('--force') });
