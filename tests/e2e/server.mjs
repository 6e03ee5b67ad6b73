// Tiny dependency-free static file server for the trunk build in dist/.
//
// It behaves like a static host with an SPA rewrite rule, so end-to-end
// tests and the benchmark see what visitors would see:
//   * files are served under `base` (e.g. /cop/); anything outside -> 404;
//   * `/some/dir/` serves `some/dir/index.html` when present (prerendered
//     pages), `/some/dir` (an existing folder) redirects to `/some/dir/`;
//   * a missing path gets the prerendered 404.html of its language folder
//     (/cop/fr/x -> fr/404.html, else the root's) with status 404, as the
//     build's nginx.conf and .htaccess do; a build without 404.html (plain
//     client-side rendering) gets the root index.html with status 200 for
//     a path without a file extension (an SPA rewrite rule), else a 404;
//   * br / gzip compression of text types and wasm by Accept-Encoding: the
//     build's .br / .gz copy when there is one, else compressed here and
//     cached in memory (keyed by path, size and mtime);
//   * `Cache-Control: no-cache` everywhere, so tests always see fresh builds,
//     unless `headers: true`: then the build's `_headers` file (Netlify /
//     Cloudflare Pages syntax) is applied as those hosts do, and a header
//     set by two matching rules is an error (hosts would merge them);
//   * `cors: true` adds `Access-Control-Allow-Origin: *` (as _headers does).
//
// CLI:    node tests/e2e/server.mjs --dir dist [--port 8080] [--host 127.0.0.1] [--base /cop/] [--headers]
//         prints one line "Serving <dir> at http://<host>:<port><base>" when ready.
// Module: import { startServer } from './server.mjs';
//         const { url, port, close } = await startServer({ dir: 'dist', base: '/cop/' });

import http from 'node:http';
import fs from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs, promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Content types by file extension (lower case, with the dot). */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Extensions worth compressing (text formats and wasm; images/fonts are already compressed). */
const COMPRESSIBLE = new Set([
  '.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.map',
]);

/** Brotli at quality 11 is slow on big (debug) wasm files; drop to 9 above this size. */
const BROTLI_MAX_QUALITY_LIMIT = 4 * 1024 * 1024;

/** Make base look like "/x/y/" (leading and trailing slash; "/" by default). */
function normalizeBase(base = '/') {
  let b = String(base || '/').trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b.replace(/\/{2,}/g, '/');
}

/** Pick "br", "gzip" or null from an Accept-Encoding header (honours q=0). */
function pickEncoding(header = '') {
  const accepted = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/**
 * Parse a `_headers` file: blocks of a path pattern line followed by
 * indented "Name: value" lines. Returns [{ pattern: RegExp, source, headers: [[name, value]] }].
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      // "*" is a splat: it matches anything, slashes included.
      const pattern = new RegExp('^' + source.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
      rules.push({ pattern, source, headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for `pathname`, or throws if two rules set the same header. */
export function headersFor(rules, pathname) {
  const out = {};
  const setBy = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (setBy[key]) throw new Error(`_headers: ${name} for ${pathname} set by both "${setBy[key]}" and "${rule.source}"`);
      setBy[key] = rule.source;
      out[name] = value;
    }
  }
  return out;
}

async function statOrNull(file) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/**
 * Start the server.
 * @param {{dir: string, port?: number, host?: string, base?: string}} options
 *   dir: folder to serve (relative paths are resolved against the cwd);
 *   port: 0 (default) picks a free port; base: URL prefix, default "/".
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 *   url is the full URL of the base, e.g. "http://127.0.0.1:41234/cop/".
 */
