
// --- Offline support (added by the build; see src/hosting/register_sw.js) ---
// Registers the service worker and, when a new version of the site has been
// downloaded, shows the page's own "new version" prompt (rendered hidden by
// the app, so it is in the visitor's language).
(() => {
  const root = document.documentElement;
  // Widgets run inside other sites' frames, often sandboxed: no worker there.
  if (!('serviceWorker' in navigator) || root.hasAttribute('data-widget')) return;
  let reloading = false;
  const offer = (worker) => {
    const prompt = document.getElementById('update-prompt');
    if (!prompt) return;
    prompt.hidden = false;
    const button = prompt.querySelector('button');
    if (button) button.onclick = () => {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  navigator.serviceWorker
    .register(new URL('sw.js', document.baseURI), { scope: new URL('./', document.baseURI).pathname })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          // "installed" with a controller present means an update, not the first visit.
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    })
    // Private modes and some embedded contexts refuse workers: the site works without.
    .catch(() => {});
})();
