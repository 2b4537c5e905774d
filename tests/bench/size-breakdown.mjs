#!/usr/bin/env node
// Where the widget's WebAssembly bytes go: code by crate and by function, and the data section
// (string literals and static tables, which is where compiled-in content lives). Rebuilds the
// release pipeline (wasm-bindgen, then wasm-opt -Oz as Trunk runs it) with the name section kept,
// since the shipped file has no names; the sizes match the shipped file to within a few percent.
//
//   node tests/bench/size-breakdown.mjs --wasm target/wasm32-unknown-unknown/release/sciatica-check.wasm \
//        [--shipped DIST/…_bg.wasm] [--out bench-results/size-breakdown.json] [--top 25]
//        [--keep bench-results/widget-with-names.wasm]

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli } from './lib/sizes.mjs';

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

const unescapeLegacy = (text) =>
  text.replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\$BP\$/g, '*').replace(/\.\./g, '::');

/** Path components of a legacy-mangled Rust symbol (`_ZN4core3fmt5write17h…E`), hash dropped. */
function legacyPath(symbol) {
  if (!symbol.startsWith('_ZN')) return null;
  const parts = [];
  let offset = 3;
  while (offset < symbol.length && symbol[offset] !== 'E') {
    const digits = /^\d+/.exec(symbol.slice(offset));
    if (!digits) return null;
    offset += digits[0].length;
    parts.push(symbol.slice(offset, offset + Number(digits[0])));
    offset += Number(digits[0]);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  // A component starting with `<` is escaped as `_$LT$`: the underscore is not part of the name.
  return parts.map((part) => unescapeLegacy(part.replace(/^_\$LT\$/, '$LT$')));
}

/**
 * The crate a function's code is charged to: the path's first crate, except that generic glue
 * from core/alloc (drop_in_place<T>, Vec<T> methods, trait impls for T) goes to T's crate.
 */
export function crateOf(symbol) {
  const path = legacyPath(symbol);
  if (!path) {
    if (symbol.startsWith('__wbg') || symbol.startsWith('__wbindgen')) return 'wasm-bindgen (glue)';
    // The precompiled standard library uses v0 mangling: its first crate name is `C…<len><name>`.
    const v0 = /^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(symbol);
    if (v0) {
      const at = v0.index + v0[0].length;
      return symbol.slice(at, at + Number(v0[1]));
    }
    return '(unnamed/runtime)';
  }
  const readable = path.join('::');
  // Legacy mangling drops type parameters, but a component's render function is its html! body:
  // app code that yew's generic lifecycle was instantiated with.
  if (/CompStateInner<COMP> as .*Stateful>::view$/.test(readable)) return 'app components (html! bodies)';
  const generic = /^(?:core|alloc|std)$/.test(path[0]) || path[0].startsWith('<');
  if (generic) {
    const inner = /<[&*\s]*(?:mut\s+|const\s+)?([a-z_][a-z0-9_]*)::/.exec(readable);
    if (inner && !/^(?:core|alloc|std)$/.test(inner[1])) return inner[1];
    if (path[0].startsWith('<')) return 'core/alloc generic glue';
  }
  return path[0].replace(/^<+/, '').split('::')[0] || '(unnamed/runtime)';
}

function readable(symbol) {
  const path = legacyPath(symbol);
  return path ? path.join('::') : symbol;
}

export { legacyPath };

function parseArguments(argv) {
  const options = { out: 'bench-results/size-breakdown.json', top: 25 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--wasm') options.wasm = resolve(value);
    else if (flag === '--out') options.out = resolve(value);
    else if (flag === '--top') options.top = Number.parseInt(value, 10);
    else if (flag === '--shipped') options.shipped = resolve(value);
    else if (flag === '--keep') options.keep = resolve(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (!options.wasm) throw new Error('--wasm (the cargo build output, before wasm-bindgen) is required');
  return options;
}

/** wasm-bindgen, then wasm-opt -Oz keeping names: the shipped pipeline, readable. */
function optimizedWithNames(rawWasm) {
  const work = mkdtempSync(join(tmpdir(), 'size-breakdown-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-demangle', '--out-dir', work, rawWasm], { stdio: 'inherit' });
    const bound = join(work, readdirSync(work).find((name) => name.endsWith('_bg.wasm')));
    const optimized = join(work, 'optimized.wasm');
    execFileSync('wasm-opt', ['-Oz', '--debuginfo', '--output', optimized, bound], { stdio: 'inherit' });
    return readFileSync(optimized);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const bytes = optimizedWithNames(options.wasm);
  if (options.keep) {
    // For a closer look, e.g. `twiggy dominators` or `wasm-opt --func-metrics` on this file.
    mkdirSync(dirname(options.keep), { recursive: true });
    writeFileSync(options.keep, bytes);
  }
  const all = sections(bytes);
  const names = functionNames(bytes, all);
  const imported = importedFunctionCount(bytes, all);
  const functions = functionBodies(bytes, all).map((size, i) => {
    const symbol = names.get(imported + i) ?? `func${imported + i}`;
    return { symbol, name: readable(symbol), crate: crateOf(symbol), size };
  });
  const byCrate = new Map();
  for (const fn of functions) {
    const entry = byCrate.get(fn.crate) ?? { crate: fn.crate, bytes: 0, functions: 0 };
    entry.bytes += fn.size;
    entry.functions += 1;
    byCrate.set(fn.crate, entry);
  }
  const sizeOf = (id) => all.filter((section) => section.id === id).reduce((sum, section) => sum + section.size, 0);
  const shippedSize = bytes.length - all.filter((section) => section.id === 0).reduce((sum, section) => sum + section.size, 0);
  const data = all.find((section) => section.id === SECTION.data);
  const dataBytes = data ? bytes.subarray(data.start, data.end) : Buffer.alloc(0);
  const cjk = (dataBytes.toString('utf8').match(/[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/g) ?? []).length;
  const result = {
    wasm: options.wasm,
    sizeWithoutNames: shippedSize,
    sections: { code: sizeOf(SECTION.code), data: sizeOf(SECTION.data), other: shippedSize - sizeOf(SECTION.code) - sizeOf(SECTION.data) },
    dataBrotli: brotli(dataBytes, 'data.bin').length,
    dataCjkCharacters: cjk,
    byCrate: [...byCrate.values()].sort((a, b) => b.bytes - a.bytes),
    topFunctions: [...functions].sort((a, b) => b.size - a.size).slice(0, options.top).map(({ name, crate, size }) => ({ name, crate, size })),
  };
  if (options.shipped) {
    result.shippedSize = readFileSync(options.shipped).length;
    // Another build may have replaced the cargo output since the shipped file was made.
    if (Math.abs(result.shippedSize - shippedSize) > 0.05 * result.shippedSize) {
      console.warn(`size-breakdown: ${options.wasm} no longer matches ${options.shipped} ` +
        `(${shippedSize} vs ${result.shippedSize} bytes): rebuild before reading this breakdown`);
    }
  }
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);

  const kB = (value) => `${(value / 1000).toFixed(1)} kB`;
  console.log(`\n${basename(options.wasm)} after wasm-opt -Oz: ${kB(shippedSize)} ` +
    `(code ${kB(result.sections.code)}, data ${kB(result.sections.data)} = ${kB(result.dataBrotli)} brotli, ` +
    `${cjk} CJK characters in it; other ${kB(result.sections.other)})`);
  console.log('Code by crate:');
  for (const entry of result.byCrate.slice(0, 15)) console.log(`  ${kB(entry.bytes).padStart(9)}  ${entry.crate} (${entry.functions} functions)`);
  console.log(`Largest functions:`);
  for (const fn of result.topFunctions.slice(0, 15)) console.log(`  ${kB(fn.size).padStart(9)}  ${fn.name.slice(0, 110)}`);
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
