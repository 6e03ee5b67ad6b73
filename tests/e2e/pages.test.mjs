// Every page in every built language, and every widget, visited once.
//
// Loading a page is most of a browser test's cost, so each visit makes every
// check that concerns a single page: status, heading, content, title and
// description, <html lang dir>, the landmarks, the language switcher, the
// links to the home page, no inline script and no CSP violation, wasm
// exactly where an island starts at once (and then <html data-hydrated>),
// no console error, no request leaving the site, and axe (in English,
// Arabic and Chinese).
//
// The server sends the build's own `_headers`, so the pages run under the
// CSP a static host would send.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatViolations, launchBrowser, openPage, runAxe } from './harness.mjs';
import { startServer } from './server.mjs';
import { DIST_ROOT, assertClean, hasEagerIslands, heading, langDir, switcherLinks, waitForHydration } from './visit.mjs';
import { NOT_FOUND_HEADING, pagesWithIslands, widgets } from './routes.mjs';
import { builtLocales, folderPath, locale, localePath, minLength, routesIn } from './locale_routes.mjs';

const BUILT = builtLocales(DIST_ROOT);
const BLOCKED_WORKER = '[warning] Service Worker registration blocked by Playwright';
/** axe runs on every page in these languages: left to right, right to left, and CJK. */
const AXE_LOCALES = ['en', 'ar', 'zh'];

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer({ dir: DIST_ROOT, headers: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * One browser context for a run of visits (fresh contexts cost more than
 * the visits themselves), with the browser's language set to `code` so that
 * the root does not send it elsewhere. Service workers are off: offline use
 * is tested in hosting.test.mjs, and here every page must fetch for itself.
 * Returns `visit(path)`, which goes to `path` and records what that visit
 * did: its response, .wasm requests, console errors, foreign requests and
 * CSP violations.
 */
async function visitor(code) {
  const opened = await openPage(browser, {
    origin: server.url,
    contextOptions: { locale: code === 'en' ? 'en-GB' : code, serviceWorkers: 'block' },
  });
  let wasm = [];
  opened.page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(r.url());
  });
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const visit = async (path) => {
    // Leave the last page first, so that nothing it started (the embed
    // builder's preview frame, say) is counted against the next one.
    await opened.page.goto('about:blank');
    wasm = [];
    opened.consoleErrors.length = 0;
    opened.foreignRequests.length = 0;
    // goto waits for the load event: by then the start-up script (a module)
    // has run and decided whether this page loads the wasm.
    const response = await opened.page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    await opened.page.locator('h1').first().waitFor();
    await waitForHydration(opened.page);
    // Playwright's own note that it blocked the worker, not the site's.
    const consoleErrors = opened.consoleErrors.filter((e) => !e.startsWith(BLOCKED_WORKER));
    return { ...opened, consoleErrors, response, wasm };
  };
  return { visit, close: () => opened.context.close() };
}

/** The checks every visited page gets, pages and widgets alike. */
async function assertPageBasics(opened, path, { islands, axe, notFound = false }) {
  const { page } = opened;
  assert.equal(await page.locator('script:not([src])').count(), 0, `inline scripts on ${path}`);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], `CSP violations on ${path}`);
  assert.equal(await hasEagerIslands(page), islands, `an island starts at once on ${path}`);
  if (islands) {
    // (The embed builder's preview frame is a widget with an island too.)
    assert.ok(opened.wasm.length >= 1, `the wasm is loaded on ${path}`);
    assert.equal(await page.locator('html[data-hydrated]').count(), 1, `${path} is live`);
  } else {
    assert.deepEqual(opened.wasm, [], `no wasm on ${path}`);
    assert.equal(await page.locator('html[data-hydrated]').count(), 0, `nothing to hydrate on ${path}`);
  }
  if (axe) {
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `${path}: ${formatViolations(violations)}`);
  }
  assertClean(opened, path, { notFound });
}

