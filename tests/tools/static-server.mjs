#!/usr/bin/env node
// A tiny static file server for the end-to-end tests, with no dependencies. It serves on loopback
// only and sends exactly the headers the README's "Hosting headers" section documents, so the tests
// run the widget the way a correctly configured host would serve it.
//
//   node tests/tools/static-server.mjs --root dist --port 4173                  # the widget
//   node tests/tools/static-server.mjs --root tests/e2e/hosts --port 4174 --mode host   # demo hosts
//
// Mode `widget` sends the widget's CSP and cache policy (src/web/policy.mjs). Mode `host` stands for
// a third-party page: no-cache and nosniff only, since each demo page carries its own CSP meta tag;
// pages named isolated*.html also get COEP require-corp + COOP same-origin (a cross-origin-isolated host).

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheControlFor, CACHE_REVALIDATE, WIDGET_HEADERS } from '../../src/web/policy.mjs';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MODES = new Set(['widget', 'host']);

/** Demo host pages named isolated*.html stand for a cross-origin-isolated portal. */
const ISOLATED_HOST_PAGE = /(^|[/\\])isolated[^/\\]*\.html$/;

function headersFor(mode, fileName) {
  if (mode === 'widget') return { ...WIDGET_HEADERS, 'Cache-Control': cacheControlFor(fileName) };
  const isolation = ISOLATED_HOST_PAGE.test(fileName)
    ? { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Opener-Policy': 'same-origin' }
    : {};
  return { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': CACHE_REVALIDATE, ...isolation };
}

/** Maps a URL path to a file under root, or null for anything outside it or hidden. */
export function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\\') || segment.includes('\0'))) {
    return null;
  }
  const path = join(root, ...segments);
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function findFile(root, urlPath) {
  const path = resolveFile(root, urlPath);
  if (!path) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      const indexInfo = await stat(index);
      if (indexInfo.isFile()) return { path: index, size: indexInfo.size };
    }
  } catch {
    // Missing: answered with 404 below.
  }
  return null;
}

/** Starts a server; resolves to { url, port, close() } once it listens. Port 0 picks a free one. */
export function startStaticServer({ root, port = 0, host = '127.0.0.1', mode = 'widget' }) {
  if (!LOOPBACK.has(host)) throw new Error(`static-server serves loopback only, not ${host}`);
  if (!MODES.has(mode)) throw new Error(`unknown mode ${mode}: use widget or host`);
  const rootDir = resolve(root);

  const server = createServer(async (request, response) => {
    const send = (status, headers, body) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { ...headersFor(mode, ''), Allow: 'GET, HEAD' }, 'method not allowed\n');
      return;
    }
    const { pathname } = new URL(request.url, 'http://loopback');
    const file = await findFile(rootDir, pathname);
    if (!file) {
      send(404, headersFor(mode, ''), 'not found\n');
      return;
    }
    response.writeHead(200, {
      ...headersFor(mode, file.path),
      'Content-Type': MIME_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': file.size,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file.path)
      .on('error', () => response.destroy())
      .pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actualPort = server.address().port;
      const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
      resolvePromise({
        url: `${origin}/`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function parseArguments(argv) {
  const options = { root: null, port: 4173, host: '127.0.0.1', mode: 'widget' };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--root') options.root = value;
    else if (flag === '--port') options.port = Number.parseInt(value, 10);
    else if (flag === '--host') options.host = value;
    else if (flag === '--mode') options.mode = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!options.root) throw new Error('--root is required');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port must be a number from 0 to 65535');
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`static-server: ${error.message}`);
    console.error('usage: static-server.mjs --root DIR [--port 4173] [--host 127.0.0.1] [--mode widget|host]');
    process.exit(2);
  }
  if (!(await stat(options.root).catch(() => null))?.isDirectory()) {
    console.error(`static-server: ${options.root} is not a directory (for dist/, run trunk build first)`);
    process.exit(1);
  }
  const { url } = await startStaticServer(options);
  console.log(`static-server: serving ${options.root} at ${url} (${options.mode} headers)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`static-server: ${error.message}`);
    process.exit(1);
  });
}
