// Shortens the names by which a wasm-bindgen module and its JS glue know each other.
//
// wasm-bindgen names every import after the JS it wraps plus a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`), and its closure exports after their Rust types
// (`wasm_bindgen__convert__closures_____invoke__h4a96dd2f26cd2bb9`). Each name is written twice,
// once in the wasm's import or export section and once in the glue, and the hashes do not
// compress: in the questionnaire build they were about 3 kB of the first load's brotli bytes.
// Nothing outside the pair reads these names, so both sides get short ones, renamed together:
// `i0`, `i1`, ... for imports and `x0`, `x1`, ... for exports; `memory` keeps its name (the
// loader's `TrunkApplicationStarted` event hands the exports to whoever listens, the bench reads
// `memory` there).
//
// Only the import and export sections of the wasm are rewritten; every other section is copied
// byte for byte. In the glue, a name is replaced only as a whole identifier, and the build stops
// if the two sides do not match (an import the glue never names, a name left behind).

import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hex16 } from './build-html.mjs';

const SECTION_IMPORT = 2;
const SECTION_EXPORT = 7;
const KEPT_EXPORTS = new Set(['memory']);

export class ShortNamesError extends Error {}

function readUnsigned(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (offset >= bytes.length) throw new ShortNamesError('the wasm ends inside a number');
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, offset];
    if (shift > 63) throw new ShortNamesError('a number in the wasm is too long');
  }
}

function writeUnsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function readName(bytes, offset) {
  const [length, start] = readUnsigned(bytes, offset);
  const end = start + length;
  if (end > bytes.length) throw new ShortNamesError('a name runs past the end of the wasm');
  return [bytes.subarray(start, end).toString('utf8'), end];
}

function writeName(name) {
  const text = Buffer.from(name, 'utf8');
  return Buffer.concat([writeUnsigned(text.length), text]);
}

/** Skips a value type: one byte, or a typed reference (0x63/0x64) with its heap type. */
function skipValueType(bytes, offset) {
  const type = bytes[offset++];
  return type === 0x63 || type === 0x64 ? readUnsigned(bytes, offset)[1] : offset;
}

/** Skips limits: a flags byte, the minimum and, when flagged, the maximum. */
function skipLimits(bytes, offset) {
  const flags = bytes[offset++];
  offset = readUnsigned(bytes, offset)[1];
  return flags & 1 ? readUnsigned(bytes, offset)[1] : offset;
}

/** The end of an import's description (function, table, memory, global or tag). */
function skipImportDescription(bytes, offset) {
  const kind = bytes[offset++];
  switch (kind) {
    case 0x00:
      return readUnsigned(bytes, offset)[1];
    case 0x01:
      return skipLimits(bytes, skipValueType(bytes, offset));
    case 0x02:
      return skipLimits(bytes, offset);
    case 0x03:
      return skipValueType(bytes, offset) + 1;
    case 0x04:
      return readUnsigned(bytes, offset + 1)[1];
    default:
      throw new ShortNamesError(`an import of unknown kind ${kind}`);
  }
}

/** The module's sections: id, where the header starts, and where the content starts and ends. */
export function wasmSections(bytes) {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== 0x6d736100) throw new ShortNamesError('not a wasm module');
  const sections = [];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = readUnsigned(bytes, offset + 1);
    if (start + size > bytes.length) throw new ShortNamesError(`section ${id} runs past the end of the wasm`);
    sections.push({ id, headerStart: offset, start, end: start + size });
    offset = start + size;
  }
  return sections;
}

/** Imports as { module, name, description (raw bytes) }. */
function readImports(bytes, { start, end }) {
  let [count, offset] = readUnsigned(bytes, start);
  const imports = [];
  for (let i = 0; i < count; i += 1) {
    let module;
    let name;
    [module, offset] = readName(bytes, offset);
    [name, offset] = readName(bytes, offset);
    const descriptionEnd = skipImportDescription(bytes, offset);
    imports.push({ module, name, description: bytes.subarray(offset, descriptionEnd) });
    offset = descriptionEnd;
  }
  if (offset !== end) throw new ShortNamesError('the import section has bytes left over');
  return imports;
}

/** Exports as { name, description (kind and index, raw bytes) }. */
function readExports(bytes, { start, end }) {
  let [count, offset] = readUnsigned(bytes, start);
  const exports = [];
  for (let i = 0; i < count; i += 1) {
    let name;
    [name, offset] = readName(bytes, offset);
    const descriptionEnd = readUnsigned(bytes, offset + 1)[1];
    exports.push({ name, description: bytes.subarray(offset, descriptionEnd) });
    offset = descriptionEnd;
  }
  if (offset !== end) throw new ShortNamesError('the export section has bytes left over');
  return exports;
}

function section(id, entries) {
  const content = Buffer.concat([writeUnsigned(entries.length), ...entries]);
  return Buffer.concat([Buffer.from([id]), writeUnsigned(content.length), content]);
}

