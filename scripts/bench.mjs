#!/usr/bin/env node
// Benchmark of the trunk build: asset sizes and page-load timings.
//
// Usage: node scripts/bench.mjs [--dist dist] [--runs 7] [--base /]
//
// This is a report, not a test: it never fails because of the numbers (budgets
// below are printed as "within budget" / "OVER BUDGET"); it exits non-zero only
// when it cannot run (no dist/index.html, Chromium does not start, ...).
//
// What it prints:
//  1. Sizes of every .wasm, .js and .css under dist (recursively): raw, gzip
//     (level 9) and brotli (quality 11), in KB (1 KB = 1024 bytes), and totals.
//     Plus the gzip size of dist/embed.js when present.
//  2. Page loads of the base URL ("/" by default) served by tests/e2e/server.mjs
//     (br compression on) in headless Chromium, --runs times per pass, each in a
//     fresh browser context with the HTTP cache disabled; median, min and max of:
//       - first-contentful-paint: the "paint" PerformanceEntry;
//       - time to content: performance.now() when the first `main h1` is visible.
//         Measured in the page by an init script (runs before any page script):
//         a MutationObserver on the whole document plus a requestAnimationFrame
//         poll (for CSS-only changes) test `main h1` with element.checkVisibility()
//         and note the first time it passes. This is when the heading is in the
//         DOM and laid out visible, i.e. at most one frame before it is painted;
//       - DOMContentLoaded: domContentLoadedEventStart of the navigation entry;
//       - transferred: sum of CDP Network.loadingFinished `encodedDataLength` over
//         all requests of the load (bytes on the wire: compressed bodies plus HTTP
//         response headers), until the network is idle. Also shown: the sum of
//         PerformanceResourceTiming.encodedBodySize (compressed bodies only).
//     Pass 1 is unthrottled; pass 2 uses CDP Network.emulateNetworkConditions
//     with 150 ms latency and 200000 bytes/s (1.6 Mbit/s) down and up.
//     All times are milliseconds since navigation start.
//  3. Budgets, then one line "BENCH_JSON {...}" with every figure for tools.

import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { startServer } from '../tests/e2e/server.mjs';
import { launchBrowser, openPage, repoRoot } from '../tests/e2e/harness.mjs';

// ---- Budgets (reported, never enforced) ------------------------------------
const WASM_BROTLI_BUDGET_KB = 250; // all .wasm files, brotli quality 11
const FIRST_LOAD_BUDGET_KB = 350; // median transferred bytes of the unthrottled first load
const THROTTLED_CONTENT_BUDGET_MS = 3000; // median time to content, throttled pass

// ---- Load settings ---------------------------------------------------------
const THROTTLE = { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000 };
const THROTTLE_LABEL = 'throttled 1.6 Mbit/s, 150 ms RTT';
const LOAD_TIMEOUT_MS = { unthrottled: 30000, throttled: 120000 }; // navigation up to the load event
const CONTENT_TIMEOUT_MS = { unthrottled: 10000, throttled: 45000 }; // then for `main h1`
const FCP_TIMEOUT_MS = 5000; // then for the first-contentful-paint entry

const KB = 1024;
const kb = (bytes) => (bytes == null ? null : Math.round((bytes / KB) * 10) / 10);
const fmtKB = (bytes) => (bytes == null ? 'n/a' : (bytes / KB).toFixed(1));
const fmtMs = (ms) => (ms == null ? 'n/a' : `${Math.round(ms)} ms`);

// ---- Sizes -----------------------------------------------------------------

