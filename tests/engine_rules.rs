//! The rules table against the contract: the IDs the UI keys its text on, their levels
//! and facts, and the facts behind each pattern and phase.

use sciatica_check::engine::{
    fact_ids, pattern_basis, phase_basis, rule, Level, Pattern, Phase, RULES,
};

/// The contract's table, written out a second time on purpose: a change to a rule's ID,
/// level or facts must be made in both places.
const CONTRACT: &[(&str, Level, &[&str])] = &[
    ("bladder_bowel", Level::Emergency, &["F35", "F62"]),
    ("saddle_numbness", Level::Emergency, &["F70"]),
    ("sexual_dysfunction", Level::Emergency, &["F70"]),
    ("both_legs", Level::Emergency, &["F70"]),
    ("weakness", Level::Prompt, &["F35", "F61"]),
    ("muscle_wasting", Level::Prompt, &["F35"]),
    ("numbness", Level::Prompt, &["F61"]),
    ("sudden_worse", Level::Prompt, &["F63"]),
    ("night_pain", Level::Prompt, &["F63"]),
    ("long_no_relief", Level::Prompt, &["F60"]),
    ("fever", Level::Prompt, &["F71"]),
    ("trauma", Level::Prompt, &["F71"]),
    ("cancer_history", Level::Prompt, &["F71"]),
    ("weight_loss", Level::Prompt, &["F71"]),
    ("frequent_cramps_leg_pain", Level::Routine, &["F40", "F64"]),
    ("treated_3_months", Level::Routine, &["F35"]),
    ("pain_over_90_days", Level::Routine, &["F35"]),
    ("steroids", Level::Routine, &["F74"]),
    ("age_risk", Level::Routine, &["F74"]),
    ("self_care", Level::SelfCare, &["F34", "F06"]),
];

#[test]
fn rules_table_matches_the_contract_row_for_row() {
    let table: Vec<(&str, Level, &[&str])> = RULES
        .iter()
        .map(|rule| (rule.id, rule.level, rule.facts))
        .collect();
    assert_eq!(table, CONTRACT);
}

#[test]
fn rows_run_from_most_to_least_urgent() {
    assert!(
        RULES.windows(2).all(|pair| pair[0].level >= pair[1].level),
        "reasons would be reported out of urgency order"
    );
}

#[test]
fn every_rule_is_found_by_its_id() {
    for expected in RULES {
        let found =
            rule(expected.id).unwrap_or_else(|| panic!("rule({:?}) found nothing", expected.id));
        assert_eq!(found.id, expected.id);
    }
    assert!(rule("no_such_rule").is_none());
    assert!(rule("").is_none());
}

#[test]
fn pattern_and_phase_bases_are_the_contracts() {
    assert_eq!(pattern_basis(Pattern::Root), ["F10", "F11", "F13"]);
    assert_eq!(pattern_basis(Pattern::Trunk), ["F14", "F15", "F16"]);
    assert_eq!(pattern_basis(Pattern::Unclear), ["F72"]);
    assert_eq!(phase_basis(Phase::Acute), ["F26", "F27", "F28", "F29"]);
    assert_eq!(phase_basis(Phase::Recovery), ["F30", "F31", "F32", "F33"]);
    assert_eq!(phase_basis(Phase::Chronic), ["F35"]);
}

#[test]
fn fact_ids_list_every_fact_named_once() {
    let ids = fact_ids();
    assert!(
        ids.windows(2).all(|pair| pair[0] < pair[1]),
        "not sorted and unique: {ids:?}"
    );
    for id in &ids {
        let digits = id.strip_prefix('F').unwrap_or("");
        assert!(
            digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit()),
            "malformed fact ID {id:?}"
        );
    }
    let named = RULES
        .iter()
        .flat_map(|rule| rule.facts.iter())
        .chain(Pattern::ALL.iter().flat_map(|&p| pattern_basis(p).iter()))
        .chain(Phase::ALL.iter().flat_map(|&p| phase_basis(p).iter()));
    for id in named {
        assert!(
            ids.contains(id),
            "{id} is named but missing from fact_ids()"
        );
    }
}
