//! Opt-in memory of the answers on this device. Nothing is stored unless the reader asks,
//! and one call wipes it. Stored data is treated like any other input: if it does not pass
//! validation ([`super::saved`]) it is discarded, never trusted; data of a newer version of the
//! widget is left alone ([`super::memory`]). Writes and deletes report failure, so the screen
//! can tell the reader the truth (a full or locked storage throws).

use super::memory::{classify, StoredLine};
use super::saved;
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

pub fn load() -> Option<Answers> {
    let storage = local_storage()?;
    let stored = storage.get_item(KEY).ok().flatten()?;
    match classify(&stored) {
        StoredLine::Ours(answers) => Some(answers),
        StoredLine::Newer => {
            super::browser::warn(
                "sciatica-check: saved answers from a newer version of this check are left as they are",
            );
            None
        }
        StoredLine::Unreadable(problem) => {
            let outcome = match storage.remove_item(KEY) {
                Ok(()) => "the saved answers were deleted",
                Err(_) => "they could not be deleted",
            };
            super::browser::warn(&format!("sciatica-check: {problem}; {outcome}"));
            None
        }
    }
}

pub fn save(answers: &Answers) -> Result<(), StorageRefused> {
    let storage = local_storage().ok_or(StorageRefused)?;
    storage
        .set_item(KEY, &saved::encode(answers))
        .map_err(|_| StorageRefused)
}

/// Deletes what was kept. Nothing to delete (or no storage at all) is success.
pub fn wipe() -> Result<(), StorageRefused> {
    match local_storage() {
        Some(storage) => storage.remove_item(KEY).map_err(|_| StorageRefused),
        None => Ok(()),
    }
}
