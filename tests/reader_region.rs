//! Language, emergency number and regional wording from every kind of input: the host's
//! settings, the browser's language list, junk and nothing at all (region.rs, F73, F81).

use sciatica_check::content::{default_emergency_number, Locale};
use sciatica_check::platform::config::HostConfig;
use sciatica_check::platform::region::{
    browser_region, emergency_number, emergency_number_for, locale_from_browser, locale_of_tag,
    number_phrase, regions_with_numbers, uses_hong_kong_wording, NumberSource, Region,
};

fn region(code: &str) -> Region {
    Region::parse(code).unwrap_or_else(|| panic!("{code} is an assigned code"))
}

fn host(pairs: &[(&str, &str)]) -> HostConfig {
    let (config, warnings) = HostConfig::from_pairs(pairs.iter().copied());
    assert!(warnings.is_empty(), "{warnings:?}");
    config
}

/// The number a reader sees with these host settings and browser languages.
fn number_for(pairs: &[(&str, &str)], languages: &[&str]) -> (String, NumberSource) {
    let host = host(pairs);
    let locale = host
        .lang
        .unwrap_or_else(|| locale_from_browser(languages.iter().copied()));
    let number = emergency_number(&host, browser_region(languages.iter().copied()), locale);
    (number.digits, number.source)
}

/// Strings a browser or a careless host could hand us.
const JUNK: &[&str] = &[
    "",
    " ",
    "-",
    "_",
    "*",
    "--",
    "zh-",
    "-zh",
    "x-private",
    "123",
    "🙂",
    "中文",
    "zh-🙂",
    "zh-Hant-",
    "en--US",
    "e",
    "english",
    "i-klingon",
    "\u{0}",
    "zh\nTW",
];

// ---- Regions -------------------------------------------------------------------------

#[test]
fn region_codes_are_the_assigned_iso_3166_alpha_2_codes() {
    assert_eq!(Region::all().count(), 249);
    let codes: Vec<String> = Region::all().map(|r| r.as_str().to_owned()).collect();
    assert!(
        codes.windows(2).all(|pair| pair[0] < pair[1]),
        "sorted, no repeats"
    );
    for code in [
        "HK", "TW", "MO", "CN", "US", "GB", "AU", "SG", "JP", "CA", "DE", "BR",
    ] {
        assert_eq!(region(code).as_str(), code);
    }
    assert_eq!(Region::parse("hk"), Region::parse("HK"));
    assert_eq!(Region::parse("gB"), Region::parse("GB"));
    for bad in [
        "UK", "EU", "ZZ", "XX", "H", "HKG", "", "1A", "香港", "ｈｋ", " HK",
    ] {
        assert_eq!(Region::parse(bad), None, "{bad:?}");
    }
    for junk in JUNK {
        let _ = Region::parse(junk);
    }
}

#[test]
fn the_number_table_holds_the_register_numbers() {
    let expected = [
        ("CN", "120"),
        ("HK", "999"),
        ("MO", "999"),
        ("TW", "119"),
        ("SG", "995"),
        ("AU", "000"),
        ("JP", "119"),
        ("GB", "999"),
        ("US", "911"),
        ("CA", "911"),
        ("DE", "112"),
        ("FR", "112"),
        ("IE", "112"),
    ];
    for (code, number) in expected {
        assert_eq!(emergency_number_for(region(code)), Some(number), "{code}");
    }
    // Not in the register (F73, F81): no guess.
    for code in ["BR", "IN", "CH", "NO", "KR", "MY"] {
        assert_eq!(emergency_number_for(region(code)), None, "{code}");
    }
    let listed: Vec<_> = regions_with_numbers().collect();
    assert_eq!(listed.len(), 37, "10 named regions and 27 EU states");
    for (_, number) in listed {
        assert!((2..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()));
    }
}

#[test]
fn the_browser_region_is_the_first_region_a_language_names() {
    let of = |languages: &[&str]| browser_region(languages.iter().copied());
    assert_eq!(of(&["zh-HK"]), Some(region("HK")));
    assert_eq!(of(&["zh-Hant-TW"]), Some(region("TW")));
    assert_eq!(of(&["zh_TW"]), Some(region("TW")));
    assert_eq!(of(&["en-us"]), Some(region("US")));
    assert_eq!(of(&["yue-Hant-HK"]), Some(region("HK")));
    assert_eq!(of(&["zh-yue-HK"]), Some(region("HK")));
    assert_eq!(of(&["en", "zh-TW"]), Some(region("TW")));
    assert_eq!(of(&["zh-Hant", "en-GB"]), Some(region("GB")));
    assert_eq!(of(&["en-US-u-ca-gregory"]), Some(region("US")));
    // The first tag naming a region decides, even if that region is not a country code.
    assert_eq!(of(&["es-419", "en-US"]), None);
    assert_eq!(of(&["en-XX", "en-US"]), None);
    assert_eq!(of(&["en", "fr", "zh-Hant"]), None);
    assert_eq!(of(&["de-1996"]), None, "a variant is not a region");
    assert_eq!(of(&[]), None);
    for junk in JUNK {
        let _ = of(&[junk]);
    }
}

