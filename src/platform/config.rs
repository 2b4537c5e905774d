//! Host settings (embed.md): parsed from the widget's query parameters.
//!
//! Pure Rust so it is tested natively. A bad value is never fatal: it is dropped,
//! the default stays, and one warning explains what was expected.

use crate::content::Locale;
pub use crate::platform::region::locale_from_browser;
use crate::platform::region::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub const fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HostConfig {
    pub lang: Option<Locale>,
    pub theme: Theme,
    /// A validated `#rgb` / `#rrggbb` colour, safe to put into a CSS custom property.
    pub accent: Option<String>,
    pub emergency: Option<String>,
    /// Where the host's readers are (ISO 3166-1 alpha-2): picks the emergency number when
    /// `emergency` is not set, and Hong Kong wording in Traditional Chinese (region.rs).
    pub region: Option<Region>,
    /// A validated `https:` address of the host's booking or clinic-finder page.
    pub booking: Option<String>,
    pub compact: bool,
    /// `size=large`: larger text and stronger contrast from the first screen (the reader can
    /// also turn it on and off with the "Larger text" button).
    pub large_text: bool,
    /// Running inside a host's iframe: report the content height to the parent.
    pub embedded: bool,
    /// The loader's per-embed id, echoed in height messages so the loader can match them.
    pub embed_id: Option<String>,
}

/// The query parameters the widget reads (embed.md); anything else is left alone.
pub const SETTING_NAMES: &[&str] = &[
    "lang",
    "theme",
    "accent",
    "emergency",
    "region",
    "booking",
    "compact",
    "size",
    "embed",
    "id",
];

const MAX_URL_LEN: usize = 2048;
const MAX_ID_LEN: usize = 64;

impl HostConfig {
    /// Builds the configuration from decoded `(name, value)` query pairs.
    /// Returns the configuration and one human-readable warning per ignored value.
    pub fn from_pairs<'a, I>(pairs: I) -> (HostConfig, Vec<String>)
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut config = HostConfig::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            let accepted = match name {
                "lang" => Locale::from_tag(value)
                    .map(|locale| config.lang = Some(locale))
                    .is_some(),
                "theme" => parse_theme(value)
                    .map(|theme| config.theme = theme)
                    .is_some(),
                "accent" => is_hex_colour(value)
                    .then(|| config.accent = Some(value.to_ascii_lowercase()))
                    .is_some(),
                "emergency" => is_phone_number(value)
                    .then(|| config.emergency = Some(value.to_owned()))
                    .is_some(),
                "region" => Region::parse(value)
                    .map(|region| config.region = Some(region))
                    .is_some(),
                "booking" => is_https_url(value)
                    .then(|| config.booking = Some(value.to_owned()))
                    .is_some(),
                "compact" => parse_flag(value)
                    .map(|flag| config.compact = flag)
                    .is_some(),
                "size" => (value == "large" || value == "normal")
                    .then(|| config.large_text = value == "large")
                    .is_some(),
                "embed" => parse_flag(value)
                    .map(|flag| config.embedded = flag)
                    .is_some(),
                "id" => is_embed_id(value)
                    .then(|| config.embed_id = Some(value.to_owned()))
                    .is_some(),
                // Hosts and link shorteners add their own parameters: not ours to judge.
                _ => true,
            };
            if !accepted {
                warnings.push(format!(
                    "sciatica-check: ignored {name}=\"{}\"; expected {}",
                    shortened(value),
                    expected_for(name)
                ));
            }
        }
        (config, warnings)
    }
}

/// A rejected value as quoted in a warning: a 100 kB one must not flood the console.
fn shortened(value: &str) -> String {
    const SHOWN: usize = 80;
    match value.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}… ({} characters)", &value[..cut], value.chars().count()),
        None => value.to_owned(),
    }
}

fn expected_for(name: &str) -> &'static str {
    match name {
        "lang" => "zh-CN, zh-Hant or en",
        "theme" => "light, dark, auto or host",
        "size" => "large or normal",
        "accent" => "#rgb or #rrggbb",
        "emergency" => "2 to 6 digits",
        "region" => "an ISO 3166-1 alpha-2 code such as HK, TW, US or GB",
        "booking" => "an https: address of at most 2048 characters (a host name in another script as xn--)",
        "compact" | "embed" => "no value or 1",
        "id" => "1 to 64 letters, digits, - or _",
        _ => "a known value",
    }
}

fn parse_theme(value: &str) -> Option<Theme> {
    match value {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        "auto" => Some(Theme::Auto),
        // The loader resolves `host` to light or dark from the host page; a plain iframe cannot
        // see its host page, so the reader's own setting is the best guess.
        "host" => Some(Theme::Auto),
        _ => None,
    }
}

/// `compact` may be given bare (`?compact`), as `1`, or turned off with `0`.
fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "" | "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

fn is_hex_colour(value: &str) -> bool {
    let Some(digits) = value.strip_prefix('#') else {
        return false;
    };
    matches!(digits.len(), 3 | 6) && digits.bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_phone_number(value: &str) -> bool {
    (2..=6).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit())
}

fn is_embed_id(value: &str) -> bool {
    (1..=MAX_ID_LEN).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The booking link rule, identical in src/web/embed.js (tests/cases/booking.json runs the same
/// cases through both): at most 2,048 characters of printable ASCII without `"`, `<`, `>`, a backslash
/// or a backtick; `https://`, then a host name of dot-separated labels of letters, digits and
/// inner hyphens (a name in another script must be written in its punycode `xn--` form), an
/// optional port, then nothing or a path, query or fragment. No `user@` part can fit: it would
/// make the link look as if it went somewhere it does not.
pub fn is_https_url(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("https://") else {
        return false;
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let is_label = |label: &str| {
        let bytes = label.as_bytes();
        !bytes.is_empty()
            && bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            && bytes[0] != b'-'
            && bytes[bytes.len() - 1] != b'-'
    };
    value.len() <= MAX_URL_LEN
        && value
            .bytes()
            .all(|b| (0x21..=0x7e).contains(&b) && !matches!(b, b'"' | b'<' | b'>' | b'\\' | b'`'))
        && host.split('.').all(is_label)
        && port.is_none_or(|port| (1..=5).contains(&port.len()) && port.bytes().all(|b| b.is_ascii_digit()))
}
