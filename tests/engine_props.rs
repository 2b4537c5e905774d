#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
//! Properties of the engine over random answers: red flags always win, the level is the
//! most urgent fired rule, reasons follow the table, and validated JSON round-trips.

mod support;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use sciatica_check::engine::{
    assess, flag_fields, parse_answers, phase, rule, Answers, AnswersInput, Level, PainArea,
    PainTrend, Phase, Side, RULES,
};
use support::{answers_strategy, set};

/// Each of these alone makes an emergency, whatever else was answered.
const EMERGENCY_ANSWERS: &[(&str, &[(&str, &str)])] = &[
    ("bladder_bowel", &[("bladder_bowel", "true")]),
    ("saddle_numbness", &[("saddle_numbness", "true")]),
    ("sexual_dysfunction", &[("sexual_dysfunction", "true")]),
    ("serious_accident", &[("serious_accident", "true")]),
    (
        "weak in both legs",
        &[("weakness", "true"), ("weakness_sides", "both")],
    ),
    (
        "numb in both legs",
        &[("numbness", "true"), ("numbness_sides", "both")],
    ),
    (
        "cancer with numbness",
        &[("cancer_history", "true"), ("numbness", "true")],
    ),
    (
        "cancer with weakness",
        &[("cancer_history", "true"), ("weakness", "true")],
    ),
];

