import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';

const require = createRequire(import.meta.url);
const assets: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui-dist/swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-dist/swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
};

// Our CSP forbids inline script, so the viewer is started from a script file of its own.
const INIT_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true, tryItOutEnabled: false });
});`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>OneCoach API</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="docs"></div><script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;

/** Browsable API docs, served from our own files (no CDN: works offline and under our CSP). */
export function docsRoutes() {
  const cache = new Map<string, string>();
  return new Hono<AppEnv>()
    .get('/', (c) => c.html(PAGE))
    .get('/init.js', (c) => c.body(INIT_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
    .get('/:asset', async (c) => {
      const asset = assets[c.req.param('asset')];
      if (!asset) return c.notFound();
      let content = cache.get(asset.file);
      if (content === undefined) {
        content = await readFile(require.resolve(asset.file), 'utf8');
        cache.set(asset.file, content);
      }
      return c.body(content, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
    });
}
