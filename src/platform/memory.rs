//! What a line found in this device's storage is, before anything is done with it.
//!
//! Our own format is trusted only after full validation; a line written by a newer version of the
//! widget (a higher version tag) is left where it is, since that version can still read it and we
//! must not destroy the reader's data; anything else is unreadable and may be deleted.

use super::saved;
use crate::engine::Answers;

#[derive(Debug, Clone, PartialEq)]
pub enum StoredLine {
    Ours(Answers),
    /// Written by a newer version: neither used nor deleted.
    Newer,
    /// Not ours or damaged; the text says what was wrong.
    Unreadable(String),
}

/// `v<number>` at the start of a line, up to the first `|`.
fn version_of(line: &str) -> Option<u32> {
    let tag = line.split('|').next()?;
    let digits = tag.strip_prefix('v')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The version tag this build writes, read from what it encodes (one definition: saved.rs).
pub fn our_version() -> u32 {
    version_of(&saved::encode(&Answers::default())).unwrap_or(0)
}

pub fn classify(line: &str) -> StoredLine {
    match saved::decode(line) {
        Ok(answers) => StoredLine::Ours(answers),
        Err(_) if version_of(line).is_some_and(|version| version > our_version()) => StoredLine::Newer,
        Err(problem) => StoredLine::Unreadable(problem),
    }
}
