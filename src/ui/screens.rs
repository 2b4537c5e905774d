//! The app's top-level screens, like an app's list of routes: the questionnaire's start, steps,
//! emergency screen and result, and the journeys beside it (exercises, the recovery diary), each
//! in its own module. Every screen's container carries `data-screen` (embed.md); Back on each is
//! decided in one place, `Flow::apply`.

use crate::exercise::RoutineId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Step(usize),
    /// Shown the moment an answer makes the level an emergency; `from` is the step to review.
    Emergency {
        from: usize,
    },
    Result,
    /// The exercise list; Back returns to the result when opened from it, else to the start.
    Exercises { from_result: bool },
    /// One routine with its timer; Back returns to the list.
    Exercise { routine: RoutineId, from_result: bool },
    /// The recovery diary, opened from the result or (once a diary exists) the start card;
    /// Back returns there.
    Diary { from_start: bool },
    /// A diary check-in; Back returns to the diary.
    CheckIn { from_start: bool },
}

impl Screen {
    /// The `data-screen` value hosts' QA scripts rely on (embed.md).
    pub const fn name(self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Step(_) => "step",
            Screen::Emergency { .. } => "emergency",
            Screen::Result => "result",
            Screen::Exercises { .. } => "exercises",
            Screen::Exercise { .. } => "exercise",
            Screen::Diary { .. } => "diary",
            Screen::CheckIn { .. } => "check-in",
        }
    }
}
