//! The host's accent colour, made safe for each colour scheme (WCAG 1.4.3 / 1.4.11).
//!
//! The widget draws text on the accent (`--on-accent`: buttons, pressed picks) and the accent as
//! text on its own backgrounds (links, secondary buttons). One host colour cannot keep 4.5:1 with
//! both schemes' colours, so it is adjusted per scheme: kept as given where it passes, otherwise
//! mixed towards black (light scheme) or white (dark scheme) just far enough to pass. The hue stays
//! the host's; the reader never gets an unreadable button. Pure Rust, tested natively over a grid.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// WCAG AA contrast for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The colours the accent meets in each scheme: text on it and the backgrounds it is text on.
/// They equal styles/widget.css (a native test reads the stylesheet to keep them in step).
pub const LIGHT_NEIGHBOURS: [Rgb; 3] = [
    Rgb(0xff, 0xff, 0xff), // --on-accent, --bg
    Rgb(0xff, 0xff, 0xff),
    Rgb(0xf4, 0xf6, 0xf8), // --surface
];
pub const DARK_NEIGHBOURS: [Rgb; 3] = [
    Rgb(0x0b, 0x12, 0x20), // --on-accent
    Rgb(0x14, 0x17, 0x1b), // --bg
    Rgb(0x1e, 0x23, 0x29), // --surface
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    pub const fn neighbours(self) -> &'static [Rgb; 3] {
        match self {
            Scheme::Light => &LIGHT_NEIGHBOURS,
            Scheme::Dark => &DARK_NEIGHBOURS,
        }
    }
    pub const fn as_str(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }

    /// The CSS custom property the stylesheet reads this scheme's host accent from.
    pub const fn css_property(self) -> &'static str {
        match self {
            Scheme::Light => "--host-accent-light",
            Scheme::Dark => "--host-accent-dark",
        }
    }
}

