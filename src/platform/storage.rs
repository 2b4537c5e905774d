//! Opt-in memory of the answers on this device. Nothing is stored unless the reader asks,
//! and one call wipes it. Stored data is treated like any other input: if it does not pass
//! validation ([`super::saved`]) it is discarded, never trusted; data of a newer version of the
//! widget is left alone, since that version can still read it. Writes and deletes report
//! failure, so the screen can tell the reader the truth (a full or locked storage throws).

use super::saved::{self, Returning, SavedAnswers};
use crate::engine::LocalDate;
use crate::engine::Answers;

const KEY: &str = "sciatica-check:answers";

/// The storage refused a write or a delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageRefused;

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
        Err(problem) => {
            let outcome = if problem.keep_stored() {
                "left as it is"
            } else {
                match storage.remove_item(KEY) {
                    Ok(()) => "the saved answers were deleted",
                    Err(_) => "they could not be deleted",
                }
            };
            super::browser::warn(&format!("sciatica-check: {problem}; {outcome}"));
            None
        }
    }
}

/// Keeps the answered fields with today's local date.
pub fn save(answers: &Answers, answered: &[&'static str]) -> Result<(), StorageRefused> {
    let storage = local_storage().ok_or(StorageRefused)?;
    let kept = SavedAnswers {
        answers: answers.clone(),
        answered: answered.to_vec(),
        confirmed_on: today().ok_or(StorageRefused)?,
    };
    storage
        .set_item(KEY, &saved::encode(&kept))
        .map_err(|_| StorageRefused)
}

/// Deletes what was kept. Nothing to delete (or no storage at all) is success.
pub fn wipe() -> Result<(), StorageRefused> {
    match local_storage() {
        Some(storage) => storage.remove_item(KEY).map_err(|_| StorageRefused),
        None => Ok(()),
    }
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
