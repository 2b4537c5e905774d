// Minifies the wasm-bindgen JS glue of a Trunk build. Trunk's own JS minifier gives up on the
// glue ("Failed to minify JS" in the build log), so it used to ship as written: 45 kB of
// readable code. Terser understands it (an ES module using import.meta.url).
//
// Trunk names the glue after its content (<crate>-<hash>.js) and refers to it twice in
// index.html: the loader's import and a modulepreload link with an integrity attribute. The
// minified glue gets a name from its own content, and every reference and integrity value in
// the build's .html and .js files follows, so the build stays consistent under any cache.

import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { hex16, sri384 } from './build-html.mjs';


/** Trunk's glue name: the crate name, a dash, its content hash in hex, `.js`. Trunk writes the hash
 * without leading zeros, so it is 16 digits or fewer: a build whose hash began with `00` once failed. */
const GLUE_NAME = /^(.+)-([0-9a-f]{1,16})\.js$/;

/**
 * The glue names a Trunk index.html preloads (`<link rel="modulepreload" href="./x-<hash>.js">`),
 * without the public URL prefix.
 */
export function glueNamesIn(html) {
  const names = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?modulepreload\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const name = href?.split('/').pop();
    if (name && GLUE_NAME.test(name)) names.push(name);
  }
  return names;
}

/** The glue, minified: names inside the module shortened, its exports and import keys kept. */
export async function minifyGlueSource(source) {
  const result = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== 'string' || !result.code) throw new Error('terser returned no code for the glue');
  return result.code;
}

/**
 * A classic script of ours (startup.js, qr.js), minified: ES5 kept as ES5, no top-level names
 * changed (a classic script's top level is the page's global scope).
 */
export async function minifyScript(source) {
  const result = await minify(source, {
    ecma: 5,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== 'string' || !result.code) throw new Error('terser returned no code for a script');
  return `${result.code}\n`;
}

/**
 * Replaces `from` by `to` in `text`, and gives every <script>/<link> tag that now names `to`
 * the integrity value of `contents` (where the tag has an integrity attribute).
 */
export function renameReferences(text, from, to, contents) {
  const renamed = text.split(from).join(to);
  const integrity = sri384(contents);
  return renamed.replace(/<(script|link)\b[^>]*>/gi, (tag) =>
    tag.includes(to) ? tag.replace(/(\sintegrity\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)/i, `$1"${integrity}"`) : tag,
  );
}

/**
 * Minifies `stagingDir/glueName` in place under a new content-hashed name and rewrites every
 * reference to it in the build's top-level .html and .js files (the loader, the modulepreload
 * link and its integrity). Returns the old and new names and sizes.
 */
export async function minifyGlue(stagingDir, glueName) {
  const match = GLUE_NAME.exec(glueName);
  if (!match) throw new Error(`${glueName} is not a Trunk glue name (<crate>-<16 hex>.js)`);
  const source = readFileSync(join(stagingDir, glueName), 'utf8');
  const code = `${await minifyGlueSource(source)}\n`;
  const minifiedName = `${match[1]}-${hex16(code)}.js`;
  writeFileSync(join(stagingDir, glueName), code);
  if (minifiedName !== glueName) renameSync(join(stagingDir, glueName), join(stagingDir, minifiedName));
  for (const entry of readdirSync(stagingDir)) {
    if (!/\.(html|js)$/.test(entry) || entry === minifiedName) continue;
    const path = join(stagingDir, entry);
    const text = readFileSync(path, 'utf8');
    if (text.includes(glueName)) writeFileSync(path, renameReferences(text, glueName, minifiedName, code));
  }
  return {
    from: glueName,
    to: minifiedName,
    bytesBefore: Buffer.byteLength(source),
    bytesAfter: Buffer.byteLength(code),
  };
}

/**
 * A stylesheet of ours that Trunk does not process (styles/full-build.css, release builds), made
 * small the plain way: comments go, runs of white space become one space, and the spaces around
 * `{ } ; , >` and after `:` go; strings (`content: "ℹ "`) are kept as written. A space before `:`
 * stays (`a :focus` is not `a:focus`), and so do those around `+ -` (`calc()` needs them). Our
 * stylesheets are written so that this is safe: no `:` followed by a space inside a selector.
 */
export function minifyStylesheet(source) {
  // One pass from the left, so a quote inside a comment or a `/*` inside a string is no trouble.
  const parts = source.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/);
  const squeezed = parts.map((part, index) => {
    if (index % 2 === 1) return part.startsWith('/*') ? ' ' : part;
    return part.replace(/\s+/g, ' ');
  });
  const joined = squeezed.join('');
  // Again around punctuation, strings aside (they were kept whole above).
  return `${joined
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/ *([{};,>]) */g, '$1').replace(/: /g, ':').replace(/;}/g, '}')))
    .join('')
    .trim()}\n`;
}
