// Static-host behaviour: the _headers file (CSP, security and cache
// headers), framing rules, offline use through the service worker, the
// update prompt, and 404.html as the fallback for page addresses.
//
// The server here applies the build's own `_headers` file, as Netlify and
// Cloudflare Pages do (tests/e2e/server.mjs, `headers: true`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openPage, repoRoot } from './harness.mjs';
import { startServer } from './server.mjs';
import { DIST_ROOT, assertClean, heading, waitForHydration } from './visit.mjs';
import { NOT_FOUND_HEADING, pages, partners } from './routes.mjs';
import { LOCALES } from './locale_routes.mjs';

const DIST_SUBPATH = process.env.DIST_SUBPATH;
const SUBPATH = process.env.SUBPATH || '/cop/';
/** The builds under test: the root build, and the sub-path build when given. */
const BUILDS = [{ dir: DIST_ROOT, base: '/' }, ...(DIST_SUBPATH ? [{ dir: DIST_SUBPATH, base: SUBPATH }] : [])];

const headingOf = new Map(pages.map(([route, h1]) => [route, h1]));
const url = (server, route) => new URL(route.replace(/^\//, ''), server.url).href;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Every .html file under `dir`. */
async function htmlFiles(dir) {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
  assert.ok(files.length > 100, `${dir} holds the built pages (${files.length} found)`);
  return files;
}

/** A copy of a build in a temporary folder, for tests that change files. */
async function copyOfBuild(dir) {
  const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-build-'));
  await fs.cp(dir, copy, { recursive: true });
  return copy;
}

/** A fresh browser context that lets the service worker work (no request routing). */
async function swContext() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Waits until the service worker controls the page and has precached. */
async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
    timeout: 20000,
  });
}

