import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';

/** Serves the built web app (dist/web) and answers every other page path with index.html. */
export function webStatic(root: string): MiddlewareHandler<AppEnv> | undefined {
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) return undefined;
  const files = serveStatic<AppEnv>({
    root,
    onFound: (path, c) => {
      const immutable = path.includes('/assets/');
      c.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Re-read index.html when it changes (a rebuild while the server runs renames every asset).
  let indexHtml: { mtimeMs: number; html: string } | undefined;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const served = await files(c, async () => {});
    if (served) return served;
    if (c.res && c.finalized) return;
    // Asset-looking paths that don't exist are real 404s, not the app shell.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
    const { mtimeMs } = statSync(indexPath);
    if (indexHtml?.mtimeMs !== mtimeMs) indexHtml = { mtimeMs, html: readFileSync(indexPath, 'utf8') };
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml.html);
  };
}
