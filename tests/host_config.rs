//! Host settings from the embed contract: good values are taken, bad ones are dropped with a warning.

use sciatica_check::content::Locale;
use sciatica_check::platform::config::{locale_from_browser, HostConfig, Theme};
use sciatica_check::platform::region::Region;

fn parse(pairs: &[(&str, &str)]) -> (HostConfig, Vec<String>) {
    HostConfig::from_pairs(pairs.iter().copied())
}

#[test]
fn no_settings_means_defaults_and_no_warnings() {
    let (config, warnings) = parse(&[]);
    assert_eq!(config, HostConfig::default());
    assert_eq!(config.theme, Theme::Auto);
    assert!(warnings.is_empty());
}

#[test]
fn every_valid_setting_is_taken() {
    let (config, warnings) = parse(&[
        ("lang", "en"),
        ("theme", "dark"),
        ("accent", "#0A7"),
        ("emergency", "999"),
        ("region", "hk"),
        (
            "booking",
            "https://portal.example.org/book?dept=rehab#slots",
        ),
        ("compact", ""),
        ("embed", "1"),
        ("id", "sc-3_x"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.lang, Some(Locale::En));
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.accent.as_deref(), Some("#0a7"));
    assert_eq!(config.emergency.as_deref(), Some("999"));
    assert_eq!(config.region, Region::parse("HK"));
    assert_eq!(
        config.booking.as_deref(),
        Some("https://portal.example.org/book?dept=rehab#slots")
    );
    assert!(config.compact && config.embedded);
    assert_eq!(config.embed_id.as_deref(), Some("sc-3_x"));
}

#[test]
fn each_bad_value_is_ignored_with_exactly_one_warning_naming_it() {
    let bad: &[(&str, &str)] = &[
        ("lang", "fr"),
        ("lang", "zh"),
        ("lang", "zh-TW"),
        ("region", "UK"),
        ("region", "ZZ"),
        ("region", "HKG"),
        ("region", "H"),
        ("region", ""),
        ("region", "香港"),
        ("region", "h1"),
        ("theme", "purple"),
        ("accent", "red"),
        ("accent", "#12345"),
        ("accent", "#ggg"),
        ("accent", "#fff;background:url(x)"),
        ("emergency", "1"),
        ("emergency", "1234567"),
        ("emergency", "12a"),
        ("emergency", "+120"),
        ("booking", "http://portal.example.org/"),
        ("booking", "javascript:alert(1)"),
        ("booking", "https://"),
        ("booking", "https://user@evil.example/"),
        ("booking", "https://portal.example.org/a b"),
        ("booking", "https://portal.example.org/\"><script>"),
        ("compact", "yes"),
        ("id", "a b"),
        ("id", &"x".repeat(65)),
    ];
    for &(name, value) in bad {
        let (config, warnings) = parse(&[(name, value)]);
        assert_eq!(
            config,
            HostConfig::default(),
            "{name}={value:?} must leave the defaults"
        );
        assert_eq!(warnings.len(), 1, "{name}={value:?}: {warnings:?}");
        assert!(
            warnings[0].contains(name),
            "warning must name the setting: {}",
            warnings[0]
        );
    }
}

#[test]
fn a_bad_value_does_not_disturb_the_good_ones() {
    let (config, warnings) = parse(&[("lang", "en"), ("accent", "blue"), ("emergency", "911")]);
    assert_eq!(config.lang, Some(Locale::En));
    assert_eq!(config.accent, None);
    assert_eq!(config.emergency.as_deref(), Some("911"));
    assert_eq!(warnings.len(), 1);
}

#[test]
fn unknown_parameters_are_left_alone() {
    let (config, warnings) = parse(&[("utm_source", "news"), ("fbclid", "x")]);
    assert_eq!(config, HostConfig::default());
    assert!(warnings.is_empty());
}

#[test]
fn every_locale_tag_is_a_valid_lang_setting() {
    for &locale in Locale::ALL {
        let (config, warnings) = parse(&[("lang", locale.tag())]);
        assert_eq!(config.lang, Some(locale));
        assert!(warnings.is_empty());
        // Language tags are case-insensitive (BCP 47).
        let (config, _) = parse(&[("lang", &locale.tag().to_ascii_uppercase())]);
        assert_eq!(config.lang, Some(locale));
    }
}

#[test]
fn the_region_warning_names_the_expected_form() {
    let (_, warnings) = parse(&[("region", "UK")]);
    assert!(
        warnings[0].contains("ISO 3166-1 alpha-2"),
        "{}",
        warnings[0]
    );
    assert!(warnings[0].contains("GB"), "{}", warnings[0]);
}

#[test]
fn browser_language_picks_the_first_one_we_have_else_english() {
    assert_eq!(locale_from_browser(["en-GB", "zh-CN"]), Locale::En);
    assert_eq!(locale_from_browser(["fr-FR", "zh-TW"]), Locale::ZhHant);
    assert_eq!(locale_from_browser(["de", "EN_us"]), Locale::En);
    assert_eq!(locale_from_browser(["fr", "de"]), Locale::En);
    assert_eq!(locale_from_browser(std::iter::empty()), Locale::En);
}

/// The same cases run through src/web/embed.js in tests/e2e/embed.spec.mjs.
#[test]
fn booking_links_follow_the_rule_shared_with_the_loader() {
    let text =
        std::fs::read_to_string("tests/cases/booking.json").expect("tests/cases/booking.json");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let cases = doc["cases"].as_array().expect("a cases list");
    assert!(cases.len() > 20);
    for case in cases {
        let mut value = case["value"].as_str().expect("value").to_owned();
        if let Some(length) = case["padTo"].as_u64() {
            value.push_str(&"x".repeat(length as usize - value.len()));
        }
        let expected = case["ok"].as_bool().expect("ok");
        let (config, warnings) = parse(&[("booking", &value)]);
        let shown: String = value.chars().take(60).collect();
        assert_eq!(config.booking.is_some(), expected, "booking {shown:?}");
        assert_eq!(
            warnings.len(),
            usize::from(!expected),
            "booking {shown:?}: {warnings:?}"
        );
        if let Some(warning) = warnings.first() {
            assert!(
                warning.len() < 400,
                "a warning stays short: {} bytes",
                warning.len()
            );
        }
    }
}
