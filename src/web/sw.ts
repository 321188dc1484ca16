/*
 * The one service worker (built by vite-plugin-pwa, injectManifest; typechecked by tsconfig.sw.json).
 * It keeps the app usable in a gym with no signal: the built app shell is precached, page loads get
 * the cached index.html, and the few API reads the client's training screens need are answered
 * from a small cache when the network is gone or slow. Writes never pass through a cache: the
 * page's outbox (src/web/lib/outbox.ts) queues them and sends them when the network is back.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// A new version takes over open tabs at once: the app shell is small and every write goes through
// the outbox, so nothing is lost by switching mid-visit.
void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page path is the single-page app. API paths (the docs viewer, a file opened in a new tab)
// are real server pages and always go to the network.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }));

const API_CACHE = 'onecoach-api';

/**
 * The GET reads the client's gym and kitchen screens need offline (the food log's days and recent foods). Nothing else is cached: not the event
 * stream (/api/events), not files (/api/uploads), not other people's data screens. /api/setup is
 * here because the app's first gate asks it before any page renders.
 */
const OFFLINE_READS = [
  /^\/api\/setup$/,
  /^\/api\/auth\/session$/,
  /^\/api\/me\/client$/,
  /^\/api\/me\/schedule/,
  /^\/api\/scheduled-workouts\//,
  /^\/api\/sessions\//,
  /^\/api\/exercises\//,
  /^\/api\/clients\/[^/]+\/nutrition\/days\//,
  /^\/api\/foods$/,
];

registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && OFFLINE_READS.some((read) => read.test(url.pathname)),
  // NetworkFirst stores only 200 answers (an error or a redirect never replaces a good copy).
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 3,
    plugins: [new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 14 * 24 * 3600, purgeOnQuotaError: true })],
  }),
  'GET',
);

/**
 * Whoever signs in or out, the cached answers belong to the previous person: drop them once the
 * server has confirmed, so a shared phone never shows one client's plan to another.
 */
const SESSION_CHANGES = [/^\/api\/auth\/sign-(in|out)$/, /^\/api\/setup$/, /^\/api\/invitations\/[^/]+\/accept$/];

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && SESSION_CHANGES.some((change) => change.test(url.pathname)),
  async ({ request }) => {
    const response = await fetch(request);
    if (response.ok || response.status === 401) await caches.delete(API_CACHE);
    return response;
  },
  'POST',
);
