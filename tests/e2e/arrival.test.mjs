// A page on a slow link arrives in pieces, and the browser paints what it
// has. Nothing painted may move when the rest arrives: here the header is
// cut where its layout depends on what follows (the language list and the
// main navigation are aligned to the end, the phone menu is a <details>
// whose <summary> comes after it), and every layout shift is recorded.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { openPage } from './harness.mjs';
import { DIST_ROOT, useSite } from './visit.mjs';
import { builtLocales } from './locale_routes.mjs';

const site = useSite();
// One page in each direction; Arabic only when it was built.
const ROUTES = ['/plan/', ...(builtLocales(DIST_ROOT).includes('ar') ? ['/ar/partners/'] : [])];

/** Pause between two pieces of the page: long enough for a painted frame. */
const PAUSE_MS = 300;

/**
 * Byte offsets at which to cut `html`: inside the language list, between
 * the phone menu's <details> and its <summary>, and inside the main
 * navigation. Fails when the markup no longer has these places, so that
 * the test cannot pass by cutting nowhere.
 */
function cutPoints(html) {
  const afterNth = (from, marker, n) => {
    let at = from;
    for (let i = 0; i < n; i += 1) {
      at = html.indexOf(marker, at);
      assert.ok(at >= 0, `the page has ${n} × ${marker} after offset ${from}`);
      at += marker.length;
    }
    return at;
  };
  const switcher = html.indexOf('class="language-switcher"');
  const menu = html.indexOf('<details class="site-menu">');
  const nav = html.indexOf('id="site-nav"');
  assert.ok(switcher >= 0 && menu >= 0 && nav >= 0, 'the header has its language list, menu and navigation');
  return [afterNth(switcher, '</li>', 2), menu + '<details class="site-menu">'.length, afterNth(nav, '</li>', 2)];
}

/**
 * A server in front of the site that sends the page at `slowPath` in pieces
 * (cut at cutPoints) and everything else at once.
 */
async function startSlowProxy(upstream, slowPath) {
  const server = http.createServer(async (req, res) => {
    try {
      const response = await fetch(new URL(req.url, upstream), { redirect: 'manual' });
      const body = Buffer.from(await response.arrayBuffer());
      const headers = { 'content-type': response.headers.get('content-type') || 'application/octet-stream', 'cache-control': 'no-store' };
      if (response.headers.get('location')) headers.location = response.headers.get('location');
      if (new URL(req.url, upstream).pathname !== slowPath) {
        res.writeHead(response.status, headers).end(body);
        return;
      }
      res.writeHead(response.status, headers);
      let from = 0;
      for (const cut of cutPoints(body.toString('latin1'))) {
        res.write(body.subarray(from, cut));
        from = cut;
        await new Promise((r) => setTimeout(r, PAUSE_MS));
      }
      res.end(body.subarray(from));
    } catch (err) {
      res.writeHead(502).end(String(err));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

describe('the header does not move while the page arrives', () => {
  for (const width of [375, 1280]) {
    for (const route of ROUTES) {
      it(`${route} at ${width} px`, async () => {
        const proxy = await startSlowProxy(site.server.url, route);
        const opened = await openPage(site.browser, { origin: proxy.url, viewport: { width, height: 800 } });
        const { page, context } = opened;
        try {
          await page.addInitScript(() => {
            window.__shifts = [];
            window.__paintedBeforeEnd = false;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                const nodes = e.sources.map((s) => s.node?.nodeName?.toLowerCase() + (s.node?.className ? `.${s.node.className}` : ''));
                window.__shifts.push({ value: e.value, nodes });
              }
            }).observe({ type: 'layout-shift', buffered: true });
            // Proof that the test saw a page in pieces: a frame painted before the page was whole.
            requestAnimationFrame(function check() {
              if (document.readyState === 'loading' && document.querySelector('.site-header')) window.__paintedBeforeEnd = true;
              else if (document.readyState === 'loading') requestAnimationFrame(check);
            });
          });
          const response = await page.goto(new URL(route.replace(/^\//, ''), proxy.url).href);
          // The proxy answers 502 with the reason when it cannot cut the page.
          assert.equal(response.status(), 200, await response.text());
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          assert.ok(await page.evaluate(() => window.__paintedBeforeEnd), 'a frame came while the header was arriving');
          assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${route} at ${width} px moved while arriving`);
        } finally {
          await context.close();
          await proxy.close();
        }
      });
    }
  }
});
