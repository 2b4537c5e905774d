// The hosting policy of the widget, in one place: the build injects the CSP into index.html as a
// meta tag, the test server sends the same headers, and the README's "Hosting headers" section
// documents them (an end-to-end test checks that the three agree).

/** Only our own origin, no inline script or style, WebAssembly allowed to compile. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Trunk's hashed outputs and our boot script: `name-<hash>.ext` or `name-<hash>_bg.wasm`. Trunk
 * prints its 64-bit hash without leading zeros, so a hash has up to 16 hex digits, sometimes fewer.
 */
export const HASHED_FILE = /-[0-9a-f]{1,16}(?:_bg)?\.[a-z0-9]+$/;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The released copies of the loader, embed-<semver>.js: never changed once released (SRI-pinned). */
export const VERSIONED_LOADER_FILE = /(^|\/)embed-\d+\.\d+\.\d+\.js$/;

/** Cache-Control for a file of the build, by its name: content-addressed and released files never change. */
export function cacheControlFor(fileName) {
  return HASHED_FILE.test(fileName) || VERSIONED_LOADER_FILE.test(fileName) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Headers sent with every response of the widget's origin (besides Content-Type and Cache-Control).
 * - CORP cross-origin + COEP require-corp: a cross-origin-isolated host (COEP require-corp) may
 *   load embed.js and frame the widget only if both say so; the widget loads nothing from
 *   elsewhere, so requiring CORP of its own loads costs nothing.
 * - ACAO *: in `<iframe sandbox="allow-scripts">` the widget's origin is `null`, so its own module
 *   script, stylesheet and wasm are cross-origin CORS loads (SRI needs CORS too). Every file here is
 *   public and served without cookies, so allowing any origin to read it reveals nothing.
 */
export const WIDGET_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Access-Control-Allow-Origin': '*',
});