/// Answers that can only add urgency: the yes/no fields that mean a symptom (not
/// `rest_relieves`, which is good news), and the worse end of every other scale.
fn red_flags() -> Vec<(String, Vec<(&'static str, String)>)> {
    let mut flags: Vec<(String, Vec<(&'static str, String)>)> = flag_fields()
        .filter(|name| *name != "rest_relieves")
        .map(|name| (name.to_owned(), vec![(name, "true".to_owned())]))
        .collect();
    let worse: &[(&'static str, &str)] = &[
        ("rest_relieves", "false"),
        ("sides", "both"),
        ("numbness_sides", "both"),
        ("weakness_sides", "both"),
        ("calf_cramps", "frequent"),
        ("pain_trend", "worse"),
        ("pain_score", "10"),
        ("situations", "pregnant"),
    ];
    flags.extend(
        worse
            .iter()
            .map(|&(name, value)| (format!("{name}={value}"), vec![(name, value.to_owned())])),
    );
    flags
}

fn with(answers: &Answers, changes: &[(&str, &str)]) -> Answers {
    let mut changed = answers.clone();
    for (name, value) in changes {
        if *name == "situations" {
            let mut situations = changed.field_texts(name).unwrap();
            situations.push(value.to_string());
            situations.sort();
            situations.dedup();
            let texts: Vec<&str> = situations.iter().map(String::as_str).collect();
            set(&mut changed, name, &texts);
        } else {
            set(&mut changed, name, &[value]);
        }
    }
    changed
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_emergency_answer_is_an_emergency(answers in answers_strategy()) {
        for (name, changes) in EMERGENCY_ANSWERS {
            prop_assert_eq!(assess(&with(&answers, changes)).level, Level::Emergency, "{}", name);
        }
    }

    #[test]
    fn any_fired_emergency_rule_gives_an_emergency(answers in answers_strategy()) {
        let fired = RULES.iter().any(|rule| rule.level == Level::Emergency && rule.fires_for(&answers));
        prop_assert_eq!(fired, assess(&answers).level == Level::Emergency);
    }

    #[test]
    fn weakness_is_at_least_urgent(answers in answers_strategy()) {
        prop_assert!(assess(&with(&answers, &[("weakness", "true")])).level >= Level::Urgent);
    }

    #[test]
    fn weakness_or_numbness_in_both_legs_is_an_emergency(answers in answers_strategy(), symptom in select(&["weakness", "numbness"][..])) {
        let sides = format!("{symptom}_sides");
        let both = with(&answers, &[(symptom, "true"), (sides.as_str(), "both")]);
        prop_assert_eq!(assess(&both).level, Level::Emergency);
    }

    #[test]
    fn radiating_pain_in_both_legs_is_an_emergency_unless_long_and_stable(answers in answers_strategy()) {
        let mut both = with(&answers, &[("sides", "both")]);
        both.pain_areas = vec![PainArea::LowBack, PainArea::BackOfThigh];
        let stable = both.onset_days > 90 && both.pain_trend != PainTrend::Worse;
        let reasons: Vec<&str> = assess(&both).reasons.iter().map(|r| r.rule).collect();
        prop_assert_eq!(reasons.contains(&"both_legs"), !stable);
        prop_assert_eq!(reasons.contains(&"both_legs_review"), stable);
    }

    #[test]
    fn level_is_the_most_urgent_fired_rule(answers in answers_strategy()) {
        let assessment = assess(&answers);
        let reason_levels: Vec<Level> = assessment
            .reasons
            .iter()
            .map(|reason| rule(reason.rule).expect("every reason names a rule").level)
            .collect();
        prop_assert_eq!(reason_levels.iter().copied().max(), Some(assessment.level));
    }

    #[test]
    fn adding_a_red_flag_never_lowers_the_level(answers in answers_strategy()) {
        let before = assess(&answers).level;
        for (name, changes) in red_flags() {
            let changes: Vec<(&str, &str)> = changes.iter().map(|(n, v)| (*n, v.as_str())).collect();
            let after = assess(&with(&answers, &changes)).level;
            prop_assert!(after >= before, "{} lowered the level from {:?} to {:?}", name, before, after);
        }
    }

    #[test]
    fn more_pain_areas_never_lower_the_level(answers in answers_strategy(), area in select(PainArea::ALL)) {
        let before = assess(&answers).level;
        let mut wider = answers.clone();
        if !wider.pain_areas.contains(&area) {
            wider.pain_areas.push(area);
        }
        prop_assert!(assess(&wider).level >= before, "adding {:?} lowered the level", area);
    }

    #[test]
    fn recovery_only_when_the_pain_is_getting_better(answers in answers_strategy()) {
        if phase(&answers) == Phase::Recovery {
            prop_assert_eq!(answers.pain_trend, PainTrend::Better);
            prop_assert!(!answers.pain_areas.is_empty());
        }
    }

    #[test]
    fn with_nothing_hurting_pattern_is_unclear_and_phase_acute_unless_treated(answers in answers_strategy()) {
        let mut none = answers;
        none.pain_areas.clear();
        let assessment = assess(&none);
        prop_assert_eq!(assessment.pattern.as_str(), "unclear");
        let expected = if none.treated_months >= 3 { Phase::Chronic } else { Phase::Acute };
        prop_assert_eq!(assessment.phase, expected);
    }

    #[test]
    fn reasons_follow_the_table_and_self_care_stands_alone(answers in answers_strategy()) {
        let assessment = assess(&answers);
        let fired: Vec<&str> = RULES.iter().filter(|rule| rule.fires_for(&answers)).map(|rule| rule.id).collect();
        let reasons: Vec<&str> = assessment.reasons.iter().map(|reason| reason.rule).collect();
        prop_assert_eq!(&reasons, &fired, "every fired rule, in table order");
        for reason in &assessment.reasons {
            prop_assert_eq!(reason.facts, rule(reason.rule).unwrap().facts, "each rule with its own facts");
        }
        let self_care_listed = reasons.contains(&"self_care");
        prop_assert_eq!(self_care_listed, reasons == ["self_care"], "self_care must stand alone");
        prop_assert_eq!(self_care_listed, assessment.level == Level::SelfCare);
    }

    #[test]
    fn answers_round_trip_through_json(answers in answers_strategy()) {
        let json = serde_json::to_string(&answers).expect("answers serialize");
        match parse_answers(&json) {
            Ok(AnswersInput::One(parsed)) => prop_assert_eq!(parsed, answers),
            other => prop_assert!(false, "{} parsed as {:?}", json, other),
        }
    }

    #[test]
    fn answer_lists_round_trip_through_json(list in vec(answers_strategy(), 0..5)) {
        let json = serde_json::to_string(&list).expect("answers serialize");
        match parse_answers(&json) {
            Ok(AnswersInput::Many(parsed)) => prop_assert_eq!(parsed, list),
            other => prop_assert!(false, "{} parsed as {:?}", json, other),
        }
    }
}

#[test]
fn one_sided_weakness_is_urgent_not_an_emergency() {
    let mut answers = Answers::default();
    answers.weakness = true;
    answers.weakness_sides = Side::Left;
    assert_eq!(assess(&answers).level, Level::Urgent);
}
