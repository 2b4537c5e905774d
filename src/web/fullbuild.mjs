// The widget's second build, made by the post_build hook beside Trunk's (README: "Two builds").
//
// Trunk builds the start of the questionnaire (start card, first step, emergency screen): the first
// load. This builds the same crate with the `journeys` feature (the later steps, the result, the
// handover to a doctor, the exercises, the diary) through the same tools Trunk uses (cargo, wasm-bindgen, wasm-opt -Oz), and
// writes, content-hashed:
//   full-<hash>.js        the wasm-bindgen glue (minified in release builds)
//   full-<hash>_bg.wasm   the module
//   full-<hash>.css       the stylesheet of the full build's screens (styles/full-build.css;
//                         minified in release builds): the first load has only styles/widget.css
//   full-boot-<hash>.js   its loader: fetches and compiles the module as soon as it is added (the
//                         questionnaire build adds it at the first question), adds the
//                         stylesheet and the QR code script (src/web/qr.js) for the result, then
//                         offers `sciaticaFullBuild.start(flow)` (src/platform/full_build.rs),
//                         which mounts the full build once the module and the stylesheet are there
// and names the loader, with its integrity, in <meta name="sciatica-full-build">.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hex16, insertBefore, sri384 } from './build-html.mjs';
import { minifyGlueSource, minifyStylesheet } from './minify.mjs';
import { shortenBindingNames } from './short-names.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = 'sciatica-check';
const FEATURE = 'journeys';
/** The full build's stylesheet (the first load's is styles/widget.css, linked by index.html). */
const STYLESHEET = 'styles/full-build.css';


function run(command, args) {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

function targetDir() {
  if (process.env.CARGO_TARGET_DIR) return resolve(ROOT, process.env.CARGO_TARGET_DIR);
  const metadata = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'], { cwd: ROOT, encoding: 'utf8' }),
  );
  return metadata.target_directory;
}

/** The wasm-opt Trunk uses (npm binaryen, see Trunk.toml), else one on PATH. */
function wasmOpt() {
  const local = join(ROOT, 'node_modules', '.bin', 'wasm-opt');
  return existsSync(local) ? local : 'wasm-opt';
}

/**
 * The loader module: the glue's import, the module compiled in the background, the stylesheet
 * (`styles`: { name, integrity }), the QR code script (`qr`, for the result's summary and its
 * printed copy; skipped if the page has it), and `start`.
 *
 * The stylesheet is linked at once, with the module's download, after the page's own (so its
 * rules come later in the cascade, as written), and `start` mounts only once it has loaded, so no
 * frame shows the full build's screens unstyled. If it fails, `start` asks for it once more and
 * then mounts anyway: screens without their finish are better than no screen.
 */
export function loaderSource(glue, wasm, qr, styles) {
  return `import init from './${glue}';
const addStyles = () => new Promise((settle) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.setAttribute('integrity', '${styles.integrity}');
  link.crossOrigin = 'anonymous';
  link.setAttribute('data-full-build-styles', '');
  link.addEventListener('load', () => settle(true));
  link.addEventListener('error', () => { link.remove(); settle(false); });
  link.href = new URL('./${styles.name}', import.meta.url).href;
  document.head.append(link);
});
let styles = addStyles();
if (!document.querySelector('script[data-qr-script]')) {
  const script = document.createElement('script');
  script.src = new URL('./${qr}', import.meta.url).href;
  script.setAttribute('data-qr-script', '');
  document.head.append(script);
}
const url = new URL('./${wasm}', import.meta.url);
const compile = () => {
  const response = fetch(url);
  return WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(response).catch(() => fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)))
    : response.then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
};
let module = compile();
module.catch(() => {});
globalThis.sciaticaFullBuild = {
  /** Settles once the module is downloaded and compiled and the stylesheet has loaded or failed (for tests and the bench). */
  get ready() {
    return Promise.all([module, styles]).then(() => true);
  },
  start(flow) {
    const compiled = module;
    // A failed download is tried again on the reader's next "Try again".
    compiled.catch(() => { module = compile(); module.catch(() => {}); });
    const styled = styles.then((loaded) => loaded || (styles = addStyles()));
    return Promise.all([compiled, styled]).then(([m]) => { globalThis.sciaticaHandoff = flow; return init({ module_or_path: m }); });
  },
};
`;
}

/**
 * Builds the full app into `stagingDir` and adds its <meta> to `html`. `release` follows Trunk's
 * profile; `offline` is passed on to cargo. Returns the new HTML and the files written.
 */
export async function buildFullApp(html, stagingDir, publicUrl, { release = true, offline = true, qrScript } = {}) {
  const profile = release ? 'release' : 'debug';
  const cargoArgs = ['build', '--target=wasm32-unknown-unknown', '--bin', BIN, '--features', FEATURE];
  if (release) cargoArgs.push('--release');
  if (offline) cargoArgs.push('--offline');
  run('cargo', cargoArgs);
  const built = join(targetDir(), 'wasm32-unknown-unknown', profile, `${BIN}.wasm`);
  const work = join(targetDir(), 'full-build', profile);
  mkdirSync(work, { recursive: true });
  run('wasm-bindgen', ['--target=web', `--out-dir=${work}`, '--out-name=full', '--no-typescript', built]);
  let wasmPath = join(work, 'full_bg.wasm');
  if (release) {
    const optimized = join(work, 'full_opt.wasm');
    run(wasmOpt(), [`--output=${optimized}`, '-Oz', wasmPath]);
    wasmPath = optimized;
  }
  // Short binding names between the wasm and its glue, as in the questionnaire build
  // (src/web/short-names.mjs).
  const shortened = shortenBindingNames(readFileSync(wasmPath), readFileSync(join(work, 'full.js'), 'utf8'));
  const wasm = shortened.wasm;
  const wasmName = `full-${hex16(wasm)}_bg.wasm`;
  // The glue names its wasm only as a default (`new URL('full_bg.wasm', import.meta.url)`); the
  // loader always passes the compiled module, so the default is left as it is.
  // Minified in release builds like the questionnaire build's glue (src/web/minify.mjs).
  const glueSource = shortened.glue;
  const glue = Buffer.from(release ? await minifyGlueSource(glueSource) : glueSource);
  const glueName = `full-${hex16(glue)}.js`;
  const stylesSource = readFileSync(join(ROOT, STYLESHEET), 'utf8');
  const styles = Buffer.from(release ? minifyStylesheet(stylesSource) : stylesSource);
  const stylesName = `full-${hex16(styles)}.css`;
  const loader = loaderSource(glueName, wasmName, qrScript, { name: stylesName, integrity: sri384(styles) });
  const loaderName = `full-boot-${hex16(loader)}.js`;
  const files = [
    { name: wasmName, contents: wasm },
    { name: glueName, contents: glue },
    { name: stylesName, contents: styles },
    { name: loaderName, contents: loader },
  ];
  for (const { name, contents } of files) writeFileSync(join(stagingDir, name), contents);
  const tag = `<meta name="sciatica-full-build" content="${publicUrl}${loaderName} ${sri384(loader)}">`;
  const withTag = insertBefore(html, /<\/head>/i, tag, 'index.html has no </head> for the full build\'s name');
  return { html: withTag, files: files.map((file) => file.name) };
}
