// Service worker of the sciatica self-check: makes the widget work offline after one visit.
//
// - install: precaches this build's files (the list and version are written in by
//   src/web/postbuild.mjs, replacing the BUILD line below) into a cache named after the version.
//   Every file is checked against this build's SHA-256 before anything is cached, so a deploy
//   between the page's load and this install cannot put one build's page beside another's files:
//   the install then fails, and the browser tries again with the new sw.js on the next visit.
// - fetch: the page itself (a navigation to index.html) is network-first, so an online reader always
//   gets the newest build, falling back to the precached copy offline. Every other precached file is
//   content-hashed, so cache-first is always correct for it. A precached file missing from the cache
//   (evicted, cleared) is fetched and put back, if it is still this build's; that is the only
//   runtime caching, and the worker makes no requests of its own beyond the precache.
// - update policy: a new build means a byte-different sw.js, which the browser checks on each
//   navigation. The new worker takes over at once (skipWaiting + clients.claim). It keeps the cache
//   of the build it replaces and deletes any older one: a page opened before the deploy loads the
//   full build (README "Two builds") only on its way past the first step, and asks for files of
//   its own build that the server no longer has. A content-hashed file never changes, so serving it
//   from the previous build's cache is always right; a page opened before that build had a worker
//   at all still finds nothing, and its loader says so with a way to try again.
//
// Caches are named per scope, so two copies of the widget under different paths of one origin do
// not delete each other's caches.

const BUILD = { version: "unbuilt", files: [], sha256: {} };
// The same rule as HASHED_FILE in src/web/policy.mjs (Trunk's hash: up to 16 hex digits).
const HASHED_FILE = /-[0-9a-f]{1,16}(?:_bg)?\.[a-z0-9]+$/;

const CACHE_PREFIX = `sciatica-check:${new URL(self.registration.scope).pathname}:`;
const CACHE_NAME = `${CACHE_PREFIX}${BUILD.version}`;
const absolute = (path) => new URL(path, self.location.href).href;
/** Absolute URL of each precached file -> its name in BUILD. */
const PRECACHED = new Map(BUILD.files.map((path) => [absolute(path), path]));
const APP_PAGES = new Set([absolute('./'), absolute('index.html')]);
const INDEX_PAGE = absolute('index.html');

/** The caches of earlier builds of this copy of the widget (normally the one it replaced). */
const earlierBuildCaches = async () =>
  (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME);

/** Stored in each build's cache: the name of the cache of the build it replaced. */
const PREVIOUS_BUILD_KEY = absolute('./.previous-build');

const hex = (buffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** Whether `response` is exactly the file `path` of this build. */
async function isOfThisBuild(path, response) {
  if (!response.ok || !BUILD.sha256[path]) return false;
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return hex(digest) === BUILD.sha256[path];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A content-hashed file cannot be stale, so the copy the page just loaded (HTTP cache) is
      // taken as is and a first visit does not download the build twice. Stable names
      // (index.html) come from the network, never from a possibly stale HTTP cache.
      const checked = await Promise.all(
        BUILD.files.map(async (path) => {
          const request = new Request(absolute(path), { cache: HASHED_FILE.test(path) ? 'default' : 'reload' });
          const response = await fetch(request);
          if (!(await isOfThisBuild(path, response))) {
            throw new Error(`sciatica-check: ${path} is not the file of build ${BUILD.version}; not installing`);
          }
          return [request, response];
        }),
      );
      // Only a complete, consistent build is cached.
      const cache = await caches.open(CACHE_NAME);
      await Promise.all(checked.map(([request, response]) => cache.put(request, response)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const earlier = await earlierBuildCaches();
      const previous = await replacedBuild(earlier);
      await Promise.all(earlier.filter((name) => name !== previous).map((name) => caches.delete(name)));
      if (previous) {
        const cache = await caches.open(CACHE_NAME);
        await cache.put(PREVIOUS_BUILD_KEY, new Response(previous));
      }
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
    if (APP_PAGES.has(url.href)) event.respondWith(networkFirst(event, INDEX_PAGE));
  } else if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(event, url.href));
  } else if (HASHED_FILE.test(url.pathname)) {
    event.respondWith(fromReplacedBuild(event, url.href));
  }
});

/**
 * Of the earlier builds' caches, the one of the build this worker replaces: the newest, which is
 * the one no other earlier cache names as its own predecessor. Normally there is just one.
 */
async function replacedBuild(earlier) {
  if (earlier.length <= 1) return earlier[0] ?? null;
  const predecessors = new Set(
    await Promise.all(
      earlier.map(async (name) => {
        const marker = await (await caches.open(name)).match(PREVIOUS_BUILD_KEY);
        return marker ? marker.text() : null;
      }),
    ),
  );
  return earlier.find((name) => !predecessors.has(name)) ?? null;
}

/** A content-hashed file of the build this worker replaced, for a page opened before the deploy. */
async function fromReplacedBuild(event, url) {
  for (const name of await earlierBuildCaches()) {
    const cached = await (await caches.open(name)).match(url);
    if (cached) return cached;
  }
  return fetch(event.request);
}

/** Puts a fetched file back into this build's cache, if it is this build's (never another's). */
async function putBack(url, response) {
  if (!(await isOfThisBuild(PRECACHED.get(url), response))) return;
  const cache = await caches.open(CACHE_NAME);
  await cache.put(url, response);
}

async function networkFirst(event, pageUrl) {
  try {
    const response = await fetch(event.request);
    // A lost copy of the page is repaired by any online visit of the same build.
    event.waitUntil(putBack(pageUrl, response.clone()).catch(() => {}));
    return response;
  } catch (offline) {
    const cached = await caches.match(pageUrl, { cacheName: CACHE_NAME });
    if (cached) return cached;
    throw offline;
  }
}

async function cacheFirst(event, cacheKey) {
  const cached = await caches.match(cacheKey, { cacheName: CACHE_NAME });
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(putBack(cacheKey, response.clone()).catch(() => {}));
  return response;
}
