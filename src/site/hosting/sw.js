// COP Explorer service worker: makes the site work offline after one visit.
// Generated at build time from src/site/hosting/sw.js: the build replaces the
// placeholders below with the real file list of dist/ (never hand-kept).
'use strict';

const VERSION = '__VERSION__';
// This language's base path, e.g. "/", "/cop/" or "/cop/fr/".
const BASE = '__BASE__';
// Absolute paths fetched on install: the app shell that all languages share
// at the site root (hashed wasm, JS and CSS), and this language's main pages.
// Other pages are kept once they have been visited.
const PRECACHE = __PRECACHE__;
// The other islands' code (hashed JS and wasm at the site root, one pair
// per island): saved when a page first uses it, not on install.
const ON_USE = __ON_USE__;
// Every language has its own worker under its own base on the same origin:
// each keeps to its own caches.
const FAMILY = `cop-explorer:${BASE}:`;
const CACHE = FAMILY + VERSION;
// The offline page's words, in this worker's language.
const TEXT = __TEXT__;
// A slow link should not hold a page hostage: after this long, a saved copy wins.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the visitor chooses to
  // reload (the page shows a prompt), so a page never mixes two versions.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(FAMILY) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Never cache or answer requests to other origins, or outside this
  // language's pages and the shared shell.
  if (url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(BASE) && !PRECACHE.includes(url.pathname) && !ON_USE.includes(url.pathname)) return;
  event.respondWith(request.mode === 'navigate' ? pageResponse(request, url) : assetResponse(request));
});

// Pages: the network first, so a new version is seen at once; a saved copy
// when offline or when the network is too slow.
async function pageResponse(request, url) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic' && !response.redirected) cache.put(request, response.clone());
    return response;
  });
  const saved = () => savedPage(cache, url);
  try {
    return await Promise.race([network, timeout(NETWORK_TIMEOUT_MS).then(async () => (await saved()) || network)]);
  } catch {
    return (await saved()) || offlinePage();
  }
}

// "/cop/meeting", "/cop/meeting/" and "/cop/meeting/index.html" are one page.
async function savedPage(cache, url) {
  const path = url.pathname;
  const candidates = path.endsWith('/') ? [path, path + 'index.html'] : [path, path + '/'];
  for (const candidate of candidates) {
    const hit = await cache.match(url.origin + candidate, { ignoreSearch: true });
    if (hit) return hit;
  }
  return null;
}

function offlinePage() {
  const stylesheet = PRECACHE.find((path) => path.endsWith('.css'));
  const html = `<!doctype html><html lang="${TEXT.lang}" dir="${TEXT.dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${TEXT.title} - COP Explorer</title>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}">` : ''}</head>
<body><main id="main" class="page"><h1>${TEXT.title}</h1>
<p>${TEXT.body}</p>
<p><a href="${BASE}">${TEXT.home}</a></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// Hashed assets never change, so a saved copy is always right; other files
// are saved on first use (e.g. the content of the visitor's language).
async function assetResponse(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') cache.put(request, response.clone());
  return response;
}

function timeout(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
