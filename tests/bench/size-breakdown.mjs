#!/usr/bin/env node
// Where the widget's WebAssembly bytes go: code by owner (our modules and components, yew, core,
// ...) and by function, and the data section (string literals and static tables: the compiled-in
// content). The shipped file has no names, so this builds the widget once more, in its own target
// dir, with v0 symbol mangling (which keeps generic parameters: yew's lifecycle instantiated for
// our `ResultScreen` is charged to `ui::components::result`, not to yew), then runs wasm-bindgen
// and wasm-opt -Oz as Trunk does, keeping the name section, and shortens the binding names as the
// build does. Sizes match the shipped file to within a few percent; --shipped checks that.
//
//   node tests/bench/size-breakdown.mjs [--shipped DIST/…_bg.wasm] [--out bench-results/size-breakdown.json]
//        [--keep bench-results/widget-with-names.wasm] [--top 25]

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli } from './lib/sizes.mjs';
import { shortenBindingNames } from '../../src/web/short-names.mjs';

const SECTION = { code: 10, data: 11, custom: 0 };

/** Reads an unsigned LEB128 at `offset`: [value, next offset]. */
function leb(bytes, offset) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, offset];
}

function sections(bytes) {
  const found = [];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = leb(bytes, offset + 1);
    let name = null;
    if (id === SECTION.custom) {
      const [length, at] = leb(bytes, start);
      name = bytes.subarray(at, at + length).toString('utf8');
    }
    found.push({ id, name, start, end: start + size, size: start + size - offset });
    offset = start + size;
  }
  return found;
}

function importedFunctionCount(bytes, all) {
  const imports = all.find((section) => section.id === 2);
  if (!imports) return 0;
  let [count, offset] = leb(bytes, imports.start);
  let functions = 0;
  for (let i = 0; i < count; i += 1) {
    for (let part = 0; part < 2; part += 1) {
      const [length, at] = leb(bytes, offset);
      offset = at + length;
    }
    const kind = bytes[offset++];
    if (kind === 0) {
      functions += 1;
      offset = leb(bytes, offset)[1];
    } else if (kind === 1) {
      offset += 1;
      const [flags, at] = leb(bytes, offset);
      offset = leb(bytes, at)[1];
      if (flags & 1) offset = leb(bytes, offset)[1];
    } else if (kind === 2) {
      const [flags, at] = leb(bytes, offset);
      offset = leb(bytes, at)[1];
      if (flags & 1) offset = leb(bytes, offset)[1];
    } else if (kind === 3) {
      offset += 2;
    } else {
      offset = leb(bytes, offset + 1)[1];
    }
  }
  return functions;
}

function functionNames(bytes, all) {
  const names = new Map();
  const section = all.find((candidate) => candidate.name === 'name');
  if (!section) return names;
  let [nameLength, offset] = leb(bytes, section.start);
  offset += nameLength;
  while (offset < section.end) {
    const kind = bytes[offset];
    const [size, start] = leb(bytes, offset + 1);
    if (kind === 1) {
      let [count, at] = leb(bytes, start);
      for (let i = 0; i < count; i += 1) {
        const [index, afterIndex] = leb(bytes, at);
        const [length, afterLength] = leb(bytes, afterIndex);
        names.set(index, bytes.subarray(afterLength, afterLength + length).toString('utf8'));
        at = afterLength + length;
      }
    }
    offset = start + size;
  }
  return names;
}

