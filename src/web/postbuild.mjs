// Trunk post_build hook: turns Trunk's staging output into a build that runs under a strict CSP
// and works offline. Run by Trunk with TRUNK_STAGING_DIR set (see Trunk.toml); also importable, so
// tests can regenerate the service worker of a modified build copy the same way the build does.
//
// 1. Every inline <script> Trunk wrote (its wasm loader) moves to an external, content-hashed
//    boot-<hash>.js with an integrity attribute.
// 2. The Content-Security-Policy meta tag from policy.mjs goes first into <head>; the wasm
//    preload loses an integrity attribute Chromium ignores (and warns about) there.
//    Every tag with integrity gets crossorigin="anonymous" (SRI needs CORS; sandboxed iframes).
// 3. embed.js (the host-page loader) is shipped unhashed, its comments stripped: hosts link to it
//    by a stable name. A copy named after the loader's version, embed-<LOADER_VERSION>.js, never
//    changes once released: hosts pin it with Subresource Integrity (README, CHANGELOG.md).
// 7. qr.js (the QR code of the summary for a doctor) is shipped (minified in release builds, as
//    startup.js) as qr-<hash>.js, named in a <meta name="sciatica-qr-script"> tag, and loaded
//    with the full build (8), never before the first question.
// 8. The full build (src/web/fullbuild.mjs): the same crate with the `journeys` feature, loaded
//    from the first question on, with its own stylesheet (styles/full-build.css as full-<hash>.css);
//    Trunk's own build is the questionnaire alone, styled by styles/widget.css.
// 6. manifest.webmanifest and the app icons are copied as they are (linked from index.html), and
//    questionnaire.json, the FHIR Questionnaire our saved files answer (generated: tests/handover.rs).
// 4. startup.js (the one JavaScript decision of the language the app opens in; with it, the
//    fetch of that language's catalog, the static start card and the start-up watch: a plain
//    message with a retry if the app cannot start) is shipped minified (release builds; without
//    its comments otherwise) as startup-<hash>.js and loaded, deferred, just before the first
//    script.
// 9. The catalogs (every word on screen, two files per language: src/content/data_file.rs) are
//    written by the native `catalog` command (src/bin/catalog.rs, which reads each file back
//    before writing it), shipped as catalog-<locale>-<hash>.txt and named in a
//    <meta name="sciatica-catalogs"> tag; startup.js (4) requests the reader's language once the
//    start card's paint is recorded, in parallel with the wasm. They exist before sw.js is
//    written, so the service worker precaches every language (offline switching).
// 5. sw.js is written from the template with the precache list and a content-derived version.
// 0. Before all that, the names by which the wasm and its wasm-bindgen glue know each other are
//    shortened (src/web/short-names.mjs; the wasm gets a new content-hashed name), and the glue
//    is minified under a new content-hashed name (src/web/minify.mjs), while Trunk's loader is
//    still inline in index.html.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BuildError, hex16, insertBefore, sri384 } from './build-html.mjs';
import { buildFullApp } from './fullbuild.mjs';
import { glueNamesIn, minifyGlue, minifyScript } from './minify.mjs';
import { shortenStagedNames } from './short-names.mjs';
import { CONTENT_SECURITY_POLICY } from './policy.mjs';

const WEB_SOURCE_DIR = dirname(fileURLToPath(import.meta.url));
const SERVICE_WORKER = 'sw.js';
const EMBED_LOADER = 'embed.js';
/** The loader's release (CHANGELOG.md); change it with every change to the shipped embed.js. */
export const LOADER_VERSION = '1.0.0';
export const VERSIONED_LOADER = `embed-${LOADER_VERSION}.js`;
/** Files of the installable app, copied beside index.html under their own names. */
const APP_FILES = ['manifest.webmanifest', 'icon.svg', 'icon-maskable.svg', 'questionnaire.json'];
const OEMBED = 'oembed.json';

/**
 * oembed.json with the widget's public address in its iframe snippet. A CMS copies the snippet
 * into another site, so only an absolute address works there: the build takes it from
 * SCIATICA_PUBLIC_URL (an http(s) folder address); without it the snippet keeps "./" and the
 * build says so.
 */
