/*! COP Explorer embed loader. Usage on any page:
 *    <div data-cop-widget="risk/contact" data-theme="dark" data-compact></div>
 *    <script src="https://SITE/embed.js" async></script>
 *  Turns each such element into an iframe of the widget, sized to its content.
 *  No dependencies, no cookies; it reads only the data-* attributes of the
 *  elements it replaces, never anything else on the host page. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var site = new URL('./', script.src); // the site's root, sub-path included
  var WIDGET = /^(grid|meeting|(risk|starters)\/[a-z]+|partner\/[a-z0-9-]+)$/;
  var frames = [];
  var count = 0;

  function frameFor(el) {
    var widget = (el.getAttribute('data-cop-widget') || '').replace(/^\/+|\/+$/g, '');
    var id = 'cop-' + ++count;
    // An unknown widget still gets a frame: the site shows a clear
    // "widget could not be found" card there, never a blank space.
    var src = new URL('widget/' + (WIDGET.test(widget) ? widget : 'unknown') + '/', site);
    var theme = el.getAttribute('data-theme');
    if (theme) src.searchParams.set('theme', theme);
    if (el.hasAttribute('data-compact')) src.searchParams.set('compact', '1');
    src.searchParams.set('embed', id);
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = el.getAttribute('data-title') || 'COP Explorer: child online protection for parents and educators';
    frame.loading = 'lazy';
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.display = 'block';
    frame.style.height = (parseInt(el.getAttribute('data-height'), 10) || 480) + 'px';
    return { id: id, frame: frame };
  }

  function mount() {
    var els = document.querySelectorAll('[data-cop-widget]:not([data-cop-mounted])');
    for (var i = 0; i < els.length; i++) {
      var made = frameFor(els[i]);
      els[i].setAttribute('data-cop-mounted', '');
      els[i].appendChild(made.frame);
      frames.push(made);
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'cop-explorer:height' || typeof data.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only our own frames, only from the site's origin, only their own id.
      if (event.source !== f.frame.contentWindow) continue;
      if (event.origin !== site.origin || data.id !== f.id) return;
      var height = Math.max(40, Math.min(Math.ceil(data.height), 20000));
      f.frame.style.height = height + 'px';
      return;
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
