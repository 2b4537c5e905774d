//! Where the reader is and what they read, from what the host and the browser say:
//! the emergency number to show, the language to open in, and which regional wording.
//!
//! Pure functions over plain strings, so every kind of input (host settings, browser
//! language lists, junk) is tested natively. A wrong emergency number is a safety defect
//! (F73, F81): when the widget cannot tell where the reader is, it says so in the text.

use crate::content::{default_emergency_number, Locale};
use crate::platform::config::HostConfig;

/// A country or territory: an assigned ISO 3166-1 alpha-2 code, in capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Region([u8; 2]);

/// Every assigned ISO 3166-1 alpha-2 code, two letters each, in order. Checking against it
/// catches the usual slip `UK` (the code is `GB`), which would otherwise quietly show a
/// fallback number.
const ASSIGNED_CODES: &str = "\
ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFR\
GAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJP\
KEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMT\
MUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURW\
SASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUG\
UMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

impl Region {
    /// Two letters of an assigned code, in either case; anything else is `None`.
    pub fn parse(code: &str) -> Option<Region> {
        let &[first, second] = code.as_bytes() else {
            return None;
        };
        let upper = [first.to_ascii_uppercase(), second.to_ascii_uppercase()];
        let assigned = ASSIGNED_CODES
            .as_bytes()
            .chunks_exact(2)
            .any(|pair| pair == upper);
        assigned.then_some(Region(upper))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII capitals ever get in (see `parse`).
        std::str::from_utf8(&self.0).unwrap_or("")
    }

    /// Hong Kong and Macao share the Cantonese-speaking usage of Traditional Chinese that
    /// the catalog's `text_hk` wording is written in.
    pub fn uses_hong_kong_wording(self) -> bool {
        matches!(&self.0, b"HK" | b"MO")
    }

    /// Every assigned code, for tests and documentation.
    pub fn all() -> impl Iterator<Item = Region> {
        ASSIGNED_CODES
            .as_bytes()
            .chunks_exact(2)
            .map(|pair| Region([pair[0], pair[1]]))
    }
}

/// Emergency numbers by region, only where a fact of the register gives them:
/// F73 (mainland China 120, the EU 112, the UK 999, the US and Canada 911) and
/// F81 (Hong Kong 999, Macao 999, Taiwan 119, Singapore 995, Australia 000, Japan 119).
/// A region not listed gets the locale's number and the "or your local" wording.
const EMERGENCY_NUMBERS: &[(&str, &str)] = &[
    ("AT", "112"),
    ("AU", "000"),
    ("BE", "112"),
    ("BG", "112"),
    ("CA", "911"),
    ("CN", "120"),
    ("CY", "112"),
    ("CZ", "112"),
    ("DE", "112"),
    ("DK", "112"),
    ("EE", "112"),
    ("ES", "112"),
    ("FI", "112"),
    ("FR", "112"),
    ("GB", "999"),
    ("GR", "112"),
    ("HK", "999"),
    ("HR", "112"),
    ("HU", "112"),
    ("IE", "112"),
    ("IT", "112"),
    ("JP", "119"),
    ("LT", "112"),
    ("LU", "112"),
    ("LV", "112"),
    ("MO", "999"),
    ("MT", "112"),
    ("NL", "112"),
    ("PL", "112"),
    ("PT", "112"),
    ("RO", "112"),
    ("SE", "112"),
    ("SG", "995"),
    ("SI", "112"),
    ("SK", "112"),
    ("TW", "119"),
    ("US", "911"),
];

/// The emergency number of a region, if the register gives one.
pub fn emergency_number_for(region: Region) -> Option<&'static str> {
    EMERGENCY_NUMBERS
        .binary_search_by(|(code, _)| (*code).cmp(region.as_str()))
        .ok()
        .map(|index| EMERGENCY_NUMBERS[index].1)
}

/// Every region with a known number, in code order.
pub fn regions_with_numbers() -> impl Iterator<Item = (Region, &'static str)> {
    EMERGENCY_NUMBERS
        .iter()
        .filter_map(|&(code, number)| Some((Region::parse(code)?, number)))
}

/// Where the emergency number came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberSource {
    /// The host's `emergency` setting.
    Host,
    /// The host's `region` setting.
    HostRegion(Region),
    /// The region named in the reader's browser languages.
    BrowserRegion(Region),
    /// Nobody said where the reader is: the locale's default, with "or your local
    /// emergency number" added wherever it is named.
    LocaleDefault,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyNumber {
    pub digits: String,
    pub source: NumberSource,
}

impl EmergencyNumber {
    /// Whether the text must add "or your local emergency number" (F81).
    pub fn is_fallback(&self) -> bool {
        self.source == NumberSource::LocaleDefault
    }
}

