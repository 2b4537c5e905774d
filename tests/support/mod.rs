//! Random answers for property tests, drawn from the engine's field table, so a new
//! contract field is exercised without touching the tests.
#![allow(dead_code)] // each test file uses its own part

use proptest::collection::vec;
use proptest::prelude::*;
use sciatica_check::engine::{Answers, FieldKind, Level, FIELDS, RULES};

/// A value for `kind` from one random number, as contract text. Yes/no answers are mostly
/// "no" so that the lower levels get exercised too; integers stay near the contract's
/// boundaries (14, 28, 90 days; 3 months; 8 of 10) half of the time.
pub fn texts_for(name: &str, kind: FieldKind, seed: u64) -> Vec<String> {
    let pick = (seed >> 8) as usize;
    match kind {
        FieldKind::YesNo if name == "rest_relieves" => vec![(seed % 4 != 0).to_string()],
        FieldKind::YesNo => vec![(seed % 100 < 12).to_string()],
        FieldKind::OneOf(values) => vec![values[pick % values.len()].to_owned()],
        FieldKind::ListOf(values) => values
            .iter()
            .enumerate()
            .filter(|(bit, _)| pick & (1 << bit) != 0)
            .map(|(_, value)| (*value).to_owned())
            .collect(),
        FieldKind::Integer { max } => {
            let near = u64::from(max.min(120));
            let value = if seed % 2 == 0 {
                pick as u64 % (near + 1)
            } else {
                pick as u64 % (u64::from(max) + 1)
            };
            vec![value.to_string()]
        }
    }
}

pub fn answers_from_seeds(seeds: &[u64]) -> Answers {
    let mut answers = Answers::default();
    for (field, seed) in FIELDS.iter().zip(seeds) {
        let texts = texts_for(field.name, field.kind, *seed);
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        answers
            .set_field(field.name, &texts)
            .expect("generated values are valid");
    }
    answers
}

pub fn answers_strategy() -> impl Strategy<Value = Answers> {
    vec(any::<u64>(), FIELDS.len()).prop_map(|seeds| answers_from_seeds(&seeds))
}

/// Sets one field from contract text, panicking on a value the table refuses.
pub fn set(answers: &mut Answers, name: &str, texts: &[&str]) {
    answers
        .set_field(name, texts)
        .unwrap_or_else(|error| panic!("{name} = {texts:?}: {error}"));
}

/// The rules a kept (pre-filled) answer must never set, or change, on its own: emergency, urgent
/// and prompt.
pub fn serious_rules_fired(answers: &Answers) -> Vec<&'static str> {
    RULES
        .iter()
        .filter(|rule| rule.level >= Level::Prompt && rule.fires_for(answers))
        .map(|rule| rule.id)
        .collect()
}
