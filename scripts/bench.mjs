#!/usr/bin/env node
// Benchmark of a built site (scripts/build.sh): what each page makes the
// browser download, how fast it is usable on a slow link, and whether
// anything moves. A report, not a test: budgets are printed as "within
// budget" / "OVER BUDGET" and never fail the run; it exits non-zero only
// when it cannot run.
//
// Usage: node scripts/bench.mjs [--dist dist] [--runs 5] [--skip-lighthouse] [--search-only]
//
//  1. Sizes of every .wasm, .js, .css and .json under --dist (gzip -9,
//     brotli q11, KB = 1024 bytes), and each wasm with the islands it
//     carries (one per group of islands; each serves every language).
//  1b. The first-load files as the build's precompressed copies (brotli 11,
//     gzip 9) against compression on the fly: nginx's gzip, measured from
//     a real nginx, and brotli 5.
//  2. First load of each page and widget, unthrottled, in a fresh context
//     with the cache disabled, until the page is settled (its islands live
//     when it has any, then network idle): every response the page fetched,
//     counted as the brotli q11 size of its file, and whether it loaded wasm.
//  1c. Every page's HTML, with its inline stylesheet, against the first TCP
//     window (14 KB brotli); a page over it must still send its first screen
//     within it.
//  3. Slow link (CDP: 150 ms latency, 1.6 Mbit/s, the "slow 4G" profile of
//     this project, and a 4x slower CPU, as Lighthouse's mobile profile):
//     --runs loads (at least 11) of /, /risks, /risks/contact, /meeting,
//     /plan and /partners: first contentful paint, interactive (the moment <html> gets
//     data-hydrated, which boot.js sets once the page's islands are live;
//     a page without islands is interactive at its load event) and CLS.
//     The same pages as plain HTML (every script removed, the stylesheet
//     inlined: the physical limit for the same text) give the FCP ratio.
//  4. Layout shift at 375 and 1280 px on the pages whose islands add parts.
//  5. Lighthouse (mobile) performance on the pages of section 3: the
//     median of --runs runs, with every run's score.
//  6. Plain words: Flesch reading ease of every English content file
//     (scripts/readability.mjs).
//  7. Search in each language on the slow link: on /about (whose only
//     island, the header's search box, sleeps until used), the time from
//     the first keystroke (the first word of that language's query list)
//     to the first suggestion, median of 3, in two ways: typed the moment
//     the box has focus (the worst case), and typed 0.5 s after the box got
//     focus, as after a tap on a phone, whose keyboard takes about that
//     long to appear: the island wakes on focus. And what that first query
//     fetched: the index and the search code, brotli.
// Then the budgets, and one line "BENCH_JSON {...}" with every figure.

import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, openPage, repoRoot } from '../tests/e2e/harness.mjs';
import { lighthouseReport } from '../tests/e2e/lighthouse.mjs';
import { QUERIES } from '../tests/e2e/search_queries.mjs';
import { LOCALES } from '../tests/e2e/locale_routes.mjs';
import { HAVE_NGINX, startNginx } from '../tests/e2e/real_servers.mjs';
import * as chromeLauncher from 'chrome-launcher';

// ---- Budgets (issue 13; reported, never enforced) ---------------------------
const BUDGETS = {
  wasmBrotliKB: 100, // the largest islands' wasm, brotli
  risksFirstLoadKB: 130, // /risks: HTML, CSS, JS, wasm and JSON, brotli
  staticPageKB: 30, // a page or widget without islands, brotli, and no wasm at all
  risksInteractiveMs: 1500, // /risks on the slow link, median
  fcpRatio: 1.1, // FCP against the plain HTML file of the same text
  pageHtmlKB: 14, // a page's HTML with its inline stylesheet, brotli (the first TCP window)
  lighthouseScore: 98, // mobile performance
  embedJsGzipKB: 3, // the partners' loader
  searchIndexKB: 60, // what a first query fetches of the index, brotli, in every language (issue 24)
  firstResultMs: 1000, // first keystroke to first suggestion on the slow link, island asleep (issue 24)
};

