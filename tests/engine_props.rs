#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
//! Properties of the engine over random answers: red flags always win, the level is
//! the most urgent fired rule, and validated JSON round-trips.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use sciatica_check::engine::{
    assess, parse_answers, rule, AgeBand, Answers, AnswersInput, CalfCramps, Level, PainArea, Side,
    Situation, ONSET_DAYS_MAX, PAIN_SCORE_MAX, RULES, TREATED_MONTHS_MAX,
};

type Setter = fn(&mut Answers);

/// Each of these alone is an emergency.
const EMERGENCY_FLAGS: &[(&str, Setter)] = &[
    ("bladder_bowel", |a| a.bladder_bowel = true),
    ("saddle_numbness", |a| a.saddle_numbness = true),
    ("sexual_dysfunction", |a| a.sexual_dysfunction = true),
];

/// Every answer that can only add urgency: turning it on must never lower the level.
const RED_FLAGS: &[(&str, Setter)] = &[
    ("bladder_bowel", |a| a.bladder_bowel = true),
    ("saddle_numbness", |a| a.saddle_numbness = true),
    ("sexual_dysfunction", |a| a.sexual_dysfunction = true),
    ("weakness", |a| a.weakness = true),
    ("muscle_wasting", |a| a.muscle_wasting = true),
    ("numbness", |a| a.numbness = true),
    ("sudden_worse", |a| a.sudden_worse = true),
    ("night_pain", |a| a.night_pain = true),
    ("fever", |a| a.fever = true),
    ("trauma", |a| a.trauma = true),
    ("cancer_history", |a| a.cancer_history = true),
    ("weight_loss", |a| a.weight_loss = true),
    ("steroids", |a| a.steroids = true),
    ("rest does not relieve", |a| a.rest_relieves = false),
    ("both sides", |a| a.sides = Side::Both),
    ("frequent cramps", |a| a.calf_cramps = CalfCramps::Frequent),
];

/// The areas that count as leg pain in the contract.
const LEG_AREAS: &[PainArea] = &[
    PainArea::Buttock,
    PainArea::BackOfThigh,
    PainArea::OuterCalf,
    PainArea::Foot,
];

fn answers_strategy() -> impl Strategy<Value = Answers> {
    // Red flags are rare in the draw so that the lower levels get exercised too.
    let flag = || prop::bool::weighted(0.12);
    let choices = (
        select(AgeBand::ALL),
        vec(select(Situation::ALL), 0..6),
        select(CalfCramps::ALL),
        vec(select(PainArea::ALL), 0..7),
        select(Side::ALL),
    );
    // Half the draws stay near the 14- and 90-day and 3-month boundaries.
    let numbers = (
        prop_oneof![0..=120u16, 0..=ONSET_DAYS_MAX],
        prop_oneof![0..=6u8, 0..=TREATED_MONTHS_MAX],
        0..=PAIN_SCORE_MAX,
        any::<bool>(),
    );
    let flags = prop::array::uniform15(flag());
    (choices, numbers, flags).prop_map(
        |(
            (age_band, situations, calf_cramps, pain_areas, sides),
            (onset_days, treated_months, pain_score, rest_relieves),
            f,
        )| {
            Answers {
                age_band,
                situations,
                calf_cramps,
                pain_areas,
                sides,
                onset_days,
                rest_relieves,
                worse_sitting: f[0],
                needle_like: f[1],
                numbness: f[2],
                weakness: f[3],
                muscle_wasting: f[4],
                bladder_bowel: f[5],
                saddle_numbness: f[6],
                sexual_dysfunction: f[7],
                sudden_worse: f[8],
                night_pain: f[9],
                fever: f[10],
                trauma: f[11],
                cancer_history: f[12],
                weight_loss: f[13],
                steroids: f[14],
                treated_months,
                pain_score,
            }
        },
    )
}

