// Debian's nginx and Apache, run as ordinary processes on 127.0.0.1 with
// the configs the build writes (dist/nginx.conf, dist/.htaccess), as a
// host would use them: a document root that holds the build at its public
// path (for /cop/, <root>/cop/ is the build). Nothing runs as a system
// service; each server has its own config, pid file and logs in a
// temporary folder, and is stopped by that pid.
//
//   const server = await startNginx({ dir, base: '/cop/' });
//   server.url  // "http://127.0.0.1:<port>/cop/"
//   await server.close();
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const NGINX = '/usr/sbin/nginx';
const APACHE = '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Whether this machine has each server (scripts/bootstrap.sh installs both). */
export const HAVE_NGINX = existsSync(NGINX);
export const HAVE_APACHE = existsSync(APACHE);
export const HAVE_NGINX_BROTLI = existsSync(BROTLI_STATIC);

const isRoot = process.getuid?.() === 0;

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once something accepts connections on the port (or fails after `ms`). */
async function waitForPort(port, child, logFile, ms = 10000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = await fs.readFile(logFile, 'utf8').catch(() => '(no log)');
  throw new Error(`the server did not start on port ${port} (exit ${child.exitCode}):\n${log}`);
}

/**
 * A temporary folder with the document root: the build itself at the root,
 * or a folder whose `cop/` is a link to the build. Readable by www-data,
 * whom Apache's children run as.
 */
async function documentRoot(dir, base) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'cop-server-'));
  await fs.chmod(work, 0o755);
  const build = path.resolve(dir);
  if (base === '/') return { work, root: build };
  const root = path.join(work, 'www');
  const site = path.join(root, base.replace(/^\/|\/$/g, ''));
  await fs.mkdir(path.dirname(site), { recursive: true, mode: 0o755 });
  await fs.symlink(build, site);
  return { work, root };
}

/** Starts a server process and returns { url, port, close } once it listens. */
async function run({ command, args, work, port, base, pidFile, logFile }) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    await waitForPort(port, child, logFile);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${e.message}\n${stderr}`);
  }
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    logFile,
    async close() {
      // Stopped by its pid file, as the README says to; the child handle
      // is the fallback when the pid file was never written.
      const pid = Number((await fs.readFile(pidFile, 'utf8').catch(() => '')).trim()) || child.pid;
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
      try {
        process.kill(pid, 'SIGTERM');
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await fs.rm(work, { recursive: true, force: true });
    },
  };
}

/**
 * nginx with the build's nginx.conf included in a server block. With
 * `brotli`, Debian's brotli_static module is loaded and the config's
 * brotli_static lines are uncommented, as its own comment says to do.
 * `precompressed: false` turns gzip_static off, so that nginx compresses
 * on the fly (the bench compares the two).
 */
export async function startNginx({ dir, base = '/', brotli = false, precompressed = true }) {
  const { work, root } = await documentRoot(dir, base);
  const port = await freePort();
  const pidFile = path.join(work, 'nginx.pid');
  const logFile = path.join(work, 'error.log');
  let include = path.join(path.resolve(dir), 'nginx.conf');
  if (brotli || !precompressed) {
    let text = await fs.readFile(include, 'utf8');
    if (brotli) text = text.replaceAll('# brotli_static on;', 'brotli_static on;');
    if (!precompressed) text = text.replaceAll('gzip_static on;', 'gzip_static off;');
    include = path.join(work, 'nginx-site.conf');
    await fs.writeFile(include, text);
  }
  const temp = (name) => `${name}_temp_path ${path.join(work, name)};`;
  await fs.writeFile(
    path.join(work, 'nginx.conf'),
    [
      brotli ? `load_module ${BROTLI_STATIC};` : '',
      'daemon off;',
      'worker_processes 1;',
      isRoot ? 'user www-data;' : '',
      `pid ${pidFile};`,
      `error_log ${logFile} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      '  sendfile on;',
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      `    root ${root};`,
      `    include ${include};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', work, '-e', logFile, '-c', path.join(work, 'nginx.conf')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the config:\n${check.stderr}`);
  return run({ command: NGINX, args, work, port, base, pidFile, logFile });
}

/**
 * Apache 2.4 reading the build's .htaccess (AllowOverride FileInfo, as
 * shared hosts allow), with Debian's mime.types. `modules` are the optional
 * modules loaded; leave some out to see the site still served without them.
 */
export async function startApache({ dir, base = '/', modules = ['headers', 'rewrite', 'deflate', 'filter'] }) {
  const { work, root } = await documentRoot(dir, base);
  const port = await freePort();
  const pidFile = path.join(work, 'apache.pid');
  const logFile = path.join(work, 'error.log');
  const load = (name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`;
  await fs.writeFile(
    path.join(work, 'apache2.conf'),
    [
      `ServerRoot ${work}`,
      `DefaultRuntimeDir ${work}`,
      `PidFile ${pidFile}`,
      `ErrorLog ${logFile}`,
      'LogLevel warn',
      `Listen 127.0.0.1:${port}`,
      'ServerName 127.0.0.1',
      ...['mpm_event', 'authz_core', 'dir', 'mime', ...modules].map(load),
      // Apache refuses to run as root: its children run as www-data.
      isRoot ? 'User www-data\nGroup www-data' : '',
      'TypesConfig /etc/mime.types',
      'DirectoryIndex index.html',
      `DocumentRoot ${root}`,
      '<Directory />',
      '  AllowOverride None',
      '  Require all denied',
      '</Directory>',
      `<Directory ${root}>`,
      '  Options FollowSymLinks',
      '  AllowOverride FileInfo',
      '  Require all granted',
      '</Directory>',
      '',
    ].join('\n'),
  );
  const args = ['-f', path.join(work, 'apache2.conf'), '-DFOREGROUND'];
  const check = spawnSync(APACHE, ['-f', path.join(work, 'apache2.conf'), '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`apache2 -t refused the config:\n${check.stderr}`);
  return run({ command: APACHE, args, work, port, base, pidFile, logFile });
}