/** All files under dir (recursively), as absolute paths, sorted. */
async function walk(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

function compressedSizes(data) {
  const gzip = zlib.gzipSync(data, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
  return { raw: data.length, gzip, brotli };
}

async function measureSizes(dist) {
  const files = [];
  for (const file of await walk(dist)) {
    const kind = path.extname(file).slice(1).toLowerCase();
    if (!['wasm', 'js', 'css'].includes(kind)) continue;
    files.push({ file: path.relative(dist, file), kind, ...compressedSizes(await fs.readFile(file)) });
  }
  const sum = (list, key) => list.reduce((a, f) => a + f[key], 0);
  const totalsOf = (list) => ({ raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') });
  const wasm = files.filter((f) => f.kind === 'wasm');
  let embedJsGzip = null;
  try {
    embedJsGzip = compressedSizes(await fs.readFile(path.join(dist, 'embed.js'))).gzip;
  } catch {
    // not built yet
  }
  return { files, totals: totalsOf(files), wasm: totalsOf(wasm), embedJsGzip };
}

function printSizes(sizes) {
  console.log('\nAsset sizes (KB, 1 KB = 1024 bytes; gzip -9, brotli q11)');
  const width = Math.max(30, ...sizes.files.map((f) => f.file.length + 6));
  const row = (label, a, b, c, note = '') =>
    console.log(`${label.padEnd(width)} ${a.padStart(9)} ${b.padStart(9)} ${c.padStart(10)}${note}`);
  row('file', 'raw', 'gzip', 'brotli');
  for (const f of sizes.files) {
    row(`${f.kind.padEnd(5)} ${f.file}`, fmtKB(f.raw), fmtKB(f.gzip), fmtKB(f.brotli), f.kind === 'wasm' ? '   <- wasm' : '');
  }
  row('TOTAL', fmtKB(sizes.totals.raw), fmtKB(sizes.totals.gzip), fmtKB(sizes.totals.brotli));
  const w = sizes.wasm;
  console.log(`wasm raw / gzip / brotli: ${fmtKB(w.raw)} / ${fmtKB(w.gzip)} / ${fmtKB(w.brotli)} KB`);
  console.log(`embed.js gzip: ${sizes.embedJsGzip == null ? 'not present' : `${fmtKB(sizes.embedJsGzip)} KB`}`);
}

// ---- Page loads ------------------------------------------------------------

/** Init script: records when the first `main h1` is visible (see header). */
function timeToContentProbe() {
  const state = (window.__bench = { contentAt: null });
  const check = () => {
    if (state.contentAt !== null) return true;
    const h1 = document.querySelector('main h1');
    const visible = h1 && (h1.checkVisibility ? h1.checkVisibility() : h1.getClientRects().length > 0);
    if (visible) state.contentAt = performance.now();
    return visible;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const poll = () => check() || requestAnimationFrame(poll);
  requestAnimationFrame(poll);
}

/**
 * One load of url in a fresh context; returns the metrics (null where not measured).
 * waitForContent=false skips waiting for `main h1` (used when the warm-up load never showed it).
 */
async function loadOnce(browser, url, throttled, { waitForContent = true } = {}) {
  const mode = throttled ? 'throttled' : 'unthrottled';
  const timeout = LOAD_TIMEOUT_MS[mode];
  const { page, context, consoleErrors, foreignRequests } = await openPage(browser, { origin: url });
  const result = { fcpMs: null, contentMs: null, dclMs: null, transferBytes: null, bodyBytes: null, requests: 0 };
  try {
    await page.addInitScript(timeToContentProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttled) await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    let transfer = 0;
    cdp.on('Network.requestWillBeSent', () => result.requests++);
    cdp.on('Network.loadingFinished', (e) => (transfer += e.encodedDataLength));

    await page.goto(url, { waitUntil: 'load', timeout });
    const waitFor = (fn, ms) => page.waitForFunction(fn, null, { timeout: ms }).then(() => true, () => false);
    if (waitForContent && !(await waitFor(() => window.__bench?.contentAt != null, CONTENT_TIMEOUT_MS[mode]))) {
      console.warn('  warning: `main h1` never became visible');
    }
    await waitFor(() => performance.getEntriesByName('first-contentful-paint').length > 0, FCP_TIMEOUT_MS);
    await page.waitForLoadState('networkidle', { timeout }).catch(() => {});

    Object.assign(
      result,
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        return {
          fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          contentMs: window.__bench?.contentAt ?? null,
          dclMs: nav?.domContentLoadedEventStart || null,
          bodyBytes: [nav, ...resources].reduce((sum, e) => sum + (e?.encodedBodySize ?? 0), 0),
        };
      }),
    );
    result.transferBytes = transfer;
    if (consoleErrors.length) console.warn(`  console: ${consoleErrors.slice(0, 3).join(' | ')}`);
    if (foreignRequests.length) console.warn(`  blocked foreign requests: ${foreignRequests.join(', ')}`);
  } catch (err) {
    console.warn(`  warning: load failed: ${err.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return result;
}

/** {median, min, max, values} of the non-null values (all null when none). */
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { median: null, min: null, max: null, values };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  const round = (x) => Math.round(x * 10) / 10;
  return { median: round(median), min: round(v[0]), max: round(v[v.length - 1]), values: values.map((x) => (x == null ? null : round(x))) };
}

const METRICS = [
  ['fcpMs', 'first-contentful-paint', fmtMs],
  ['contentMs', 'time to content (main h1)', fmtMs],
  ['dclMs', 'DOMContentLoaded', fmtMs],
  ['transferBytes', 'transferred (CDP, KB)', fmtKB],
  ['bodyBytes', 'encoded bodies (RT, KB)', fmtKB],
  ['requests', 'requests', (n) => (n == null ? 'n/a' : String(n))],
];

async function loadPass(browser, url, runs, throttled, options) {
  const label = throttled ? THROTTLE_LABEL : 'unthrottled';
  console.log(`\nPage load of ${url}: ${label}, ${runs} run(s), fresh context, cache disabled`);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await loadOnce(browser, url, throttled, options));
  const summary = { label };
  console.log(`${'metric'.padEnd(28)} ${'median'.padStart(10)} ${'min'.padStart(10)} ${'max'.padStart(10)}`);
  for (const [key, name, fmt] of METRICS) {
    const s = (summary[key] = stats(results.map((r) => r[key])));
    console.log(`${name.padEnd(28)} ${fmt(s.median).padStart(10)} ${fmt(s.min).padStart(10)} ${fmt(s.max).padStart(10)}`);
  }
  return summary;
}

// ---- Budgets ---------------------------------------------------------------

function checkBudgets(sizes, loads) {
  const budgets = [
    { name: 'wasm brotli', unit: 'KB', limit: WASM_BROTLI_BUDGET_KB, value: sizes.wasm.raw ? kb(sizes.wasm.brotli) : null },
    { name: 'first load transferred (unthrottled median)', unit: 'KB', limit: FIRST_LOAD_BUDGET_KB, value: kb(loads.unthrottled?.transferBytes.median) },
    { name: 'time to content (throttled median)', unit: 'ms', limit: THROTTLED_CONTENT_BUDGET_MS, value: loads.throttled?.contentMs.median ?? null },
  ];
  console.log('\nBudgets');
  for (const b of budgets) {
    b.ok = b.value == null ? null : b.value <= b.limit;
    const verdict = b.ok == null ? 'not measured' : b.ok ? 'within budget' : 'OVER BUDGET';
    const value = b.value == null ? 'n/a' : `${b.unit === 'ms' ? Math.round(b.value) : b.value.toFixed(1)} ${b.unit}`;
    console.log(`${b.name.padEnd(46)} ${value.padStart(10)} / ${b.limit} ${b.unit}  ${verdict}`);
  }
  return budgets;
}

// ---- Main ------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      runs: { type: 'string', default: '7' },
      base: { type: 'string', default: '/' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: node scripts/bench.mjs [--dist dist] [--runs 7] [--base /]');
    return;
  }
  // --dist is relative to the cwd; the default is <repo>/dist wherever we run from.
  const dist = values.dist ? path.resolve(values.dist) : path.join(repoRoot(), 'dist');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  await fs.access(path.join(dist, 'index.html')).catch(() => {
    throw new Error(`no index.html in ${dist} (build first: trunk build --release)`);
  });

  console.log(`COP Explorer bench: dist ${dist}, ${runs} run(s) per pass`);
  const sizes = await measureSizes(dist);
  printSizes(sizes);

  const server = await startServer({ dir: dist, base: values.base });
  let browser;
  const loads = {};
  try {
    browser = await launchBrowser();
    console.log(`\nServer ${server.url} (br/gzip on), Chromium ${browser.version()}`);
    // Warm-up load (not counted): fills the server's compression cache.
    const warmUp = await loadOnce(browser, server.url, false);
    const options = { waitForContent: warmUp.contentMs != null };
    if (!options.waitForContent) console.warn('warning: no visible `main h1` in the warm-up load; time to content will be n/a');
    loads.unthrottled = await loadPass(browser, server.url, runs, false, options);
    loads.throttled = await loadPass(browser, server.url, runs, true, options);
  } finally {
    await browser?.close();
    await server.close();
  }

  const budgets = checkBudgets(sizes, loads);
  const json = {
    version: 1,
    dist,
    runs,
    units: { sizes: 'bytes', times: 'ms' },
    transferMethod: 'CDP Network.loadingFinished encodedDataLength (headers + compressed bodies)',
    bodyMethod: 'PerformanceResourceTiming.encodedBodySize (navigation + resources)',
    timeToContentMethod: 'init script: MutationObserver + rAF poll, first `main h1` with checkVisibility()',
    sizes,
    loads,
    throttle: { ...THROTTLE, label: THROTTLE_LABEL },
    budgets,
  };
  console.log(`\nBENCH_JSON ${JSON.stringify(json)}`);
}

main().catch((err) => {
  console.error(`bench.mjs: cannot run: ${err.message}`);
  process.exit(1);
});