// ---- The emergency number --------------------------------------------------------------

#[test]
fn the_host_number_wins_over_everything() {
    let (number, source) = number_for(&[("emergency", "999"), ("region", "US")], &["zh-TW"]);
    assert_eq!((number.as_str(), source), ("999", NumberSource::Host));
}

#[test]
fn the_host_region_comes_next() {
    assert_eq!(
        number_for(&[("region", "HK")], &["en-US"]),
        ("999".to_owned(), NumberSource::HostRegion(region("HK")))
    );
    assert_eq!(number_for(&[("region", "tw")], &[]).0, "119");
    assert_eq!(
        number_for(&[("region", "AU"), ("lang", "en")], &[]).0,
        "000"
    );
}

#[test]
fn a_host_region_without_a_known_number_does_not_fall_back_to_the_browser() {
    // A Brazilian host: an `en-US` browser there must not be told 911.
    let (number, source) = number_for(&[("region", "BR"), ("lang", "en")], &["en-US"]);
    assert_eq!(
        (number.as_str(), source),
        ("112", NumberSource::LocaleDefault)
    );
}

#[test]
fn browsers_in_each_region_get_their_own_number() {
    for (languages, number) in [
        (&["zh-HK"][..], "999"),
        (&["zh-MO"], "999"),
        (&["zh-TW"], "119"),
        (&["zh-Hant-TW"], "119"),
        (&["zh-CN"], "120"),
        (&["zh-Hans-CN"], "120"),
        (&["en-US"], "911"),
        (&["en-GB"], "999"),
        (&["en-AU"], "000"),
        (&["en-CA"], "911"),
        (&["fr-CA"], "911"),
        (&["zh-SG"], "995"),
        (&["en-SG"], "995"),
        (&["ja-JP"], "119"),
        (&["de-DE"], "112"),
        (&["en-IE"], "112"),
    ] {
        let (found, source) = number_for(&[], languages);
        assert_eq!(found, number, "{languages:?}");
        assert!(
            matches!(source, NumberSource::BrowserRegion(_)),
            "{languages:?}"
        );
    }
}

#[test]
fn with_no_region_anywhere_the_locale_default_is_a_fallback() {
    for (languages, number) in [
        (&["en"][..], "112"),
        (&["zh"], "120"),
        (&["zh-Hant"], "119"),
        (&["fr"], "112"),
        (&["pt-BR"], "112"),
        (&["es-419"], "112"),
        (&[], "112"),
    ] {
        let (found, source) = number_for(&[], languages);
        assert_eq!(
            (found.as_str(), source),
            (number, NumberSource::LocaleDefault),
            "{languages:?}"
        );
    }
    for &locale in Locale::ALL {
        let number = emergency_number(&HostConfig::default(), None, locale);
        assert_eq!(number.digits, default_emergency_number(locale));
        assert!(number.is_fallback());
    }
}

#[test]
fn junk_languages_never_panic_and_fall_back_safely() {
    for junk in JUNK {
        let languages = [*junk];
        let locale = locale_from_browser(languages.iter().copied());
        let number = emergency_number(&HostConfig::default(), browser_region(languages), locale);
        assert!(!number.digits.is_empty(), "{junk:?}");
        let _ = locale_of_tag(junk);
    }
}

#[test]
fn a_fallback_number_is_named_with_or_your_local_emergency_number() {
    let fallback = |locale| emergency_number(&HostConfig::default(), None, locale);
    assert_eq!(
        number_phrase(&fallback(Locale::En), Locale::En, false),
        "112 or your local emergency number"
    );
    assert_eq!(
        number_phrase(&fallback(Locale::ZhCn), Locale::ZhCn, false),
        "120或当地的急救电话"
    );
    assert_eq!(
        number_phrase(&fallback(Locale::ZhHant), Locale::ZhHant, true),
        "119或當地的緊急電話"
    );
    // A known number is named alone.
    let known = emergency_number(&HostConfig::default(), Some(region("US")), Locale::En);
    assert_eq!(number_phrase(&known, Locale::En, false), "911");
    let host = host(&[("emergency", "110")]);
    assert_eq!(
        number_phrase(
            &emergency_number(&host, None, Locale::En),
            Locale::En,
            false
        ),
        "110"
    );
}

// ---- The language ----------------------------------------------------------------------

