// The site as hosts serve it: Debian's nginx and Apache, each run with the
// config the build writes (nginx.conf, .htaccess), for the root build and
// the sub-path build. On each: every page, unknown addresses, the types,
// compression and caching of files, the security headers, the grid live in
// Chromium and offline, and a widget embedded by a page on another origin.
// Last, the Node test server (which the other browser tests use, for speed)
// must answer as nginx does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, repoRoot } from './harness.mjs';
import { startServer } from './server.mjs';
import { DIST_ROOT, heading } from './visit.mjs';
import { HAVE_APACHE, HAVE_NGINX, HAVE_NGINX_BROTLI, startApache, startNginx } from './real_servers.mjs';

const DIST_SUBPATH = process.env.DIST_SUBPATH;
const SUBPATH = process.env.SUBPATH || '/cop/';
const BUILDS = [{ dir: DIST_ROOT, base: '/' }, ...(DIST_SUBPATH ? [{ dir: DIST_SUBPATH, base: SUBPATH }] : [])];
// In CI the servers must be there (bootstrap.sh installs them); a developer
// without them is told so by skipped tests.
const REQUIRED = Boolean(process.env.CI);
const SERVERS = [
  { name: 'nginx', have: HAVE_NGINX, start: (build) => startNginx(build) },
  { name: 'nginx with brotli_static', have: HAVE_NGINX_BROTLI, start: (build) => startNginx({ ...build, brotli: true }) },
  { name: 'Apache', have: HAVE_APACHE, start: (build) => startApache(build) },
];
const FINGERPRINTED = /-[0-9a-f]{10,16}(_bg)?\.[a-z]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

it('the real servers are installed where CI runs', { skip: !REQUIRED && 'not in CI' }, () => {
  assert.ok(HAVE_NGINX && HAVE_NGINX_BROTLI && HAVE_APACHE, 'scripts/bootstrap.sh installs nginx, its brotli_static module and apache2');
});

/** Every page of a build, as the folder address a visitor asks for ("ar/risks/"). */
async function pageAddresses(dir) {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => path.relative(dir, e.parentPath).split(path.sep).join('/'))
    .map((folder) => (folder ? `${folder}/` : ''));
}

/** The language folders of a build ("ar", "fr", ...): those with their own 404 page. */
async function languageFolders(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const folders = [];
  for (const e of entries) {
    if (e.isDirectory() && (await fs.stat(path.join(dir, e.name, '404.html')).catch(() => null))) folders.push(e.name);
  }
  return folders;
}

/** Runs `task` over `items`, `width` at a time; returns the results in order. */
async function inParallel(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]);
      }
    }),
  );
  return results;
}

