//! The on-device format: answered fields survive a round trip with their date, a newer
//! version is told apart from corrupt data, and a returning reader gets aged, partly
//! pre-filled answers whose pre-filled part cannot change any serious rule.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

mod support;

use proptest::prelude::*;
use proptest::sample::subsequence;
use sciatica_check::engine::{field, Answers, LocalDate, PainArea, FIELDS};
use sciatica_check::platform::saved::{
    decode, encode, returning, DecodeError, SavedAnswers, NOT_PREFILLED,
};
use support::{answers_strategy, serious_rules_fired, texts_for};

fn date(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap_or_else(|| panic!("{text} is a date"))
}

fn all_names() -> Vec<&'static str> {
    FIELDS.iter().map(|field| field.name).collect()
}

fn saved(answers: Answers, answered: Vec<&'static str>, on: &str) -> SavedAnswers {
    SavedAnswers {
        answers,
        answered,
        confirmed_on: date(on),
    }
}

proptest! {
    #[test]
    fn answered_fields_survive_a_round_trip(
        answers in answers_strategy(),
        answered in subsequence(all_names(), 0..=FIELDS.len()),
        days in 0i64..3_000_000,
    ) {
        let on = date("0001-01-01").add_days(days).unwrap_or(date("9999-12-31"));
        let kept = SavedAnswers { answers: answers.clone(), answered: answered.clone(), confirmed_on: on };
        let back = decode(&encode(&kept)).expect("own line decodes");
        prop_assert_eq!(&back.answered, &answered);
        prop_assert_eq!(back.confirmed_on, on);
        for name in &answered {
            prop_assert_eq!(back.answers.field_texts(name), answers.field_texts(name));
        }
    }

    /// The guard for `NOT_PREFILLED`: if a rule starts reading a pre-filled field, this fails.
    #[test]
    fn a_prefilled_field_alone_never_changes_an_emergency_urgent_or_prompt_rule(
        answers in answers_strategy(),
        seed in any::<u64>(),
    ) {
        let before = serious_rules_fired(&answers);
        for field in FIELDS.iter().filter(|f| !NOT_PREFILLED.contains(&f.name) && f.name != "onset_days") {
            let texts = texts_for(field.name, field.kind, seed);
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let mut changed = answers.clone();
            changed.set_field(field.name, &texts).unwrap();
            prop_assert_eq!(serious_rules_fired(&changed), before.clone(), "{} = {:?}", field.name, texts);
        }
    }
}

#[test]
fn the_not_prefilled_list_names_real_fields_and_keeps_the_contracts_choices() {
    for name in NOT_PREFILLED {
        assert!(field(name).is_some(), "{name} is not a contract field");
    }
    assert!(NOT_PREFILLED.contains(&"pain_trend") && NOT_PREFILLED.contains(&"pain_score"));
    assert!(
        !NOT_PREFILLED.contains(&"onset_days"),
        "onset_days is aged, not asked again"
    );
    assert!(
        !NOT_PREFILLED.contains(&"treated_months"),
        "treated_months is shown to update"
    );
}

#[test]
fn only_answered_fields_are_stored() {
    let mut answers = Answers::default();
    answers.fever = true;
    let line = encode(&saved(
        answers,
        vec!["pain_areas", "onset_days"],
        "2025-03-01",
    ));
    assert_eq!(line, "v2|2025-03-01|pain_areas=|onset_days=0");
    let back = decode(&line).unwrap();
    assert_eq!(back.answered, ["pain_areas", "onset_days"]);
    assert!(
        back.answers.pain_areas.is_empty(),
        "an empty list is a real answer"
    );
    assert!(
        !back.answers.fever,
        "a field never answered is never stored"
    );
}

#[test]
fn a_newer_version_is_kept_and_anything_else_discarded_with_a_reason() {
    let newer = decode("v3|2030-01-01|something_new=1").unwrap_err();
    assert_eq!(newer, DecodeError::Newer { version: 3 });
    assert!(newer.keep_stored() && newer.to_string().contains("newer version"));

    let old = decode("v1|age_band=over_50|sides=left").unwrap_err();
    assert_eq!(old, DecodeError::Older { version: 1 });
    assert!(!old.keep_stored() && old.to_string().contains("older version"));

    for corrupt in [
        "",
        "garbage",
        "v|2025-01-01",
        "vx2|2025-01-01",
        "v2",
        "v2|2025-02-30",
        "v2|25-01-01",
        "v2|2025-01-01|fever",
        "v2|2025-01-01|fever=yes",
        "v2|2025-01-01|fever=true|fever=false",
        "v2|2025-01-01|no_such_field=true",
        "v2|2025-01-01|onset_days=3651",
        "v2|2025-01-01|onset_days=+5",
        "v2|2025-01-01|pain_areas=foot,foot",
        "v2|2025-01-01|pain_areas=knee",
        "v2|2025-01-01|sides=",
    ] {
        let error = decode(corrupt).expect_err(corrupt);
        assert!(
            matches!(error, DecodeError::Corrupt(_)),
            "{corrupt}: {error:?}"
        );
        assert!(!error.keep_stored(), "{corrupt}");
        assert!(error.to_string().starts_with("saved answers: "), "{error}");
    }
}