function functionBodies(bytes, all) {
  const code = all.find((section) => section.id === SECTION.code);
  const bodies = [];
  let [count, offset] = leb(bytes, code.start);
  for (let i = 0; i < count; i += 1) {
    const [size, start] = leb(bytes, offset);
    bodies.push(start + size - offset);
    offset = start + size;
  }
  return bodies;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SIZE_TARGET_DIR = join(REPO_ROOT, 'target/bench-size');
const BINARY = 'sciatica-check';
const APP_CRATE = 'sciatica_check';

/** A demangled symbol made readable: crate disambiguators `[0123abcd]` and `::h<hash>` dropped. */
export function readableName(symbol) {
  return symbol.replace(/\[[0-9a-f]+\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
}

/**
 * Who a function's bytes are charged to. Anything instantiated with one of our types is ours
 * (a component's view is yew's generic lifecycle code, but exists only because of the component),
 * charged to our module that the type lives in. Otherwise the first crate in the path.
 */
export function ownerOf(name) {
  const ours = new RegExp(`${APP_CRATE}::((?:[a-z_0-9]+::)*)`).exec(name);
  if (ours) {
    // ui::components::<component file>, ui::<module>, or the top-level module (engine, content, ...).
    const modules = ours[1].split('::').filter(Boolean);
    const depth = modules[0] === 'ui' ? (modules[1] === 'components' ? 3 : 2) : 1;
    return [APP_CRATE, ...modules.slice(0, depth)].join('::');
  }
  if (/^(?:__wbg|__wbindgen)/.test(name)) return 'wasm-bindgen glue';
  if (/^data segment/.test(name)) return 'data';
  return /([a-z_][a-z0-9_]*)::/.exec(name)?.[1] ?? '(unnamed)';
}

function parseArguments(argv) {
  const options = { out: 'bench-results/size-breakdown.json', top: 25 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--out') options.out = resolve(value);
    else if (flag === '--top') options.top = Number.parseInt(value, 10);
    else if (flag === '--shipped') options.shipped = resolve(value);
    else if (flag === '--keep') options.keep = resolve(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (!Number.isInteger(options.top) || options.top < 1) throw new Error('--top must be a positive number');
  return options;
}

/** The widget's release wasm with v0 symbol names, before wasm-bindgen. */
function buildWithV0Names() {
  const rustflags = [process.env.RUSTFLAGS, '-C symbol-mangling-version=v0'].filter(Boolean).join(' ');
  execFileSync('cargo', ['build', '--release', '--offline', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', BINARY], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, RUSTFLAGS: rustflags, CARGO_TARGET_DIR: SIZE_TARGET_DIR },
  });
  return join(SIZE_TARGET_DIR, 'wasm32-unknown-unknown/release', `${BINARY}.wasm`);
}

/** wasm-bindgen, then wasm-opt -Oz keeping names: the shipped pipeline, readable. */
function optimizedWithNames(rawWasm) {
  const work = mkdtempSync(join(tmpdir(), 'size-breakdown-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', work, rawWasm], { stdio: 'inherit' });
    const bound = join(work, readdirSync(work).find((name) => name.endsWith('_bg.wasm')));
    const optimized = join(work, 'optimized.wasm');
    execFileSync('wasm-opt', ['-Oz', '--debuginfo', '--output', optimized, bound], { stdio: 'inherit' });
    // The build's short binding names too (src/web/short-names.mjs), so sizes match the shipped file.
    const glue = readFileSync(bound.replace(/_bg\.wasm$/, '.js'), 'utf8');
    return shortenBindingNames(readFileSync(optimized), glue).wasm;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  console.log('size-breakdown: building the widget with v0 symbol names in target/bench-size');
  const bytes = optimizedWithNames(buildWithV0Names());
  if (options.keep) {
    // For a closer look, e.g. `twiggy dominators` or `wasm-opt --func-metrics` on this file.
    mkdirSync(dirname(options.keep), { recursive: true });
    writeFileSync(options.keep, bytes);
  }
  const all = sections(bytes);
  const names = functionNames(bytes, all);
  const imported = importedFunctionCount(bytes, all);
  const functions = functionBodies(bytes, all).map((size, i) => {
    const name = readableName(names.get(imported + i) ?? `func${imported + i}`);
    return { name, owner: ownerOf(name), size };
  });
  const byOwner = new Map();
  for (const fn of functions) {
    const entry = byOwner.get(fn.owner) ?? { owner: fn.owner, bytes: 0, functions: 0 };
    entry.bytes += fn.size;
    entry.functions += 1;
    byOwner.set(fn.owner, entry);
  }
  const sizeOf = (id) => all.filter((section) => section.id === id).reduce((sum, section) => sum + section.size, 0);
  const sizeWithoutNames = bytes.length - all.filter((section) => section.id === SECTION.custom).reduce((sum, section) => sum + section.size, 0);
  const data = all.find((section) => section.id === SECTION.data);
  const dataBytes = data ? bytes.subarray(data.start, data.end) : Buffer.alloc(0);
  const cjk = (dataBytes.toString('utf8').match(/[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/g) ?? []).length;
  const result = {
    sizeWithoutNames,
    sections: { code: sizeOf(SECTION.code), data: sizeOf(SECTION.data), other: sizeWithoutNames - sizeOf(SECTION.code) - sizeOf(SECTION.data) },
    dataBrotli: brotli(dataBytes, 'data.bin').length,
    dataCjkCharacters: cjk,
    byOwner: [...byOwner.values()].sort((a, b) => b.bytes - a.bytes),
    topFunctions: [...functions].sort((a, b) => b.size - a.size).slice(0, options.top),
  };
  if (options.shipped) {
    result.shippedSize = readFileSync(options.shipped).length;
    if (Math.abs(result.shippedSize - sizeWithoutNames) > 0.05 * result.shippedSize) {
      console.warn(`size-breakdown: this build (${sizeWithoutNames} bytes without names) differs from ` +
        `${options.shipped} (${result.shippedSize} bytes) by over 5%: were the sources changed in between?`);
    }
  }
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);

  const kB = (value) => `${(value / 1000).toFixed(1)} kB`;
  console.log(`\nwidget wasm after wasm-opt -Oz: ${kB(sizeWithoutNames)} ` +
    `(code ${kB(result.sections.code)}; data ${kB(result.sections.data)}, ${kB(result.dataBrotli)} brotli, ` +
    `${cjk} CJK characters; other ${kB(result.sections.other)})`);
  console.log('Code by owner:');
  for (const entry of result.byOwner.slice(0, 18)) console.log(`  ${kB(entry.bytes).padStart(9)}  ${entry.owner} (${entry.functions} functions)`);
  console.log('Largest functions:');
  for (const fn of result.topFunctions.slice(0, 12)) console.log(`  ${kB(fn.size).padStart(9)}  ${fn.name.slice(0, 120)}`);
  console.log(`\nsize-breakdown: written to ${options.out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`size-breakdown: ${error.message}`);
    process.exit(1);
  }
}
