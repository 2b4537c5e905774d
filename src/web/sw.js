// Service worker of the sciatica self-check: makes the widget work offline after one visit.
//
// - install: precaches this build's files (the list and version are written in by
//   src/web/postbuild.mjs, replacing the BUILD line below) into a cache named after the version.
// - fetch: the page itself (a navigation to index.html) is network-first, so an online reader always
//   gets the newest build, falling back to the precached copy offline. Every other precached file is
//   content-hashed, so cache-first is always correct for it. Nothing else is touched: no runtime
//   caching, no requests of our own.
// - update policy: a new build means a byte-different sw.js, which the browser checks on each
//   navigation. The new worker takes over at once (skipWaiting + clients.claim) and deletes the old
//   caches. That is safe here because an open page has loaded all its code at start and requests
//   nothing later, so it cannot ask for an old file that has just been removed.
//
// Caches are named per scope, so two copies of the widget under different paths of one origin do
// not delete each other's caches.

const BUILD = { version: "unbuilt", files: [] };
// The same rule as HASHED_FILE in src/web/policy.mjs (Trunk's hash: up to 16 hex digits).
const HASHED_FILE = /-[0-9a-f]{1,16}(?:_bg)?\.[a-z0-9]+$/;

const CACHE_PREFIX = `sciatica-check:${new URL(self.registration.scope).pathname}:`;
const CACHE_NAME = `${CACHE_PREFIX}${BUILD.version}`;
const absolute = (path) => new URL(path, self.location.href).href;
const PRECACHED = new Set(BUILD.files.map(absolute));
const APP_PAGES = new Set([absolute('./'), absolute('index.html')]);
const INDEX_PAGE = absolute('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // A content-hashed file cannot be stale, so the copy the page just loaded (HTTP cache) is
      // taken as is and a first visit does not download the build twice. Stable names
      // (index.html, embed.js) come from the network, never from a possibly stale HTTP cache.
      await cache.addAll(
        BUILD.files.map((path) => new Request(absolute(path), { cache: HASHED_FILE.test(path) ? 'default' : 'reload' })),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const stale = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate') {
    if (APP_PAGES.has(url.href)) event.respondWith(networkFirst(request, INDEX_PAGE));
  } else if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(request, url.href));
  }
});

async function networkFirst(request, fallbackUrl) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await caches.match(fallbackUrl, { cacheName: CACHE_NAME });
    if (cached) return cached;
    throw offline;
  }
}

async function cacheFirst(request, cacheKey) {
  const cached = await caches.match(cacheKey, { cacheName: CACHE_NAME });
  return cached ?? fetch(request);
}
