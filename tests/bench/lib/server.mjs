// A loopback static server for the benchmark. Unlike the end-to-end test server it sends brotli
// (precompressed once, at quality 11) to browsers that accept it, as a production host would, so
// the transfer sizes the browser reports are the ones a reader pays for. Optional `pages` serve
// generated HTML (the host article with and without the embed) at fixed paths.

import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { cacheControlFor } from '../../../src/web/policy.mjs';
import { MIME_TYPES, resolveFile } from '../../tools/static-server.mjs';
import { brotli, isCompressible } from './sizes.mjs';

/**
 * Starts serving `root` (may be null when only `pages` are served) on 127.0.0.1 at a free port.
 * `pages` maps a path such as "/article.html" to a function returning the HTML to send.
 * Resolves to { origin, close() }.
 */
export async function startBenchServer({ root = null, pages = {} }) {
  const rootDir = root ? resolve(root) : null;
  const compressed = new Map();

  async function load(pathname) {
    if (Object.hasOwn(pages, pathname)) {
      return { name: pathname, bytes: Buffer.from(pages[pathname](), 'utf8'), cacheKey: null };
    }
    const path = rootDir && resolveFile(rootDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!path || !(await stat(path).catch(() => null))?.isFile()) return null;
    return { name: path, bytes: await readFile(path), cacheKey: path };
  }

  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(request.url, 'http://loopback');
      const file = await load(pathname);
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      const headers = {
        'Content-Type': MIME_TYPES[extname(file.name).toLowerCase()] ?? 'application/octet-stream',
        // The documented hosting policy: hashed files immutable, stable names revalidated.
        'Cache-Control': file.cacheKey ? cacheControlFor(file.name) : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
      };
      let body = file.bytes;
      const acceptsBrotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      if (acceptsBrotli && isCompressible(file.name)) {
        if (file.cacheKey && compressed.has(file.cacheKey)) body = compressed.get(file.cacheKey);
        else {
          body = brotli(file.bytes, file.name);
          if (file.cacheKey) compressed.set(file.cacheKey, body);
        }
        headers['Content-Encoding'] = 'br';
      }
      headers['Content-Length'] = body.length;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${error.message}\n`);
    }
  });

  // Compress everything before the first request: a timed load must never wait for quality-11
  // brotli of a megabyte of WebAssembly (a production host serves precompressed files).
  const precompress = async () => {
    if (!rootDir) return;
    for (const entry of await readdir(rootDir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      if (entry.isFile() && isCompressible(path)) compressed.set(path, brotli(await readFile(path), path));
    }
  };

  await precompress();
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      done({
        origin,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
