//! Reaching the exercises from the start card and the result, and Back returning there.

use sciatica_check::content::Locale;
use sciatica_check::exercise::RoutineId;
use sciatica_check::ui::state::{Flow, Msg, Screen};

#[test]
fn from_the_start_card_and_back() {
    let mut flow = Flow::new(Locale::En);
    flow.apply(Msg::OpenExercises);
    assert_eq!(flow.screen, Screen::Exercises { from_result: false });
    flow.apply(Msg::OpenExercise(RoutineId::WallStanding));
    assert_eq!(
        flow.screen,
        Screen::Exercise {
            routine: RoutineId::WallStanding,
            from_result: false
        }
    );
    flow.apply(Msg::Back);
    assert_eq!(flow.screen, Screen::Exercises { from_result: false });
    flow.apply(Msg::Back);
    assert_eq!(flow.screen, Screen::Start);
}

#[test]
fn from_the_result_back_to_the_result_with_answers_kept() {
    let mut flow = Flow::new(Locale::En);
    flow.screen = Screen::Result;
    let answers = flow.answers.clone();
    flow.apply(Msg::OpenExercises);
    assert_eq!(flow.screen, Screen::Exercises { from_result: true });
    flow.apply(Msg::OpenExercise(RoutineId::OfficeStretch));
    assert_eq!(
        flow.screen,
        Screen::Exercise {
            routine: RoutineId::OfficeStretch,
            from_result: true
        }
    );
    flow.apply(Msg::Back);
    flow.apply(Msg::Back);
    assert_eq!(flow.screen, Screen::Result);
    assert_eq!(flow.answers, answers);
}
