// Byte counts as a browser would receive them: raw, and brotli at the quality a static host
// precompresses with (11). The bench server sends exactly these brotli bytes, so the measured
// transfer sizes and the computed ones describe the same thing.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TEXT_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Formats that are compressed already: a host sends them as they are. */
const PRECOMPRESSED = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.woff2', '.gz', '.br']);

export function isCompressible(fileName) {
  return !PRECOMPRESSED.has(extname(fileName).toLowerCase());
}

export function brotli(bytes, fileName) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: TEXT_TYPES.has(extname(fileName).toLowerCase())
        ? constants.BROTLI_MODE_TEXT
        : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** { raw, brotli } byte counts of one file; brotli equals raw for formats sent uncompressed. */
export function fileSizes(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, brotli: isCompressible(path) ? brotli(bytes, path).length : bytes.length };
}
