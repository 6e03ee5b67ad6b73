// --- COP Explorer start-up (written by the build; see src/site/hosting/boot.js) ---
// Pages are prerendered HTML. This script decides whether and when a page
// loads a wasm, which holds only islands (src/browser/islands/):
//   - at once, when the page has an island that is not lazy;
//   - the header's search suggestions: on the first focus or keystroke in
//     the search box (the box is a plain form until then);
//   - the update prompt: when the service worker has a new version waiting.
// It also does the few things every page needs without the wasm.
/** The wasm builds, each with the islands it carries: one per group of
 * islands (scripts/build.sh), so a page downloads only what it runs. */
const BUILDS = __WASM_BUILDS__;
/** Islands hydrated on demand, by their component name's prefix. */
const LAZY = __LAZY_ISLANDS__;
const root = document.documentElement;
const isLazy = (el) => LAZY.some((prefix) => (el.dataset.component || '').startsWith(prefix));

/** Lets the browser handle input and paint before the next step: starting
 * the wasm, hydrating an island and its first live render (src/browser/islands/live.rs)
 * each run in a task of their own, none long enough to block a slow phone. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The page inlines only the rules its prerendered HTML uses
 * (src/site/stylesheet/); the whole stylesheet, named on that <style>, is for
 * what islands and this script draw later. A script-inserted stylesheet
 * does not hold up the first paint; islands wait for it (loaded or not). */
const wholeStylesheet = new Promise((resolve) => {
  const inline = document.querySelector('style[data-full-stylesheet]');
  if (!inline) return resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = inline.dataset.fullStylesheet;
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});

const started = new Map();
/** Loads and starts a build once; resolves to its module. */
function load(build) {
  if (!started.has(build)) {
    started.set(
      build,
      import(build.js).then(async (mod) => {
        await Promise.all([mod.default({ module_or_path: build.wasm }), wholeStylesheet]);
        await nextTask();
        mod.hydrate();
        return mod;
      }),
    );
  }
  return started.get(build);
}
/** Hydrates one island (once), with the build that carries it. */
function hydrateIsland(el) {
  const name = el.dataset.component;
  const build = BUILDS.find((candidate) => candidate.islands.includes(name));
  if (!build) {
    console.warn(`COP Explorer: no code for the island ${name}`);
    return Promise.resolve();
  }
  return load(build).then(async (mod) => {
    await nextTask();
    if (el.dataset.hydrated !== undefined) return;
    el.dataset.hydrated = '';
    mod[name](el);
    // The island turns live in the next task (use_live): resolve after it.
    await nextTask();
  });
}
const islands = [...document.querySelectorAll('leptos-island')];
// A widget with an option it does not understand shows an error card
// instead (public/widget.js): nothing to start there.
const eager = root.hasAttribute('data-bad-option') ? [] : islands.filter((el) => !isLazy(el));
if (eager.length) {
  Promise.all(eager.map(hydrateIsland))
    // Tells scripts (and the browser tests) that the page is live.
    .then(() => root.setAttribute('data-hydrated', ''))
    // Without the wasm the page stays as prerendered: readable, links
    // working; <html data-static> tells the CSS to show what it kept hidden
    // for the islands.
    .catch((err) => {
      root.setAttribute('data-static', '');
      console.warn('COP Explorer stays a static page:', err);
    });
}
/** Wakes a lazy island, e.g. `wake('SearchBox_')`. */
function wake(prefix) {
  const el = islands.find((island) => (island.dataset.component || '').startsWith(prefix));
  return el ? hydrateIsland(el) : Promise.resolve();
}

/** Starts downloading a lazy island's search index (its `index_url` prop)
 * beside the island's own code: the island asks for it only once it runs,
 * a round trip and a download later on a slow link. The island's fetch then
 * takes the preloaded response. */
function preloadIndex(prefix) {
  const el = islands.find((island) => (island.dataset.component || '').startsWith(prefix));
  let url;
  try {
    url = el && JSON.parse(el.dataset.props || '{}').index_url;
  } catch {
    return;
  }
  if (!url) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
}

// Search suggestions: on first use of the header's search box.
const search = document.getElementById('site-search-input');
if (search) {
  const start = () => {
    search.removeEventListener('focus', start);
    search.removeEventListener('input', start);
    preloadIndex('SearchBox_');
    wake('SearchBox_').catch(() => {});
  };
  search.addEventListener('focus', start);
  search.addEventListener('input', start);
  if (document.activeElement === search) start();
}

// The language switcher remembers the choice, and keeps the query and section.
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[data-locale]');
  if (link) {
    try {
      localStorage.setItem('cop-explorer-locale', link.dataset.locale);
    } catch (_) {
      // Storage may be blocked: the link still works.
    }
    const plain = !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0);
    if (plain && (location.search || location.hash)) {
      event.preventDefault();
      location.assign(link.href + location.search + location.hash);
    }
    return;
  }
  // "Print this page" buttons.
  if (event.target.closest && event.target.closest('[data-print]')) window.print();
});

// Dates in the reader's language, by the browser's Intl, in the locale the
// prerenderer named (the same one its own wording used: no layout shift).
for (const time of document.querySelectorAll('time[data-local-date]')) {
  const lang = time.dataset.localDate || root.lang || 'en-GB';
  const [y, m, d] = (time.getAttribute('datetime') || '').split('-').map(Number);
  if (!y || !m || !d) continue;
  try {
    time.textContent = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(Date.UTC(y, m - 1, d));
  } catch (_) {
    // An old browser without this locale keeps the prerendered wording.
  }
}
// The full address on printed sheets, and the address on the not-found page.
for (const el of document.querySelectorAll('[data-page-url]')) el.textContent = location.href;
// Printed addresses of other pages, when the build had no site URL.
for (const el of document.querySelectorAll('a[data-absolute-href]')) el.textContent = el.href;
for (const el of document.querySelectorAll('[data-not-found-address]')) {
  const code = document.createElement('code');
  code.textContent = location.pathname;
  el.replaceChildren(el.dataset.before || '', code, el.dataset.after || '');
}

// Offline use: register the service worker; when a new version has been
// downloaded, wake the update prompt, whose button sends us this event.
(() => {
  // Widgets run inside other sites' frames, often sandboxed: no worker there.
  if (root.hasAttribute('data-widget')) return;
  let container;
  try {
    container = navigator.serviceWorker;
  } catch (_) {
    return;
  }
  if (!container) return;
  let reloading = false;
  let waiting = null;
  const offer = (worker) => {
    waiting = worker;
    // Marks the page (for scripts and tests) before the prompt's island wakes.
    root.setAttribute('data-update-waiting', '');
    wake('UpdatePrompt_').catch(() => {});
  };
  // Each language has its own worker, but English's scope (the site root)
  // covers every folder: on a first visit to /fr/, English's worker
  // controls the page while the French one installs. Only a worker that
  // replaces this folder's own is a new version.
  const ownScript = new URL('sw.js', document.baseURI).href;
  const isUpdate = () => Boolean(container.controller && container.controller.scriptURL === ownScript);
  document.addEventListener('cop-explorer:update-accepted', () => {
    if (!waiting) return;
    reloading = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  container.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  container
    .register(ownScript, { scope: new URL('./', document.baseURI).pathname })
    .then((registration) => {
      if (registration.waiting && isUpdate()) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          // "installed" while this folder's worker controls the page means
          // an update, not the first visit.
          if (worker.state === 'installed' && isUpdate()) offer(worker);
        });
      });
    })
    // Private modes and some embedded contexts refuse workers: the site works without.
    .catch(() => {});
})();
