// COP Explorer widget frame script (loaded by every /widget/ page, before
// the first paint). It applies the embed options at once, without waiting
// for the app, and reports the content height to the host page so that
// embed.js can size the iframe: no inner scrollbar, no cut-off content.
// It reads nothing but its own address.
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var compact = params.get('compact');
  if (compact === '' || compact === '1' || compact === 'true') root.setAttribute('data-compact', '');

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