export async function startServer({ dir, port = 0, host = '127.0.0.1', base = '/', headers = false, cors = false } = {}) {
  if (!dir) throw new Error('startServer: `dir` is required');
  const root = path.resolve(dir);
  const rootStat = await statOrNull(root);
  if (!rootStat?.isDirectory()) throw new Error(`startServer: not a directory: ${root}`);
  base = normalizeBase(base);

  // Compressed bytes cache: "file|size|mtime|encoding" -> Promise<Buffer>.
  // Promises are cached so concurrent requests compress a file only once.
  const compressedCache = new Map();

  function compressed(file, stat, data, encoding) {
    const key = `${file}|${stat.size}|${stat.mtimeMs}|${encoding}`;
    let entry = compressedCache.get(key);
    if (!entry) {
      entry =
        encoding === 'br'
          ? brotliCompress(data, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: data.length > BROTLI_MAX_QUALITY_LIMIT ? 9 : 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              },
            })
          : gzip(data, { level: 9 });
      compressedCache.set(key, entry);
      entry.catch(() => compressedCache.delete(key));
    }
    return entry;
  }

  // The build's .br / .gz copy, unless the file changed after it was
  // written (tests edit copies of a build, and a stale copy would hide that).
  async function freshCopy(file, stat, encoding) {
    const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    const copyStat = await statOrNull(copy);
    return copyStat?.isFile() && copyStat.mtimeMs >= stat.mtimeMs ? fs.readFile(copy) : null;
  }

  function sendText(req, res, status, text, headers = {}) {
    const body = Buffer.from(text + '\n');
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // Read per request, so a test may rebuild dist/ while the server runs.
  async function hostHeaders(pathname) {
    if (!headers) return cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    const text = await fs.readFile(path.join(root, '_headers'), 'utf8');
    return headersFor(parseHeadersFile(text), pathname);
  }

  async function sendFile(req, res, file, stat, status = 200) {
    const ext = path.extname(file).toLowerCase();
    const headers = {
      'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(await hostHeaders(decodeURIComponent(new URL(req.url, 'http://x').pathname))),
    };
    let body = await fs.readFile(file);
    if (COMPRESSIBLE.has(ext)) {
      headers['Vary'] = 'Accept-Encoding';
      const encoding = pickEncoding(req.headers['accept-encoding']);
      if (encoding) {
        body = (await freshCopy(file, stat, encoding)) ?? (await compressed(file, stat, body, encoding));
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(req, res, 405, '405 Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    let url, pathname;
    try {
      // Origin-form targets ("/path") are joined as text so "//x/y" is not read as a host.
      url = new URL(req.url.startsWith('/') ? `http://localhost${req.url}` : req.url);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendText(req, res, 400, '400 Bad Request');
    }
    // Path traversal: reject any ".." segment, backslashes and NUL bytes outright.
    if (pathname.split('/').includes('..') || pathname.includes('\\') || pathname.includes('\0')) {
      return sendText(req, res, 400, '400 Bad Request');
    }
    // "/cop" -> "/cop/" like static hosts do.
    if (base !== '/' && pathname === base.slice(0, -1)) {
      return sendText(req, res, 301, 'Moved Permanently', { Location: base + url.search });
    }
    if (!pathname.startsWith(base)) return sendText(req, res, 404, '404 Not Found');

    const rel = pathname.slice(base.length);
    let file = path.join(root, rel);
    // Belt and braces: the resolved file must stay inside root.
    if (file !== root && !file.startsWith(root + path.sep)) return sendText(req, res, 400, '400 Bad Request');

    let stat = await statOrNull(file);
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        // Existing folder without trailing slash: redirect, like GitHub Pages.
        const index = await statOrNull(path.join(file, 'index.html'));
        if (index?.isFile()) {
          return sendText(req, res, 301, 'Moved Permanently', { Location: url.pathname + '/' + url.search });
        }
      }
      file = path.join(file, 'index.html');
      stat = await statOrNull(file);
    }
    if (stat?.isFile()) return sendFile(req, res, file, stat);

    // Nothing there: the not-found page of the address's language folder,
    // or the root's; without one, the app shell for a page address.
    const candidates = [path.join(root, '404.html')];
    if (rel.includes('/')) candidates.unshift(path.join(root, rel.split('/')[0], '404.html'));
    for (const candidate of candidates) {
      const notFoundStat = await statOrNull(candidate);
      if (notFoundStat?.isFile()) return sendFile(req, res, candidate, notFoundStat, 404);
    }
    const lastSegment = rel.split('/').filter(Boolean).pop() ?? '';
    if (path.extname(lastSegment) === '') {
      const indexFile = path.join(root, 'index.html');
      const indexStat = await statOrNull(indexFile);
      if (indexStat?.isFile()) return sendFile(req, res, indexFile, indexStat);
    }
    return sendText(req, res, 404, '404 Not Found');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendText(req, res, 500, '500 Internal Server Error');
      else res.destroy(err);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = server.address().port;
  const hostInUrl = host.includes(':') ? `[${host}]` : host; // IPv6 literal
  return {
    url: `http://${hostInUrl}:${actualPort}${base}`,
    port: actualPort,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // don't wait for idle keep-alive sockets
      }),
  };
}

// ---- CLI ------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '/' },
      headers: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${values.port}`);
  const server = await startServer({ dir: values.dir, port, host: values.host, base: values.base, headers: values.headers });
  console.log(`Serving ${values.dir} at ${server.url}`);
  const stop = () => server.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run as CLI only when this file is the entry point (not when imported).
function isEntryPoint() {
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}
const isMain = isEntryPoint();
if (isMain) {
  main().catch((err) => {
    console.error(`server.mjs: ${err.message}`);
    process.exit(1);
  });
}
