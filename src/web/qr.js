// The QR code of the summary for a doctor, loaded with the full build (README "Two builds": from
// the first question on, for every reader alike; never on the way to the first question), same
// origin, precached by the service worker. It draws into every
// element carrying `data-qr-text` (and `data-qr-label`, its accessible name), now and whenever
// one appears or its text changes. A port of src/handover/qr.rs, the natively tested
// reference: byte mode (UTF-8), error correction M, versions 1 to 20; tests/handover.rs checks
// that both make the same modules.
(function () {
  'use strict';
  var ECC = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26];
  var BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16];

  function rawModules(v) {
    var r = (16 * v + 128) * v + 64;
    if (v >= 2) {
      var n = Math.floor(v / 7) + 2;
      r -= (25 * n - 10) * n - 55;
      if (v >= 7) r -= 36;
    }
    return r;
  }
  function dataCodewords(v) { return Math.floor(rawModules(v) / 8) - ECC[v] * BLOCKS[v]; }
  function mul(x, y) {
    var z = 0;
    for (var i = 7; i >= 0; i--) { z = (z << 1) ^ ((z >>> 7) * 0x11d); z ^= ((y >>> i) & 1) * x; }
    return z & 255;
  }
  function divisor(d) {
    var r = new Array(d).fill(0), root = 1;
    r[d - 1] = 1;
    for (var i = 0; i < d; i++) {
      for (var j = 0; j < d; j++) { r[j] = mul(r[j], root); if (j + 1 < d) r[j] ^= r[j + 1]; }
      root = mul(root, 2);
    }
    return r;
  }
  function remainder(data, div) {
    var r = new Array(div.length).fill(0);
    data.forEach(function (b) {
      var f = b ^ r.shift();
      r.push(0);
      div.forEach(function (c, i) { r[i] ^= mul(c, f); });
    });
    return r;
  }
  function bch(data, bits, poly) {
    var r = data;
    for (var i = 0; i < bits; i++) r = (r << 1) ^ ((r >>> (bits - 1)) * poly);
    return (data << bits) | r;
  }
  function maskBit(m, x, y) {
    switch (m) {
      case 0: return (x + y) % 2 === 0;
      case 1: return y % 2 === 0;
      case 2: return x % 3 === 0;
      case 3: return (x + y) % 3 === 0;
      case 4: return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
      case 5: return (x * y) % 2 + (x * y) % 3 === 0;
      case 6: return ((x * y) % 2 + (x * y) % 3) % 2 === 0;
      default: return (((x + y) % 2) + (x * y) % 3) % 2 === 0;
    }
  }

  /** The modules for `text` (rows of booleans), or null when version 20 cannot hold it. */
  function encode(text) {
    var bytes = new TextEncoder().encode(text), version = 0;
    for (var v = 1; v <= 20 && !version; v++) {
      var cb = v <= 9 ? 8 : 16;
      if (bytes.length < 1 << cb && 4 + cb + bytes.length * 8 <= dataCodewords(v) * 8) version = v;
    }
    if (!version) return null;
    var capacity = dataCodewords(version), bits = [];
    function push(value, count) { for (var i = count - 1; i >= 0; i--) bits.push((value >>> i) & 1); }
    push(4, 4);
    push(bytes.length, version <= 9 ? 8 : 16);
    bytes.forEach(function (b) { push(b, 8); });
    push(0, Math.min(4, capacity * 8 - bits.length));
    while (bits.length % 8) bits.push(0);
    var data = [];
    for (var i = 0; i < bits.length; i += 8) data.push(parseInt(bits.slice(i, i + 8).join(''), 2));
    for (var pad = 0; data.length < capacity; pad++) data.push(pad % 2 ? 0x11 : 0xec);

    var blocks = BLOCKS[version], eccLen = ECC[version], raw = Math.floor(rawModules(version) / 8);
    var shortBlocks = blocks - (raw % blocks), shortLen = Math.floor(raw / blocks), div = divisor(eccLen);
    var split = [], start = 0;
    for (var b = 0; b < blocks; b++) {
      var len = shortLen - eccLen + (b >= shortBlocks ? 1 : 0);
      var block = data.slice(start, start + len);
      start += len;
      var ecc = remainder(block, div);
      if (b < shortBlocks) block.push(0);
      split.push(block.concat(ecc));
    }
    var codewords = [];
    for (var k = 0; k <= shortLen; k++) {
      split.forEach(function (block, j) { if (k !== shortLen - eccLen || j >= shortBlocks) codewords.push(block[k]); });
    }

    var size = version * 4 + 17, dark = [], fixed = [];
    for (var y = 0; y < size; y++) { dark.push(new Array(size).fill(false)); fixed.push(new Array(size).fill(false)); }
    function set(x, y, d) { dark[y][x] = d; fixed[y][x] = true; }
    for (var t = 0; t < size; t++) { set(6, t, t % 2 === 0); set(t, 6, t % 2 === 0); }
    [[3, 3], [size - 4, 3], [3, size - 4]].forEach(function (c) {
      for (var dy = -4; dy <= 4; dy++) for (var dx = -4; dx <= 4; dx++) {
        var px = c[0] + dx, py = c[1] + dy, dist = Math.max(Math.abs(dx), Math.abs(dy));
        if (px >= 0 && px < size && py >= 0 && py < size) set(px, py, dist !== 2 && dist !== 4);
      }
    });
    var pos = [];
    if (version > 1) {
      var count = Math.floor(version / 7) + 2;
      var step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
      for (var p = 0; p < count - 1; p++) pos.unshift(size - 7 - p * step);
      pos.unshift(6);
    }
    var last = pos.length - 1;
    pos.forEach(function (cx, a) {
      pos.forEach(function (cy, c) {
        if ((a === 0 && c === 0) || (a === 0 && c === last) || (a === last && c === 0)) return;
        for (var dy = -2; dy <= 2; dy++) for (var dx = -2; dx <= 2; dx++) set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      });
    });
    function drawFormat(mask) {
      var f = bch(mask, 10, 0x537) ^ 0x5412;
      function bit(i) { return ((f >>> i) & 1) === 1; }
      for (var i = 0; i <= 5; i++) set(8, i, bit(i));
      set(8, 7, bit(6)); set(8, 8, bit(7)); set(7, 8, bit(8));
      for (i = 9; i < 15; i++) set(14 - i, 8, bit(i));
      for (i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
      for (i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
      set(8, size - 8, true);
    }
    drawFormat(0);
    if (version >= 7) {
      var vb = bch(version, 12, 0x1f25);
      for (var q = 0; q < 18; q++) {
        var d = ((vb >>> q) & 1) === 1, ra = size - 11 + (q % 3), rb = Math.floor(q / 3);
        set(ra, rb, d); set(rb, ra, d);
      }
    }
    var index = 0, total = codewords.length * 8;
    for (var right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (var vert = 0; vert < size; vert++) for (var j2 = 0; j2 < 2; j2++) {
        var x = right - j2, upward = ((right + 1) & 2) === 0, yy = upward ? size - 1 - vert : vert;
        if (!fixed[yy][x] && index < total) { dark[yy][x] = ((codewords[index >>> 3] >>> (7 - (index & 7))) & 1) === 1; index++; }
      }
    }
    function applyMask(m) {
      for (var y = 0; y < size; y++) for (var x = 0; x < size; x++) if (!fixed[y][x] && maskBit(m, x, y)) dark[y][x] = !dark[y][x];
    }
    function penalty() {
      var score = 0;
      for (var h = 0; h < 2; h++) for (var a = 0; a < size; a++) {
        var line = [];
        for (var b = 0; b < size; b++) line.push(h ? dark[b][a] : dark[a][b]);
        var run = 1;
        for (b = 1; b < size; b++) {
          if (line[b] === line[b - 1]) { run++; if (run === 5) score += 3; else if (run > 5) score += 1; } else run = 1;
        }
        function light(from, to) { for (var i = from; i < to; i++) if (i >= 0 && i < size && line[i]) return false; return true; }
        var core = [true, false, true, true, true, false, true];
        for (var s = 0; s + 7 <= size; s++) {
          if (core.every(function (d, k) { return line[s + k] === d; }) && (light(s - 4, s) || light(s + 7, s + 11))) score += 40;
        }
      }
      for (var y = 0; y < size - 1; y++) for (var x = 0; x < size - 1; x++) {
        var d = dark[y][x];
        if (d === dark[y][x + 1] && d === dark[y + 1][x] && d === dark[y + 1][x + 1]) score += 3;
      }
      var n = 0;
      dark.forEach(function (row) { row.forEach(function (d) { if (d) n++; }); });
      var all = size * size, dev = Math.abs(n * 20 - all * 10);
      return score + Math.max(Math.ceil(dev / all) - 1, 0) * 10;
    }
    var best = 0, bestScore = Infinity;
    for (var m = 0; m < 8; m++) {
      applyMask(m); drawFormat(m);
      var sc = penalty();
      if (sc < bestScore) { bestScore = sc; best = m; }
      applyMask(m);
    }
    applyMask(best); drawFormat(best);
    return dark;
  }

  var SVG = 'http://www.w3.org/2000/svg';
  /** Draws the code of `element`'s data-qr-text into it, black on white with a quiet zone. */
  function draw(element) {
    var text = element.getAttribute('data-qr-text');
    if (text === element.getAttribute('data-qr-drawn')) return;
    var rows = encode(text), side = rows ? rows.length + 8 : 0, path = '';
    while (element.firstChild) element.removeChild(element.firstChild);
    element.setAttribute('data-qr-drawn', text);
    if (!rows) return;
    rows.forEach(function (row, y) {
      for (var x = 0; x < row.length; x++) {
        if (!row[x]) continue;
        var from = x;
        while (x < row.length && row[x]) x++;
        path += 'M' + (from + 4) + ' ' + (y + 4) + 'h' + (x - from) + 'v1h-' + (x - from) + 'z';
      }
    });
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + side + ' ' + side);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', element.getAttribute('data-qr-label') || '');
    // Only the code on screen is *the* QR code of the automation hooks (embed.md); the print-only
    // copy is marked apart, so `[data-qr]` finds exactly one element.
    svg.setAttribute(element.closest('.handover-print') ? 'data-qr-print' : 'data-qr', '');
    svg.setAttribute('shape-rendering', 'crispEdges');
    var back = document.createElementNS(SVG, 'rect');
    back.setAttribute('width', side); back.setAttribute('height', side); back.setAttribute('fill', '#fff');
    var modules = document.createElementNS(SVG, 'path');
    modules.setAttribute('fill', '#000'); modules.setAttribute('d', path);
    svg.appendChild(back); svg.appendChild(modules);
    element.appendChild(svg);
  }
  function drawAll() { document.querySelectorAll('[data-qr-text]').forEach(draw); }

  globalThis.sciaticaQr = { encode: encode };
  if (typeof document !== 'undefined') {
    drawAll();
    new MutationObserver(drawAll).observe(document.documentElement, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['data-qr-text'],
    });
  }
})();