impl Rgb {
    /// Reads `#rgb` or `#rrggbb` (the forms config.rs accepts); anything else is `None`.
    /// Digit by digit rather than `u8::from_str_radix` on slices of the text: the same result
    /// with less code in the first load's WebAssembly, and no slicing that could panic.
    pub fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.strip_prefix('#')?.as_bytes();
        // A byte of a multi-byte character is no hex digit either.
        let digit = |i: usize| Some(char::from(*digits.get(i)?).to_digit(16)? as u8);
        match digits.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let pair = |i: usize| Some(digit(i)? * 16 + digit(i + 1)?);
                Some(Rgb(pair(0)?, pair(2)?, pair(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn to_hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = String::with_capacity(7);
        hex.push('#');
        for channel in [self.0, self.1, self.2] {
            hex.push(char::from(DIGITS[usize::from(channel >> 4)]));
            hex.push(char::from(DIGITS[usize::from(channel & 0xf)]));
        }
        hex
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// `self` moved `percent` of the way to `target`, rounding away from `self`.
    fn mixed_towards(self, target: Rgb, percent: u32) -> Rgb {
        let mix = |from: u8, to: u8| {
            let (from, to) = (i32::from(from), i32::from(to));
            let moved = (to - from) * percent as i32;
            let step = if moved >= 0 {
                (moved + 99) / 100
            } else {
                -((-moved + 99) / 100)
            };
            (from + step).clamp(0, 255) as u8
        };
        Rgb(
            mix(self.0, target.0),
            mix(self.1, target.1),
            mix(self.2, target.2),
        )
    }
}

/// An sRGB channel's linear light (WCAG 2).
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    }
}

/// `base`^2.4 for `base` in (0, 1], to within an ulp or two of `powf(2.4)`, without `powf`:
/// the general power function is 1.4 kB of the first load's WebAssembly and this is its only
/// use. base^2.4 = base² · (base²)^(1/5), the fifth root by Newton's method started at 1, above
/// the root, from where it falls steadily to the root: it stops once a step no longer falls.
fn pow_2_4(base: f64) -> f64 {
    let square = base * base;
    let mut root = 1.0_f64;
    loop {
        let fourth = (root * root) * (root * root);
        let next = (4.0 * root + square / fourth) / 5.0;
        // A NaN also stops it: it is not below.
        if next < root {
            root = next;
        } else {
            break;
        }
    }
    square * root
}

pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// Whether `accent` keeps 4.5:1 with every colour it meets in `scheme`.
pub fn is_readable(accent: Rgb, scheme: Scheme) -> bool {
    scheme
        .neighbours()
        .iter()
        .all(|&other| contrast(accent, other) >= MIN_CONTRAST)
}

/// The accent to use in `scheme`: the host's own if readable, else the least change that is.
pub fn accent_for(host: Rgb, scheme: Scheme) -> Rgb {
    let target = match scheme {
        Scheme::Light => Rgb(0, 0, 0),
        Scheme::Dark => Rgb(0xff, 0xff, 0xff),
    };
    (0..=100)
        .map(|percent| host.mixed_towards(target, percent))
        .find(|&candidate| is_readable(candidate, scheme))
        // Pure black / white always passes against these neighbours (the test proves it).
        .unwrap_or(target)
}

/// Each scheme's accent colour (hex), light first.
pub type SchemeAccents = [(Scheme, String); 2];

/// Both schemes' accents for a host colour, and one warning per scheme where it was changed.
pub fn scheme_accents(host_hex: &str) -> Option<(SchemeAccents, Vec<String>)> {
    let host = Rgb::parse(host_hex)?;
    let mut warnings = Vec::new();
    let accents = [Scheme::Light, Scheme::Dark].map(|scheme| {
        let chosen = accent_for(host, scheme);
        if chosen != host {
            warnings.push(format!(
                "sciatica-check: accent {} has too little contrast in the {} scheme; using {} there",
                host.to_hex(),
                scheme.as_str(),
                chosen.to_hex()
            ));
        }
        (scheme, chosen.to_hex())
    });
    Some((accents, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The luminance formula of [`Rgb::luminance`] over per-channel linear values.
    fn luminance_from(linear: &[f64; 256], colour: Rgb) -> f64 {
        0.2126 * linear[usize::from(colour.0)]
            + 0.7152 * linear[usize::from(colour.1)]
            + 0.0722 * linear[usize::from(colour.2)]
    }

    fn tables() -> ([f64; 256], [f64; 256]) {
        let ours = std::array::from_fn(|v| linear(v as u8));
        let with_powf = std::array::from_fn(|v| {
            let c = v as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        });
        (ours, with_powf)
    }

    /// The hand-written hex reading and writing agree with Rust's own, every value of each channel.
    #[test]
    fn hex_round_trips_for_every_colour_and_bad_text_is_refused() {
        let others = [0x00, 0x0f, 0x10, 0x9a, 0xa5, 0xff];
        let colours = (0..=255u8).flat_map(|v| {
            others.into_iter().flat_map(move |o| [Rgb(v, o, o), Rgb(o, v, o), Rgb(o, o, v)])
        });
        for colour in colours {
            let Rgb(r, g, b) = colour;
            let hex = colour.to_hex();
            assert_eq!(hex, format!("#{r:02x}{g:02x}{b:02x}"));
            assert_eq!(Rgb::parse(&hex), Some(colour));
            assert_eq!(Rgb::parse(&hex.to_uppercase()), Some(colour));
        }
        for short in 0..0x1000u32 {
            let hex = format!("#{short:03x}");
            let [r, g, b] = [short >> 8, (short >> 4) & 0xf, short & 0xf].map(|v| (v * 17) as u8);
            assert_eq!(Rgb::parse(&hex), Some(Rgb(r, g, b)), "{hex}");
        }
        for bad in ["", "#", "#12", "#1234", "#12345", "#1234567", "123456", "#12345g", "#ééé", "#+12", "#-1f", "# 12", "#1é23"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_channel_value_is_linearised_as_powf_would() {
        let (ours, with_powf) = tables();
        for v in 0..=255u8 {
            let (a, b) = (ours[usize::from(v)], with_powf[usize::from(v)]);
            assert!((a - b).abs() <= 4.0 * f64::EPSILON * b, "channel {v}: {a} vs {b}");
            let colour = Rgb(v, v, v);
            assert_eq!(colour.luminance(), luminance_from(&ours, colour));
        }
    }

    /// Every one of the 16.7 million colours is readable (4.5:1) against each neighbour exactly
    /// when it was with `powf`: no contrast sits so near 4.5 that an ulp could move it across.
    #[test]
    fn no_colour_moves_across_the_contrast_threshold() {
        let (ours, with_powf) = tables();
        let neighbours: Vec<(f64, f64)> = LIGHT_NEIGHBOURS
            .iter()
            .chain(DARK_NEIGHBOURS.iter())
            .map(|&n| (luminance_from(&ours, n), luminance_from(&with_powf, n)))
            .collect();
        let passes = |a: f64, b: f64| {
            let (light, dark) = if a > b { (a, b) } else { (b, a) };
            (light + 0.05) / (dark + 0.05) >= MIN_CONTRAST
        };
        for rgb in 0..=0xff_ff_ffu32 {
            let [_, r, g, b] = rgb.to_be_bytes();
            let colour = Rgb(r, g, b);
            let (new, old) = (luminance_from(&ours, colour), luminance_from(&with_powf, colour));
            for &(n_new, n_old) in &neighbours {
                assert_eq!(passes(new, n_new), passes(old, n_old), "{colour:?}");
            }
        }
    }
}
