#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
//! The flow handed from the questionnaire build to the full build comes back exactly as it was,
//! on every screen, and anything else is refused with a reason, never a panic.

mod support;

use proptest::prelude::*;
use proptest::sample::select;
use sciatica_check::content::Locale;
use sciatica_check::exercise::RoutineId;
use sciatica_check::ui::handoff::{decode, encode, in_questionnaire_build};
use sciatica_check::ui::state::{Flow, Msg, Screen};
use sciatica_check::content::steps::StepId;
use support::answers_strategy;

fn screens() -> Vec<Screen> {
    let mut screens = vec![Screen::Start, Screen::Result];
    for index in 0..StepId::ALL.len() {
        screens.push(Screen::Step(index));
        screens.push(Screen::Emergency { from: index });
    }
    for flag in [true, false] {
        screens.push(Screen::Exercises { from_result: flag });
        screens.push(Screen::Exercise { routine: RoutineId::Core, from_result: flag });
        screens.push(Screen::Exercise { routine: RoutineId::OfficeStretch, from_result: flag });
        screens.push(Screen::Diary { from_start: flag });
        screens.push(Screen::CheckIn { from_start: flag });
    }
    screens
}

proptest! {
    #[test]
    fn every_flow_comes_back_as_it_was(
        answers in answers_strategy(),
        screen in select(screens()),
        locale in select(Locale::ALL.to_vec()),
        remember: bool,
        no_red_flags: bool,
        no_pain: bool,
        returned in proptest::option::of(0u16..2000),
        answered in proptest::sample::subsequence(vec!["pain_areas", "onset_days", "weakness", "situations"], 0..4),
    ) {
        let mut flow = Flow::new(locale);
        flow.answers = answers;
        flow.screen = screen;
        flow.settings.remember = remember;
        flow.no_red_flags = no_red_flags;
        flow.no_pain = no_pain;
        flow.returned_after_days = returned;
        flow.answered = answered.clone();
        flow.prefilled = answered;
        flow.missing = vec!["none_of_these"];
        let text = encode(&flow);
        prop_assert_eq!(decode(&text), Ok(flow));
    }
}

#[test]
fn a_flow_answered_through_the_reducer_comes_back() {
    let mut flow = Flow::new(Locale::ZhHant);
    for msg in [Msg::Start, Msg::SetNoRedFlags(true), Msg::Next, Msg::SetRemember(true)] {
        flow.apply(msg);
    }
    assert_eq!(decode(&encode(&flow)).unwrap(), flow);
}

#[test]
fn anything_else_is_refused_with_a_reason() {
    let good = encode(&Flow::new(Locale::En));
    let cases = [
        ("", "no screen"),
        ("screen=start", "no locale"),
        ("screen=nowhere\nlocale=en", "unknown screen"),
        ("screen=step:99\nlocale=en", "unknown screen"),
        ("screen=exercise:result:handstand\nlocale=en", "unknown screen"),
        ("screen=start\nlocale=fr", "unknown locale"),
        ("screen=start\nlocale=en\nremember=yes", "true or false"),
        ("screen=start\nlocale=en\nanswered=pain_areas,shoe_size", "unknown field"),
        ("screen=start\nlocale=en\na.onset_days=-4", "onset_days"),
        ("screen=start\nlocale=en\na.shoe_size=42", "shoe_size"),
        ("screen=start\nlocale=en\nreturned=soon", "number of days"),
        ("screen=start\nlocale=en\nwho=knows", "unknown line"),
        ("just text", "without `=`"),
    ];
    for (text, reason) in cases {
        let error = decode(text).expect_err(text).to_string();
        assert!(error.contains(reason), "{text:?}: {error}");
    }
    assert!(decode(&good).is_ok());
}

#[test]
fn the_questionnaire_build_holds_the_start_the_red_flag_step_and_the_emergency_screen_only() {
    for screen in screens() {
        let first_step = screen == Screen::Step(0) && StepId::ALL[0] == StepId::RedFlags;
        let expected = matches!(screen, Screen::Start | Screen::Emergency { .. }) || first_step;
        assert_eq!(in_questionnaire_build(screen), expected, "{screen:?}");
    }
}
