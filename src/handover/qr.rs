//! A compact QR code encoder: byte mode (UTF-8 text), error correction level M, versions 1
//! to 20 (up to 666 bytes), drawn as an SVG. Written here rather than pulled in as a crate so
//! that it costs the WebAssembly only a little (ISO/IEC 18004 layout; the mask is chosen by
//! the standard's penalty rules so that the code scans well from paper).

/// The highest version made: 97 x 97 modules, still readable at print size.
pub const MAX_VERSION: usize = 20;
/// Error correction codewords per block at level M, by version (index 0 unused).
const ECC_PER_BLOCK: [u8; MAX_VERSION + 1] =
    [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26];
/// Error correction blocks at level M, by version (index 0 unused).
const BLOCKS: [u8; MAX_VERSION + 1] =
    [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16];

/// A QR code: `size` x `size` modules, row by row, `true` for dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    pub version: usize,
    pub size: usize,
    pub mask: u8,
    modules: Vec<bool>,
    function: Vec<bool>,
}

/// Modules that hold data (all but the patterns, timing, format and version areas), in bits.
fn raw_data_modules(version: usize) -> usize {
    let mut result = (16 * version + 128) * version + 64;
    if version >= 2 {
        let aligns = version / 7 + 2;
        result -= (25 * aligns - 10) * aligns - 55;
        if version >= 7 {
            result -= 36;
        }
    }
    result
}

/// Data codewords (after error correction is taken away) at level M.
fn data_codewords(version: usize) -> usize {
    raw_data_modules(version) / 8 - usize::from(ECC_PER_BLOCK[version]) * usize::from(BLOCKS[version])
}

fn alignment_positions(version: usize, size: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
    let mut positions: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    positions.push(6);
    positions.reverse();
    positions
}

/// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= ((u16::from(y) >> i) & 1) * u16::from(x);
    }
    z as u8
}

fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    result[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = gf_mul(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = gf_mul(root, 0x02);
    }
    result
}

fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0u8; divisor.len()];
    for &byte in data {
        let factor = byte ^ result.remove(0);
        result.push(0);
        for (slot, &coefficient) in result.iter_mut().zip(divisor) {
            *slot ^= gf_mul(coefficient, factor);
        }
    }
    result
}

/// The data bits of `bytes` in byte mode, padded to the version's capacity.
fn data_bits(bytes: &[u8], version: usize) -> Vec<u8> {
    let capacity = data_codewords(version);
    let mut bits: Vec<bool> = Vec::with_capacity(capacity * 8);
    let mut push = |value: usize, count: usize| {
        for i in (0..count).rev() {
            bits.push((value >> i) & 1 == 1);
        }
    };
    push(0b0100, 4);
    push(bytes.len(), if version <= 9 { 8 } else { 16 });
    for &byte in bytes {
        push(usize::from(byte), 8);
    }
    let terminator = (capacity * 8 - bits.len()).min(4);
    bits.extend(std::iter::repeat_n(false, terminator));
    while bits.len() % 8 != 0 {
        bits.push(false);
    }
    let mut codewords: Vec<u8> = bits
        .chunks(8)
        .map(|chunk| chunk.iter().fold(0u8, |acc, &bit| (acc << 1) | u8::from(bit)))
        .collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if codewords.len() >= capacity {
            break;
        }
        codewords.push(pad);
    }
    codewords
}

/// The data split into blocks, each followed by its error correction, interleaved.
fn with_error_correction(data: &[u8], version: usize) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version]);
    let ecc_len = usize::from(ECC_PER_BLOCK[version]);
    let raw = raw_data_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_len = raw / blocks;
    let divisor = rs_divisor(ecc_len);
    let mut split = Vec::with_capacity(blocks);
    let mut start = 0;
    for i in 0..blocks {
        let len = short_len - ecc_len + usize::from(i >= short_blocks);
        let mut block = data[start..start + len].to_vec();
        start += len;
        let ecc = rs_remainder(&block, &divisor);
        if i < short_blocks {
            block.push(0);
        }
        block.extend(ecc);
        split.push(block);
    }
    let mut result = Vec::with_capacity(raw);
    for i in 0..=short_len {
        for (j, block) in split.iter().enumerate() {
            if i != short_len - ecc_len || j >= short_blocks {
                result.push(block[i]);
            }
        }
    }
    result
}

/// The 15 format bits for level M and `mask`: BCH(15,5), then the standard's XOR.
fn format_bits(mask: u8) -> u32 {
    let data = u32::from(mask); // level M's two bits are 00
    let mut remainder = data;
    for _ in 0..10 {
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
    }
    (data << 10 | remainder) ^ 0x5412
}

/// The 18 version bits (versions 7 and up): BCH(18,6).
fn version_bits(version: usize) -> u32 {
    let mut remainder = version as u32;
    for _ in 0..12 {
        remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
    }
    (version as u32) << 12 | remainder
}

