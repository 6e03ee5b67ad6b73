#!/usr/bin/env node
// Benchmark of the trunk build: asset sizes and page-load timings.
//
// Usage: node scripts/bench.mjs [--dist dist] [--runs 7] [--base /]
//                                [--compare-csr] [--csr-dist target/dist-csr] [--skip-compare]
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
//  3. Prerendered HTML, hydrated by Leptos: a comparison of three variants of
//     the pages /, /risks/contact and /partners/weprotect, all throttled as in
//     pass 2, --runs loads per page and variant (runs interleaved: run 1 of
//     every variant, then run 2, ...), each in a fresh context, cache disabled:
//       a. "hydrated":   the build in --dist, i.e. the page's prerendered file
//                        (<page>/index.html, fetched as <page>/, no redirect);
//       b. "plain HTML": the same files with every <script> and every
//                        <link rel="modulepreload"|"preload"> removed (same text
//                        and CSS, no JS, no wasm), written to a temporary copy
//                        of --dist that is deleted afterwards;
//       c. "CSR before": a client-side-rendered build (scripts/build-csr.sh,
//                        default target/dist-csr: the app shell with a loading
//                        line, no 404.html, so every route gets the shell;
//                        fetched as <page> without trailing slash, which is the
//                        app's own address and needs no redirect). Built by this
//                        script only with --compare-csr; otherwise an existing
//                        build is reused, and the variant is skipped when none
//                        exists.
//     Measured in the page by an init script (runs before any page script):
//       - FCP: the "first-contentful-paint" paint entry;
//       - LCP: startTime of the last 'largest-contentful-paint' entry seen by a
//         PerformanceObserver (buffered: true), read once the page has settled
//         (load event, data-hydrated when the variant has JS, network idle,
//         two frames);
//       - content: time to content as in pass 1/2 (first visible `main h1`);
//       - CLS: sum of the 'layout-shift' entries without hadRecentInput (all
//         of them, not session windows);
//       - hydrated at: performance.now() when <html> gets the attribute
//         data-hydrated (set by the app once live; a MutationObserver watches
//         for it). For the CSR build that is when the app has mounted.
//     Medians are printed per page, with the ratios hydrated/plain and
//     CSR/plain for FCP and LCP and whether the goal "FCP within 1.1x of the
//     plain HTML file" is met (reported, never enforced). Console errors and
//     warnings (e.g. hydration mismatches) are counted per variant. When the
//     CSR build exists its wasm size is printed next to the hydrated build's.
//     --skip-compare skips this section.
//  4. Lighthouse 12 (npm) with its default mobile emulation and throttling, on
//     the same three pages served with the build's _headers: the performance
//     score and FCP, LCP, TBT and CLS (--skip-lighthouse skips it).
//  5. Budgets, then one line "BENCH_JSON {...}" with every figure for tools
//     (the comparison under the key "prerender", Lighthouse under "lighthouse").

import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startServer } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, openPage, repoRoot } from '../tests/e2e/harness.mjs';
import { lighthouseReport } from '../tests/e2e/lighthouse.mjs';
import * as chromeLauncher from 'chrome-launcher';