/** Site pages: title, description, landmarks, switcher and home links. */
async function assertSitePage(page, code, route, path) {
  const title = await page.title();
  assert.match(title, /COP Explorer$/);
  if (route !== '/') assert.notEqual(title, 'COP Explorer', `${path} sets its own title`);
  const description = await page.locator('head meta[name="description"]').last().getAttribute('content');
  assert.ok(description && description.length > minLength(code, 30), `meta description on ${path}: ${description}`);
  for (const landmark of ['header', 'nav.site-nav', 'main', 'footer']) {
    assert.equal(await page.locator(landmark).count(), 1, `${landmark} landmark on ${path}`);
  }
  // Painted only once <main> follows it (style/main.css): a page whose header had another neighbour would show none.
  assert.ok(await page.locator('.site-header').isVisible(), `the header is shown on ${path}`);
  const text = await page.locator('main').innerText();
  const minimum = minLength(code, 200);
  assert.ok(text.length > minimum || route.startsWith('/search'), `${path} has content (${text.length} chars)`);

  // The switcher: this page in each built language, folder form, the current one marked.
  const links = await switcherLinks(page);
  assert.deepEqual(
    links,
    BUILT.map((other) => ({
      hreflang: other,
      lang: other,
      href: folderPath(other, route),
      current: other === code ? 'true' : null,
      name: locale(other).name,
    })),
    `language switcher on ${path}`,
  );

  // Links to the home page say "current page" on the home page only.
  const home = folderPath(code, '/');
  const marked = await page.locator(`a[href="${home}"][aria-current="page"]`).count();
  if (route === '/') assert.ok(marked >= 1, `the site name is marked as the current page on ${path}`);
  else assert.equal(marked, 0, `links to ${home} marked as the current page on ${path}`);
}

describe('every page in every built language, visited once', () => {
  for (const code of BUILT) {
    describe(code, () => {
      const expectedLangDir = { lang: code, dir: locale(code).dir };
      let browsing;
      before(async () => {
        browsing = await visitor(code);
      });
      after(async () => browsing?.close());

      for (const [route, expected] of routesIn(code)) {
        const path = localePath(code, route);
        it(`${path} shows "${expected}", runs under the CSP, and ${pagesWithIslands.includes(route) ? 'hydrates its islands' : 'loads no wasm'}`, async () => {
          const opened = await browsing.visit(path);
          assert.equal(opened.response?.status(), 200, `HTTP status of ${path}`);
          assert.equal(await heading(opened.page), expected);
          assert.deepEqual(await langDir(opened.page), expectedLangDir, `<html lang dir> on ${path}`);
          await assertSitePage(opened.page, code, route, path);
          await assertPageBasics(opened, path, { islands: pagesWithIslands.includes(route), axe: AXE_LOCALES.includes(code) });
        });
      }
    });
  }

  it('/no-such-page shows the not-found page, with status 404', async () => {
    const browsing = await visitor('en');
    try {
      const opened = await browsing.visit('/no-such-page');
      assert.equal(opened.response?.status(), 404);
      assert.equal(await heading(opened.page), NOT_FOUND_HEADING);
      assert.ok(await opened.page.locator('.site-header').isVisible(), 'the header is shown on the not-found page');
      await assertPageBasics(opened, '/no-such-page', { islands: false, axe: true, notFound: true });
    } finally {
      await browsing.close();
    }
  });
});

describe('every widget, visited once', () => {
  let browsing;
  before(async () => {
    browsing = await visitor('en');
  });
  after(async () => browsing?.close());

  for (const [route, expected] of widgets) {
    it(`${route} renders "${expected}" without site chrome, and ${route === '/widget/grid' ? 'hydrates its island' : 'loads no wasm'}`, async () => {
      const opened = await browsing.visit(`${route}/`);
      assert.equal(opened.response?.status(), 200, `HTTP status of ${route}`);
      assert.equal((await opened.page.locator('h1').innerText()).trim(), expected);
      assert.equal(await opened.page.locator('.site-header, .site-footer').count(), 0, 'no site chrome');
      await assertPageBasics(opened, route, { islands: pagesWithIslands.includes(route), axe: true });
    });
  }
});
