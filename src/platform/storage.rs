//! Opt-in memory of the answers on this device. Nothing is stored unless the reader asks,
//! and one call wipes it. Stored data is treated like any other input: if it does not pass
//! validation ([`super::saved`]) it is discarded, never trusted.

use super::saved;
use crate::engine::Answers;

const KEY: &str = "sciatica-check:answers";

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
    match saved::decode(&stored) {
        Ok(answers) => Some(answers),
        Err(problem) => {
            super::browser::warn(&format!(
                "sciatica-check: {problem}; the saved answers were deleted"
            ));
            let _ = storage.remove_item(KEY);
            None
        }
    }
}

pub fn save(answers: &Answers) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    storage.set_item(KEY, &saved::encode(answers)).is_ok()
}

pub fn wipe() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