for (const server of SERVERS) {
  for (const build of BUILDS) {
    describe(`${server.name} serving the build for ${build.base}`, { skip: !server.have && `${server.name} is not installed` }, () => {
      let site;
      const at = (address) => new URL(address, site.url).href;
      before(async () => {
        site = await server.start(build);
      });
      after(async () => {
        await site?.close();
      });

      it('every page in every language is HTML, revalidated, under its security policy', async () => {
        const addresses = await pageAddresses(build.dir);
        assert.ok(addresses.length > 100, `${addresses.length} pages`);
        const wrong = await inParallel(addresses, 8, async (address) => {
          const response = await fetch(at(address));
          await response.arrayBuffer();
          const h = (name) => response.headers.get(name) ?? '';
          const framing = /(^|\/)widget\//.test(address) ? "frame-ancestors *" : "frame-ancestors 'self'";
          const problems = [
            response.status !== 200 && `status ${response.status}`,
            h('content-type') !== 'text/html; charset=utf-8' && `type ${h('content-type')}`,
            h('cache-control') !== 'no-cache' && `cache ${h('cache-control')}`,
            !/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/.test(h('content-security-policy')) && 'no stylesheet hash in the CSP',
            !h('content-security-policy').includes(framing) && `CSP without ${framing}`,
            /unsafe-inline/.test(h('content-security-policy')) && 'unsafe-inline',
            h('x-content-type-options') !== 'nosniff' && 'no nosniff',
            h('referrer-policy') !== 'no-referrer' && 'no referrer policy',
            !h('permissions-policy').includes('camera=()') && 'no permissions policy',
          ].filter(Boolean);
          return problems.length ? `${address}: ${problems.join(', ')}` : null;
        });
        assert.deepEqual(wrong.filter(Boolean), []);
      });

      it('an unknown address gets the not-found page of its language, with status 404', async () => {
        const cases = [
          ['no/such/page/', 'en'],
          ['missing-0123456789abcdef.js', 'en'],
          ...(await languageFolders(build.dir)).map((folder) => [`${folder}/no/such/page`, folder]),
        ];
        for (const [address, lang] of cases) {
          const response = await fetch(at(address));
          const html = await response.text();
          assert.equal(response.status, 404, address);
          assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', address);
          assert.match(html, /data-not-found/, `${address}: the site's not-found page`);
          assert.match(html, new RegExp(`<html[^>]* lang="${lang}"`), `${address}: in ${lang}`);
          assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/, address);
        }
        const redirect = await fetch(at('risks'), { redirect: 'manual' });
        assert.equal(redirect.status, 301, 'a folder without its slash is redirected');
        assert.equal(new URL(redirect.headers.get('location'), site.url).pathname, `${build.base}risks/`);
      });

      it('wasm, scripts and hashed files come compressed and immutable; pages and the worker are revalidated', async () => {
        const files = (await fs.readdir(build.dir)).filter((f) => FINGERPRINTED.test(f));
        assert.ok(files.filter((f) => f.endsWith('.wasm')).length >= 2, files.join());
        const encodings = new Set();
        for (const file of files) {
          const response = await fetch(at(file), { headers: { 'accept-encoding': 'br, gzip' } });
          const body = Buffer.from(await response.arrayBuffer());
          const expected = await fs.readFile(path.join(build.dir, file));
          const type = response.headers.get('content-type');
          assert.equal(response.status, 200, file);
          assert.equal(response.headers.get('cache-control'), IMMUTABLE, file);
          assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
          assert.match(response.headers.get('vary') ?? '', /Accept-Encoding/i, file);
          if (file.endsWith('.wasm')) assert.equal(type, 'application/wasm', file);
          if (file.endsWith('.js')) assert.equal(type, 'text/javascript; charset=utf-8', file);
          if (file.endsWith('.css')) assert.equal(type, 'text/css; charset=utf-8', file);
          encodings.add(response.headers.get('content-encoding'));
          assert.ok(body.equals(expected), `${file}: the bytes of the file, once decoded`);
        }
        const expected = server.name === 'nginx' ? 'gzip' : 'br';
        assert.deepEqual([...encodings], [expected], 'every file sent in its precompressed copy');
        for (const file of ['sw.js', '', 'risks/']) {
          const response = await fetch(at(file));
          assert.equal(response.headers.get('cache-control'), 'no-cache', file || 'home');
        }
        const gz = await fetch(at('risks/'), { headers: { 'accept-encoding': 'gzip' } });
        assert.equal(gz.headers.get('content-encoding'), 'gzip', 'pages too, for gzip-only clients');
        const plain = await fetch(at('risks/'), { headers: { 'accept-encoding': 'identity' } });
        assert.equal(plain.headers.get('content-encoding'), null, 'and plain for those that take none');
        assert.equal(Buffer.from(await plain.arrayBuffer()).toString('utf8'), await fs.readFile(path.join(build.dir, 'risks', 'index.html'), 'utf8'));
      });

      it('in Chromium the grid is styled and live, with no console error, and works offline', async () => {
        const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
        const page = await context.newPage();
        const problems = [];
        page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`[${m.type()}] ${m.text()}`));
        page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`[failed] ${r.url()}`));
        try {
          await page.goto(at('risks/?cell=contact-sexual'));
          await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20000 });
          const styled = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--measure').trim());
          assert.equal(styled, '70ch', 'the inline stylesheet applies (allowed by its hash)');
          assert.equal(await page.locator('#cell-contact-sexual').getAttribute('aria-expanded'), 'true', 'the cell named in the address is open');
          assert.ok(await page.locator('#detail-contact-sexual').isVisible(), 'its explanation shows');
          await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20000 });
          const title = await heading(page);
          await context.setOffline(true);
          await page.reload();
          assert.equal(await heading(page), title, 'the page again, from the worker, offline');
          await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20000 });
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      });

      it("a page on another origin embeds a widget with the loader of a language's builder, and its frame fits the widget", async () => {
        // The snippet of /fr/embed/ names /fr/embed.js (src/shared/widgets.rs).
        const folders = await languageFolders(build.dir);
        const lang = folders.includes('fr') ? 'fr' : folders[0];
        assert.ok(lang, 'the build has a language besides English');
        const strings = JSON.parse(await fs.readFile(path.join(repoRoot(), 'locales', lang, 'embed.json'), 'utf8'));
        const hostDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-partner-'));
        await fs.writeFile(
          path.join(hostDir, 'index.html'),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>` +
            `<h1>A partner's page</h1><div data-cop-widget="risk/contact"></div><script src="${at(`${lang}/embed.js`)}" async></script></body></html>`,
        );
        const host = await startServer({ dir: hostDir, host: '127.0.0.2' });
        const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
        try {
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(host.url);
          const element = page.locator('iframe');
          await element.waitFor();
          await element.scrollIntoViewIfNeeded();
          const frame = await (await element.elementHandle()).contentFrame();
          await frame.locator('main h1').waitFor({ timeout: 20000 });
          assert.equal(await frame.evaluate(() => document.documentElement.lang), lang, 'the widget in the language of the loader');
          assert.equal(await element.getAttribute('title'), strings.widget_description, 'the frame is named in that language');
          // The loader sizes the frame to the widget once the widget reports its height.
          let sizes;
          for (let tries = 0; tries < 60; tries++) {
            sizes = {
              outer: await element.evaluate((f) => f.getBoundingClientRect().height),
              content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
            };
            if (sizes.outer > 300 && Math.abs(sizes.outer - Math.ceil(sizes.content)) <= 1) break;
            await new Promise((r) => setTimeout(r, 100));
          }
          assert.ok(sizes.outer > 300 && Math.abs(sizes.outer - Math.ceil(sizes.content)) <= 1, `frame ${sizes.outer} px for ${sizes.content} px of widget`);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
          await host.close();
          await fs.rm(hostDir, { recursive: true, force: true });
        }
      });
    });
  }
}

