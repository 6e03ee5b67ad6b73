// --- Language at the site root (added by the build; see src/site/hosting/choose_locale.js) ---
// On the English home page only: a stored choice from the language switcher
// wins, then the browser's first published language (by its primary
// subtag: "fr-CA" is French), then English. Other locales live under /<code>/. A module's top-level
// await stops the start-up here, so the English wasm is never fetched.
{
  // The build writes the published codes here (src/bin/prerender.rs).
  const published = /*PUBLISHED*/ ['en'];
  const base = new URL('./', document.baseURI).pathname;
  const atRoot = location.pathname === base || location.pathname === base + 'index.html';
  let stored = null;
  try {
    stored = localStorage.getItem('cop-explorer-locale');
  } catch (_) {
    // Storage may be blocked: fall back to the browser's languages.
  }
  const browser = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])
    .map((tag) => String(tag).split(/[-_]/)[0].toLowerCase());
  const choice = published.includes(stored) ? stored : browser.find((code) => published.includes(code)) || 'en';
  if (atRoot && choice !== 'en' && !document.documentElement.hasAttribute('data-not-found')) {
    location.replace(base + choice + '/' + location.search + location.hash);
    await new Promise(() => {});
  }
}