const SLOW = { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000 };
// Lighthouse's mobile profile slows the CPU 4x: a phone parses and styles
// the page more slowly than this machine, so the slow link does too.
const SLOW_CPU_RATE = 4;
const SLOW_MIN_RUNS = 11;
// The first TCP window: about 14 KB (10 packets) arrive before the first
// acknowledgement, so a page whose first screen fits paints a round trip sooner.
const FIRST_WINDOW = 14 * 1024;
const SLOW_PAGES = ['/', '/risks', '/risks/contact', '/meeting', '/plan', '/partners'];
const FIRST_LOAD_PAGES = [
  '/', '/about', '/guidance', '/guidance/9-12', '/partners/itu', '/risks', '/risks/contact', '/meeting', '/partners',
  '/embed', '/search?q=sango', '/plan',
  '/educators', '/educators/contact-9-12', '/classroom/contact?age=9-12&step=1', '/poster',
  '/together', '/together/under-9', '/together/9-12', '/together/13-18',
  '/widget/grid', '/widget/risk/contact', '/widget/starters/contact', '/widget/partner/itu', '/widget/meeting',
];
const NEXT_PAGES = [['/', '/risks/contact'], ['/risks/contact', '/guidance'], ['/guidance', '/meeting']];
const SHIFT_PAGES = ['/risks', '/meeting', '/partners', '/embed', '/risks/contact', '/plan', '/classroom/contact?age=9-12&step=1', '/together/under-9'];
const LAZY_ISLANDS = ['SearchBox_', 'UpdatePrompt_'];

const KB = 1024;
const kb = (bytes) => (bytes == null ? null : Math.round((bytes / KB) * 10) / 10);
const fmtKB = (bytes) => (bytes == null ? 'n/a' : (bytes / KB).toFixed(1));
const fmtMs = (ms) => (ms == null ? 'n/a' : `${Math.round(ms)} ms`);

// ---- Sizes -----------------------------------------------------------------

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
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  return { raw: data.length, gzip, brotli };
}

async function measureSizes(dist) {
  const files = [];
  for (const file of await walk(dist)) {
    const kind = path.extname(file).slice(1).toLowerCase();
    if (!['wasm', 'js', 'css', 'json'].includes(kind) || file.includes(`${path.sep}oembed${path.sep}`)) continue;
    files.push({ file: path.relative(dist, file), kind, ...compressedSizes(await fs.readFile(file)) });
  }
  // One wasm per group of islands (scripts/build.sh); its JS module names them.
  const wasmBuilds = [];
  for (const f of files.filter((f) => f.kind === 'wasm')) {
    const module = path.join(dist, f.file.replace(/_bg\.wasm$/, '.js'));
    const code = await fs.readFile(module, 'utf8').catch(() => '');
    const islands = [...code.matchAll(/export function ([A-Z][A-Za-z0-9]*)_\d+\(/g)].map((m) => m[1]);
    wasmBuilds.push({ file: f.file, islands, raw: f.raw, gzip: f.gzip, brotli: f.brotli });
  }
  wasmBuilds.sort((a, b) => b.brotli - a.brotli);
  const wasm = wasmBuilds[0] ?? { raw: 0, gzip: 0, brotli: 0 };
  const embed = await fs.readFile(path.join(dist, 'embed.js')).then(compressedSizes, () => null);
  return { files, wasm, wasmBuilds, embedJsGzip: embed?.gzip ?? null };
}

// ---- Precompressed copies against compression on the fly ------------------

/** The bytes of a response as sent (node:http does not decode them). */
function bytesOnTheWire(url, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        let length = 0;
        res.on('data', (chunk) => (length += chunk.length));
        res.on('end', () => resolve({ length, encoding: res.headers['content-encoding'] ?? 'identity' }));
      })
      .on('error', reject);
  });
}

/**
 * What the first load of a few pages costs as the build's copies (brotli 11,
 * gzip 9) against what hosts that compress on the fly send: nginx's own
 * gzip (level 1, its default), measured from a real nginx with gzip_static
 * off, and brotli at 5 (Apache mod_brotli's default quality).
 */
