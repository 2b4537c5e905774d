//! The exercise journey's screens (issue 14): the list, one routine with its timer, and the
//! sit-break reminder. The logic is in `crate::exercise` (pure, tested natively); these files
//! only draw it and feed it the page clock.

mod device;
mod figure;
pub mod list;
pub mod reminder;
pub mod routine;

pub use list::ExerciseList;
pub use routine::ExerciseRoutine;

use crate::engine::{assess, Answers, Phase, Situation};
use crate::exercise::{routines_for, Fit, RoutineId, Standing};

/// The content key part for a standing (`exercise.standing.<key>`).
pub fn standing_key(standing: Standing) -> &'static str {
    match standing {
        Standing::Go => "go",
        Standing::AskFirst => "ask_first",
        Standing::Wait => "wait",
    }
}

/// The routines for a reader: by their phase and situations when they came from a result,
/// all in the article's order when they came straight from the start card.
pub fn fits_for(answers: &Answers, from_result: bool) -> Vec<Fit> {
    if !from_result {
        return routines_for(None, &[]);
    }
    let phase: Phase = assess(answers).phase;
    let situations: Vec<Situation> = Situation::ALL
        .iter()
        .copied()
        .filter(|s| answers.has_situation(*s))
        .collect();
    routines_for(Some(phase), &situations)
}

/// The one routine as fitted to the reader.
pub fn fit_for(answers: &Answers, from_result: bool, routine: RoutineId) -> Fit {
    fits_for(answers, from_result)
        .into_iter()
        .find(|fit| fit.id == routine)
        .unwrap_or(Fit {
            id: routine,
            standing: Standing::Go,
            notes: Vec::new(),
            suggested: false,
        })
}
