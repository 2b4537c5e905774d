//! A host accent never costs contrast: over a grid of colours, the accent used in each scheme keeps
//! 4.5:1 with the text on it and the backgrounds it is drawn on, and a colour that already does is
//! used unchanged. The neighbour colours are checked against styles/widget.css.

use sciatica_check::platform::accent::{
    accent_for, contrast, is_readable, scheme_accents, Rgb, Scheme, DARK_NEIGHBOURS,
    LIGHT_NEIGHBOURS,
};

#[test]
fn every_colour_of_a_grid_yields_readable_accents_in_both_schemes() {
    let levels: Vec<u8> = (0..=255).step_by(15).map(|v| v as u8).collect();
    for &r in &levels {
        for &g in &levels {
            for &b in &levels {
                let host = Rgb(r, g, b);
                for scheme in [Scheme::Light, Scheme::Dark] {
                    let used = accent_for(host, scheme);
                    for &other in scheme.neighbours() {
                        assert!(
                            contrast(used, other) >= 4.5,
                            "{} in {scheme:?} gave {} at {:.2}:1 against {}",
                            host.to_hex(),
                            used.to_hex(),
                            contrast(used, other),
                            other.to_hex()
                        );
                    }
                    if is_readable(host, scheme) {
                        assert_eq!(used, host, "a readable accent is kept as given");
                    }
                }
            }
        }
    }
}

#[test]
fn the_hostile_accents_of_the_report_are_adjusted_with_a_warning() {
    for hostile in ["#0b5d4b", "#ffffff", "#000000", "#ffff00", "#fff", "#777"] {
        let (accents, warnings) = scheme_accents(hostile).expect("a valid colour");
        assert!(
            !warnings.is_empty(),
            "{hostile} cannot pass in both schemes"
        );
        for (scheme, colour) in accents {
            assert!(
                is_readable(Rgb::parse(&colour).unwrap(), scheme),
                "{hostile} -> {colour} in {scheme:?}"
            );
        }
    }
    // The default accents pass as they are: no warning.
    let (_, warnings) = scheme_accents("#0b5fad").unwrap();
    assert_eq!(warnings.len(), 1, "#0b5fad is for light only: {warnings:?}");
    assert_eq!(scheme_accents("red"), None);
}

#[test]
fn parsing_reads_both_hex_forms() {
    assert_eq!(Rgb::parse("#0A7"), Some(Rgb(0x00, 0xaa, 0x77)));
    assert_eq!(Rgb::parse("#0b5d4b"), Some(Rgb(0x0b, 0x5d, 0x4b)));
    assert_eq!(Rgb::parse("#12345"), None);
    assert_eq!(Rgb::parse("#ggg"), None);
    assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
}

/// The Rust copies of the scheme colours must equal the stylesheet's, or the check is hollow.
#[test]
fn neighbour_colours_equal_the_stylesheet() {
    let css = std::fs::read_to_string("styles/widget.css").expect("styles/widget.css");
    let value = |block: &str, name: &str| -> Rgb {
        let at = block
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name} in stylesheet"));
        let rest = &block[at + name.len() + 1..];
        let end = rest.find(';').unwrap();
        Rgb::parse(rest[..end].trim()).unwrap_or_else(|| panic!("{name} is a hex colour"))
    };
    let light = &css[css.find(":root").unwrap()..];
    let dark = &css[css.find(".widget[data-theme=\"dark\"]").unwrap()..];
    assert_eq!(value(light, "--on-accent"), LIGHT_NEIGHBOURS[0]);
    assert_eq!(value(light, "--bg"), LIGHT_NEIGHBOURS[1]);
    assert_eq!(value(light, "--surface"), LIGHT_NEIGHBOURS[2]);
    assert_eq!(value(dark, "--on-accent"), DARK_NEIGHBOURS[0]);
    assert_eq!(value(dark, "--bg"), DARK_NEIGHBOURS[1]);
    assert_eq!(value(dark, "--surface"), DARK_NEIGHBOURS[2]);
}