// ---- Budgets (reported, never enforced) ------------------------------------
const WASM_BROTLI_BUDGET_KB = 250; // all .wasm files, brotli quality 11
const FIRST_LOAD_BUDGET_KB = 350; // median transferred bytes of the unthrottled first load
const THROTTLED_CONTENT_BUDGET_MS = 3000; // median time to content, throttled pass
const EMBED_JS_GZIP_BUDGET_KB = 3; // the partners' loader, dist/embed.js, gzip -9
// The English-only wasm before the six languages (commit 0ca8f01, measured
// with this script): each language's wasm may grow by at most 10 KB brotli.
const PRE_LANGUAGES_WASM_BROTLI_KB = 463.8;
const LANGUAGES_GROWTH_BUDGET_KB = 10;

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
  // One wasm per language (English at the root, the others in dist/<code>/):
  // a visitor downloads only their own, so the budget applies to the largest.
  const wasmByLocale = {};
  for (const f of files.filter((f) => f.kind === 'wasm')) {
    const folder = path.dirname(f.file);
    wasmByLocale[folder === '.' ? 'en' : folder] = { raw: f.raw, gzip: f.gzip, brotli: f.brotli };
  }
  const largest = Object.values(wasmByLocale).sort((a, b) => b.brotli - a.brotli)[0] ?? { raw: 0, gzip: 0, brotli: 0 };
  let embedJsGzip = null;
  try {
    embedJsGzip = compressedSizes(await fs.readFile(path.join(dist, 'embed.js'))).gzip;
  } catch {
    // not built yet
  }
  return { files, totals: totalsOf(files), wasm: largest, wasmByLocale, embedJsGzip };
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
  console.log('\nwasm per language (what one visitor downloads), against the English-only build before languages');
  for (const [code, w] of Object.entries(sizes.wasmByLocale)) {
    const growth = w.brotli / 1024 - PRE_LANGUAGES_WASM_BROTLI_KB;
    console.log(
      `  ${code.padEnd(3)} raw / gzip / brotli: ${fmtKB(w.raw)} / ${fmtKB(w.gzip)} / ${fmtKB(w.brotli)} KB` +
        `   brotli ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} KB vs ${PRE_LANGUAGES_WASM_BROTLI_KB} KB` +
        (growth <= LANGUAGES_GROWTH_BUDGET_KB ? '' : '   OVER the +10 KB budget'),
    );
  }
  const w = sizes.wasm;
  console.log(`wasm raw / gzip / brotli (largest language): ${fmtKB(w.raw)} / ${fmtKB(w.gzip)} / ${fmtKB(w.brotli)} KB`);
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

/** {median, min, max, values} of the non-null values (all null when none), rounded to `decimals`. */
function stats(values, decimals = 1) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { median: null, min: null, max: null, values };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  const scale = 10 ** decimals;
  const round = (x) => Math.round(x * scale) / scale;
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

// ---- Prerendered HTML vs plain HTML vs CSR ------------------------------------

const COMPARE_PAGES = ['/', '/risks/contact', '/partners/weprotect'];
const FCP_GOAL_RATIO = 1.1; // hydrated FCP within 1.1x of the plain HTML file (reported, never enforced)
const COMPARE_HYDRATION_TIMEOUT_MS = 45000; // after the load event, for data-hydrated
const SETTLE_IDLE_TIMEOUT_MS = 10000; // then for network idle
const VARIANTS = [
  { key: 'hydrated', label: 'hydrated', hasJs: true },
  { key: 'plain', label: 'plain HTML', hasJs: false },
  { key: 'csr', label: 'CSR before', hasJs: true },
];

/** Init script: LCP, CLS, data-hydrated and time to content (see header). */
function paintProbe() {
  const state = (window.__cmp = { lcp: null, lcpCount: 0, cls: 0, shifts: 0, hydratedAt: null, lcpSupported: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.lcp = e.renderTime || e.loadTime || e.startTime;
        state.lcpCount++;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    state.lcpSupported = false;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        state.cls += e.value;
        state.shifts++;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // not supported: CLS stays 0 with 0 shifts
  }
  const hydrated = () => {
    if (state.hydratedAt === null && document.documentElement?.hasAttribute('data-hydrated')) {
      state.hydratedAt = performance.now();
    }
    return state.hydratedAt !== null;
  };
  const observer = new MutationObserver(() => hydrated() && observer.disconnect());
  // Observing the document with subtree also sees <html>, which does not exist yet.
  observer.observe(document, { attributes: true, attributeFilter: ['data-hydrated'], subtree: true });
}

/** Script elements and preload links of an HTML text removed (variant "plain HTML"). */
function stripScripts(html) {
  let scripts = 0;
  let links = 0;
  let out = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => (scripts++, ''));
  out = out.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = /\brel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const tokens = (rel?.[1] ?? rel?.[2] ?? rel?.[3] ?? '').toLowerCase().split(/\s+/);
    if (!tokens.includes('preload') && !tokens.includes('modulepreload')) return tag;
    links++;
    return '';
  });
  return { html: out, scripts, links };
}

