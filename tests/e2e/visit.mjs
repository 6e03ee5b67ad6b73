// Small helpers shared by the browser test files.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before } from 'node:test';
import { launchBrowser, openPage, repoRoot } from './harness.mjs';
import { startServer } from './server.mjs';

/** The build under test: DIST_ROOT, or dist/ by default. */
export const DIST_ROOT = process.env.DIST_ROOT || path.join(repoRoot(), 'dist');

/**
 * Starts Chromium and a server for DIST_ROOT before a test file's tests, and
 * stops both after them. Returns an object whose `browser` and `server`
 * are set once the tests run.
 */
export function useSite() {
  const site = { browser: null, server: null };
  before(async () => {
    site.browser = await launchBrowser();
    site.server = await startServer({ dir: DIST_ROOT });
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Opens a recorded page on server `srv`, goes to `route` and waits for the app's h1. */
export async function visitOn(browser, srv, route, { viewport, contextOptions } = {}) {
  const opened = await openPage(browser, { origin: srv.url, viewport, contextOptions });
  await opened.page.goto(new URL(route.replace(/^\//, ''), srv.url).href);
  await opened.page.locator('main h1').first().waitFor();
  await waitForHydration(opened.page);
  return opened;
}

/** Islands that the start-up script hydrates only on demand (src/site/hosting/boot.js). */
export const LAZY_ISLANDS = ['SearchBox_', 'UpdatePrompt_'];

/** Whether the page has an island that hydrates as soon as the page loads. */
export async function hasEagerIslands(page) {
  return page.evaluate(
    (lazy) => [...document.querySelectorAll('leptos-island')].some((el) => !lazy.some((p) => (el.dataset.component || '').startsWith(p))),
    LAZY_ISLANDS,
  );
}

/**
 * The HTML is prerendered: on a page with islands, wait until they are live
 * (`<html data-hydrated>`) before interacting. A page without islands has
 * nothing to wait for.
 */
export async function waitForHydration(page) {
  if (await hasEagerIslands(page)) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The text of the page's main heading. */
export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** Chromium's console line for a page served with status 404 (our 404.html). */
const DOCUMENT_404 = /^\[error\] Failed to load resource: the server responded with a status of 404 \(Not Found\)/;

/**
 * No console errors or warnings, and no request left the site's origin.
 * With `notFound`, the one console line Chromium writes for a document served
 * with status 404 (the site's own 404 page) is expected, and nothing else.
 */
export function assertClean({ consoleErrors, foreignRequests }, where, { notFound = false } = {}) {
  const errors = notFound ? consoleErrors.filter((e) => !DOCUMENT_404.test(e)) : consoleErrors;
  if (notFound) assert.ok(consoleErrors.length > errors.length, `${where} was served with status 404`);
  assert.deepEqual(errors, [], `console errors on ${where}`);
  assert.deepEqual(foreignRequests, [], `requests leaving the origin on ${where}`);
}

/** lang and dir of the document element. */
export const langDir = (page) =>
  page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }));

/** The language switcher's links, as data. */
export const switcherLinks = (page) =>
  page.locator('nav.language-switcher a[hreflang]').evaluateAll((links) =>
    links.map((a) => ({
      hreflang: a.getAttribute('hreflang'),
      lang: a.getAttribute('lang'),
      href: a.getAttribute('href'),
      current: a.getAttribute('aria-current'),
      name: a.textContent.trim(),
    })),
  );