/// The number to show, in order: the host's `emergency`; the number of the host's
/// `region`; the number of the region in the browser's languages; else the locale's
/// default. When the host names a region the table does not know, the browser's region is
/// not consulted: the host knows where its readers are, and a browser set to, say,
/// `en-US` in Brazil would give a number that does not work there.
pub fn emergency_number(
    host: &HostConfig,
    browser_region: Option<Region>,
    locale: Locale,
) -> EmergencyNumber {
    let found = |digits: &str, source| EmergencyNumber {
        digits: digits.to_owned(),
        source,
    };
    if let Some(digits) = &host.emergency {
        return found(digits, NumberSource::Host);
    }
    let by_region = match host.region {
        Some(region) => emergency_number_for(region).map(|n| (n, NumberSource::HostRegion(region))),
        None => browser_region.and_then(|region| {
            Some((
                emergency_number_for(region)?,
                NumberSource::BrowserRegion(region),
            ))
        }),
    };
    match by_region {
        Some((digits, source)) => found(digits, source),
        None => found(
            default_emergency_number(locale),
            NumberSource::LocaleDefault,
        ),
    }
}

/// What a text's `{number}` becomes: the number itself, or, for a fallback number, the
/// locale's `emergency.or_local` ("112 or your local emergency number", F81).
pub fn number_phrase(number: &EmergencyNumber, locale: Locale, hong_kong: bool) -> String {
    if !number.is_fallback() {
        return number.digits.clone();
    }
    let key = "emergency.or_local";
    let template = (hong_kong && locale == Locale::ZhHant)
        .then(|| crate::content::hong_kong_text(key))
        .flatten()
        .or_else(|| crate::content::entry(locale, key).map(|entry| entry.text))
        .unwrap_or("{number}");
    template.replace("{number}", &number.digits)
}

/// Whether `zh-Hant` text should use its Hong Kong wording: the host's region decides,
/// else the browser's.
pub fn uses_hong_kong_wording(host: &HostConfig, browser_region: Option<Region>) -> bool {
    host.region
        .or(browser_region)
        .is_some_and(Region::uses_hong_kong_wording)
}

/// The subtags after the language of a BCP 47 tag, split on `-` (and on `_`, which some
/// browsers and webviews use). Case is left as given.
fn subtags(tag: &str) -> impl Iterator<Item = &str> {
    tag.trim().split(['-', '_']).skip(1)
}

/// The region subtag of a tag (`zh-Hant-HK` -> `HK`, `es-419` -> `419`), if it has one.
/// It comes after any extended language (3 letters) and script (4 letters) subtags and
/// before variants and extensions.
fn region_subtag(tag: &str) -> Option<&str> {
    for subtag in subtags(tag) {
        let letters = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        let digits = subtag.bytes().all(|b| b.is_ascii_digit());
        match subtag.len() {
            2 if letters => return Some(subtag),
            3 if digits => return Some(subtag),
            3 | 4 if letters => continue,
            _ => return None,
        }
    }
    None
}

/// The script subtag (`Hant`, `Hans`), if any, as given (compare it ignoring case).
fn script_subtag(tag: &str) -> Option<&str> {
    subtags(tag)
        .take_while(|subtag| !(subtag.len() == 2 || subtag.bytes().all(|b| b.is_ascii_digit())))
        .find(|subtag| subtag.len() == 4 && subtag.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// The reader's region from the browser's languages: the first tag that names a region
/// decides (`["en", "zh-TW"]` -> TW). If that region is not an assigned code (`es-419`,
/// `en-XX`), there is no region: a later tag says less about where the reader is.
pub fn browser_region<'a, I>(languages: I) -> Option<Region>
where
    I: IntoIterator<Item = &'a str>,
{
    languages
        .into_iter()
        .find_map(region_subtag)
        .and_then(Region::parse)
}

/// The catalog for one browser language tag, if we have one in its language:
/// `zh-Hant*`, `zh-HK`, `zh-TW`, `zh-MO` and Cantonese (`yue`, written in Traditional
/// characters in Hong Kong and Macao) read Traditional; `zh-Hans*` and every other `zh*`
/// read Simplified; `en*` reads English.
pub fn locale_of_tag(tag: &str) -> Option<Locale> {
    // Compared ignoring case rather than lower-cased copies: no allocation, less code.
    let is = |subtag: Option<&str>, name: &str| subtag.is_some_and(|subtag| subtag.eq_ignore_ascii_case(name));
    let language = tag.trim().split(['-', '_']).next();
    if is(language, "zh") {
        let script = script_subtag(tag);
        let region = region_subtag(tag);
        Some(if is(script, "hant") {
            Locale::ZhHant
        } else if is(script, "hans") {
            Locale::ZhCn
        } else if ["HK", "TW", "MO"].iter().any(|code| is(region, code)) {
            Locale::ZhHant
        } else {
            Locale::ZhCn
        })
    } else if is(language, "yue") {
        Some(Locale::ZhHant)
    } else if is(language, "en") {
        Some(Locale::En)
    } else {
        None
    }
}

/// The language to open in when the host sets none: the first of the browser's languages
/// we have a catalog for, else English (a reader whose browser asks for, say, French or
/// German is likelier to read English than Chinese).
pub fn locale_from_browser<'a, I>(languages: I) -> Locale
where
    I: IntoIterator<Item = &'a str>,
{
    languages
        .into_iter()
        .find_map(locale_of_tag)
        .unwrap_or(Locale::En)
}
