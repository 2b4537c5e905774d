//! The on-device format: every answer survives a round trip, and anything else is refused.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use sciatica_check::engine::{
    AgeBand, Answers, CalfCramps, PainArea, Side, Situation, FLAG_FIELDS,
};
use sciatica_check::platform::saved::{decode, encode};

fn any_answers() -> impl Strategy<Value = Answers> {
    (
        select(AgeBand::ALL),
        subsequence(Situation::ALL, 0..=Situation::ALL.len()),
        select(CalfCramps::ALL),
        subsequence(PainArea::ALL, 0..=PainArea::ALL.len()),
        select(Side::ALL),
        (0u16..=3650, 0u8..=120, 0u8..=10),
        proptest::collection::vec(any::<bool>(), FLAG_FIELDS.len()),
    )
        .prop_map(
            |(
                age_band,
                situations,
                calf_cramps,
                pain_areas,
                sides,
                (onset, treated, score),
                flags,
            )| {
                let mut answers = Answers {
                    age_band,
                    situations: situations.to_vec(),
                    calf_cramps,
                    pain_areas: pain_areas.to_vec(),
                    sides,
                    onset_days: onset,
                    treated_months: treated,
                    pain_score: score,
                    ..Answers::default()
                };
                for (field, value) in FLAG_FIELDS.iter().zip(flags) {
                    answers.set_flag(field, value);
                }
                answers
            },
        )
}

proptest! {
    #[test]
    fn every_answer_survives_a_round_trip(answers in any_answers()) {
        prop_assert_eq!(decode(&encode(&answers)), Ok(answers));
    }
}

#[test]
fn anything_malformed_is_refused_with_a_reason() {
    let good = encode(&Answers::default());
    let cases = [
        String::new(),
        "v0|age_band=over_50".to_owned(),
        "{\"age_band\":\"over_50\"}".to_owned(),
        good.replace("age_band=20_to_50", "age_band=old"),
        good.replace("onset_days=0", "onset_days=3651"),
        good.replace("onset_days=0", "onset_days=-1"),
        good.replace("pain_score=0", "pain_score=11"),
        good.replace("treated_months=0", "treated_months=121"),
        good.replace("fever=false", "fever=yes"),
        good.replace("pain_areas=", "pain_areas=knee"),
        format!("{good}|favourite_colour=blue"),
        format!("{good}|broken"),
    ];
    for case in cases {
        let error = decode(&case).expect_err(&case);
        assert!(error.starts_with("saved answers:"), "{error}");
    }
}

#[test]
fn absent_fields_take_the_contract_defaults() {
    assert_eq!(decode("v1"), Ok(Answers::default()));
}
