//! The rules table against the contract: the IDs the UI keys its text on, their levels
//! and facts, and the facts behind each pattern and phase.

use sciatica_check::engine::{
    fact_ids, pattern_basis, phase_basis, rule, Level, Pattern, Phase, RULES,
};

/// The contract's table, written out a second time on purpose: a change to a rule's ID,
/// level or facts must be made in both places.
const CONTRACT: &[(&str, Level, &[&str])] = &[
    ("bladder_bowel", Level::Emergency, &["F35", "F62", "F82"]),
    ("saddle_numbness", Level::Emergency, &["F70", "F82"]),
    ("sexual_dysfunction", Level::Emergency, &["F70"]),
    ("both_legs", Level::Emergency, &["F70", "F82"]),
    ("both_legs_weakness", Level::Emergency, &["F70", "F82"]),
    ("both_legs_numbness", Level::Emergency, &["F70", "F82"]),
    ("serious_accident", Level::Emergency, &["F84"]),
    ("cancer_nerve_signs", Level::Emergency, &["F71", "F85"]),
    ("weakness", Level::Urgent, &["F35", "F61", "F75"]),
    ("fever", Level::Urgent, &["F71", "F75", "F84"]),
    ("night_pain", Level::Urgent, &["F63", "F84"]),
    ("trauma", Level::Urgent, &["F71", "F84"]),
    ("weight_loss", Level::Urgent, &["F71", "F84"]),
    ("cancer_spine_pain", Level::Urgent, &["F85"]),
    ("muscle_wasting", Level::Prompt, &["F35"]),
    ("numbness", Level::Prompt, &["F61"]),
    ("sudden_worse", Level::Prompt, &["F63"]),
    ("long_no_relief", Level::Prompt, &["F60"]),
    ("cancer_history", Level::Prompt, &["F71"]),
    ("steroids", Level::Prompt, &["F74", "F86"]),
    ("age_not_improving", Level::Prompt, &["F74", "F86"]),
    ("both_legs_review", Level::Routine, &["F70"]),
    ("frequent_cramps_leg_pain", Level::Routine, &["F40", "F64"]),
    ("treated_3_months", Level::Routine, &["F35"]),
    ("pain_over_90_days", Level::Routine, &["F35"]),
    ("age_risk", Level::Routine, &["F74"]),
    ("not_improving", Level::Routine, &["F76"]),
    ("getting_worse", Level::Routine, &["F76"]),
    ("severe_pain", Level::Routine, &["F76"]),
    ("pregnant_leg_pain", Level::Routine, &["F80", "F87"]),
    ("self_care", Level::SelfCare, &["F34", "F06", "F76", "F77"]),
];

#[test]
fn rules_table_matches_the_contract_row_for_row() {
    let table: Vec<(&str, Level, &[&str])> = RULES
        .iter()
        .map(|rule| (rule.id, rule.level, rule.facts))
        .collect();
    assert_eq!(table, CONTRACT);
}

/// When the design folder is beside the repository, its rules table must be the one above
/// (a user's clone has no design folder: then the check says it skipped).
#[test]
fn contract_document_has_the_same_table_when_present() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/design/assessment.md"
    );
    let Ok(document) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let rows: Vec<(String, String, Vec<String>)> = document
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            // | `rule` | level | fires when | facts |
            if cells.len() != 6 || !cells[1].starts_with('`') || !cells[4].starts_with('F') {
                return None;
            }
            let facts = cells[4].split_whitespace().map(str::to_owned).collect();
            Some((
                cells[1].trim_matches('`').to_owned(),
                cells[2].to_owned(),
                facts,
            ))
        })
        .collect();
    let ours: Vec<(String, String, Vec<String>)> = CONTRACT
        .iter()
        .map(|(id, level, facts)| {
            let facts = facts.iter().map(|f| f.to_string()).collect();
            (id.to_string(), level.as_str().to_owned(), facts)
        })
        .collect();
    assert_eq!(rows, ours);
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
    assert_eq!(
        phase_basis(Phase::Acute),
        ["F26", "F27", "F28", "F29", "F78"]
    );
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