export function oembedFor(template, publicUrl) {
  let base = './';
  if (publicUrl) {
    const url = new URL(publicUrl);
    if (!/^https?:$/.test(url.protocol)) throw new BuildError('SCIATICA_PUBLIC_URL must be an http(s) address');
    base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  }
  return template.replace('WIDGET_URL', base.replace(/"/g, '%22'));
}
const STARTUP_SCRIPT = 'startup.js';
/** The one line of src/web/sw.js that the build replaces. */
const SW_BUILD_PLACEHOLDER = 'const BUILD = { version: "unbuilt", files: [], sha256: {} };';


/**
 * Moves each inline <script> out of `html` into its own file. Returns the new HTML and the files
 * to write ({ name, contents }); `publicUrl` prefixes the new src exactly as Trunk prefixes its own.
 */
export function externalizeInlineScripts(html, publicUrl) {
  const files = [];
  const rewritten = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (tag, attributes, body) => {
    if (/\bsrc\s*=/i.test(attributes)) return tag;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') {
      // Data blocks (JSON, templates) are not executed, so CSP does not concern them.
      return tag;
    }
    const contents = `${body.trim()}\n`;
    const name = `boot-${hex16(contents)}.js`;
    files.push({ name, contents });
    return `<script${attributes} src="${publicUrl}${name}" integrity="${sri384(contents)}"></script>`;
  });
  return { html: rewritten, files };
}

/**
 * Puts the CSP meta tag first in <head>, before anything it governs; only the charset declaration
 * goes before it, since that must sit within the document's first 1024 bytes.
 */
export function injectContentSecurityPolicy(html) {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new BuildError('index.html already has a CSP meta tag; the policy lives in src/web/policy.mjs');
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  const anchor = /<meta\s+charset\s*=[^>]*>/i.test(html) ? /<meta\s+charset\s*=[^>]*>/i : /<head(\s[^>]*)?>/i;
  let injected = false;
  const result = html.replace(anchor, (tag) => {
    injected = true;
    return `${tag}\n    ${meta}`;
  });
  if (!injected) throw new BuildError('index.html has no <head> to put the CSP meta tag in');
  return result;
}

/**
 * Drops `integrity` from `<link rel="preload" as="fetch">` (Trunk's wasm preload): Chromium ignores
 * it there and says so in the console on every load, and the wasm itself is fetched without SRI.
 */
