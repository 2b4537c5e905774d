//! Opt-in memory of the answers on this device. Nothing is stored unless the reader asks,
//! and one call wipes it. Stored data is treated like any other input: if it does not pass
//! the engine's validation it is discarded, never trusted.

use crate::engine::{parse_answers, Answers, AnswersInput};

const KEY: &str = "sciatica-check:answers:v1";

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
    match parse_answers(&stored) {
        Ok(AnswersInput::One(answers)) => Some(answers),
        Ok(AnswersInput::Many(_)) | Err(_) => {
            super::browser::warn(
                "sciatica-check: saved answers were unreadable and have been deleted",
            );
            let _ = storage.remove_item(KEY);
            None
        }
    }
}

pub fn save(answers: &Answers) -> bool {
    let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(answers)) else {
        return false;
    };
    storage.set_item(KEY, &json).is_ok()
}

pub fn wipe() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