async function measureCompression(dist, base) {
  const top = await fs.readdir(dist);
  const files = [
    ...['', 'risks/', 'risks/contact/', 'meeting/', 'ar/', 'zh/risks/'].map((p) => `${p}index.html`),
    ...top.filter((f) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/.test(f)),
  ].filter((f) => existsSync(path.join(dist, f)));
  const totals = { raw: 0, br11: 0, gz9: 0, br5: 0, nginxGzip: null };
  for (const f of files) {
    const data = await fs.readFile(path.join(dist, f));
    totals.raw += data.length;
    totals.br11 += (await fs.stat(path.join(dist, `${f}.br`)).catch(() => ({ size: data.length }))).size;
    totals.gz9 += (await fs.stat(path.join(dist, `${f}.gz`)).catch(() => ({ size: data.length }))).size;
    totals.br5 += zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
  }
  if (HAVE_NGINX) {
    const nginx = await startNginx({ dir: dist, base, precompressed: false });
    try {
      totals.nginxGzip = 0;
      for (const f of files) {
        const address = new URL(f.replace(/index\.html$/, ''), nginx.url).href;
        totals.nginxGzip += (await bytesOnTheWire(address, 'gzip')).length;
      }
    } finally {
      await nginx.close();
    }
  }
  return { files: files.length, ...totals };
}

/**
 * Every page's HTML, with its inline stylesheet, against the first TCP
 * window. A page over it must still send its first screen (the main
 * heading and the paragraph after it) within the window: the brotli stream
 * is cut at 14 KB and decoded as far as it goes.
 */