describe('headers from _headers', () => {
  let server;
  before(async () => {
    server = await startServer({ dir: DIST_ROOT, headers: true });
  });
  after(async () => {
    await server?.close();
  });

  it('every page has the strict CSP, refuses framing, and sends the security headers', async () => {
    for (const [route] of pages) {
      const response = await fetch(url(server, route.endsWith('/') || route.includes('?') ? route : `${route}/`));
      assert.equal(response.status, 200, route);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/, `CSP on ${route}`);
      assert.doesNotMatch(csp, /unsafe-inline/, `no unsafe-inline on ${route}`);
      assert.match(csp, /frame-ancestors 'self'/, `frame-ancestors on ${route}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\)/);
      assert.equal(response.headers.get('cache-control'), 'no-cache', `pages are revalidated: ${route}`);
    }
  });

  it('fingerprinted files are immutable for a year; the service worker is never cached', async () => {
    const files = await fs.readdir(DIST_ROOT);
    const hashed = files.filter((f) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/.test(f));
    assert.ok(hashed.some((f) => f.endsWith('.wasm')) && hashed.some((f) => f.startsWith('boot-')), hashed.join());
    for (const file of hashed) {
      const response = await fetch(url(server, file));
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
    }
    const sw = await fetch(url(server, 'sw.js'));
    assert.equal(sw.headers.get('cache-control'), 'no-cache');
  });

  it('no built page has an inline script (each page runs under the CSP: pages.test.mjs)', async () => {
    const pagesWithInline = [];
    for (const build of BUILDS) {
      for (const file of await htmlFiles(build.dir)) {
        const html = await fs.readFile(file, 'utf8');
        // Every <script> tag must load a file: the CSP allows no inline code.
        for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
          if (!/\ssrc=/i.test(tag)) pagesWithInline.push(`${path.relative(build.dir, file)}: ${tag}`);
        }
      }
    }
    assert.deepEqual(pagesWithInline, []);
  });

  it('another site cannot frame the site', async () => {
    const host = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-host-'));
    await fs.writeFile(
      path.join(host, 'index.html'),
      `<!doctype html><title>Host</title><iframe title="COP Explorer" src="${url(server, 'risks/')}"></iframe>`,
    );
    const hostServer = await startServer({ dir: host, host: '127.0.0.2' });
    try {
      const { context, page } = await swContext();
      const blocked = [];
      page.on('console', (m) => blocked.push(m.text()));
      await page.goto(hostServer.url);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      assert.ok(frame, 'the iframe exists');
      assert.equal(await frame.locator('#page-heading').count(), 0, 'the framed page does not render');
      assert.ok(blocked.some((t) => t.includes('frame-ancestors')), blocked.join('\n'));
      await context.close();
    } finally {
      await hostServer.close();
    }
  });
});

for (const build of BUILDS) {
  describe(`offline use (build for ${build.base})`, () => {
    let server;
    let dir;
    before(async () => {
      dir = await copyOfBuild(build.dir);
      server = await startServer({ dir, base: build.base, headers: true });
    });
    after(async () => {
      await server?.close();
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('after one visit, the main pages and the pages seen work offline on reload', async () => {
      const { context, page, errors } = await swContext();
      await page.goto(url(server, '/'));
      await waitForHydration(page);
      await waitForWorker(page);
      // A page reached by a link is saved when it is loaded.
      const partner = partners[0];
      await page.goto(url(server, '/partners'));
      await waitForHydration(page);
      await page.locator(`main a[href$="/partners/${partner.id}/"]`).first().click();
      await page.locator('main h1', { hasText: partner.name }).waitFor();
      await page.waitForFunction(
        (address) => caches.match(address).then((hit) => Boolean(hit)),
        new URL(`partners/${partner.id}/`, server.url).href,
        { timeout: 10000 },
      );

      // One wasm per island: the worker saved the grid's and the self-check's
      // when it installed, and the directory filters' when /partners used it.
      // The other seven are saved only when a page uses them.
      const savedWasm = await page.evaluate(async () => {
        const names = [];
        for (const key of await caches.keys()) {
          for (const request of await (await caches.open(key)).keys()) {
            if (request.url.endsWith('.wasm')) names.push(request.url);
          }
        }
        return names.length;
      });
      assert.equal(savedWasm, 3, 'the wasm of the grid, the self-check and the directory filters');

      await context.setOffline(true);
      // The main pages, the four risk guides and the age-group guidance are
      // saved when the worker installs; other pages once seen. The islands
      // of /risks and the guides, and of every page seen, work offline.
      const guides = ['/risks/content', '/risks/contact', '/risks/conduct', '/risks/contract'];
      const bands = ['/guidance/under-9', '/guidance/9-12', '/guidance/13-18'];
      for (const route of ['/', '/risks', '/partners', '/guidance', ...guides, ...bands, `/partners/${partner.id}`]) {
        await page.goto(url(server, route));
        assert.equal(await heading(page), headingOf.get(route), `offline: ${route}`);
        await waitForHydration(page);
      }
      // A saved page whose island was never used reads as a static page.
      await page.goto(url(server, '/meeting'));
      assert.equal(await heading(page), headingOf.get('/meeting'), 'offline: /meeting');
      await page.locator('html[data-static]').waitFor({ state: 'attached' });
      assert.ok(await page.locator('main [data-kind]').first().isVisible(), 'the meeting items are all there');
      // A page never seen says so, with a way back.
      const unseen = partners[partners.length - 1];
      await page.goto(url(server, `/partners/${unseen.id}`));
      assert.equal(await heading(page), 'You are offline');
      assert.equal(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href'), build.base);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('a new build makes the page offer a reload, which brings in the new version', async () => {
      const { context, page, errors } = await swContext();
      await page.goto(url(server, '/about'));
      await waitForHydration(page);
      await waitForWorker(page);
      const prompt = page.locator('#update-prompt');
      assert.equal(await prompt.isVisible(), false, 'no prompt without a new version');

      // "Deploy" a new version: any change to the worker script is one.
      const swFile = path.join(dir, 'sw.js');
      await fs.appendFile(swFile, `\n// build ${Date.now()}\n`);
      await page.reload();
      await prompt.waitFor({ state: 'visible', timeout: 20000 });
      assert.match(await prompt.innerText(), /new version/i);
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await waitForHydration(page);
      assert.equal(await page.locator('#update-prompt').isVisible(), false, 'the prompt is gone after the reload');
      const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r && r.waiting)));
      assert.equal(waiting, false, 'the new version is active');
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('the update prompt works in Arabic too', { skip: !existsSync(path.join(build.dir, 'ar', 'sw.js')) && 'Arabic was not built' }, async () => {
      const ui = JSON.parse(await fs.readFile(path.join(repoRoot(), 'locales', 'ar', 'common.json'), 'utf8'));
      const { context, page, errors } = await swContext();
      await page.goto(url(server, '/ar/about'));
      await waitForWorker(page);
      const prompt = page.locator('#update-prompt');
      await fs.appendFile(path.join(dir, 'ar', 'sw.js'), `\n// build ${Date.now()}\n`);
      await page.reload();
      await prompt.waitFor({ state: 'visible', timeout: 20000 });
      assert.equal((await prompt.locator('p').innerText()).trim(), ui.update_available);
      assert.equal(await page.locator('html[data-update-waiting]').count(), 1, 'the page is marked as offering an update');
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: ui.update_reload }).click()]);
      assert.equal(await page.locator('#update-prompt').isVisible(), false, 'the prompt is gone after the reload');
      assert.deepEqual(errors, []);
      await context.close();
    });

    // Issue 24: English's worker (scope: the site root) controls /fr/ on a
    // first visit there, while the French worker installs. That is no update.
    it('switching language offers no update', async () => {
      const others = LOCALES.map((l) => l.code).filter((code) => code !== 'en').filter((code) => existsSync(path.join(build.dir, code, 'sw.js')));
      assert.ok(others.length > 0, 'another language was built');
      const { context, page, errors } = await swContext();
      // Marks <html data-test-installed> once a newly installed worker's
      // "installed" event has reached every listener, boot.js' included
      // (whose listener would have marked <html data-update-waiting>).
      await context.addInitScript(() => {
        const register = ServiceWorkerContainer.prototype.register;
        ServiceWorkerContainer.prototype.register = function (...args) {
          return register.apply(this, args).then((registration) => {
            registration.addEventListener('updatefound', () => {
              const worker = registration.installing;
              worker?.addEventListener('statechange', () => {
                if (worker.state !== 'installed') return;
                setTimeout(() => document.documentElement.setAttribute('data-test-installed', ''));
              });
            });
            return registration;
          });
        };
      });
      await page.goto(url(server, '/risks'));
      await waitForWorker(page);
      for (const code of others) {
        await page.goto(url(server, `/${code}/risks`));
        await page.locator('html[data-test-installed]').waitFor({ state: 'attached', timeout: 20000 });
        assert.equal(await page.locator('html[data-update-waiting]').count(), 0, `/${code}/: no update offered`);
        assert.equal(await page.locator('#update-prompt').isVisible(), false, `/${code}/: no prompt`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

describe('404.html for addresses the host has no file for', () => {
  let server;
  let dir;
  before(async () => {
    // A host without a file for /meeting/ serves 404.html there. (Every page
    // is its own prerendered file, so a complete upload never needs this.)
    dir = await copyOfBuild(DIST_ROOT);
    await fs.rm(path.join(dir, 'meeting'), { recursive: true });
    server = await startServer({ dir, headers: true });
  });
  after(async () => {
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('shows the not-found page, naming the address, with links that work', async () => {
    const opened = await openPage(browser, { origin: server.url });
    const response = await opened.page.goto(url(server, '/meeting/'));
    assert.equal(response.status(), 404, 'the host answered with its 404 page');
    assert.equal(await heading(opened.page), NOT_FOUND_HEADING);
    await opened.page.locator('main code', { hasText: '/meeting/' }).waitFor();
    await opened.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risks' }).click();
    await opened.page.locator('main h1', { hasText: headingOf.get('/risks') }).waitFor();
    assertClean(opened, '/meeting/ via 404.html', { notFound: true });
    await opened.context.close();
  });

  it('an unknown address shows the not-found page', async () => {
    const opened = await openPage(browser, { origin: server.url });
    await opened.page.goto(url(server, '/no/such/page'));
    assert.equal(await heading(opened.page), NOT_FOUND_HEADING);
    assertClean(opened, '/no/such/page', { notFound: true });
    await opened.context.close();
  });
});