export function dropIgnoredPreloadIntegrity(html) {
  return html.replace(/<link\b[^>]*>/gi, (tag) =>
    /\brel\s*=\s*["']?preload\b/i.test(tag) && /\bas\s*=\s*["']?fetch\b/i.test(tag)
      ? tag.replace(/\s+integrity\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '')
      : tag,
  );
}

/**
 * Gives every `<script>` / `<link>` with an `integrity` attribute `crossorigin="anonymous"`: SRI
 * works only on a CORS load, and in a sandboxed iframe (origin `null`) even our own files are
 * cross-origin, so a no-CORS load with integrity is refused and the widget stays blank.
 */
export function corsForIntegrity(html) {
  return html.replace(/<(script|link)\b[^>]*>/gi, (tag) =>
    /\sintegrity\s*=/i.test(tag) && !/\scrossorigin\b/i.test(tag)
      ? tag.replace(/^<(script|link)\b/i, (open) => `${open} crossorigin="anonymous"`)
      : tag,
  );
}

/**
 * Ships src/web/startup.js as startup-<hash>.js and loads it, deferred, just before the first
 * script of the page (Trunk's wasm loader, a module script): deferred and module scripts run in
 * document order once the page is parsed, so `sciaticaCatalog` (with `painted`, the moment the
 * catalog and the wasm are requested: `wasmAfterFirstPaint`) exists and the start-up watch
 * listens before the wasm loader runs. Deferred rather than async, which could run later than
 * the loader.
 */
export function addStartupScript(html, publicUrl, contents) {
  const name = `startup-${hex16(contents)}.js`;
  const tag = `<script defer data-startup src="${publicUrl}${name}" integrity="${sri384(contents)}"></script>`;
  const withTag = insertBefore(html, /<script\b/i, tag, 'index.html has no script to start the app; nothing to watch');
  return { html: withTag, file: { name, contents } };
}

/**
 * A script as shipped (embed.js always; startup.js and qr.js in debug builds): whole-line
 * comments, indentation and blank lines removed (the source is written to be read; readers and
 * hosts download the short copy). Only lines that start with // go, so a // inside a string or a
 * regular expression is never touched. The released loader stays this way: its bytes, and so its
 * SRI hash in the README, must not change with a minifier's version.
 */
export function shipLoader(source) {
  const lines = source.split('\n').map((line) => line.trim());
  return `${lines.filter((line) => line && !line.startsWith('//')).join('\n')}\n`;
}

/** The Subresource Integrity value of some bytes (sha384, as the README snippet prints it). */
export const integrityOf = sri384;

/** Fails the build on markup the CSP would block at run time, rather than shipping a broken page. */
export function assertNoInlineStyleOrHandlers(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  if (/<style\b/i.test(withoutComments)) throw new BuildError('inline <style> in index.html: use a stylesheet');
  if (/\sstyle\s*=/i.test(withoutComments)) throw new BuildError('style="" attribute in index.html: use a stylesheet');
  if (/\son[a-z]+\s*=/i.test(withoutComments)) throw new BuildError('inline event handler in index.html');
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    if (entry.startsWith('.')) return [];
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * The precache list: every file of the build the widget page itself can load, as URLs relative to
 * sw.js. Left out: sw.js (the browser fetches it itself) and embed.js (only host pages load it,
 * and the service worker never controls a host page).
 */
export function precacheEntries(buildDir) {
  return listFiles(buildDir)
    .map((path) => relative(buildDir, path).split(sep).join('/'))
    .filter((name) => name !== SERVICE_WORKER && name !== EMBED_LOADER && name !== VERSIONED_LOADER)
    .sort();
}

/** Derived from every precached file's name and content: any change yields a new version. */
export function buildVersion(buildDir, entries) {
  const digest = createHash('sha256');
  for (const name of entries) {
    digest.update(`${name}\0${hex16(readFileSync(join(buildDir, name)))}\n`);
  }
  return digest.digest('hex').slice(0, 16);
}

/** Writes buildDir/sw.js from the template with this build's precache list and version. */
export function writeServiceWorker(buildDir, template = readFileSync(join(WEB_SOURCE_DIR, SERVICE_WORKER), 'utf8')) {
  if (!template.includes(SW_BUILD_PLACEHOLDER)) {
    throw new BuildError(`src/web/sw.js lost its build placeholder line: ${SW_BUILD_PLACEHOLDER}`);
  }
  const files = precacheEntries(buildDir);
  const version = buildVersion(buildDir, files);
  // Each file's SHA-256, so the worker can tell a file of this build from one of the next.
  const sha256 = Object.fromEntries(
    files.map((name) => [name, createHash('sha256').update(readFileSync(join(buildDir, name))).digest('hex')]),
  );
  const build = `const BUILD = ${JSON.stringify({ version, files, sha256 })};`;
  writeFileSync(join(buildDir, SERVICE_WORKER), template.replace(SW_BUILD_PLACEHOLDER, build));
  return { version, files };
}

const QR_SCRIPT = 'qr.js';

/**
 * Ships the QR code script (src/web/qr.js) as qr-<hash>.js and names it in a <meta> tag: it comes
 * with the full build (loaded from the first question on), so the way there carries none of it.
 */
export function addQrScript(html, publicUrl, contents) {
  const name = `qr-${hex16(contents)}.js`;
  const tag = `<meta name="sciatica-qr-script" content="${publicUrl}${name}">`;
  const withTag = insertBefore(html, /<\/head>/i, tag, 'index.html has no </head> for the QR script\'s name');
  return { html: withTag, file: { name, contents } };
}

/**
 * What the loader waits for before it fetches the wasm (see `wasmAfterFirstPaint`): startup.js
 * (a deferred script, so it has run) resolves `painted` once the static card's paint has been
 * recorded (its largest-contentful-paint entry; else the next frame; at most 250 ms, since a
 * hidden page draws no frames), and requests the reader's catalog at that moment too.
 */
const AFTER_FIRST_PAINT = 'await globalThis.sciaticaCatalog?.painted;';

/**
 * Fetches the wasm only once the static start card's paint has been recorded: Trunk's
 * `<link rel="preload" as="fetch">` of the wasm goes, and the loader waits before `init`. Why:
 * the app's mount replaces the card, and a card replaced before the browser recorded its paint
 * loses its largest-contentful-paint entry, so the page's LCP became the app's first render
 * (seen in Chromium on a fast link). Lighthouse, which simulates the mobile load from an
 * unthrottled one, also charges every request that ended before the largest paint it saw to that
 * paint: the preloaded wasm, ending before the card's first frame, was. The cost is the time to
 * that first paint, on the way to the first question (README "First paint").
 */
export function wasmAfterFirstPaint(html) {
  let waited = false;
  let fetched = false;
  const result = html
    .replace(/<link\b[^>]*>/gi, (tag) =>
      /\brel\s*=\s*["']?preload\b/i.test(tag) && /\.wasm\b/i.test(tag) ? '' : tag,
    )
    .replace(/(<script\b[^>]*>[\s\S]*?)(const wasm = await init\()/i, (_, before, call) => {
      waited = true;
      return `${before}${AFTER_FIRST_PAINT}\n${call}`;
    })
    // The request first, then wasm-bindgen's set-up: given a URL, `init` builds its table of
    // imports (a few ms at 4x CPU) before it fetches; given the fetch, it builds it meanwhile.
    .replace(/(const wasm = await init\(\s*\{\s*module_or_path:\s*)(['"][^'"]+\.wasm['"])/i, (_, call, url) => {
      fetched = true;
      return `${call}fetch(${url})`;
    });
  if (!waited) throw new BuildError('Trunk\'s loader no longer calls `const wasm = await init(`: update wasmAfterFirstPaint');
  if (!fetched) throw new BuildError('Trunk\'s loader no longer passes `module_or_path: \'….wasm\'`: update wasmAfterFirstPaint');
  return result;
}

/** The catalogs' locales, in the order of `content::Locale::ALL`. */
export const CATALOG_LOCALES = ['zh-CN', 'zh-Hant', 'en'];
/**
 * Each locale's two data files, by the name the page asks for them: `<locale>` (what the
 * questionnaire reads, fetched before the first question) and `<locale>-more` (the rest and the
 * fact summaries, fetched with the full build: README "Two builds").
 */
export const CATALOG_FILES = CATALOG_LOCALES.flatMap((locale) => [
  { name: locale, locale },
  { name: `${locale}-more`, locale },
]);

/**
 * Runs the native `catalog` command (cargo, honouring CARGO_TARGET_DIR) and returns each locale's
 * data files: { 'zh-CN': contents, 'zh-CN-more': contents, ... }. The command checks every file; any failure fails the build.
 */
export function buildCatalogs() {
  const outDir = mkdtempSync(join(tmpdir(), 'sciatica-catalogs-'));
  try {
    const manifest = join(WEB_SOURCE_DIR, '..', '..', 'Cargo.toml');
    try {
      execFileSync('cargo', ['run', '--quiet', '--manifest-path', manifest, '--bin', 'catalog', '--', outDir], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    } catch (error) {
      throw new BuildError(`the catalog command failed (cargo run --bin catalog): ${error.message}`);
    }
    return Object.fromEntries(
      CATALOG_FILES.map(({ name, locale }) => {
        const path = join(outDir, `catalog-${name}.txt`);
        let contents;
        try {
          contents = readFileSync(path, 'utf8');
        } catch {
          throw new BuildError(`the catalog command wrote no ${path}`);
        }
        if (!contents.startsWith(`sciatica-catalog 1 ${locale}\n`)) throw new BuildError(`${path} is not a catalog file`);
        return [name, contents];
      }),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Names each catalog by its content (catalog-<locale>-<hash>.txt) and lists them in a <meta> tag,
 * where startup.js finds them.
 */
export function addCatalogs(html, publicUrl, catalogs) {
  const files = CATALOG_FILES.map(({ name: tag }) => {
    if (typeof catalogs[tag] !== 'string') throw new BuildError(`no catalog file ${tag}`);
    return { tag, name: `catalog-${tag}-${hex16(catalogs[tag])}.txt`, contents: catalogs[tag] };
  });
  const listed = files.map(({ tag, name }) => `${tag}=${publicUrl}${name}`).join(' ');
  const meta = `<meta name="sciatica-catalogs" content="${listed.replace(/"/g, '%22')}">`;
  const result = insertBefore(html, /<\/head>/i, meta, "index.html has no </head> for the catalogs' names");
  return { html: result, files: files.map(({ name, contents }) => ({ name, contents })) };
}

export async function finalizeBuild(stagingDir, publicUrl, { release = true } = {}) {
  const indexPath = join(stagingDir, 'index.html');
  const source = readFileSync(indexPath, 'utf8');
  const paced = process.env.SCIATICA_WASM_PRELOAD === '1' ? source : wasmAfterFirstPaint(source);
  const externalized = externalizeInlineScripts(dropIgnoredPreloadIntegrity(paced), publicUrl);
  const catalogs = addCatalogs(externalized.html, publicUrl, buildCatalogs());
  // Our own scripts ship minified in release builds (terser, as the glue), readable otherwise.
  const script = async (name) => {
    const source = readFileSync(join(WEB_SOURCE_DIR, name), 'utf8');
    return release ? minifyScript(source) : shipLoader(source);
  };
  const startup = addStartupScript(catalogs.html, publicUrl, await script(STARTUP_SCRIPT));
  const qr = addQrScript(startup.html, publicUrl, await script(QR_SCRIPT));
  const full = await buildFullApp(qr.html, stagingDir, publicUrl, { release, qrScript: qr.file.name });
  const { html } = full;
  const files = [...externalized.files, startup.file];
  assertNoInlineStyleOrHandlers(html);
  for (const { name, contents } of [...files, qr.file, ...catalogs.files]) writeFileSync(join(stagingDir, name), contents);
  writeFileSync(indexPath, injectContentSecurityPolicy(corsForIntegrity(html)));
  const loader = shipLoader(readFileSync(join(WEB_SOURCE_DIR, EMBED_LOADER), 'utf8'));
  writeFileSync(join(stagingDir, EMBED_LOADER), loader);
  writeFileSync(join(stagingDir, VERSIONED_LOADER), loader);
  for (const name of APP_FILES) copyFileSync(join(WEB_SOURCE_DIR, name), join(stagingDir, name));
  const oembed = readFileSync(join(WEB_SOURCE_DIR, OEMBED), 'utf8');
  writeFileSync(join(stagingDir, OEMBED), oembedFor(oembed, process.env.SCIATICA_PUBLIC_URL));
  const serviceWorker = writeServiceWorker(stagingDir);
  return { bootScripts: files.map((file) => file.name), serviceWorker };
}

/**
 * Shortens the binding names between each wasm and its glue, then minifies every wasm-bindgen
 * glue that index.html preloads (Trunk's minifier fails on it). Must run on Trunk's own output,
 * before `finalizeBuild` moves the loader into a hashed boot file.
 */
export async function minifyBuildGlue(stagingDir) {
  const html = readFileSync(join(stagingDir, 'index.html'), 'utf8');
  const names = glueNamesIn(html);
  if (names.length === 0) throw new BuildError('index.html preloads no wasm-bindgen glue to minify');
  const results = [];
  for (const name of names) {
    // Short binding names first (src/web/short-names.mjs): the minifier keeps them as they are.
    const shortened = shortenStagedNames(stagingDir, name);
    results.push({ ...(await minifyGlue(stagingDir, name)), shortened });
  }
  return results;
}

async function main() {
  const stagingDir = process.env.TRUNK_STAGING_DIR;
  if (!stagingDir) {
    console.error('postbuild: TRUNK_STAGING_DIR is not set; this hook runs inside `trunk build`.');
    process.exit(2);
  }
  try {
    for (const glue of await minifyBuildGlue(stagingDir)) {
      const { shortened } = glue;
      console.log(
        `postbuild: ${shortened.imports} import and ${shortened.exports} export names shortened ` +
          `(wasm ${shortened.wasmBytesBefore} -> ${shortened.wasmBytesAfter} bytes, now ${shortened.wasmName}); ` +
          `glue ${glue.from} minified to ${glue.to} (${glue.bytesBefore} -> ${glue.bytesAfter} bytes)`,
      );
    }
    const { bootScripts, serviceWorker } = await finalizeBuild(stagingDir, process.env.TRUNK_PUBLIC_URL ?? './', {
      release: process.env.TRUNK_PROFILE !== 'debug',
    });
    console.log(
      `postbuild: ${bootScripts.join(', ') || 'no inline script'}; CSP meta injected; embed.js and ${VERSIONED_LOADER} ` +
        `(${integrityOf(readFileSync(join(stagingDir, VERSIONED_LOADER)))}) written; ` +
        `sw.js version ${serviceWorker.version} precaching ${serviceWorker.files.length} files`,
    );
  } catch (error) {
    console.error(`postbuild: ${error instanceof BuildError ? error.message : error.stack}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