/// What the validator makes of the answers: list fields without repeats, first kept.
fn without_repeats(mut answers: Answers) -> Answers {
    fn dedup<T: PartialEq + Copy>(items: &mut Vec<T>) {
        let mut kept = Vec::new();
        for item in items.drain(..) {
            if !kept.contains(&item) {
                kept.push(item);
            }
        }
        *items = kept;
    }
    dedup(&mut answers.situations);
    dedup(&mut answers.pain_areas);
    answers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_emergency_answer_is_an_emergency(answers in answers_strategy()) {
        for (name, set) in EMERGENCY_FLAGS {
            let mut flagged = answers.clone();
            set(&mut flagged);
            prop_assert_eq!(assess(&flagged).level, Level::Emergency, "{} did not give an emergency", name);
        }
    }

    #[test]
    fn both_legs_with_leg_pain_is_an_emergency(answers in answers_strategy(), leg in select(LEG_AREAS)) {
        let mut flagged = answers;
        flagged.sides = Side::Both;
        flagged.pain_areas.push(leg);
        prop_assert_eq!(assess(&flagged).level, Level::Emergency);
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
        for fired in RULES.iter().filter(|rule| rule.fires_for(&answers)) {
            prop_assert!(fired.level <= assessment.level, "{} fired above the assessed level", fired.id);
            prop_assert!(assessment.reasons.iter().any(|reason| reason.rule == fired.id), "{} fired but is not a reason", fired.id);
        }
    }

    #[test]
    fn turning_on_a_red_flag_never_lowers_the_level(answers in answers_strategy()) {
        let before = assess(&answers).level;
        for (name, set) in RED_FLAGS {
            let mut flagged = answers.clone();
            set(&mut flagged);
            let after = assess(&flagged).level;
            prop_assert!(after >= before, "{} lowered the level from {:?} to {:?}", name, before, after);
        }
    }

    #[test]
    fn more_pain_areas_or_time_never_lower_the_level(
        answers in answers_strategy(),
        area in select(PainArea::ALL),
        more_days in 0..=ONSET_DAYS_MAX,
        more_months in 0..=TREATED_MONTHS_MAX,
    ) {
        let before = assess(&answers).level;
        let mut wider = answers.clone();
        wider.pain_areas.push(area);
        prop_assert!(assess(&wider).level >= before, "adding {:?} lowered the level", area);
        let mut longer = answers.clone();
        longer.onset_days = answers.onset_days.max(more_days);
        longer.treated_months = answers.treated_months.max(more_months);
        prop_assert!(assess(&longer).level >= before, "more days or months lowered the level");
    }

    #[test]
    fn assessment_is_deterministic(answers in answers_strategy()) {
        prop_assert_eq!(assess(&answers), assess(&answers.clone()));
    }

    #[test]
    fn reasons_are_never_empty_and_each_has_facts(answers in answers_strategy()) {
        let assessment = assess(&answers);
        prop_assert!(!assessment.reasons.is_empty());
        for reason in &assessment.reasons {
            prop_assert!(!reason.facts.is_empty(), "{} names no facts", reason.rule);
        }
        let self_care_only = assessment.reasons.len() == 1 && assessment.reasons[0].rule == "self_care";
        let self_care_listed = assessment.reasons.iter().any(|reason| reason.rule == "self_care");
        prop_assert_eq!(self_care_listed, self_care_only, "self_care must stand alone");
        prop_assert_eq!(self_care_only, assessment.level == Level::SelfCare);
    }

    #[test]
    fn answers_round_trip_through_json(answers in answers_strategy()) {
        let json = serde_json::to_string(&answers).expect("answers serialize");
        match parse_answers(&json) {
            Ok(AnswersInput::One(parsed)) => prop_assert_eq!(parsed, without_repeats(answers)),
            other => prop_assert!(false, "{} parsed as {:?}", json, other),
        }
    }

    #[test]
    fn answer_lists_round_trip_through_json(list in vec(answers_strategy(), 0..5)) {
        let json = serde_json::to_string(&list).expect("answers serialize");
        let expected: Vec<Answers> = list.into_iter().map(without_repeats).collect();
        match parse_answers(&json) {
            Ok(AnswersInput::Many(parsed)) => prop_assert_eq!(parsed, expected),
            other => prop_assert!(false, "{} parsed as {:?}", json, other),
        }
    }
}
