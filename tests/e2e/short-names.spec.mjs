// The short names between each wasm and its wasm-bindgen glue (src/web/short-names.mjs): both
// sides renamed together, nothing left behind, the module still valid, and a build that does not
// fit together stops instead of shipping a widget that cannot start.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { shortenBindingNames, ShortNamesError } from '../../src/web/short-names.mjs';

const DIST = new URL('../../dist/', import.meta.url);

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};
const name = (text) => [...leb(Buffer.byteLength(text)), ...Buffer.from(text)];
const section = (id, entries) => {
  const content = [...leb(entries.length), ...entries.flat()];
  return [id, ...leb(content.length), ...content];
};

/**
 * A small module as wasm-bindgen shapes it: function imports from one `./x_bg.js` module, a
 * memory, functions calling the imports, and exports (the memory among them).
 */
function module(importNames, exportNames) {
  const types = section(1, [[0x60, 0, 0]]);
  const imports = section(2, importNames.map((field) => [...name('./x_bg.js'), ...name(field), 0x00, 0]));
  const functions = section(3, exportNames.map(() => [0]));
  const memory = section(5, [[0x00, 1]]);
  const exports = section(7, [
    [...name('memory'), 0x02, 0],
    ...exportNames.map((field, i) => [...name(field), 0x00, ...leb(importNames.length + i)]),
  ]);
  // Each body calls import 0: `call 0; end`.
  const code = section(10, exportNames.map(() => [4, 0, 0x10, 0, 0x0b]));
  const custom = [0, ...leb(6), ...name('keep'), 1];
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...functions, ...memory, ...exports, ...code, ...custom]);
}

const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0123456789abcdef: function(a) { console.log(a); },
        __wbg_log_0123456789abcdef_2: function(a) { console.warn(a); },
    };
    return { __proto__: null, "./x_bg.js": import0 };
}
export function start() { wasm.__wbindgen_start(); wasm.closure_invoke_h1(); wasm.closure_invoke_h1_2(); return wasm.memory; }
const note = 'wasm.__wbindgen_start_later is another name';
`;

test('both sides get the same short names; whole names only; other sections kept byte for byte', () => {
  const wasm = module(['__wbg_log_0123456789abcdef', '__wbg_log_0123456789abcdef_2'], ['__wbindgen_start', 'closure_invoke_h1', 'closure_invoke_h1_2', 'main']);
  const shortened = shortenBindingNames(wasm, GLUE);
  const compiled = new WebAssembly.Module(shortened.wasm);
  const imports = WebAssembly.Module.imports(compiled);
  expect(imports.map((entry) => `${entry.module}.${entry.name}`)).toEqual(['w.i0', 'w.i1']);
  // `main` is not read by the glue, so it keeps its name; `memory` always does.
  expect(WebAssembly.Module.exports(compiled).map((entry) => entry.name)).toEqual(['memory', 'x0', 'x1', 'x2', 'main']);
  expect(shortened).toMatchObject({ imports: 2, exports: 3 });
  expect(shortened.glue).toContain('i0: function(a) { console.log(a); }');
  expect(shortened.glue).toContain('i1: function(a) { console.warn(a); }');
  expect(shortened.glue).toContain('"w": import0');
  expect(shortened.glue).toContain('wasm.x0(); wasm.x1(); wasm.x2(); return wasm.memory;');
  expect(shortened.glue).toContain('__wbindgen_start_later');
  expect(shortened.wasm.subarray(-9)).toEqual(wasm.subarray(-9));

  // The renamed pair still works: instantiate with the glue's own import object.
  const logged = [];
  const glueImports = new Function('console', `${shortened.glue.replace(/^export /gm, '')}; return __wbg_get_imports();`)({
    log: (text) => logged.push(`log ${text}`),
    warn: (text) => logged.push(`warn ${text}`),
  });
  const instance = new WebAssembly.Instance(compiled, glueImports);
  instance.exports.x0();
  expect(logged).toEqual(['log undefined']);
});

test('a wasm and a glue that do not fit together stop the build', () => {
  const wasm = module(['__wbg_log_0123456789abcdef', '__wbg_gone_fedcba9876543210'], ['__wbindgen_start']);
  expect(() => shortenBindingNames(wasm, GLUE)).toThrow(ShortNamesError);
  expect(() => shortenBindingNames(wasm, GLUE)).toThrow(/__wbg_gone_fedcba9876543210/);
  expect(() => shortenBindingNames(Buffer.from('not wasm'), GLUE)).toThrow(/not a wasm module/);
  const truncated = module(['__wbg_log_0123456789abcdef'], ['__wbindgen_start']).subarray(0, 30);
  expect(() => shortenBindingNames(truncated, GLUE)).toThrow(ShortNamesError);
});

test('the shipped builds carry short names, and each glue names every import of its wasm', () => {
  const files = readdirSync(DIST);
  const wasmFiles = files.filter((file) => file.endsWith('_bg.wasm'));
  expect(wasmFiles).toHaveLength(2);
  for (const file of wasmFiles) {
    const compiled = new WebAssembly.Module(readFileSync(new URL(file, DIST)));
    const imports = WebAssembly.Module.imports(compiled);
    expect(new Set(imports.map((entry) => entry.module))).toEqual(new Set(['w']));
    for (const entry of imports) expect(entry.name, file).toMatch(/^i[0-9a-z]+$/);
    const glueFile = files.find((found) => found.endsWith('.js') && found.startsWith(file.replace(/-[0-9a-f]+_bg\.wasm$/, '-')) && !found.includes('boot'));
    const glue = readFileSync(new URL(glueFile, DIST), 'utf8');
    // Long export names are left only where the glue never reads them (wasm-bindgen's
    // `__instance_terminated`, `__abort_handler`).
    const longNamesTheGlueReads = WebAssembly.Module.exports(compiled)
      .map((entry) => entry.name)
      .filter((found) => found.length > 6 && glue.includes(found));
    expect(longNamesTheGlueReads, file).toEqual([]);
    for (const entry of imports) expect(glue, `${glueFile} names ${entry.name}`).toMatch(new RegExp(`[^\\w$]${entry.name}:`));
    expect(glue).not.toMatch(/__wbg_\w+_[0-9a-f]{16}/);
  }
});