/** Copy of dist in a temporary folder, every .html file without scripts and preloads. */
async function makePlainCopy(dist) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-bench-plain-'));
  await fs.cp(dist, dir, { recursive: true });
  const totals = { files: 0, scripts: 0, links: 0 };
  for (const file of await walk(dir)) {
    if (path.extname(file).toLowerCase() !== '.html') continue;
    const { html, scripts, links } = stripScripts(await fs.readFile(file, 'utf8'));
    if (/<script\b/i.test(html)) throw new Error(`plain copy: a <script> is left in ${path.relative(dir, file)}`);
    await fs.writeFile(file, html);
    totals.files++;
    totals.scripts += scripts;
    totals.links += links;
  }
  return { dir, ...totals };
}

/** The page address for a variant: the prerendered file's folder, or the app's route. */
function pageUrl(serverUrl, page, variant) {
  if (page === '/') return serverUrl;
  const rel = page.replace(/^\//, '');
  return new URL(variant === 'csr' ? rel : `${rel}/`, serverUrl).href;
}

/** One throttled load for the comparison; returns its metrics (null where not measured). */
async function compareLoadOnce(browser, url, hasJs) {
  const timeout = LOAD_TIMEOUT_MS.throttled;
  const { page, context, consoleErrors, foreignRequests } = await openPage(browser, { origin: url });
  const result = {
    fcpMs: null, lcpMs: null, contentMs: null, cls: null, hydratedMs: null,
    transferBytes: null, status: null, h1: null, scriptRequests: 0, consoleErrors, error: null,
  };
  try {
    await page.addInitScript(timeToContentProbe);
    await page.addInitScript(paintProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    let transfer = 0;
    cdp.on('Network.loadingFinished', (e) => (transfer += e.encodedDataLength));
    cdp.on('Network.requestWillBeSent', (e) => {
      if (/\.(m?js|wasm)(\?|$)/i.test(e.request.url)) result.scriptRequests++;
    });

    const response = await page.goto(url, { waitUntil: 'load', timeout });
    result.status = response?.status() ?? null;
    const waitFor = (fn, ms) => page.waitForFunction(fn, null, { timeout: ms }).then(() => true, () => false);
    if (hasJs && !(await waitFor(() => window.__cmp?.hydratedAt != null, COMPARE_HYDRATION_TIMEOUT_MS))) {
      result.error = 'data-hydrated never appeared';
    }
    await waitFor(() => performance.getEntriesByName('first-contentful-paint').length > 0, FCP_TIMEOUT_MS);
    await page.waitForLoadState('networkidle', { timeout: SETTLE_IDLE_TIMEOUT_MS }).catch(() => {});
    // Two frames, so that a paint caused by the last change has produced its entries.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    Object.assign(
      result,
      await page.evaluate(() => ({
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        lcpMs: window.__cmp?.lcp ?? null,
        cls: window.__cmp?.cls ?? null,
        hydratedMs: window.__cmp?.hydratedAt ?? null,
        contentMs: window.__bench?.contentAt ?? null,
        h1: document.querySelector('main h1')?.textContent.trim() ?? null,
      })),
    );
    result.transferBytes = transfer;
    if (foreignRequests.length) console.warn(`  blocked foreign requests: ${foreignRequests.join(', ')}`);
  } catch (err) {
    result.error = `load failed: ${err.message.split('\n')[0]}`;
  } finally {
    await context.close();
  }
  return result;
}

/** Runs scripts/build-csr.sh (its output goes to stderr); resolves when it succeeded. */
function buildCsr(csrDist, base) {
  const script = path.join(repoRoot(), 'scripts', 'build-csr.sh');
  console.log(`\nBuilding the CSR variant: bash scripts/build-csr.sh --dist ${csrDist} --public-url ${base} (output on stderr)`);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, '--dist', csrDist, '--public-url', base], {
      cwd: repoRoot(),
      stdio: ['ignore', 2, 2],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`build-csr.sh failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** The href of the first <base> tag of an HTML file, or null. */
async function baseHrefOf(file) {
  const html = await fs.readFile(file, 'utf8').catch(() => '');
  return /<base\b[^>]*\bhref\s*=\s*"([^"]*)"/i.exec(html)?.[1] ?? null;
}

/**
 * Finds (or, with --compare-csr, builds) the CSR variant.
 * Returns {dir, built, ageNote, sizes} or {dir, skipped: reason}.
 */
async function prepareCsr({ csrDist, base, build, dist }) {
  const index = path.join(csrDist, 'index.html');
  const rel = path.relative(process.cwd(), csrDist) || '.';
  if (build) {
    try {
      await buildCsr(csrDist, base);
    } catch (err) {
      return { dir: csrDist, skipped: `${err.message}; see the output above` };
    }
  } else if (!(await fs.stat(index).catch(() => null))) {
    return {
      dir: csrDist,
      skipped: `no CSR build in ${rel}; to include it run: node scripts/bench.mjs --compare-csr (or bash scripts/build-csr.sh first)`,
    };
  }
  if (await fs.stat(path.join(csrDist, '404.html')).catch(() => null)) {
    return { dir: csrDist, skipped: `${rel}/404.html exists, so not every route would get the app shell; rebuild with --compare-csr` };
  }
  const csrBase = await baseHrefOf(index);
  if (csrBase !== base) {
    return { dir: csrDist, skipped: `${rel} was built for base ${csrBase}, not ${base}; rebuild with --compare-csr` };
  }
  // A reused build may be older than the sources of dist: say so.
  let ageNote = null;
  if (!build) {
    const [csrTime, distTime] = await Promise.all(
      [index, path.join(dist, 'index.html')].map((f) => fs.stat(f).then((s) => s.mtimeMs, () => null)),
    );
    const hours = ((Date.now() - csrTime) / 3600000).toFixed(1);
    ageNote = `reusing ${rel} built ${hours} h ago`;
    if (distTime && csrTime < distTime) ageNote += ` (older than ${path.relative(process.cwd(), dist) || '.'}; refresh with --compare-csr)`;
  }
  return { dir: csrDist, built: build, ageNote, sizes: await measureSizes(csrDist) };
}

const ratio = (a, b) => (a == null || b == null || b <= 0 ? null : Math.round((a / b) * 100) / 100);
const fmtRatio = (r) => (r == null ? 'n/a' : `${r.toFixed(2)}x`);
const fmtCls = (c) => (c == null ? 'n/a' : c.toFixed(3));

function printWasmComparison(hydratedSizes, csr) {
  console.log('\nwasm size of hydration (KB; gzip -9, brotli q11)');
  const row = (label, a, b, c) => console.log(`${label.padEnd(28)} ${a.padStart(9)} ${b.padStart(9)} ${c.padStart(10)}`);
  row('', 'raw', 'gzip', 'brotli');
  const h = hydratedSizes.wasm;
  row('wasm, hydrated build', fmtKB(h.raw), fmtKB(h.gzip), fmtKB(h.brotli));
  if (!csr.sizes) {
    row('wasm, CSR build', 'n/a', 'n/a', 'n/a');
    return;
  }
  const c = csr.sizes.wasm;
  row('wasm, CSR build', fmtKB(c.raw), fmtKB(c.gzip), fmtKB(c.brotli));
  const diff = (k) => {
    const d = h[k] - c[k];
    const pct = c[k] ? ` (${d >= 0 ? '+' : ''}${((d / c[k]) * 100).toFixed(1)}%)` : '';
    return `${d >= 0 ? '+' : ''}${fmtKB(d)}${pct}`;
  };
  console.log(`${'hydrated - CSR'.padEnd(28)} raw ${diff('raw')}, gzip ${diff('gzip')}, brotli ${diff('brotli')}`);
}

/** The comparison section; returns the "prerender" object of BENCH_JSON. */
async function comparePrerender(browser, { dist, base, runs, csrDist, buildCsrFirst, sizes }) {
  console.log(`\nPrerendered HTML, hydrated by Leptos: ${THROTTLE_LABEL}, median of ${runs} run(s) per page and variant`);
  const csr = await prepareCsr({ csrDist, base, build: buildCsrFirst, dist });
  if (csr.skipped) console.log(`variant c "CSR before" skipped: ${csr.skipped}`);
  else if (csr.ageNote) console.log(`variant c "CSR before": ${csr.ageNote}`);
  printWasmComparison(sizes, csr);

  const plain = await makePlainCopy(dist);
  console.log(
    `\nvariant b "plain HTML": ${plain.files} HTML file(s) copied to ${plain.dir}, ` +
      `${plain.scripts} <script> and ${plain.links} preload link(s) removed`,
  );
  const servers = {};
  const out = {
    pages: {},
    variants: Object.fromEntries(VARIANTS.map((v) => [v.key, v.label])),
    goal: { metric: 'fcpMs', maxRatioToPlain: FCP_GOAL_RATIO },
    csr: {
      dir: csr.dir,
      built: !!csr.built,
      skipped: csr.skipped ?? null,
      wasm: csr.sizes?.wasm ?? null,
      hydratedWasm: sizes.wasm,
    },
    plainCopy: { files: plain.files, scriptsRemoved: plain.scripts, preloadLinksRemoved: plain.links },
    method: {
      throttle: THROTTLE_LABEL,
      fcp: "'paint' entry first-contentful-paint",
      lcp: "last 'largest-contentful-paint' entry (PerformanceObserver, buffered) after load, data-hydrated, network idle and 2 frames",
      cls: "sum of 'layout-shift' entries without hadRecentInput",
      hydrated: 'performance.now() when <html> gets data-hydrated (MutationObserver)',
      urls: 'hydrated/plain: <page>/ (the prerendered file, no redirect); CSR: <page> (the SPA route, app shell)',
    },
  };
  const started = Date.now();
  try {
    servers.hydrated = await startServer({ dir: dist, base });
    servers.plain = await startServer({ dir: plain.dir, base });
    if (!csr.skipped) servers.csr = await startServer({ dir: csr.dir, base });
    const variants = VARIANTS.filter((v) => servers[v.key]);

    for (const page of COMPARE_PAGES) {
      const file = page === '/' ? 'index.html' : `${page.slice(1)}/index.html`;
      if (!(await fs.stat(path.join(dist, file)).catch(() => null))) {
        console.log(`\nPage ${page}: skipped, ${file} is not in ${dist} (not a prerendered build?)`);
        out.pages[page] = { skipped: `no ${file}` };
        continue;
      }
      const urls = Object.fromEntries(variants.map((v) => [v.key, pageUrl(servers[v.key].url, page, v.key)]));
      // Warm-up (not counted, unthrottled): fills each server's compression cache.
      for (const v of variants) {
        const { page: p, context } = await openPage(browser, { origin: urls[v.key] });
        await p.goto(urls[v.key], { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS.unthrottled }).catch(() => {});
        if (v.hasJs) await p.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: CONTENT_TIMEOUT_MS.unthrottled }).catch(() => {});
        await context.close();
      }
      const results = Object.fromEntries(variants.map((v) => [v.key, []]));
      for (let i = 0; i < runs; i++) {
        for (const v of variants) results[v.key].push(await compareLoadOnce(browser, urls[v.key], v.hasJs));
      }

      const entry = { urls, variants: {} };
      for (const v of variants) {
        const list = results[v.key];
        const errors = list.flatMap((r) => r.consoleErrors);
        entry.variants[v.key] = {
          fcpMs: stats(list.map((r) => r.fcpMs)),
          lcpMs: stats(list.map((r) => r.lcpMs)),
          contentMs: stats(list.map((r) => r.contentMs)),
          cls: stats(list.map((r) => r.cls), 4),
          hydratedMs: stats(list.map((r) => r.hydratedMs)),
          transferBytes: stats(list.map((r) => r.transferBytes)),
          status: [...new Set(list.map((r) => r.status))],
          h1: [...new Set(list.map((r) => r.h1))],
          scriptRequests: list.reduce((a, r) => a + r.scriptRequests, 0),
          consoleErrors: errors.length,
          consoleErrorSamples: [...new Set(errors)].slice(0, 5),
          failures: list.filter((r) => r.error).map((r) => r.error),
        };
      }
      const med = (key, metric) => entry.variants[key]?.[metric].median ?? null;
      entry.ratios = {
        fcp: { hydratedToPlain: ratio(med('hydrated', 'fcpMs'), med('plain', 'fcpMs')), csrToPlain: ratio(med('csr', 'fcpMs'), med('plain', 'fcpMs')) },
        lcp: { hydratedToPlain: ratio(med('hydrated', 'lcpMs'), med('plain', 'lcpMs')), csrToPlain: ratio(med('csr', 'lcpMs'), med('plain', 'lcpMs')) },
      };
      const goalRatio = entry.ratios.fcp.hydratedToPlain;
      entry.goal = { ratio: goalRatio, met: goalRatio == null ? null : goalRatio <= FCP_GOAL_RATIO };
      out.pages[page] = entry;
      printComparePage(page, entry, variants, runs);
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    await fs.rm(plain.dir, { recursive: true, force: true });
  }
  out.seconds = Math.round((Date.now() - started) / 100) / 10;

  const goals = Object.entries(out.pages).filter(([, e]) => e.goal);
  console.log(`\nGoal "FCP within ${FCP_GOAL_RATIO}x of the plain HTML file" (hydrated FCP / plain FCP, medians):`);
  for (const [page, e] of goals) {
    const verdict = e.goal.met == null ? 'not measured' : e.goal.met ? 'met' : 'NOT MET';
    console.log(`  ${page.padEnd(22)} ${fmtRatio(e.goal.ratio).padStart(7)}  ${verdict}`);
  }
  // Console errors and warnings over all pages and runs (hydration mismatches
  // and panics show up here); the samples are printed with each page above.
  const errorCounts = {};
  for (const e of Object.values(out.pages)) {
    for (const [key, r] of Object.entries(e.variants ?? {})) errorCounts[key] = (errorCounts[key] ?? 0) + r.consoleErrors;
  }
  out.consoleErrors = errorCounts;
  console.log(
    `Console errors + warnings over all runs: ` +
      Object.entries(errorCounts).map(([k, n]) => `${out.variants[k]} ${n}`).join(', '),
  );
  console.log(`(comparison took ${out.seconds} s)`);
  return out;
}

function printComparePage(page, entry, variants, runs) {
  console.log(`\nPage ${page}  (median of ${runs}; times in ms since navigation start)`);
  const head = ['variant', 'FCP', 'LCP', 'content', 'CLS', 'hydrated at', 'KB', 'errors'];
  const widths = [12, 8, 8, 9, 7, 12, 8, 7];
  const line = (cells) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' '));
  line(head);
  const ms = (x) => (x == null ? 'n/a' : String(Math.round(x)));
  for (const v of variants) {
    const r = entry.variants[v.key];
    line([
      v.label,
      ms(r.fcpMs.median),
      ms(r.lcpMs.median),
      ms(r.contentMs.median),
      fmtCls(r.cls.median),
      ms(r.hydratedMs.median),
      fmtKB(r.transferBytes.median),
      String(r.consoleErrors),
    ]);
  }
  const { fcp, lcp } = entry.ratios;
  console.log(
    `ratios to plain HTML: FCP hydrated ${fmtRatio(fcp.hydratedToPlain)}, CSR ${fmtRatio(fcp.csrToPlain)}; ` +
      `LCP hydrated ${fmtRatio(lcp.hydratedToPlain)}, CSR ${fmtRatio(lcp.csrToPlain)}`,
  );
  const g = entry.goal;
  const range = (key) => {
    const f = entry.variants[key]?.fcpMs;
    return f?.min == null ? 'n/a' : `${Math.round(f.min)}-${Math.round(f.max)} ms`;
  };
  console.log(
    `goal FCP <= ${FCP_GOAL_RATIO}x plain: ${g.met == null ? 'not measured' : g.met ? 'met' : 'NOT MET'} (${fmtRatio(g.ratio)}; ` +
      `FCP range hydrated ${range('hydrated')}, plain ${range('plain')})`,
  );
  // Things worth a look: console errors (hydration mismatches show up here),
  // failed loads, a different heading per variant, JS requests without JS.
  for (const v of variants) {
    const r = entry.variants[v.key];
    for (const sample of r.consoleErrorSamples.slice(0, 3)) console.log(`  ${v.label} console: ${sample.slice(0, 300)}`);
    for (const f of [...new Set(r.failures)]) console.log(`  ${v.label}: ${f}`);
    if (!v.hasJs && r.scriptRequests) console.log(`  ${v.label}: WARNING ${r.scriptRequests} .js/.wasm request(s)`);
    if (r.status.some((s) => s !== 200)) console.log(`  ${v.label}: document status ${r.status.join(', ')}`);
  }
  const headings = new Set(variants.flatMap((v) => entry.variants[v.key].h1));
  if (headings.size > 1) console.log(`  WARNING: the variants show different headings: ${[...headings].map((h) => JSON.stringify(h)).join(', ')}`);
}

// ---- Lighthouse -------------------------------------------------------------

const LIGHTHOUSE_PAGES = ['', 'risks/contact/', 'partners/weprotect/'];
const LIGHTHOUSE_METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

async function lighthousePerformance(dist, base) {
  console.log('\nLighthouse performance (mobile emulation, simulated slow 4G; served with _headers)');
  const server = await startServer({ dir: dist, base, headers: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  const out = {};
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const lhr = await lighthouseReport(server.url + page, chrome.port, ['performance']);
      const metrics = Object.fromEntries(LIGHTHOUSE_METRICS.map((id) => [id, lhr.audits[id].numericValue]));
      out[`/${page}`] = { score: Math.round(lhr.categories.performance.score * 100), ...metrics };
      console.log(
        `  /${page.padEnd(22)} score ${String(out[`/${page}`].score).padStart(3)}  ` +
          LIGHTHOUSE_METRICS.map((id) => `${id.replace(/-/g, ' ').replace('contentful paint', 'CP').replace('total blocking time', 'TBT').replace('cumulative layout shift', 'CLS')} ${lhr.audits[id].displayValue}`).join(', '),
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return out;
}

// ---- Budgets ---------------------------------------------------------------

function checkBudgets(sizes, loads) {
  const budgets = [
    { name: 'wasm brotli (largest language)', unit: 'KB', limit: WASM_BROTLI_BUDGET_KB, value: sizes.wasm.raw ? kb(sizes.wasm.brotli) : null },
    {
      name: 'wasm growth for the six languages (largest language vs English-only before)',
      unit: 'KB',
      limit: LANGUAGES_GROWTH_BUDGET_KB,
      value: sizes.wasm.raw ? kb(sizes.wasm.brotli) - PRE_LANGUAGES_WASM_BROTLI_KB : null,
    },
    { name: 'first load transferred (unthrottled median)', unit: 'KB', limit: FIRST_LOAD_BUDGET_KB, value: kb(loads.unthrottled?.transferBytes.median) },
    { name: 'time to content (throttled median)', unit: 'ms', limit: THROTTLED_CONTENT_BUDGET_MS, value: loads.throttled?.contentMs.median ?? null },
    { name: 'embed.js gzip', unit: 'KB', limit: EMBED_JS_GZIP_BUDGET_KB, value: sizes.embedJsGzip == null ? null : kb(sizes.embedJsGzip) },
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
      'compare-csr': { type: 'boolean', default: false },
      'csr-dist': { type: 'string' },
      'skip-compare': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: node scripts/bench.mjs [--dist dist] [--runs 7] [--base /]\n' +
        '                              [--compare-csr] [--csr-dist target/dist-csr] [--skip-compare]\n' +
        '  --compare-csr   build the CSR variant first (bash scripts/build-csr.sh), then compare\n' +
        '  --csr-dist DIR  where the CSR variant is (default <repo>/target/dist-csr)\n' +
        '  --skip-compare  skip the prerendered / plain HTML / CSR comparison\n' +
        '  --skip-lighthouse  skip the Lighthouse performance section',
    );
    return;
  }
  if (values['skip-compare'] && values['compare-csr']) throw new Error('--compare-csr and --skip-compare exclude each other');
  // --dist is relative to the cwd; the default is <repo>/dist wherever we run from.
  const dist = values.dist ? path.resolve(values.dist) : path.join(repoRoot(), 'dist');
  const csrDist = values['csr-dist'] ? path.resolve(values['csr-dist']) : path.join(repoRoot(), 'target', 'dist-csr');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  await fs.access(path.join(dist, 'index.html')).catch(() => {
    throw new Error(`no index.html in ${dist} (build first: trunk build --release)`);
  });

  console.log(`COP Explorer bench: dist ${dist}, ${runs} run(s) per pass`);
  const sizes = await measureSizes(dist);
  printSizes(sizes);

  const server = await startServer({ dir: dist, base: values.base });
  let serverOpen = true;
  const closeServer = () => (serverOpen ? ((serverOpen = false), server.close()) : Promise.resolve());
  let browser;
  const loads = {};
  let prerender = { skipped: '--skip-compare' };
  try {
    browser = await launchBrowser();
    console.log(`\nServer ${server.url} (br/gzip on), Chromium ${browser.version()}`);
    // Warm-up load (not counted): fills the server's compression cache.
    const warmUp = await loadOnce(browser, server.url, false);
    const options = { waitForContent: warmUp.contentMs != null };
    if (!options.waitForContent) console.warn('warning: no visible `main h1` in the warm-up load; time to content will be n/a');
    loads.unthrottled = await loadPass(browser, server.url, runs, false, options);
    loads.throttled = await loadPass(browser, server.url, runs, true, options);
    await closeServer();
    if (!values['skip-compare']) {
      prerender = await comparePrerender(browser, {
        dist,
        base: values.base.replace(/^\/*/, '/').replace(/\/*$/, '/'),
        runs,
        csrDist,
        buildCsrFirst: values['compare-csr'],
        sizes,
      });
    } else {
      console.log('\nPrerendered HTML comparison skipped (--skip-compare)');
    }
  } finally {
    await browser?.close();
    await closeServer();
  }

  const lighthouse = values['skip-lighthouse']
    ? { skipped: '--skip-lighthouse' }
    : await lighthousePerformance(dist, values.base);
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
    prerender,
    lighthouse,
  };
  console.log(`\nBENCH_JSON ${JSON.stringify(json)}`);
}

main().catch((err) => {
  console.error(`bench.mjs: cannot run: ${err.message}`);
  process.exit(1);
});