describe('Apache without its optional modules', { skip: !HAVE_APACHE && 'Apache is not installed' }, () => {
  it('still serves pages and wasm with their types (the .htaccess guards each module)', async () => {
    const site = await startApache({ dir: DIST_ROOT, modules: [] });
    try {
      const page = await fetch(new URL('risks/', site.url));
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      const wasm = (await fs.readdir(DIST_ROOT)).find((f) => f.endsWith('.wasm'));
      const response = await fetch(new URL(wasm, site.url));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/wasm');
      const missing = await fetch(new URL('no/such/page', site.url));
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /data-not-found/);
    } finally {
      await site.close();
    }
  });
});

describe('the Node test server answers as nginx does', { skip: !HAVE_NGINX && 'nginx is not installed' }, () => {
  it('the same status, type and caching for pages, files, redirects and unknown addresses', async () => {
    const files = await fs.readdir(DIST_ROOT);
    const hashed = files.filter((f) => FINGERPRINTED.test(f)).slice(0, 6);
    const arIndex = (await fs.readdir(path.join(DIST_ROOT, 'ar'))).find((f) => FINGERPRINTED.test(f));
    const addresses = [
      '', 'risks/', 'risks', 'ar/', 'ar/risks/contact/', 'widget/grid/', 'no/such/page', 'ar/no/such', 'missing.js',
      'sw.js', 'ar/sw.js', 'embed.js', 'manifest.webmanifest', 'robots.txt', 'sitemap.xml', 'oembed/grid.json',
      ...files.filter((f) => /\.(svg|png)$/.test(f)).slice(0, 2),
      ...hashed, ...(arIndex ? [`ar/${arIndex}`] : []),
    ];
    const node = await startServer({ dir: DIST_ROOT, headers: true });
    const nginx = await startNginx({ dir: DIST_ROOT });
    try {
      const answers = async (base) =>
        Promise.all(
          addresses.map(async (address) => {
            const response = await fetch(new URL(address, base), { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
            await response.arrayBuffer();
            const h = response.headers;
            if (response.status >= 300 && response.status < 400) {
              return `${address}: ${response.status} to ${new URL(h.get('location'), base).pathname}`;
            }
            return `${address || '/'}: ${response.status} ${h.get('content-type')} | ${h.get('cache-control')} | ${h.get('content-encoding')}`;
          }),
        );
      assert.deepEqual(await answers(node.url), await answers(nginx.url));
    } finally {
      await node.close();
      await nginx.close();
    }
  });
});