async function measureFirstWindow(dist) {
  const entries = await fs.readdir(dist, { recursive: true, withFileTypes: true });
  const pages = entries.filter((e) => e.isFile() && e.name === 'index.html' && !/(^|\/)widget\//.test(path.relative(dist, e.parentPath)));
  const over = [];
  let largest = { page: null, bytes: 0 };
  for (const e of pages) {
    const file = path.join(e.parentPath, e.name);
    const html = await fs.readFile(file);
    const br = await fs.readFile(`${file}.br`).catch(() => zlib.brotliCompressSync(html));
    const page = path.relative(dist, e.parentPath) || '.';
    if (br.length > largest.bytes) largest = { page, bytes: br.length };
    if (br.length <= FIRST_WINDOW) continue;
    const prefix = (await brotliPrefix(br.subarray(0, FIRST_WINDOW))).toString('utf8');
    const h1End = prefix.indexOf('</h1>');
    const firstScreen = h1End >= 0 && prefix.indexOf('</p>', h1End) >= 0;
    over.push({ page, kb: kb(br.length), firstScreen });
  }
  return { pages: pages.length, largest: { page: largest.page, kb: kb(largest.bytes) }, over };
}

/** As much of a cut brotli stream as decodes. */
function brotliPrefix(cut) {
  const out = [];
  const decoder = zlib.createBrotliDecompress();
  decoder.on('data', (chunk) => out.push(chunk));
  decoder.on('error', () => {});
  decoder.write(cut);
  // Flush what the decoder has: the rest of the stream never comes.
  return new Promise((resolve) => decoder.flush(zlib.constants.BROTLI_OPERATION_FLUSH, () => resolve(Buffer.concat(out))));
}

function printFirstWindow(w) {
  console.log(`\n1c. Page HTML with its inline stylesheet against the first TCP window (14 KB brotli), ${w.pages} pages`);
  console.log(`  largest: ${w.largest.page} ${w.largest.kb} KB; over 14 KB: ${w.over.length}`);
  for (const o of w.over) console.log(`    ${o.page.padEnd(34)} ${o.kb} KB, first screen ${o.firstScreen ? 'within' : 'NOT within'} the first 14 KB`);
}

function printCompression(c) {
  console.log(`\n1b. Precompressed copies against compression on the fly (${c.files} files: six pages, every hashed JS, wasm and CSS)`);
  const line = (label, bytes) =>
    console.log(`  ${label.padEnd(44)} ${bytes == null ? 'n/a (no nginx)' : `${fmtKB(bytes).padStart(8)} KB  (${((bytes / c.raw) * 100).toFixed(1)} % of raw)`}`);
  line('raw', c.raw);
  line('build copies, brotli 11 (.br)', c.br11);
  line('build copies, gzip 9 (.gz)', c.gz9);
  line('on the fly, brotli 5 (mod_brotli default)', c.br5);
  line("on the fly, nginx's gzip (level 1), measured", c.nginxGzip);
}

function printSizes(sizes) {
  console.log('\n1. Sizes (KB; gzip -9, brotli q11)');
  const width = Math.max(34, ...sizes.files.map((f) => f.file.length + 6));
  const row = (a, b, c, d) => console.log(`${a.padEnd(width)} ${b.padStart(9)} ${c.padStart(9)} ${d.padStart(9)}`);
  row('file', 'raw', 'gzip', 'brotli');
  for (const f of sizes.files) row(`${f.kind.padEnd(5)} ${f.file}`, fmtKB(f.raw), fmtKB(f.gzip), fmtKB(f.brotli));
  // Each wasm serves every language; there is one per group of islands.
  for (const w of sizes.wasmBuilds) {
    console.log(`wasm ${w.file}: raw ${fmtKB(w.raw)}, gzip ${fmtKB(w.gzip)}, brotli ${fmtKB(w.brotli)} KB: ${w.islands.join(', ')}`);
  }
  console.log(`embed.js gzip: ${fmtKB(sizes.embedJsGzip)} KB`);
}

// ---- Loading a page ----------------------------------------------------------

/** Init script: FCP, CLS and the moment <html> gets data-hydrated. */
function probe() {
  const state = (window.__bench = { cls: 0, hydratedAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) state.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no layout-shift entries in this browser
  }
  const observer = new MutationObserver(() => {
    if (state.hydratedAt === null && document.documentElement?.hasAttribute('data-hydrated')) {
      state.hydratedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { attributes: true, attributeFilter: ['data-hydrated'], subtree: true });
}

/** Whether the page has an island that starts at once (see src/site/hosting/boot.js). */
const hasEagerIslands = (page) =>
  page.evaluate(
    (lazy) =>
      // The plain HTML copy has no script at all.
      Boolean(document.querySelector('script[type="module"]')) &&
      ([...document.querySelectorAll('leptos-island')].some((el) => !lazy.some((p) => (el.dataset.component || '').startsWith(p))) ||
        // The build before islands hydrated every page (and marked it the same way).
        Boolean(document.querySelector('meta[name="cop-content"]'))),
    LAZY_ISLANDS,
  );

/**
 * Loads `url` once in a fresh context (cache disabled, `slow` throttling or
 * none) and waits until it is settled. Returns the URLs it fetched and its
 * timings.
 */
async function loadOnce(browser, url, { slow = false, viewport } = {}) {
  const { page, context, consoleErrors } = await openPage(browser, { origin: url, viewport });
  const result = { urls: [], fcpMs: null, interactiveMs: null, loadMs: null, cls: null, islands: false, error: null, consoleErrors };
  try {
    await page.addInitScript(probe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) {
      await cdp.send('Network.emulateNetworkConditions', SLOW);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU_RATE });
    }
    cdp.on('Network.responseReceived', (e) => result.urls.push(e.response.url));
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    result.islands = await hasEagerIslands(page);
    if (result.islands) {
      await page.waitForFunction(() => window.__bench.hydratedAt != null, null, { timeout: 60000 }).catch(() => {
        result.error = 'data-hydrated never appeared';
      });
    }
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    Object.assign(
      result,
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          loadMs: nav?.loadEventStart ?? null,
          hydratedMs: window.__bench.hydratedAt,
          cls: window.__bench.cls,
        };
      }),
    );
    // A page without islands is usable as soon as it has loaded.
    result.interactiveMs = result.islands ? result.hydratedMs : result.loadMs;
  } catch (err) {
    result.error = err.message.split('\n')[0];
  } finally {
    await context.close();
  }
  return result;
}

/** How long after focus the first key is pressed, in the second series of section 7. */
const TYPING_PAUSE_MS = 500;

/**
 * One search on the slow link: opens `url` (the search box asleep), focuses
 * the box, waits `pauseMs`, types `query` and waits for the first
 * suggestion. Returns the milliseconds from the keystroke to that
 * suggestion and the URLs fetched since focus.
 */