fn kept_onset(days: u16, on: &str) -> SavedAnswers {
    let mut answers = Answers::default();
    answers.onset_days = days;
    answers.pain_areas = vec![PainArea::Buttock];
    answers.fever = true;
    answers.treated_months = 2;
    saved(
        answers,
        vec!["pain_areas", "onset_days", "fever", "treated_months"],
        on,
    )
}

#[test]
fn onset_days_age_by_whole_local_days_and_cross_the_boundaries() {
    let kept = kept_onset(10, "2025-02-20");
    let back = returning(&kept, date("2025-03-12")); // 20 days later, across the month end
    assert_eq!(back.answers.onset_days, 30);
    let kept = kept_onset(14, "2024-02-28");
    assert_eq!(
        returning(&kept, date("2024-03-01")).answers.onset_days,
        16,
        "2024 is a leap year"
    );
    assert_eq!(
        returning(&kept, date("2024-02-28")).answers.onset_days,
        14,
        "same day adds nothing"
    );
}

#[test]
fn twenty_days_later_a_day_14_answer_is_past_the_two_week_rule() {
    let mut kept = kept_onset(0, "2025-01-01");
    kept.answers.onset_days = 0;
    let back = returning(&kept, date("2025-01-21"));
    assert_eq!(back.answers.onset_days, 20);
    let mut answers = back.answers;
    answers.pain_areas = vec![PainArea::Buttock];
    answers.rest_relieves = false;
    assert!(sciatica_check::engine::assess(&answers)
        .reasons
        .iter()
        .any(|r| r.rule == "long_no_relief"));
    let kept = kept_onset(14, "2025-01-01");
    assert_eq!(
        returning(&kept, date("2025-01-02")).answers.onset_days,
        15,
        "14 -> 15 crosses the rule"
    );
}

#[test]
fn a_date_in_the_future_counts_zero_and_the_total_stops_at_3650() {
    let kept = kept_onset(10, "2025-06-01");
    assert_eq!(returning(&kept, date("2025-05-01")).answers.onset_days, 10);
    let kept = kept_onset(3600, "2000-01-01");
    assert_eq!(
        returning(&kept, date("2025-01-01")).answers.onset_days,
        3650
    );
}

#[test]
fn serious_answers_are_asked_again_and_the_rest_prefilled() {
    let back = returning(&kept_onset(5, "2025-01-01"), date("2025-01-02"));
    assert_eq!(back.prefilled, ["onset_days", "treated_months"]);
    assert!(!back.answers.fever, "fever is asked again");
    assert!(
        back.answers.pain_areas.is_empty(),
        "where it hurts is asked again"
    );
    assert_eq!(back.answers.treated_months, 2);
    let never_answered = saved(Answers::default(), vec![], "2025-01-01");
    let back = returning(&never_answered, date("2025-02-01"));
    assert!(back.prefilled.is_empty());
    assert_eq!(
        back.answers.onset_days, 0,
        "an unanswered onset is not invented by ageing"
    );
}

#[test]
fn dates_read_and_print_as_the_calendar_has_them() {
    for text in [
        "0001-01-01",
        "1970-01-01",
        "2000-02-29",
        "2024-12-31",
        "9999-12-31",
    ] {
        assert_eq!(date(text).to_string(), text);
    }
    for bad in [
        "2023-02-29",
        "1900-02-29",
        "2025-13-01",
        "2025-00-10",
        "0000-01-01",
        "2025-1-01",
        "2025/01/01",
        "２０２５-01-01",
    ] {
        assert!(LocalDate::parse(bad).is_none(), "{bad}");
    }
    assert_eq!(date("2025-03-01").days_since(date("2024-03-01")), 365);
    assert_eq!(date("2024-03-01").days_since(date("2023-03-01")), 366);
    assert_eq!(
        LocalDate::from_ymd(2025, 1, 31).unwrap().add_days(1),
        Some(date("2025-02-01"))
    );
}
