//! The widget's side of the assessment contract that is pure Rust: which questions are asked
//! ("every field ..., the `*_sides` fields only when their symptom is ticked") and what a
//! returning reader gets back ("Answers kept on the device"). Each expectation is written
//! from the contract's words, not from the code under test.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

mod support;

use proptest::prelude::*;
use sciatica_check::content::steps::is_asked;
use sciatica_check::engine::{Answers, FieldKind, LocalDate, PainArea, FIELDS};
use sciatica_check::platform::saved::{returning, SavedAnswers, NOT_PREFILLED};
use support::{answers_from_seeds, answers_strategy, serious_rules_fired, set};

const AREAS: [PainArea; 6] = [
    PainArea::LowBack,
    PainArea::Buttock,
    PainArea::BackOfThigh,
    PainArea::BackOfCalf,
    PainArea::OuterCalf,
    PainArea::Foot,
];

/// The contract's "leg pain": the buttock, thigh, calf or foot; `sides` means nothing without it
/// (it names the leg with pain below the buttock, else the buttock that hurts).
fn contract_leg_pain(areas: &[PainArea]) -> bool {
    areas.iter().any(|area| *area != PainArea::LowBack)
}

#[test]
fn which_leg_is_asked_for_every_pain_map_with_a_leg_or_buttock_in_it_and_no_other() {
    for bits in 0u32..64 {
        let answers = Answers {
            pain_areas: AREAS
                .iter()
                .enumerate()
                .filter(|(bit, _)| bits & (1 << bit) != 0)
                .map(|(_, area)| *area)
                .collect(),
            ..Answers::default()
        };
        assert_eq!(
            is_asked("sides", &answers),
            contract_leg_pain(&answers.pain_areas),
            "{:?}",
            answers.pain_areas
        );
    }
}

proptest! {
    /// Every field is asked whatever the other answers, except the follow-up questions.
    #[test]
    fn every_field_is_asked_and_a_sides_follow_up_only_after_its_yes(answers in answers_strategy()) {
        for field in FIELDS {
            let expected = match field.name {
                "numbness_sides" => answers.numbness,
                "weakness_sides" => answers.weakness,
                "sides" => contract_leg_pain(&answers.pain_areas),
                _ => true,
            };
            prop_assert_eq!(is_asked(field.name, &answers), expected, "{}", field.name);
        }
    }
}

/// Every value the field table allows for `kind`, as contract text (integers at the contract's
/// boundaries only: every rule compares against one of them).
fn every_value(kind: FieldKind) -> Vec<Vec<String>> {
    match kind {
        FieldKind::YesNo => vec![vec!["false".into()], vec!["true".into()]],
        FieldKind::OneOf(values) => values.iter().map(|v| vec![(*v).to_owned()]).collect(),
        FieldKind::ListOf(values) => (0u32..1 << values.len())
            .map(|bits| {
                values
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| bits & (1 << bit) != 0)
                    .map(|(_, v)| (*v).to_owned())
                    .collect()
            })
            .collect(),
        FieldKind::Integer { max } => [0, 2, 3, 7, 8, 14, 15, 28, 29, 90, 91, max]
            .into_iter()
            .filter(|value| *value <= max)
            .map(|value| vec![value.to_string()])
            .collect(),
    }
}

/// A fixed pseudo-random sequence (splitmix64), so the search below is the same on every run.
fn seeds(state: &mut u64) -> Vec<u64> {
    (0..FIELDS.len())
        .map(|_| {
            *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = *state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        })
        .collect()
}

