//! The format of answers kept on this device, and what a returning reader gets back.
//!
//! One short line: `v2|YYYY-MM-DD|field=value|...`, the date being the local calendar date
//! of the reader's last confirmation. Only the fields the reader actually answered are
//! stored: a question never answered must be asked, not filled in from a default. Fields
//! come from the engine's field table, so a new contract field needs no change here.
//!
//! Deliberately not JSON: the widget would otherwise ship a JSON parser for this alone.
//! Reading is as strict as the engine's input validation. A line from a newer version is
//! reported apart from corrupt data, so the caller can leave it for that version instead
//! of deleting it.

use std::fmt;

use crate::engine::{field, Answers, FieldError, LocalDate, FIELDS, ONSET_DAYS_MAX};

/// The format version this code writes and reads.
pub const VERSION: u32 = 2;

/// Answers as kept on the device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedAnswers {
    pub answers: Answers,
    /// The fields the reader answered, in the contract's order; only these are stored.
    pub answered: Vec<&'static str>,
    /// The local calendar date of the last confirmation.
    pub confirmed_on: LocalDate,
}

/// Why a saved line could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Written by a newer version of the widget: leave it alone, that version can read it.
    Newer { version: u32 },
    /// Written by an older version whose format is no longer read (v1 kept no date and
    /// stored every field, answered or not): discard it.
    Older { version: u32 },
    /// Not a saved-answers line at all, or damaged: discard it.
    Corrupt(String),
}

impl DecodeError {
    /// Whether the caller should keep the stored line (true only for a newer version's).
    pub fn keep_stored(&self) -> bool {
        matches!(self, DecodeError::Newer { .. })
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Newer { version } => write!(
                f,
                "saved answers: written by a newer version (v{version}; this one reads v{VERSION})"
            ),
            DecodeError::Older { version } => write!(
                f,
                "saved answers: written by an older version (v{version}) that this one no longer reads"
            ),
            DecodeError::Corrupt(problem) => write!(f, "saved answers: {problem}"),
        }
    }
}

impl std::error::Error for DecodeError {}

pub fn encode(saved: &SavedAnswers) -> String {
    let mut line = format!("v{VERSION}|{}", saved.confirmed_on);
    // Pushed piece by piece: a `format!` and a join per field cost more code for the same text.
    for field in FIELDS.iter().filter(|f| saved.answered.contains(&f.name)) {
        let texts = saved.answers.field_texts(field.name).unwrap_or_default();
        line.push('|');
        line.push_str(field.name);
        line.push('=');
        for (position, text) in texts.iter().enumerate() {
            if position > 0 {
                line.push(',');
            }
            line.push_str(text);
        }
    }
    line
}

/// Reads a saved line back; the error says whether to keep it and what was wrong.
/// What was wrong names the bad part in quotes, unescaped: it only reaches a console warning,
/// and escaping (`{:?}`) would link Rust's `Debug` formatting of strings into the browser build.
pub fn decode(line: &str) -> Result<SavedAnswers, DecodeError> {
    let mut parts = line.split('|');
    let version = parts
        .next()
        .and_then(|tag| tag.strip_prefix('v'))
        .and_then(crate::engine::decimal)
        .ok_or_else(|| DecodeError::Corrupt("no format version".to_owned()))?;
    if version > VERSION {
        return Err(DecodeError::Newer { version });
    }
    if version < VERSION {
        return Err(DecodeError::Older { version });
    }
    let corrupt = |problem: String| DecodeError::Corrupt(problem);
    let date_text = parts.next().unwrap_or("");
    let confirmed_on =
        LocalDate::parse(date_text).ok_or_else(|| corrupt(format!("bad date \"{date_text}\"")))?;
    let mut saved = SavedAnswers {
        answers: Answers::default(),
        answered: Vec::new(),
        confirmed_on,
    };
    for part in parts {
        let (name, value) = part
            .split_once('=')
            .ok_or_else(|| corrupt(format!("\"{part}\" is not field=value")))?;
        let field = field(name).ok_or_else(|| corrupt(format!("unknown field \"{name}\"")))?;
        if saved.answered.contains(&field.name) {
            return Err(corrupt(format!("{name} given more than once")));
        }
        // An empty list is a real answer ("nothing hurts"), stored as `pain_areas=`.
        let texts: Vec<&str> = if value.is_empty() {
            Vec::new()
        } else {
            value.split(',').collect()
        };
        saved
            .answers
            .set_field(name, &texts)
            .map_err(|error: FieldError| corrupt(format!("{name}: {error}")))?;
        saved.answered.push(field.name);
    }
    // Kept in the contract's order, whatever order the line had.
    saved.answered = FIELDS
        .iter()
        .map(|field| field.name)
        .filter(|name| saved.answered.contains(name))
        .collect();
    Ok(saved)
}

/// Never pre-filled for a returning reader: every field an emergency, urgent or prompt rule
/// reads (today's answer matters, not last week's), and `pain_trend` and `pain_score`.
/// `onset_days` is the exception: it is aged by the days since, so it stays true.
/// `tests/saved_answers.rs` checks that no other field can change those rules.
pub const NOT_PREFILLED: &[&str] = &[
    "age_band",
    "pain_areas",
    "sides",
    "pain_trend",
    "rest_relieves",
    "numbness",
    "numbness_sides",
    "weakness",
    "weakness_sides",
    "muscle_wasting",
    "bladder_bowel",
    "saddle_numbness",
    "sexual_dysfunction",
    "sudden_worse",
    "night_pain",
    "fever",
    "trauma",
    "serious_accident",
    "cancer_history",
    "weight_loss",
    "steroids",
    "pain_score",
];

/// What a returning reader starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returning {
    /// Defaults, with the kept answers of the `prefilled` fields (`onset_days` aged).
    pub answers: Answers,
    /// The fields shown pre-filled, in the contract's order; every other field is asked
    /// again. The reader still confirms every step.
    pub prefilled: Vec<&'static str>,
    /// Whole local calendar days since the answers were last confirmed (0 for a future date).
    pub days_since: u16,
}

/// The pre-filled answers for a reader returning on `today` (their local calendar date).
pub fn returning(saved: &SavedAnswers, today: LocalDate) -> Returning {
    let mut answers = Answers::default();
    let prefilled: Vec<&'static str> = saved
        .answered
        .iter()
        .copied()
        .filter(|name| !NOT_PREFILLED.contains(name))
        .collect();
    for name in &prefilled {
        if let Some(texts) = saved.answers.field_texts(name) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            // The kept answers passed validation when decoded, so this cannot fail.
            let _ = answers.set_field(name, &texts);
        }
    }
    // A date in the future (clock changed, travel) counts as no days, never as fewer.
    let days_since = today.days_since(saved.confirmed_on).max(0);
    if prefilled.contains(&"onset_days") {
        let aged = i64::from(saved.answers.onset_days) + days_since;
        answers.onset_days = aged.min(i64::from(ONSET_DAYS_MAX)) as u16;
    }
    Returning {
        answers,
        prefilled,
        days_since: days_since.min(i64::from(ONSET_DAYS_MAX)) as u16,
    }
}
