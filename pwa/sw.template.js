// Service worker: the dashboard works offline after one visit.
// Written into dist/ by scripts/sw-build.sh after every build, which fills in
// the release's asset list and a version derived from it.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const PREFIX = 'capacity-planner-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

// A new release drops every older cache, so nobody is left on stale assets.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // The page itself: network first, so a new release is seen at once;
    // offline, the cached page (whatever the query: the scenario is in it).
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put('./', copy));
          return res;
        })
        .catch(() => caches.match('./')),
    );
    return;
  }
  // Hashed assets never change under one name: cache first.
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
