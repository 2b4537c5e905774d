//! Opt-in memory of the answers on this device. Nothing is stored unless the reader asks,
//! and one call wipes it. Stored data is treated like any other input: if it does not pass
//! validation ([`super::saved`]) it is discarded, never trusted.

use super::saved::{self, LocalDate, Returning, SavedAnswers};
use crate::engine::Answers;

const KEY: &str = "sciatica-check:answers";

fn local_storage() -> Option<web_sys::Storage> {
    // Sandboxed iframes and strict privacy modes throw on access: then there is no memory.
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn is_available() -> bool {
    local_storage().is_some()
}

/// The kept answers as a reader returning today finds them. Corrupt or old data is deleted;
/// data from a newer version of the widget is left for that version.
pub fn load() -> Option<Returning> {
    let storage = local_storage()?;
    let stored = storage.get_item(KEY).ok().flatten()?;
    match saved::decode(&stored) {
        Ok(kept) => Some(saved::returning(&kept, today()?)),
        Err(problem) if problem.keep_stored() => {
            super::browser::warn(&format!("sciatica-check: {problem}; left as it is"));
            None
        }
        Err(problem) => {
            super::browser::warn(&format!(
                "sciatica-check: {problem}; the saved answers were deleted"
            ));
            let _ = storage.remove_item(KEY);
            None
        }
    }
}

/// Keeps the answered fields with today's local date.
pub fn save(answers: &Answers, answered: &[&'static str]) -> bool {
    let (Some(storage), Some(today)) = (local_storage(), today()) else {
        return false;
    };
    let kept = SavedAnswers {
        answers: answers.clone(),
        answered: answered.to_vec(),
        confirmed_on: today,
    };
    storage.set_item(KEY, &saved::encode(&kept)).is_ok()
}

/// The reader's local calendar date, as their device's clock and time zone give it.
fn today() -> Option<LocalDate> {
    let now = js_sys::Date::new_0();
    LocalDate::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

pub fn wipe() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