async function searchOnce(browser, url, query, pauseMs = 0) {
  // A first visit: no service worker has saved the search code yet.
  const { page, context } = await openPage(browser, { origin: url, contextOptions: { serviceWorkers: 'block' } });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU_RATE });
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForLoadState('networkidle', { timeout: 30000 }).catch(() => {});
    const urls = [];
    cdp.on('Network.responseReceived', (e) => urls.push(e.response.url));
    await page.locator('#site-search-input').focus();
    if (pauseMs) await page.waitForTimeout(pauseMs);
    const started = Date.now();
    await page.keyboard.insertText(query);
    await page.locator('.site-search__option').first().waitFor({ timeout: 30000 });
    return { ms: Date.now() - started, urls };
  } catch (err) {
    return { ms: null, urls: [], error: err.message.split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** The brotli size of the file behind each URL the page fetched (by path, under `base`). */
async function bytesOf(urls, dist, base) {
  const cache = new Map();
  let total = 0;
  let wasm = 0;
  let count = 0;
  for (const raw of urls) {
    const url = new URL(raw);
    if (!url.pathname.startsWith(base)) continue;
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    let file = path.join(dist, rel);
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) file = path.join(file, 'index.html');
    if (!cache.has(file)) cache.set(file, await fs.readFile(file).then((b) => compressedSizes(b).brotli, () => 0));
    const size = cache.get(file);
    total += size;
    count++;
    if (rel.endsWith('.wasm')) wasm += size;
  }
  return { total, wasm, count };
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Opens `first`, then `second` in the same tab with the HTTP cache kept; the second page's FCP and bytes. */
async function nextPageOnce(browser, first, second) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const result = { fcpMs: null, bytes: 0, error: null };
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto(first, { waitUntil: 'load', timeout: 120000 });
    await page.waitForLoadState('networkidle', { timeout: 30000 }).catch(() => {});
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.goto(second, { waitUntil: 'load', timeout: 120000 });
    await page.waitForLoadState('networkidle', { timeout: 30000 }).catch(() => {});
    result.fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    result.bytes = bytes;
  } catch (err) {
    result.error = err.message.split('\n')[0];
  } finally {
    await context.close();
  }
  return result;
}

// ---- Plain HTML: the same text with its stylesheet inline and no script -----

async function makePlainCopy(dist) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-bench-plain-'));
  await fs.cp(dist, dir, { recursive: true });
  const cssCache = new Map();
  for (const file of await walk(dir)) {
    if (!file.endsWith('.html')) continue;
    let html = await fs.readFile(file, 'utf8');
    html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
    html = html.replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/gi, '');
    html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
    const sheets = [];
    for (const [tag, href] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi)) {
      const name = href.split('/').pop();
      if (!cssCache.has(name)) cssCache.set(name, await fs.readFile(path.join(dir, name), 'utf8').catch(() => ''));
      sheets.push([tag, cssCache.get(name)]);
    }
    for (const [tag, css] of sheets) html = html.replace(tag, `<style>${css}</style>`);
    await fs.writeFile(file, html);
    // The build's compressed copies are of the page with its scripts.
    await Promise.all(['br', 'gz'].map((ext) => fs.rm(`${file}.${ext}`, { force: true })));
  }
  return dir;
}

const pageUrl = (server, route) => {
  const [p, q] = route.split('?');
  const rel = p === '/' ? '' : `${p.replace(/^\//, '')}/`;
  return new URL(rel + (q ? `?${q}` : ''), server.url).href;
};

// ---- Lighthouse ----------------------------------------------------------------

