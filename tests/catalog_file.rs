//! The catalog data files the browser fetches (src/content/data_file.rs): each says exactly
//! what the compiled-in catalog says, and anything else is refused with a clear error.

mod questionnaire;

use sciatica_check::content::{self, data_file, parse_data_file, Locale, FACTS};

fn leaked(text: &str) -> &'static str {
    text.to_owned().leak()
}

#[test]
fn every_locale_reads_back_exactly() {
    for &locale in Locale::ALL {
        let catalog = parse_data_file(leaked(&data_file(locale))).unwrap();
        assert_eq!(catalog.locale, locale);
        assert_eq!(
            catalog.entries.as_slice(),
            content::entries(locale),
            "{}",
            locale.tag()
        );
        for entry in content::entries(locale) {
            assert_eq!(catalog.entry(entry.key), Some(entry));
        }
        let hong_kong = if locale == Locale::ZhHant {
            content::hong_kong_texts()
        } else {
            &[]
        };
        assert_eq!(catalog.hong_kong.as_slice(), hong_kong);
        assert_eq!(catalog.fact_summaries.len(), FACTS.len());
        for fact in FACTS {
            assert_eq!(catalog.fact_summary(fact.id), Some(fact.summary(locale)));
            assert_eq!(
                content::fact_summary(locale, fact.id),
                Some(fact.summary(locale))
            );
        }
    }
}

#[test]
fn the_files_hold_only_their_own_language() {
    let zh_cn = data_file(Locale::ZhCn);
    let en = data_file(Locale::En);
    assert!(zh_cn.starts_with("sciatica-catalog 1 zh-CN\n"));
    let english_title = content::text(Locale::En, "app.title");
    assert!(en.contains(english_title) && !zh_cn.contains(english_title));
    assert!(
        zh_cn.contains("\n@hong-kong\n@facts\n"),
        "Hong Kong wording only in zh-Hant"
    );
}

fn error_of(text: &str) -> content::ParseError {
    parse_data_file(leaked(text)).expect_err(text)
}

#[test]
fn junk_is_refused_with_the_line_and_never_a_panic() {
    let good = data_file(Locale::En);
    let cases: Vec<(String, usize)> = vec![
        (String::new(), 1),
        ("<!DOCTYPE html><title>404</title>".to_owned(), 1),
        ("sciatica-catalog 1 fr\n@entries\n".to_owned(), 1),
        ("sciatica-catalog 2 en\n".to_owned(), 1),
        ("sciatica-catalog 1 en\nkey\t\ttext\n".to_owned(), 2),
        ("sciatica-catalog 1 en\n@facts\n".to_owned(), 2),
        (
            "sciatica-catalog 1 en\n@entries\nb\t\tB\na\t\tA\n".to_owned(),
            4,
        ),
        (
            "sciatica-catalog 1 en\n@entries\na\t\tA\na\t\tA\n".to_owned(),
            4,
        ),
        ("sciatica-catalog 1 en\n@entries\na\tA\n".to_owned(), 3),
        (
            "sciatica-catalog 1 en\n@entries\na\t\tA\textra\n".to_owned(),
            3,
        ),
        ("sciatica-catalog 1 en\n@entries\na\t\t\n".to_owned(), 3),
        ("sciatica-catalog 1 en\n@entries\n\t\tA\n".to_owned(), 3),
        (
            "sciatica-catalog 1 en\n@entries\na\tF01,,F02\tA\n".to_owned(),
            3,
        ),
        (
            "sciatica-catalog 1 en\n@entries\na\t\tA\n@hong-kong\nb\tB\tC\n".to_owned(),
            5,
        ),
        (
            "sciatica-catalog 1 en\n@entries\na\t\tA\n@hong-kong\n".to_owned(),
            4,
        ),
        (
            "sciatica-catalog 1 en\n@entries\n@hong-kong\n@facts\n".to_owned(),
            2,
        ),
        (
            "sciatica-catalog 1 en\n@entries\na\t\tA\n@hong-kong\n@facts\n@entries\n".to_owned(),
            6,
        ),
        // A file cut short in transit (the last section missing).
        (
            good[..good.find("@facts").unwrap()].to_owned(),
            good[..good.find("@facts").unwrap()].lines().count(),
        ),
    ];
    for (text, line) in cases {
        let error = error_of(&text);
        assert_eq!(error.line, line, "{text:?}: {error}");
        assert!(error
            .to_string()
            .starts_with(&format!("catalog file, line {line}: ")));
    }
}

#[test]
fn the_smallest_file_reads() {
    let catalog =
        parse_data_file("sciatica-catalog 1 en\r\n@entries\r\na\tF01,F02\tA {n}\r\nb\t\tB\r\n@hong-kong\r\n@facts\r\nF01\tOne\r\n")
            .unwrap();
    assert_eq!(catalog.entries.len(), 2);
    assert_eq!(catalog.entries[0].facts, &["F01", "F02"]);
    assert!(catalog.entries[1].facts.is_empty());
    assert_eq!(catalog.entry("a").map(|entry| entry.text), Some("A {n}"));
    assert_eq!(catalog.fact_summary("F01"), Some("One"));
    assert_eq!(catalog.fact_summary("F02"), None);
}

