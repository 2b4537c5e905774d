//! Runs the clinical vignettes in `tests/vignettes/*.json` through the engine.
//!
//! Each file is a JSON list of `{"name", "answers", "expect": {"level", "pattern",
//! "phase", "rules"?}}`; `rules`, when given, is the exact list of reasons in order.
//! All failures are reported together, each naming its vignette.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sciatica_check::engine::{
    answers_from_value, assess, Assessment, Level, Pattern, Phase, RULES,
};
use serde_json::Value;

struct Vignette {
    origin: String,
    name: String,
    answers: Value,
    expect: Value,
}

fn vignette_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

fn load_vignettes() -> Vec<Vignette> {
    let mut vignettes = Vec::new();
    for file in vignette_files() {
        let text = std::fs::read_to_string(&file).expect("readable vignette file");
        let list: Vec<Value> = serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("{}: not a JSON list: {error}", file.display()));
        for (index, entry) in list.into_iter().enumerate() {
            let origin = format!("{} #{index}", file.file_name().unwrap().to_string_lossy());
            let name = entry["name"]
                .as_str()
                .unwrap_or_else(|| panic!("{origin}: missing \"name\""))
                .to_owned();
            vignettes.push(Vignette {
                origin,
                name,
                answers: entry["answers"].clone(),
                expect: entry["expect"].clone(),
            });
        }
    }
    vignettes
}

/// Everything wrong with one vignette's result, or nothing.
fn check(vignette: &Vignette) -> Vec<String> {
    let answers = match answers_from_value(&vignette.answers) {
        Ok(answers) => answers,
        Err(error) => return vec![format!("answers rejected: {error}")],
    };
    let Assessment {
        level,
        pattern,
        phase,
        reasons,
    } = assess(&answers);
    let expect = &vignette.expect;
    let mut problems = Vec::new();
    for (key, actual) in [
        ("level", level.as_str()),
        ("pattern", pattern.as_str()),
        ("phase", phase.as_str()),
    ] {
        match expect[key].as_str() {
            Some(wanted) if wanted == actual => {}
            Some(wanted) => problems.push(format!("{key}: expected {wanted}, got {actual}")),
            None => problems.push(format!("expect.{key} missing")),
        }
    }
    if let Some(wanted) = expect.get("rules") {
        let wanted: Vec<&str> = wanted
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let fired: Vec<&str> = reasons.iter().map(|reason| reason.rule).collect();
        if wanted != fired {
            problems.push(format!("rules: expected {wanted:?}, got {fired:?}"));
        }
    }
    problems
}

#[test]
fn every_vignette_gets_its_expected_assessment() {
    let vignettes = load_vignettes();
    let failures: Vec<String> = vignettes
        .iter()
        .flat_map(|vignette| {
            check(vignette)
                .into_iter()
                .map(move |problem| format!("{} \"{}\": {problem}", vignette.origin, vignette.name))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} vignette problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn vignettes_are_many_and_uniquely_named() {
    let vignettes = load_vignettes();
    assert!(
        vignettes.len() >= 30,
        "only {} vignettes; the suite promises at least 30",
        vignettes.len()
    );
    let mut names = BTreeSet::new();
    for vignette in &vignettes {
        assert!(
            names.insert(vignette.name.as_str()),
            "two vignettes are named \"{}\"",
            vignette.name
        );
    }
}

#[test]
fn vignettes_cover_every_rule_level_pattern_and_phase() {
    let vignettes = load_vignettes();
    let expected = |key: &str| -> BTreeSet<String> {
        vignettes
            .iter()
            .filter_map(|v| v.expect[key].as_str().map(str::to_owned))
            .collect()
    };
    let rules: BTreeSet<String> = vignettes
        .iter()
        .filter_map(|v| v.expect["rules"].as_array())
        .flatten()
        .filter_map(|rule| rule.as_str().map(str::to_owned))
        .collect();

    let missing_rules: Vec<&str> = RULES
        .iter()
        .map(|rule| rule.id)
        .filter(|id| !rules.contains(*id))
        .collect();
    assert!(
        missing_rules.is_empty(),
        "no vignette expects rule(s) {missing_rules:?}"
    );
    let (levels, patterns, phases) = (expected("level"), expected("pattern"), expected("phase"));
    for level in Level::ALL {
        assert!(
            levels.contains(level.as_str()),
            "no vignette expects level {}",
            level.as_str()
        );
    }
    for pattern in Pattern::ALL {
        assert!(
            patterns.contains(pattern.as_str()),
            "no vignette expects pattern {}",
            pattern.as_str()
        );
    }
    for phase in Phase::ALL {
        assert!(
            phases.contains(phase.as_str()),
            "no vignette expects phase {}",
            phase.as_str()
        );
    }
}
