// Shared helpers for the end-to-end tests (`node --test tests/e2e/`) and
// scripts/bench.mjs: headless Debian Chromium through playwright-core (no
// browser download), page setup that records console errors and blocks
// every request to another origin, and axe-core accessibility checks.
//
// Typical use:
//   const server = await startServer({ dir: distDir() });
//   const browser = await launchBrowser();
//   const { page, context, consoleErrors, foreignRequests } =
//     await openPage(browser, { origin: server.url });
//   await page.goto(server.url);
//   const violations = await runAxe(page);
//   assert.deepEqual(violations, [], formatViolations(violations));
//   await context.close(); await browser.close(); await server.close();

import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH may point elsewhere. Never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** axe rule tags run by runAxe(). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Absolute path of the repository root (two levels above this file). */
export function repoRoot() {
  return fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');
}

/** Absolute path of the trunk output folder, <repo>/dist. */
export function distDir() {
  return path.join(repoRoot(), 'dist');
}

/**
 * Launch headless Chromium.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Open a page in a fresh browser context, with recorders attached.
 *
 * Foreign requests: every http(s)/ws(s) request whose origin differs from the
 * server origin is recorded in `foreignRequests` (as "METHOD url") and aborted,
 * so tests never touch the network. The server origin is
 *   - `options.origin` when given (any URL on the server, e.g. server.url), or
 *   - otherwise the origin of the first main-frame navigation of the page.
 * Passing `origin` is preferred: then even the first navigation is checked.
 * data:, blob: and about: URLs are never foreign.
 *
 * Console: every console message of type "error" or "warning" and every
 * uncaught page error ("pageerror") is appended to `consoleErrors` as a string
 * ("[error] text (url:line)", "[pageerror] message"). An aborted foreign
 * request usually also logs a console error ("Failed to load resource").
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{
 *   viewport?: {width: number, height: number},  // default: Playwright's 1280x720
 *   javaScriptEnabled?: boolean,                 // default true
 *   origin?: string,                             // server URL or origin (see above)
 *   contextOptions?: object,                     // extra browser.newContext() options
 * }} [options]
 * @returns {Promise<{
 *   page: import('playwright-core').Page,
 *   context: import('playwright-core').BrowserContext,
 *   consoleErrors: string[],
 *   foreignRequests: string[],
 * }>} Close `context` when done (closing it closes the page).
 */
export async function openPage(browser, { viewport, javaScriptEnabled = true, origin, contextOptions = {} } = {}) {
  const context = await browser.newContext({
    ...contextOptions,
    ...(viewport ? { viewport } : {}),
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const consoleErrors = [];
  const foreignRequests = [];
  let serverOrigin = origin ? new URL(origin).origin : null;

  /** Is this URL foreign? Learns the server origin from the first main-frame navigation. */
  function isForeign(url, isMainNavigation) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (!/^(https?|wss?):$/.test(parsed.protocol)) return false; // data:, blob:, about:, ...
    const requestOrigin = parsed.origin.replace(/^ws/, 'http'); // ws(s) talks to the http(s) origin
    if (!serverOrigin && isMainNavigation) serverOrigin = requestOrigin;
    return requestOrigin !== serverOrigin;
  }
  const isMainNavigation = (request) => {
    try {
      return request.isNavigationRequest() && request.frame() === page.mainFrame();
    } catch {
      return false; // frame() throws for service-worker requests
    }
  };

  // Record from the 'request' event (fires for every request, aborted ones too) ...
  context.on('request', (request) => {
    if (isForeign(request.url(), isMainNavigation(request))) {
      foreignRequests.push(`${request.method()} ${request.url()}`);
    }
  });
  // ... and abort in the router. Note: routing turns off Chromium's HTTP cache.
  await context.route('**/*', (route) => {
    const request = route.request();
    return isForeign(request.url(), isMainNavigation(request)) ? route.abort('blockedbyclient') : route.fallback();
  });
  // WebSockets are not seen by route(); close foreign ones (and record them).
  await context.routeWebSocket(/.*/, (ws) => {
    if (isForeign(ws.url(), false)) {
      foreignRequests.push(`WEBSOCKET ${ws.url()}`);
      ws.close({ code: 1008, reason: 'foreign origin blocked by test harness' });
    } else {
      ws.connectToServer();
    }
  });

  page.on('console', (msg) => {
    const type = msg.type();
    if (type !== 'error' && type !== 'warning') return;
    const { url, lineNumber } = msg.location();
    consoleErrors.push(`[${type}] ${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`[pageerror] ${err.message}`));

  return { page, context, consoleErrors, foreignRequests };
}

// axe-core source, read once. Resolved through node's module resolution so it
// is node_modules/axe-core/axe.min.js of this repo.
let axeSource;
async function axeSourceText() {
  if (!axeSource) {
    const require = createRequire(import.meta.url);
    axeSource = await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

/**
 * Run axe-core on the page and return its violations (an array, empty when clean).
 * axe is injected with page.evaluate(source), which runs over the DevTools
 * protocol and so is not blocked by the site's Content-Security-Policy
 * (page.addScriptTag would be).
 * @param {import('playwright-core').Page} page
 * @param {{include?: string | string[]}} [options] CSS selector(s) to limit the check to.
 * @returns {Promise<object[]>} axe result objects: {id, impact, help, helpUrl, tags, nodes: [{target, html, failureSummary}]}
 */
export async function runAxe(page, { include } = {}) {
  const hasAxe = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!hasAxe) await page.evaluate(await axeSourceText());
  return page.evaluate(
    async ({ include, tags }) => {
      const context = include ? { include: [].concat(include) } : document;
      const results = await window.axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    { include, tags: AXE_TAGS },
  );
}

/**
 * Readable multi-line summary of axe violations: one entry per rule with its
 * impact, id, help text and up to 3 target selectors.
 * @param {object[]} violations as returned by runAxe()
 * @returns {string}
 */
export function formatViolations(violations) {
  if (!violations?.length) return 'No accessibility violations.';
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const v of violations) {
    lines.push(`- [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl ?? ''}`.trimEnd());
    for (const node of v.nodes.slice(0, 3)) {
      lines.push(`    ${[].concat(node.target).flat().join(' >>> ')}`);
    }
    if (v.nodes.length > 3) lines.push(`    ... and ${v.nodes.length - 3} more`);
  }
  return lines.join('\n');
}
