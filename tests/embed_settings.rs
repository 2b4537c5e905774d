//! The settings added with the custom element (issue 16): `size` and `theme=host`.

use sciatica_check::platform::config::{HostConfig, Theme};

fn parse(pairs: &[(&str, &str)]) -> (HostConfig, Vec<String>) {
    HostConfig::from_pairs(pairs.iter().copied())
}

#[test]
fn size_large_turns_larger_text_on_and_normal_leaves_it_off() {
    assert!(parse(&[("size", "large")]).0.large_text);
    let (config, warnings) = parse(&[("size", "normal")]);
    assert!(!config.large_text && warnings.is_empty());
}

#[test]
fn a_bad_size_is_ignored_with_one_warning() {
    let (config, warnings) = parse(&[("size", "huge")]);
    assert!(!config.large_text);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("large or normal"), "{warnings:?}");
}

#[test]
fn theme_host_in_a_plain_iframe_follows_the_reader() {
    // The loader turns `host` into light or dark; without it the widget cannot see the host page.
    let (config, warnings) = parse(&[("theme", "host")]);
    assert_eq!(config.theme, Theme::Auto);
    assert!(warnings.is_empty());
}