async function lighthouseScores(dist, runs) {
  const server = await startServer({ dir: dist, headers: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  const out = {};
  try {
    for (const route of SLOW_PAGES) {
      // One Lighthouse run's TBT moves by 100 ms or more from run to run: the median run counts.
      const results = [];
      for (let i = 0; i < runs; i++) {
        const lhr = await lighthouseReport(pageUrl(server, route), chrome.port, ['performance']);
        results.push(lhr);
      }
      results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = results[Math.floor((results.length - 1) / 2)];
      const audit = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
      out[route] = {
        score: Math.round(lhr.categories.performance.score * 100),
        scores: results.map((r) => Math.round(r.categories.performance.score * 100)),
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      };
      console.log(`  ${route.padEnd(16)} score ${String(out[route].score).padStart(3)} (runs: ${out[route].scores.join(', ')})  FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return out;
}

// ---- Main ------------------------------------------------------------------------

/** Section 7: search in each built language on the slow link. */
async function measureSearch(browser, server, dist, base) {
  console.log(`\n7. Search on the slow link, on /about (search box asleep): first keystroke to first suggestion, median of 3, typed at focus / ${TYPING_PAUSE_MS} ms after focus`);
  const search = {};
  for (const { code } of LOCALES.filter((l) => existsSync(path.join(dist, l.code === 'en' ? '' : l.code, 'about')))) {
    const query = QUERIES[code]?.[0];
    if (!query) continue;
    const route = code === 'en' ? '/about' : `/${code}/about`;
    const tries = [];
    const paused = [];
    for (let i = 0; i < 3; i++) {
      tries.push(await searchOnce(browser, pageUrl(server, route), query));
      paused.push(await searchOnce(browser, pageUrl(server, route), query, TYPING_PAUSE_MS));
    }
    const last = tries[tries.length - 1];
    const index = last.urls.filter((u) => /\/search-[0-9a-f]+\.json$/.test(new URL(u).pathname));
    const codeUrls = last.urls.filter((u) => /\.(wasm|js)$/.test(new URL(u).pathname));
    const indexBytes = await bytesOf(index, dist, base);
    const codeBytes = await bytesOf(codeUrls, dist, base);
    const m = {
      query,
      atFocusMs: median(tries.map((t) => t.ms)),
      ms: median(paused.map((t) => t.ms)),
      indexKB: kb(indexBytes.total),
      codeKB: kb(codeBytes.total),
    };
    search[code] = m;
    const errors = [...tries, ...paused].map((t) => t.error).filter(Boolean);
    const list = (series) => series.map((t) => t.ms ?? 'n/a').join(', ');
    console.log(`  ${code} “${query}”: ${fmtMs(m.atFocusMs)} [${list(tries)}] / ${fmtMs(m.ms)} [${list(paused)}], index ${fmtKB(indexBytes.total)} KB, code ${fmtKB(codeBytes.total)} KB${errors.length ? `  (${errors[0]})` : ''}`);
  }
  return search;
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: path.join(repoRoot(), 'dist') },
      runs: { type: 'string', default: '5' },
      'skip-lighthouse': { type: 'boolean', default: false },
      // Only section 7, for a quick look at search.
      'search-only': { type: 'boolean', default: false },
    },
  });
  const dist = path.resolve(values.dist);
  const runs = Math.max(1, Number(values.runs) || 5);
  const index = await fs.readFile(path.join(dist, 'index.html'), 'utf8').catch(() => null);
  if (!index) throw new Error(`no ${dist}/index.html: build first (scripts/build.sh)`);
  const base = /<base href="([^"]*)"/.exec(index)?.[1] ?? '/';
  const report = { dist, base, runs };
  if (values['search-only']) {
    const browser = await launchBrowser();
    const server = await startServer({ dir: dist, base });
    try {
      report.search = await measureSearch(browser, server, dist, base);
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`\nBENCH_JSON ${JSON.stringify(report)}`);
    return;
  }

  const sizes = await measureSizes(dist);
  printSizes(sizes);
  report.sizes = { wasm: sizes.wasm, wasmBuilds: sizes.wasmBuilds, embedJsGzip: sizes.embedJsGzip };
  report.compression = await measureCompression(dist, base);
  printCompression(report.compression);
  report.firstWindow = await measureFirstWindow(dist);
  printFirstWindow(report.firstWindow);

  const browser = await launchBrowser();
  const server = await startServer({ dir: dist, base });
  try {
    console.log('\n2. First load, unthrottled (brotli q11 size of every file the page fetched)');
    report.firstLoad = {};
    for (const route of FIRST_LOAD_PAGES) {
      const load = await loadOnce(browser, pageUrl(server, route));
      const bytes = await bytesOf(load.urls, dist, base);
      report.firstLoad[route] = { kb: kb(bytes.total), wasmKB: kb(bytes.wasm), requests: bytes.count, islands: load.islands };
      const problems = [load.error, ...load.consoleErrors.slice(0, 2)].filter(Boolean).join(' | ');
      console.log(`  ${route.padEnd(26)} ${fmtKB(bytes.total).padStart(7)} KB in ${String(bytes.count).padStart(2)} files, wasm ${fmtKB(bytes.wasm)} KB${load.islands ? ', islands' : ''}${problems ? `  (${problems})` : ''}`);
    }

    // With the CPU slowed, where the HTML's chunks fall decides whether the
    // page is laid out once or twice before it paints: 5 runs gave medians
    // from 0.82x to 1.28x for one build; 11 runs moved by a few percent.
    const slowRuns = Math.max(runs, SLOW_MIN_RUNS);
    console.log(`\n3. Slow link (150 ms RTT, 1.6 Mbit/s, CPU ${SLOW_CPU_RATE}x slower), median of ${slowRuns} (FCP quartiles in brackets); plain HTML = same text, CSS inline, no script`);
    const plainDir = await makePlainCopy(dist);
    const plain = await startServer({ dir: plainDir, base });
    report.slow = {};
    try {
      for (const route of SLOW_PAGES) {
        const site = [];
        const bare = [];
        for (let i = 0; i < slowRuns; i++) {
          site.push(await loadOnce(browser, pageUrl(server, route), { slow: true }));
          bare.push(await loadOnce(browser, pageUrl(plain, route), { slow: true }));
        }
        const m = {
          fcpMs: median(site.map((r) => r.fcpMs)),
          interactiveMs: median(site.map((r) => r.interactiveMs)),
          cls: median(site.map((r) => r.cls)),
          plainFcpMs: median(bare.map((r) => r.fcpMs)),
        };
        m.fcpRatio = m.fcpMs && m.plainFcpMs ? Math.round((m.fcpMs / m.plainFcpMs) * 100) / 100 : null;
        report.slow[route] = m;
        const errors = site.flatMap((r) => [r.error, ...r.consoleErrors]).filter(Boolean);
        const spread = (runsOf) => {
          const v = runsOf.map((r) => r.fcpMs).filter(Number.isFinite).sort((a, b) => a - b);
          return v.length ? `${Math.round(v[Math.floor((v.length - 1) / 4)])}-${Math.round(v[Math.ceil(((v.length - 1) * 3) / 4)])}` : 'n/a';
        };
        console.log(`  ${route.padEnd(16)} FCP ${fmtMs(m.fcpMs)} [${spread(site)}] (plain ${fmtMs(m.plainFcpMs)} [${spread(bare)}], ${m.fcpRatio ?? 'n/a'}x), interactive ${fmtMs(m.interactiveMs)}, CLS ${m.cls?.toFixed(3) ?? 'n/a'}${errors.length ? `  (${errors[0]})` : ''}`);
      }
    } finally {
      await plain.close();
      await fs.rm(plainDir, { recursive: true, force: true });
    }

    // A repeat view: the second page of a visit, with the browser's cache
    // filled by the first (and no service worker, which would compete for
    // the link). An inline stylesheet makes every page larger; a linked one
    // is fetched once. This shows which costs the second page more.
    console.log(`\n3b. Next page on the slow link (cache from the previous page), median of ${runs}`);
    report.nextPage = {};
    // With the site's _headers, so that hashed files are cached as a host would say.
    const cachingServer = await startServer({ dir: dist, base, headers: true });
    for (const [from, to] of NEXT_PAGES) {
      const runsOf = [];
      for (let i = 0; i < runs; i++) runsOf.push(await nextPageOnce(browser, pageUrl(cachingServer, from), pageUrl(cachingServer, to)));
      const m = { fcpMs: median(runsOf.map((r) => r.fcpMs)), bytesKB: median(runsOf.map((r) => r.bytes / 1024)) };
      report.nextPage[`${from} -> ${to}`] = m;
      const errors = runsOf.map((r) => r.error).filter(Boolean);
      console.log(`  ${`${from} -> ${to}`.padEnd(28)} FCP ${fmtMs(m.fcpMs)}, ${fmtKB(m.bytesKB * 1024)} KB over the network${errors.length ? `  (${errors[0]})` : ''}`);
    }
    await cachingServer.close();

    console.log('\n4. Layout shift once islands are live (CLS, unthrottled)');
    report.shift = {};
    for (const route of SHIFT_PAGES) {
      for (const width of [375, 1280]) {
        const load = await loadOnce(browser, pageUrl(server, route), { viewport: { width, height: 800 } });
        report.shift[`${route}@${width}`] = load.cls;
        console.log(`  ${route.padEnd(16)} ${String(width).padStart(4)} px  CLS ${load.cls?.toFixed(3) ?? 'n/a'}`);
      }
    }

    report.search = await measureSearch(browser, server, dist, base);
  } finally {
    await browser.close();
    await server.close();
  }

  if (!values['skip-lighthouse']) {
    console.log(`\n5. Lighthouse, mobile performance, the median of ${runs} runs (its figures)`);
    report.lighthouse = await lighthouseScores(dist, runs);
  }

  const readability = await import('./readability.mjs').then((m) => m.readability?.(), () => null);
  if (readability) {
    console.log('\n6. Flesch reading ease of the English content (target 60 or more)');
    for (const { file, score } of readability) console.log(`  ${file.padEnd(20)} ${score.toFixed(1)}`);
    report.readability = readability;
    const together = await import('./readability.mjs').then((m) => m.togetherReadability());
    for (const { path, score, target } of together) console.log(`  together ${path.padEnd(11)} ${score.toFixed(1)} (target ${target})`);
    report.togetherReadability = together;
  }

  console.log('\nBudgets (issue 13)');
  const staticPages = Object.entries(report.firstLoad).filter(([, l]) => !l.islands);
  const slowest = (key) => Math.max(...Object.values(report.lighthouse ?? {}).map((l) => l[key]));
  const lowestScore = report.lighthouse ? Math.min(...Object.values(report.lighthouse).map((l) => l.score)) : null;
  const checks = [
    ['largest islands wasm, brotli', kb(sizes.wasm.brotli), BUDGETS.wasmBrotliKB, 'KB'],
    ['/risks first load, brotli', report.firstLoad['/risks']?.kb, BUDGETS.risksFirstLoadKB, 'KB'],
    ['largest page or widget without islands', Math.max(...staticPages.map(([, l]) => l.kb)), BUDGETS.staticPageKB, 'KB'],
    ['wasm loaded by pages without islands', staticPages.reduce((a, [, l]) => a + l.wasmKB, 0), 0, 'KB'],
    ['/risks interactive on the slow link', report.slow['/risks']?.interactiveMs, BUDGETS.risksInteractiveMs, 'ms'],
    ['worst FCP against plain HTML (4x slower CPU)', Math.max(...Object.values(report.slow).map((s) => s.fcpRatio ?? Infinity)), BUDGETS.fcpRatio, 'x'],
    ['pages over 14 KB whose first screen is not in the first 14 KB', report.firstWindow.over.filter((o) => !o.firstScreen).length, 0, ''],
    ['worst CLS (slow link and section 4)', Math.max(...Object.values(report.slow).map((s) => s.cls ?? 0), ...Object.values(report.shift).map((c) => c ?? 0)), 0, ''],
    ['embed.js gzip', kb(sizes.embedJsGzip), BUDGETS.embedJsGzipKB, 'KB'],
    ['largest search index a first query fetches, brotli', Math.max(...Object.values(report.search).map((s) => s.indexKB ?? Infinity)), BUDGETS.searchIndexKB, 'KB'],
    [`slowest first suggestion on the slow link, typed ${TYPING_PAUSE_MS} ms after focus`, Math.max(...Object.values(report.search).map((s) => s.ms ?? Infinity)), BUDGETS.firstResultMs, 'ms'],
  ];
  // A score is a floor, not a ceiling.
  if (lowestScore != null) checks.push(['lowest Lighthouse performance', lowestScore, BUDGETS.lighthouseScore, '', 'at least']);
  report.budgets = {};
  for (const [name, value, limit, unit, floor] of checks) {
    const known = value != null && Number.isFinite(value);
    const ok = known && (floor ? value >= limit : value <= limit + 1e-9);
    report.budgets[name] = { value, limit, ok };
    console.log(`  ${ok ? 'within budget' : 'OVER BUDGET  '}  ${name}: ${value ?? 'n/a'}${unit} (budget: ${floor ?? 'at most'} ${limit}${unit})`);
  }
  if (report.lighthouse) report.lighthouseWorstTbtMs = slowest('tbtMs');
  console.log(`\nBENCH_JSON ${JSON.stringify(report)}`);
}

main().catch((err) => {
  console.error(`bench: ${err.message}`);
  process.exit(1);
});