const escapeForPattern = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every whole-identifier occurrence of `name` in `text` (not inside a longer identifier). */
function identifierPattern(name) {
  return new RegExp(`(?<![\\w$])${escapeForPattern(name)}(?![\\w$])`, 'g');
}

/**
 * The wasm and its glue, as wasm-bindgen wrote it (unminified: the exports it reads are found as
 * `wasm.<name>`), with short import and export names, and how many of each were renamed. Throws
 * ShortNamesError when the two do not fit together.
 */
export function shortenBindingNames(wasm, glue) {
  const sections = wasmSections(wasm);
  const importSection = sections.find((found) => found.id === SECTION_IMPORT);
  const exportSection = sections.find((found) => found.id === SECTION_EXPORT);
  if (!importSection || !exportSection) throw new ShortNamesError('the wasm has no import or no export section');
  const imports = readImports(wasm, importSection);
  const exports = readExports(wasm, exportSection);

  const renames = new Map();
  const modules = [...new Set(imports.map((entry) => entry.module))];
  if (modules.length !== 1 || !/_bg\.js$/.test(modules[0])) {
    throw new ShortNamesError(`expected the imports of one wasm-bindgen module, found ${modules.join(', ') || 'none'}`);
  }
  imports.forEach((entry, index) => {
    if (renames.has(entry.name)) throw new ShortNamesError(`import ${entry.name} is named twice`);
    renames.set(entry.name, `i${index.toString(36)}`);
  });
  let exportIndex = 0;
  for (const entry of exports) {
    // Exports the glue never reads are left alone: someone else may use them by name.
    if (KEPT_EXPORTS.has(entry.name) || !identifierPattern(`wasm.${entry.name}`).test(glue)) continue;
    if (renames.has(entry.name)) throw new ShortNamesError(`${entry.name} is both an import and an export`);
    renames.set(entry.name, `x${(exportIndex++).toString(36)}`);
  }

  let renamedGlue = glue;
  for (const [from, to] of renames) {
    const pattern = identifierPattern(from);
    if (!pattern.test(renamedGlue)) throw new ShortNamesError(`the glue never names ${from}`);
    renamedGlue = renamedGlue.replace(pattern, to);
  }
  const moduleKey = JSON.stringify(modules[0]);
  if (renamedGlue.split(moduleKey).length !== 2) throw new ShortNamesError(`the glue names ${moduleKey} other than once`);
  renamedGlue = renamedGlue.replace(moduleKey, '"w"');

  const importEntries = imports.map(({ name, description }) =>
    Buffer.concat([writeName('w'), writeName(renames.get(name)), description]),
  );
  const exportEntries = exports.map(({ name, description }) =>
    Buffer.concat([writeName(renames.get(name) ?? name), description]),
  );
  const parts = [wasm.subarray(0, 8)];
  for (const { id, headerStart, end } of sections) {
    if (id === SECTION_IMPORT) parts.push(section(id, importEntries));
    else if (id === SECTION_EXPORT) parts.push(section(id, exportEntries));
    else parts.push(wasm.subarray(headerStart, end));
  }
  return { wasm: Buffer.concat(parts), glue: renamedGlue, imports: imports.length, exports: exportIndex };
}

/**
 * Shortens the names between Trunk's staged wasm and the glue `glueName` (before the glue is
 * minified), renames the wasm after its new content and rewrites the references to it in the
 * build's top-level .html and .js files. Returns the counts and the sizes before and after.
 */
export function shortenStagedNames(stagingDir, glueName) {
  const indexPath = join(stagingDir, 'index.html');
  const wasmNames = [...new Set(readFileSync(indexPath, 'utf8').match(/[\w.-]+_bg\.wasm\b/g) ?? [])];
  if (wasmNames.length !== 1) throw new ShortNamesError(`index.html names ${wasmNames.length} wasm files, expected 1`);
  const [wasmName] = wasmNames;
  const wasm = readFileSync(join(stagingDir, wasmName));
  const gluePath = join(stagingDir, glueName);
  const glue = readFileSync(gluePath, 'utf8');
  const shortened = shortenBindingNames(wasm, glue);
  const shortName = wasmName.replace(/-[0-9a-f]{1,16}_bg\.wasm$/, `-${hex16(shortened.wasm)}_bg.wasm`);
  if (shortName === wasmName) throw new ShortNamesError(`${wasmName} is not a Trunk wasm name (<crate>-<hex>_bg.wasm)`);
  writeFileSync(join(stagingDir, shortName), shortened.wasm);
  unlinkSync(join(stagingDir, wasmName));
  writeFileSync(gluePath, shortened.glue);
  for (const entry of readdirSync(stagingDir)) {
    if (!/\.(html|js)$/.test(entry)) continue;
    const path = join(stagingDir, entry);
    const text = readFileSync(path, 'utf8');
    if (text.includes(wasmName)) writeFileSync(path, text.split(wasmName).join(shortName));
  }
  return {
    wasmName: shortName,
    imports: shortened.imports,
    exports: shortened.exports,
    wasmBytesBefore: wasm.length,
    wasmBytesAfter: shortened.wasm.length,
  };
}