#[test]
fn each_browser_tag_maps_to_its_script() {
    for (tag, locale) in [
        ("zh-HK", Some(Locale::ZhHant)),
        ("zh-TW", Some(Locale::ZhHant)),
        ("zh-MO", Some(Locale::ZhHant)),
        ("zh-hk", Some(Locale::ZhHant)),
        ("zh_TW", Some(Locale::ZhHant)),
        ("zh-Hant", Some(Locale::ZhHant)),
        ("zh-hant", Some(Locale::ZhHant)),
        ("zh-Hant-CN", Some(Locale::ZhHant)),
        ("zh-Hant-SG", Some(Locale::ZhHant)),
        ("yue", Some(Locale::ZhHant)),
        ("yue-HK", Some(Locale::ZhHant)),
        ("zh-Hans-HK", Some(Locale::ZhCn)),
        ("zh", Some(Locale::ZhCn)),
        ("zh-CN", Some(Locale::ZhCn)),
        ("zh-SG", Some(Locale::ZhCn)),
        ("ZH", Some(Locale::ZhCn)),
        ("en", Some(Locale::En)),
        ("en-GB", Some(Locale::En)),
        ("EN_us", Some(Locale::En)),
        ("fr", None),
        ("de-DE", None),
        ("ja", None),
        ("", None),
        ("*", None),
    ] {
        assert_eq!(locale_of_tag(tag), locale, "{tag:?}");
    }
}

#[test]
fn the_browser_language_is_the_first_we_have_else_english() {
    let of = |languages: &[&str]| locale_from_browser(languages.iter().copied());
    assert_eq!(of(&["zh-TW"]), Locale::ZhHant);
    assert_eq!(of(&["zh-HK", "en"]), Locale::ZhHant);
    assert_eq!(of(&["zh-CN", "zh-TW"]), Locale::ZhCn);
    assert_eq!(of(&["en-US", "zh-CN"]), Locale::En);
    assert_eq!(
        of(&["fr", "zh-TW"]),
        Locale::ZhHant,
        "a later language we have beats none"
    );
    assert_eq!(of(&["fr"]), Locale::En);
    assert_eq!(of(&["de", "ja"]), Locale::En);
    assert_eq!(of(&[]), Locale::En);
    assert_eq!(
        of(&["", " ", "-", "*", "123", "🙂", "中文", "x-private"]),
        Locale::En
    );
    assert_eq!(of(&["", "*", "zh-Hant"]), Locale::ZhHant);
}

#[test]
fn the_host_language_wins_over_the_browser() {
    let host = host(&[("lang", "zh-Hant")]);
    assert_eq!(host.lang, Some(Locale::ZhHant));
    let (_, warnings) = HostConfig::from_pairs([("lang", "zh-TW")]);
    assert_eq!(
        warnings.len(),
        1,
        "zh-TW is a browser tag, not a catalog: use zh-Hant"
    );
}

/// `%XX` and `+` decoded as the browser's URLSearchParams does (enough for the cases).
fn decode(value: &str) -> String {
    let bytes = value.replace('+', " ").into_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The one set of start-up language cases (tests/cases/locale.json): the app opens in each
/// case's locale, as src/web/startup.js does (tests/e2e/first-paint.spec.mjs), which fetches
/// that language's catalog and shows its start card before the WebAssembly runs.
#[test]
fn the_app_opens_in_the_locale_of_every_shared_case() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("cases/locale.json")).expect("locale.json is JSON");
    let cases = cases["cases"].as_array().expect("a `cases` array");
    assert!(cases.len() >= 40, "tests/cases/locale.json has its cases");
    for case in cases {
        let search = case["search"].as_str().expect("search");
        let languages: Vec<&str> = case["languages"]
            .as_array()
            .expect("languages")
            .iter()
            .map(|tag| tag.as_str().expect("a string"))
            .collect();
        // As browser.rs reads the address: only the first value of each setting.
        let mut pairs: Vec<(String, String)> = Vec::new();
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty())
        {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode(name);
            if !pairs.iter().any(|(seen, _)| *seen == name) {
                pairs.push((name, decode(value)));
            }
        }
        let (host, _) = HostConfig::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        let locale = host
            .lang
            .unwrap_or_else(|| locale_from_browser(languages.iter().copied()));
        assert_eq!(
            locale.tag(),
            case["locale"].as_str().expect("locale"),
            "{case}"
        );
    }
}

// ---- Regional wording ------------------------------------------------------------------

#[test]
fn hong_kong_wording_follows_the_host_region_else_the_browser_region() {
    let none = HostConfig::default();
    assert!(uses_hong_kong_wording(&none, Some(region("HK"))));
    assert!(uses_hong_kong_wording(&none, Some(region("MO"))));
    assert!(!uses_hong_kong_wording(&none, Some(region("TW"))));
    assert!(!uses_hong_kong_wording(&none, None));
    let hk = host(&[("region", "HK")]);
    assert!(uses_hong_kong_wording(&hk, Some(region("TW"))));
    let tw = host(&[("region", "TW")]);
    assert!(!uses_hong_kong_wording(&tw, Some(region("HK"))));
}
