// COP Explorer widget frame script (loaded by every /widget/ page, before
// the first paint). It applies the embed options at once, without waiting
// for the app, and reports the content height to the host page so that
// embed.js can size the iframe: no inner scrollbar, no cut-off content.
// It reads nothing but its own address. An option it does not understand
// gets the widget's "could not be found" card instead of the widget.
(function () {
  'use strict';
  var root = document.documentElement;
  // The host served its not-found page for an unknown widget address: show
  // the widget's card instead, and behave as a widget (no service worker).
  if (root.hasAttribute('data-not-found') && /\/widget\//.test(location.pathname)) {
    root.setAttribute('data-widget', '');
    document.addEventListener('DOMContentLoaded', function () {
      var card = document.getElementById('widget-not-found');
      if (!card) return;
      var main = card.content.firstElementChild.cloneNode(true);
      document.body.replaceChildren(main);
      document.title = main.querySelector('h1').textContent + ' – COP Explorer';
    });
  }
  var params = new URLSearchParams(location.search);
  // The same rules as widgets::parse_options: theme, compact, and the
  // loader's frame id. Anything else gets the "could not be found" card.
  var bad = null;
  params.forEach(function (value, name) {
    var ok = (name === 'theme' && /^(auto|light|dark)$/.test(value)) ||
      (name === 'compact' && /^(|1|true|0|false)$/.test(value)) ||
      (name === 'embed' && /^[A-Za-z0-9-]{1,32}$/.test(value));
    if (!ok && !bad) bad = { name: name, value: value };
  });
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var compact = params.get('compact');
  if (compact === '' || compact === '1' || compact === 'true') root.setAttribute('data-compact', '');
  if (bad) {
    // Tells the start-up script not to start the widget's island.
    root.setAttribute('data-bad-option', '');
    document.addEventListener('DOMContentLoaded', function () {
      var card = document.getElementById('widget-bad-option');
      var main = document.querySelector('main');
      if (!card || !main) return;
      var replacement = card.content.firstElementChild.cloneNode(true);
      replacement.querySelectorAll('[data-slot]').forEach(function (slot) {
        slot.textContent = bad[slot.getAttribute('data-slot')] || '';
      });
      main.replaceWith(replacement);
      document.title = replacement.querySelector('h1').textContent + ' – COP Explorer';
    });
  }

  // In a frame sandboxed without allow-same-origin, as WordPress embeds
  // with sandbox="allow-scripts", the origin is opaque and the links, which
  // open a new tab, are blocked unless popups are allowed. Each link then
  // shows its full address as text, to copy (style/main.css).
  if (self.origin === 'null') {
    root.setAttribute('data-sandboxed', '');
    var mark = function () {
      document.querySelectorAll('a[href]:not([data-address])').forEach(function (a) {
        a.setAttribute('data-address', a.href);
      });
    };
    document.addEventListener('DOMContentLoaded', function () {
      mark();
      new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
    });
  }

  if (window.parent === window) return;
  var frameId = params.get('embed') || '';
  var lastHeight = 0;
  function report() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    // The host's origin is unknown (and may be opaque): the message holds
    // nothing but a height. embed.js checks where it comes from.
    window.parent.postMessage({ type: 'cop-explorer:height', id: frameId, height: height }, '*');
  }
  function start() {
    report();
    if ('ResizeObserver' in window) new ResizeObserver(report).observe(root);
    else window.addEventListener('resize', report);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  window.addEventListener('load', report);
})();