fn mask_bit(mask: u8, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y) % 2 == 0,
        1 => y % 2 == 0,
        2 => x % 3 == 0,
        3 => (x + y) % 3 == 0,
        4 => (x / 3 + y / 2) % 2 == 0,
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3) % 2 == 0,
        _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
    }
}

impl QrCode {
    /// The code for `text`, in the smallest version that holds it; `None` if it needs more
    /// than version 20 holds.
    pub fn encode(text: &str) -> Option<QrCode> {
        let bytes = text.as_bytes();
        let version = (1..=MAX_VERSION).find(|&version| {
            let count_bits = if version <= 9 { 8 } else { 16 };
            bytes.len() < (1 << count_bits) && 4 + count_bits + bytes.len() * 8 <= data_codewords(version) * 8
        })?;
        let codewords = with_error_correction(&data_bits(bytes, version), version);
        let size = version * 4 + 17;
        let mut code = QrCode {
            version,
            size,
            mask: 0,
            modules: vec![false; size * size],
            function: vec![false; size * size],
        };
        code.draw_patterns();
        code.draw_codewords(&codewords);
        let best = (0..8)
            .min_by_key(|&mask| {
                code.apply_mask(mask);
                code.draw_format(mask);
                let penalty = code.penalty();
                code.apply_mask(mask);
                penalty
            })
            .unwrap_or(0);
        code.apply_mask(best);
        code.draw_format(best);
        code.mask = best;
        Some(code)
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.modules[y * self.size + x]
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.modules[y * self.size + x] = dark;
        self.function[y * self.size + x] = true;
    }