/// "Answers behind emergency, urgent and prompt rules, `pain_trend` and `pain_score` are never
/// pre-filled ... Other answers are pre-filled": the list is exactly the fields that can change
/// such a rule, found by trying every value of each field on many answers, plus `pain_trend`
/// and `pain_score`, less `onset_days` (aged, not asked again).
#[test]
fn exactly_the_fields_behind_serious_rules_are_asked_again() {
    let mut behind: Vec<&str> = Vec::new();
    let mut state = 0x5EED;
    for _ in 0..3000 {
        let answers = answers_from_seeds(&seeds(&mut state));
        let before = serious_rules_fired(&answers);
        for field in FIELDS {
            if behind.contains(&field.name) {
                continue;
            }
            for texts in every_value(field.kind) {
                let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
                let mut changed = answers.clone();
                set(&mut changed, field.name, &texts);
                if serious_rules_fired(&changed) != before {
                    behind.push(field.name);
                    break;
                }
            }
        }
    }
    let mut expected: Vec<&str> = FIELDS
        .iter()
        .map(|f| f.name)
        .filter(|name| {
            (behind.contains(name) || ["pain_trend", "pain_score"].contains(name))
                && *name != "onset_days"
        })
        .collect();
    let mut actual = NOT_PREFILLED.to_vec();
    expected.sort_unstable();
    actual.sort_unstable();
    assert_eq!(actual, expected);
    // The same list read off the contract's rule table by hand.
    let mut by_hand = vec![
        "bladder_bowel",
        "saddle_numbness",
        "sexual_dysfunction",
        "sides",
        "pain_areas",
        "pain_trend",
        "weakness",
        "weakness_sides",
        "numbness",
        "numbness_sides",
        "serious_accident",
        "cancer_history",
        "fever",
        "night_pain",
        "trauma",
        "weight_loss",
        "pain_score",
        "muscle_wasting",
        "sudden_worse",
        "rest_relieves",
        "steroids",
        "age_band",
    ];
    by_hand.sort_unstable();
    assert_eq!(actual, by_hand);
}

/// Days from 0001-01-01, counted the slow way: whole years, then whole months.
fn naive_day_number(year: i32, month: u32, day: u32) -> i64 {
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let mut days = 0i64;
    for y in 1..year {
        days += if leap(y) { 366 } else { 365 };
    }
    let lengths = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    for length in &lengths[..(month - 1) as usize] {
        days += length;
    }
    days + i64::from(day) - 1
}

fn date_strategy() -> impl Strategy<Value = (i32, u32, u32)> {
    (1890i32..2210, 1u32..=12, 1u32..=31).prop_filter_map("a real date", |(y, m, d)| {
        LocalDate::from_ymd(y, m, d).map(|_| (y, m, d))
    })
}

fn check_ageing(kept_on: (i32, u32, u32), today: (i32, u32, u32), kept_days: u16) {
    let saved = SavedAnswers {
        answers: Answers {
            onset_days: kept_days,
            ..Answers::default()
        },
        answered: vec!["onset_days"],
        confirmed_on: LocalDate::from_ymd(kept_on.0, kept_on.1, kept_on.2).unwrap(),
    };
    let today_date = LocalDate::from_ymd(today.0, today.1, today.2).unwrap();
    let since = naive_day_number(today.0, today.1, today.2)
        - naive_day_number(kept_on.0, kept_on.1, kept_on.2);
    let back = returning(&saved, today_date);
    let expected = (i64::from(kept_days) + since.max(0)).min(3650);
    assert_eq!(
        i64::from(back.answers.onset_days),
        expected,
        "kept {kept_days} on {kept_on:?}, back on {today:?}"
    );
    assert_eq!(back.prefilled, vec!["onset_days"]);
}

proptest! {
    /// "`onset_days` is pre-filled as the kept value plus the whole local calendar days since
    /// then (never below 0, at most 3650)": any two dates, and dates a few days to years apart.
    #[test]
    fn onset_days_is_the_kept_value_plus_calendar_days_never_below_0_at_most_3650(
        kept_on in date_strategy(),
        today in date_strategy(),
        offset in -40i64..4000,
        kept_days in 0u16..=3650,
    ) {
        check_ageing(kept_on, today, kept_days);
        let near = LocalDate::from_ymd(kept_on.0, kept_on.1, kept_on.2)
            .and_then(|date| date.add_days(offset))
            .unwrap()
            .ymd();
        check_ageing(kept_on, near, kept_days % 200);
    }
}
