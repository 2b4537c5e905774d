//! Every content key the UI reads exists in every locale: the literal keys found in
//! `src/ui`, and the keys the UI builds from engine and step identifiers.

use std::fs;
use std::path::Path;

use sciatica_check::content::{entry, list, Locale};
use sciatica_check::engine::{FieldKind, Level, Pattern, Phase, Situation, FIELDS, RULES};
use sciatica_check::content::steps::{NumberField, StepId};

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for item in fs::read_dir(dir).expect("src/ui is readable") {
        let path = item.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// String literals passed straight to `t(`, `fill(` or `list(` in the UI's source.
fn literal_keys() -> Vec<(String, bool)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    let mut keys = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        for call in ["t(\"", "fill(\"", "list(\""] {
            for (at, _) in source.match_indices(call) {
                let preceded_by_word = source[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                if preceded_by_word && call == "t(\"" {
                    continue;
                }
                let rest = &source[at + call.len()..];
                let key = &rest[..rest.find('"').unwrap()];
                keys.push((key.to_owned(), call == "list(\""));
            }
        }
    }
    keys
}

fn dynamic_keys() -> Vec<(String, bool)> {
    let mut keys: Vec<(String, bool)> = Vec::new();
    let mut key = |k: String| keys.push((k, false));
    for step in StepId::ALL {
        key(step.title_key());
        key(step.lead_key());
    }
    // Every question's label and help, and every option of a choice, as the question components
    // build them, for every field of the contract's table (so a new field is checked here at once).
    for field in FIELDS {
        key(format!("q.{}.label", field.name));
        key(format!("q.{}.help", field.name));
        if let FieldKind::OneOf(values) | FieldKind::ListOf(values) = field.kind {
            for value in values {
                key(format!("opt.{}.{value}", field.name));
            }
        }
    }
    // The two explicit "nothing" answers beside the fields (embed.md).
    key("q.none_of_these.label".to_owned());
    key("q.no_pain.label".to_owned());
    key("q.no_pain.help".to_owned());
    for number in [
        NumberField::OnsetDays,
        NumberField::TreatedMonths,
        NumberField::PainScore,
    ] {
        key(format!("q.{}.exact", number.name()));
        for (pick, _) in number.picks() {
            key((*pick).to_owned());
        }
    }
    for level in Level::ALL {
        key(format!("level.{}.name", level.as_str()));
        key(format!("level.{}.headline", level.as_str()));
    }
    for pattern in Pattern::ALL {
        key(format!("pattern.{}.name", pattern.as_str()));
        key(format!("pattern.{}.text", pattern.as_str()));
        key(format!("pattern_rule.{}", pattern.as_str()));
    }
    for phase in Phase::ALL {
        key(format!("plan.{}.name", phase.as_str()));
        key(format!("plan.{}.goal", phase.as_str()));
        key(format!("phase_rule.{}", phase.as_str()));
    }
    for rule in RULES {
        key(format!("rule.{}", rule.id));
    }
    for situation in Situation::ALL.iter().map(|s| s.as_str()).chain(["general"]) {
        key(format!("tips.{situation}.name"));
    }
    for n in ["01", "02", "03"] {
        key(format!("myth.{n}.claim"));
        key(format!("myth.{n}.answer"));
    }
    for locale in Locale::ALL {
        key(format!("lang.{}", locale.tag()));
    }
    let mut lists: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("level.{}.now.", l.as_str()))
        .collect();
    lists.extend(Phase::ALL.iter().map(|p| format!("plan.{}.", p.as_str())));
    lists.extend(
        Situation::ALL
            .iter()
            .map(|s| format!("tips.{}.", s.as_str()))
            .chain(["tips.general.".to_owned()]),
    );
    keys.extend(lists.into_iter().map(|prefix| (prefix, true)));
    keys
}

#[test]
fn every_key_the_ui_reads_exists_in_every_locale() {
    let literal = literal_keys();
    assert!(
        literal.len() > 40,
        "the scan found only {} literal keys: is it still reading src/ui?",
        literal.len()
    );
    let mut missing = Vec::new();
    for (key, is_list) in literal.iter().chain(dynamic_keys().iter()) {
        for &locale in Locale::ALL {
            let present = if *is_list {
                list(locale, key)
                    .iter()
                    .any(|entry| entry.key[key.len()..].bytes().all(|b| b.is_ascii_digit()))
            } else {
                entry(locale, key).is_some_and(|entry| !entry.text.trim().is_empty())
            };
            if !present {
                missing.push(format!(
                    "{}: {key}{}",
                    locale.tag(),
                    if *is_list { "NN" } else { "" }
                ));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "keys the UI reads but the catalog lacks:\n{}",
        missing.join("\n")
    );
}