/// Each language's two data files (README "Two builds") split its catalog by key group: every
/// entry in exactly one, the fact summaries in the second, and both read back as the browser reads.
#[test]
fn the_two_files_of_a_language_hold_its_catalog_once() {
    use sciatica_check::content::{data_file_part, entries, in_first_part, parse_data_file, Part};
    for &locale in Locale::ALL {
        let first = parse_data_file(data_file_part(locale, Part::First).leak()).unwrap();
        let rest = parse_data_file(data_file_part(locale, Part::Rest).leak()).unwrap();
        assert!(first.fact_summaries.is_empty(), "{}: facts only in the second file", locale.tag());
        assert!(!rest.fact_summaries.is_empty());
        assert!(first.entries.iter().all(|entry| in_first_part(entry.key)));
        assert!(rest.entries.iter().all(|entry| !in_first_part(entry.key)));
        assert_eq!(first.entries.len() + rest.entries.len(), entries(locale).len(), "{}", locale.tag());
    }
}

/// The questionnaire build fetches only a language's first file before the first question, so
/// none of its sources may read a key that is only in the second (they would show the key
/// itself). A key is a string literal `"group.name"`; one made at run time (`"rule.{id}"`) must be
/// of a group the first file holds at least in part (the emergency rules are checked below).
#[test]
fn the_questionnaire_build_reads_no_key_of_the_full_build_groups() {
    use sciatica_check::content::{in_first_part, FULL_BUILD_GROUPS};
    // Not `content/steps.rs`: the keys it spells out are the number questions' quick picks, of
    // the later steps, and the first step's keys it builds are checked below
    // (`the_first_file_asks_the_first_step_and_no_other`).
    const OTHER_SOURCES: &[&str] = &["src/ui/hooks.rs", "src/ui/text.rs", "src/platform/region.rs"];
    for file in questionnaire::VIEWS.iter().chain(OTHER_SOURCES) {
        let source = questionnaire::source(file);
        for (at, _) in source.match_indices('"') {
            let rest = &source[at + 1..];
            let group: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            if group.is_empty() || !rest[group.len()..].starts_with('.') {
                continue;
            }
            let literal = &rest[..rest.find('"').unwrap_or(rest.len())];
            if literal.contains('{') {
                assert!(
                    !FULL_BUILD_GROUPS.contains(&group.as_str()),
                    "{file} makes a `{group}.` key, a group only the second data file holds"
                );
            } else {
                assert!(in_first_part(literal), "{file} reads `{literal}`, which only the second data file holds");
            }
        }
    }
}

/// The emergency screen explains each rule that made the emergency (`rule.<id>`, in the
/// questionnaire build): every language's first file holds those texts, and only those of the
/// rules, since the others explain a result, which comes with the full build.
#[test]
fn the_first_file_explains_every_emergency_rule_and_no_other() {
    use sciatica_check::content::{data_file_part, Part};
    use sciatica_check::engine::{Level, RULES};
    for &locale in Locale::ALL {
        let first = parse_data_file(data_file_part(locale, Part::First).leak()).unwrap();
        for rule in RULES {
            let key = format!("rule.{}", rule.id);
            assert_eq!(
                first.entry(&key).is_some(),
                rule.level == Level::Emergency,
                "{}: {key} ({:?}) in the first file",
                locale.tag(),
                rule.level
            );
        }
    }
}

/// The first load asks only the first step, the red-flag checklist (`ui::handoff`): every
/// language's first file holds that step's heading and each of its questions' words, and no
/// other step's, which come with the full build.
#[test]
fn the_first_file_asks_the_first_step_and_no_other() {
    use sciatica_check::content::steps::StepId;
    use sciatica_check::content::{data_file_part, Part};
    for &locale in Locale::ALL {
        let first = parse_data_file(data_file_part(locale, Part::First).leak()).unwrap();
        for (index, step) in StepId::ALL.iter().enumerate() {
            let mut keys = vec![step.title_key(), step.lead_key()];
            for field in step.fields() {
                keys.push(format!("q.{field}.label"));
            }
            for key in keys {
                assert_eq!(first.entry(&key).is_some(), index == 0, "{}: {key} in the first file", locale.tag());
            }
        }
        for field in StepId::ALL[0].fields().iter().chain(&["none_of_these"]) {
            assert!(first.entry(&format!("q.{field}.label")).is_some(), "{}: q.{field}.label", locale.tag());
        }
        for field in StepId::ALL[0].fields() {
            assert!(first.entry(&format!("q.{field}.help")).is_some(), "{}: q.{field}.help", locale.tag());
        }
    }
}
