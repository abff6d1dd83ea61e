// Perak Batankrajan service worker: the whole catalogue works offline once it has been opened.
// scripts/sw-manifest.py replaces the two placeholders at build time with the build's content hash and
// the list of every file in the build, so a new build always gets a new cache and never serves old wasm.
const VERSION = "__PERAK_VERSION__";
const PRECACHE = __PERAK_PRECACHE__;
const CACHE = `perak-${VERSION}`;
const SHELL = "/index.html";
// Kept by the app (src/platform/photo_cache.rs); not "perak-" so that a new version keeps it.
const PACKAGE_PHOTOS = "overlay-photos";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `no-cache` revalidates with the server, so a stale HTTP cache cannot leak into a new version.
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "no-cache" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("perak-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// The page decides when a waiting version takes over: never in the middle of someone's work.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // A file opened in a tab (`/sitemap.xml`, a preview picture) is itself, never the app's not-found page.
  if (request.mode === "navigate" && !/\.[A-Za-z0-9]+$/.test(url.pathname)) {
    // Every route of the app is the same shell; the router inside it shows the page.
    event.respondWith(caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  if (url.pathname.startsWith("/photos/")) {
    // A photo is in the photos of an applied catalogue package (the app's "overlay-photos" cache) or
    // in this version's precache (shipped); the package's wins, as its designs do.
    event.respondWith(
      caches
        .match(request, { cacheName: PACKAGE_PHOTOS })
        .then((hit) => hit || caches.match(request, { cacheName: CACHE }))
        .then((hit) => hit || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: false }).then((hit) => hit || fetch(request))
  );
});
