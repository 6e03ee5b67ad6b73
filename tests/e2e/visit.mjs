// Small helpers shared by the browser test files.
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';

/** Opens a recorded page on server `srv`, goes to `route` and waits for the app's h1. */
export async function visitOn(browser, srv, route, { viewport, contextOptions } = {}) {
  const opened = await openPage(browser, { origin: srv.url, viewport, contextOptions });
  await opened.page.goto(new URL(route.replace(/^\//, ''), srv.url).href);
  await opened.page.locator('main h1').first().waitFor();
  return opened;
}

/** The text of the page's main heading. */
export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** No console errors or warnings, and no request left the site's origin. */
export function assertClean({ consoleErrors, foreignRequests }, where) {
  assert.deepEqual(consoleErrors, [], `console errors on ${where}`);
  assert.deepEqual(foreignRequests, [], `requests leaving the origin on ${where}`);
}