    fn draw_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                        let distance = dx.abs().max(dy.abs());
                        self.set(x as usize, y as usize, distance != 2 && distance != 4);
                    }
                }
            }
        }
        let positions = alignment_positions(self.version, size);
        let last = positions.len().saturating_sub(1);
        for (i, &cx) in positions.iter().enumerate() {
            for (j, &cy) in positions.iter().enumerate() {
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) {
                    continue;
                }
                for dy in -2i32..=2 {
                    for dx in -2i32..=2 {
                        let dark = dx.abs().max(dy.abs()) != 1;
                        self.set((cx as i32 + dx) as usize, (cy as i32 + dy) as usize, dark);
                    }
                }
            }
        }
        self.draw_format(0);
        if self.version >= 7 {
            let bits = version_bits(self.version);
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set(a, b, dark);
                self.set(b, a, dark);
            }
        }
    }

    /// The format information (level M, `mask`), both copies, and the dark module.
    fn draw_format(&mut self, mask: u8) {
        let bits = format_bits(mask);
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..=5 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }

    fn draw_codewords(&mut self, codewords: &[u8]) {
        let size = self.size;
        let total_bits = codewords.len() * 8;
        let mut index = 0;
        let mut right = size - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            for vertical in 0..size {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { size - 1 - vertical } else { vertical };
                    if !self.function[y * size + x] && index < total_bits {
                        self.modules[y * size + x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1;
                        index += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Flips the data modules where `mask` says so (applying it twice undoes it).
    fn apply_mask(&mut self, mask: u8) {
        for y in 0..self.size {
            for x in 0..self.size {
                let at = y * self.size + x;
                if !self.function[at] && mask_bit(mask, x, y) {
                    self.modules[at] ^= true;
                }
            }
        }
    }

    /// The standard's penalty score: long runs, 2x2 blocks, finder-like patterns, imbalance.
    fn penalty(&self) -> usize {
        let size = self.size;
        let mut score = 0;
        for horizontal in [true, false] {
            for a in 0..size {
                let at = |b: usize| if horizontal { self.dark(b, a) } else { self.dark(a, b) };
                let mut run = 1;
                for b in 1..size {
                    if at(b) == at(b - 1) {
                        run += 1;
                        if run == 5 {
                            score += 3;
                        } else if run > 5 {
                            score += 1;
                        }
                    } else {
                        run = 1;
                    }
                }
                // 1:1:3:1:1 with four light modules on one side (outside the code counts as light).
                let line: Vec<bool> = (0..size).map(at).collect();
                let light = |from: isize, to: isize| {
                    (from..to).all(|i| i < 0 || i >= size as isize || !line[i as usize])
                };
                for start in 0..size.saturating_sub(6) {
                    let core = [true, false, true, true, true, false, true];
                    if core.iter().enumerate().all(|(k, &dark)| line[start + k] == dark) {
                        let s = start as isize;
                        if light(s - 4, s) || light(s + 7, s + 11) {
                            score += 40;
                        }
                    }
                }
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let dark = self.dark(x, y);
                if dark == self.dark(x + 1, y) && dark == self.dark(x, y + 1) && dark == self.dark(x + 1, y + 1) {
                    score += 3;
                }
            }
        }
        let dark = self.modules.iter().filter(|&&dark| dark).count();
        let total = size * size;
        // Each 5% away from half dark costs 10.
        let deviation = (dark * 20).abs_diff(total * 10);
        score + deviation.div_ceil(total).saturating_sub(1) * 10
    }

    /// The code as an SVG image with a four-module quiet zone, black on white whatever the
    /// theme (scanners need the contrast), named by `label` for assistive technology.
    pub fn svg(&self, label: &str) -> String {
        let side = self.size + 8;
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.dark(x, y) {
                    let start = x;
                    while x < self.size && self.dark(x, y) {
                        x += 1;
                    }
                    path.push_str(&format!("M{} {}h{}v1h-{}z", start + 4, y + 4, x - start, x - start));
                } else {
                    x += 1;
                }
            }
        }
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" role="img" aria-label="{}" data-qr="" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
            escape_attribute(label)
        )
    }
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reed_solomon_matches_the_standards_worked_example() {
        // "HELLO WORLD" as version 1-M data codewords, with its published error correction.
        let data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
        assert_eq!(rs_remainder(&data, &rs_divisor(10)), [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
    }

    #[test]
    fn format_and_version_bits_match_the_standards_tables() {
        assert_eq!(format_bits(0), 0b101010000010010);
        assert_eq!(format_bits(4), 0b100010111111001);
        assert_eq!(format_bits(7), 0b100101010100000);
        assert_eq!(version_bits(7), 0x07C94);
        assert_eq!(version_bits(10), 0x0A4D3);
    }

    #[test]
    fn capacities_and_layout_match_the_standard() {
        // Byte-mode capacity at level M for a few versions, from the standard's table.
        for (version, capacity) in [(1, 14), (2, 26), (7, 122), (10, 213), (15, 412), (20, 666)] {
            let count_bits = if version <= 9 { 8 } else { 16 };
            assert_eq!((data_codewords(version) * 8 - 4 - count_bits) / 8, capacity, "version {version}");
        }
        assert_eq!(alignment_positions(7, 45), [6, 22, 38]);
        assert_eq!(alignment_positions(20, 97), [6, 34, 62, 90]);
    }

    #[test]
    fn picks_the_smallest_version_and_refuses_what_does_not_fit() {
        assert_eq!(QrCode::encode("hello").map(|code| code.version), Some(1));
        assert_eq!(QrCode::encode(&"a".repeat(666)).map(|code| code.size), Some(97));
        assert!(QrCode::encode(&"a".repeat(667)).is_none());
        assert_eq!(QrCode::encode("").map(|code| code.version), Some(1));
    }

    #[test]
    fn finder_patterns_timing_and_format_are_in_place() {
        let code = QrCode::encode("坐骨神经痛自查 2026-11-25").expect("fits");
        for (x, y) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            assert!(code.dark(x, y) && code.dark(x + 6, y + 6) && !code.dark(x + 1, y + 1) && code.dark(x + 3, y + 3));
        }
        for i in 8..code.size - 8 {
            assert_eq!(code.dark(i, 6), i % 2 == 0);
            assert_eq!(code.dark(6, i), i % 2 == 0);
        }
        let read = (0..=5).map(|i| code.dark(8, i)).chain([code.dark(8, 7), code.dark(8, 8), code.dark(7, 8)])
            .chain((9..15).map(|i| code.dark(14 - i, 8)));
        let bits = read.enumerate().fold(0u32, |acc, (i, dark)| acc | (u32::from(dark) << i));
        assert_eq!(bits, format_bits(code.mask));
    }

    /// "hello" as decoded by an independent reader (jsQR, in tests/e2e/handover.spec.mjs too):
    /// pinned so that any change to the layout or the mask choice is seen.
    #[test]
    fn hello_is_the_known_matrix() {
        let code = QrCode::encode("hello").expect("fits");
        let rows: Vec<String> = (0..code.size)
            .map(|y| (0..code.size).map(|x| if code.dark(x, y) { '1' } else { '0' }).collect())
            .collect();
        let expected = [
            "111111100110001111111",
            "100000100110001000001",
            "101110100100101011101",
            "101110100011001011101",
            "101110100110101011101",
            "100000101001101000001",
            "111111101010101111111",
            "000000000001100000000",
            "100101101100010100000",
            "001011000010001000011",
            "000110111100110001101",
            "111011001001000001011",
            "011010110010101010000",
            "000000001101000110101",
            "111111100010010101110",
            "100000101011110110000",
            "101110100001001110001",
            "101110101101000101111",
            "101110100110100010101",
            "100000100110011000000",
            "111111101111100101010",
        ];
        assert_eq!(rows, expected);
    }

    #[test]
    fn the_svg_is_named_and_marked() {
        let svg = QrCode::encode("x").expect("fits").svg("A \"quoted\" <name>");
        assert!(svg.contains(r#"role="img" aria-label="A &quot;quoted&quot; &lt;name&gt;" data-qr="""#));
    }
}
