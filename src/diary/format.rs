//! The diary as stored on the device: short text lines, versioned, read as strictly as any
//! other input. Deliberately not JSON (no JSON library in the widget for this alone).
//!
//! ```text
//! sciatica-diary v1
//! start 2026-11-01
//! base age_band=20_to_50|pain_areas=low_back,buttock|...
//! entry 2026-11-02|pain=6|trend=same|flags=|areas=low_back|level=routine|note=walked%7Ca bit
//! ```
//!
//! A note escapes `%`, `|` and line breaks as `%25`, `%7C`, `%0A`, `%0D`. A diary from a newer
//! version is reported apart from a damaged one, so the caller leaves it for that version.

use std::fmt;

use super::{clean_note, parse_level, Diary, Entry, NOTE_MAX_CHARS, RED_FLAGS};
use crate::engine::{Answers, PainArea, PainTrend, FIELDS, PAIN_SCORE_MAX};
use crate::engine::LocalDate;

/// The first word of every diary; anything else is not ours.
pub const MAGIC: &str = "sciatica-diary";
/// The format version this code writes and reads.
pub const VERSION: u32 = 1;

/// Why a stored or imported diary could not be read. Nothing is changed by a failed read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiaryError {
    /// Written by a newer version of the widget: leave it alone, that version can read it.
    Newer { version: u32 },
    /// Not a diary of this widget at all.
    Foreign,
    /// A diary, but damaged: the message names what is wrong.
    Corrupt(String),
}

impl DiaryError {
    /// Whether stored data should be kept as it is (a newer version's diary).
    pub fn keep_stored(&self) -> bool {
        matches!(self, DiaryError::Newer { .. })
    }
}

impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiaryError::Newer { version } => write!(
                f,
                "diary: written by a newer version (v{version}; this one reads v{VERSION})"
            ),
            DiaryError::Foreign => f.write_str("diary: this is not a diary of this widget"),
            DiaryError::Corrupt(problem) => write!(f, "diary: {problem}"),
        }
    }
}

impl std::error::Error for DiaryError {}

fn corrupt(problem: impl Into<String>) -> DiaryError {
    DiaryError::Corrupt(problem.into())
}

/// The baseline answers as `field=a,b` pairs joined by `|` (every field, so a later default
/// change cannot alter what the reader said).
pub fn encode_answers(answers: &Answers) -> String {
    FIELDS
        .iter()
        .map(|field| {
            let texts = answers.field_texts(field.name).unwrap_or_default();
            format!("{}={}", field.name, texts.join(","))
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Reads [`encode_answers`] back; every field must be valid, none repeated.
pub fn decode_answers(text: &str) -> Result<Answers, DiaryError> {
    let mut answers = Answers::default();
    let mut seen: Vec<&str> = Vec::new();
    if text.is_empty() {
        return Ok(answers);
    }
    for part in text.split('|') {
        let (name, value) = part
            .split_once('=')
            .ok_or_else(|| corrupt(format!("baseline: {part:?} is not field=value")))?;
        if seen.contains(&name) {
            return Err(corrupt(format!("baseline: {name} given more than once")));
        }
        let texts: Vec<&str> = if value.is_empty() {
            Vec::new()
        } else {
            value.split(',').collect()
        };
        answers
            .set_field(name, &texts)
            .map_err(|error| corrupt(format!("baseline: {name}: {error}")))?;
        seen.push(name);
    }
    Ok(answers)
}

pub fn encode(diary: &Diary) -> String {
    let mut text = format!(
        "{MAGIC} v{VERSION}\nstart {}\nbase {}\n",
        diary.started_on,
        encode_answers(&diary.baseline)
    );
    for entry in &diary.entries {
        text.push_str(&format!(
            "entry {}|pain={}|trend={}|flags={}|areas={}|level={}|note={}\n",
            entry.date,
            entry.pain_score,
            entry.trend.as_str(),
            entry.red_flags.join(","),
            entry
                .pain_areas
                .iter()
                .map(|area| area.as_str())
                .collect::<Vec<_>>()
                .join(","),
            entry.level.as_str(),
            escape_note(&entry.note),
        ));
    }
    text
}

/// The version line alone: `Newer` and `Foreign` are told apart from damage before anything else.
fn check_header(first: &str) -> Result<(), DiaryError> {
    let Some(rest) = first.strip_prefix(MAGIC) else {
        return Err(DiaryError::Foreign);
    };
    let version = rest
        .strip_prefix(" v")
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse::<u32>().ok())
        .ok_or_else(|| corrupt("no format version"))?;
    if version > VERSION {
        return Err(DiaryError::Newer { version });
    }
    if version < 1 {
        return Err(corrupt(format!("unknown version v{version}")));
    }
    Ok(())
}

pub fn decode(text: &str) -> Result<Diary, DiaryError> {
    let mut lines = text.lines();
    check_header(lines.next().unwrap_or("").trim_end())?;
    let start = lines
        .next()
        .and_then(|line| line.strip_prefix("start "))
        .ok_or_else(|| corrupt("no start date"))?;
    let started_on = parse_date(start, "start date")?;
    let base = lines
        .next()
        .and_then(|line| line.strip_prefix("base").map(str::trim_start))
        .ok_or_else(|| corrupt("no baseline answers"))?;
    let mut diary = Diary {
        started_on,
        baseline: decode_answers(base)?,
        entries: Vec::new(),
    };
    for (index, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let body = line
            .strip_prefix("entry ")
            .ok_or_else(|| corrupt(format!("line {}: not an entry", index + 4)))?;
        let entry = decode_entry(body)
            .map_err(|problem| corrupt(format!("entry {}: {problem}", index + 1)))?;
        push_entry(&mut diary, entry)?;
    }
    Ok(diary)
}

/// Adds an entry read from a file, refusing dates out of order, repeated or before the start.
pub fn push_entry(diary: &mut Diary, entry: Entry) -> Result<(), DiaryError> {
    if entry.date < diary.started_on {
        return Err(corrupt(format!(
            "entry {} is before the start date",
            entry.date
        )));
    }
    if diary
        .entries
        .last()
        .is_some_and(|last| last.date >= entry.date)
    {
        return Err(corrupt(format!(
            "entry {} is out of date order or repeated",
            entry.date
        )));
    }
    diary.entries.push(entry);
    Ok(())
}

pub(super) fn parse_date(text: &str, what: &str) -> Result<LocalDate, DiaryError> {
    LocalDate::parse(text).ok_or_else(|| corrupt(format!("bad {what} {text:?}")))
}

fn decode_entry(body: &str) -> Result<Entry, String> {
    let mut parts = body.split('|');
    let date_text = parts.next().unwrap_or("");
    let date = LocalDate::parse(date_text).ok_or_else(|| format!("bad date {date_text:?}"))?;
    let mut fields = EntryFields::default();
    for part in parts {
        let (name, value) = part
            .split_once('=')
            .ok_or_else(|| format!("{part:?} is not name=value"))?;
        let value = if name == "note" {
            unescape_note(value)?
        } else {
            value.to_owned()
        };
        fields.set(name, value)?;
    }
    fields.into_entry(date)
}

/// An entry's values as text, checked and converted in one place (the JSON import uses it too).
#[derive(Default)]
pub(super) struct EntryFields {
    pain: Option<String>,
    trend: Option<String>,
    flags: Option<Vec<String>>,
    areas: Option<Vec<String>>,
    level: Option<String>,
    note: Option<String>,
}

impl EntryFields {
    /// `name` is one of pain, trend, flags, areas, level, note; lists come comma-joined.
    pub(super) fn set(&mut self, name: &str, value: String) -> Result<(), String> {
        let list = |value: &str| -> Vec<String> {
            if value.is_empty() {
                Vec::new()
            } else {
                value.split(',').map(str::to_owned).collect()
            }
        };
        let slot_taken = match name {
            "pain" => self.pain.replace(value).is_some(),
            "trend" => self.trend.replace(value).is_some(),
            "flags" => self.flags.replace(list(&value)).is_some(),
            "areas" => self.areas.replace(list(&value)).is_some(),
            "level" => self.level.replace(value).is_some(),
            "note" => self.note.replace(value).is_some(),
            other => return Err(format!("unknown field {other:?}")),
        };
        if slot_taken {
            return Err(format!("{name} given more than once"));
        }
        Ok(())
    }

    pub(super) fn set_list(&mut self, name: &str, values: Vec<String>) -> Result<(), String> {
        let slot = match name {
            "red_flags" | "flags" => &mut self.flags,
            "pain_areas" | "areas" => &mut self.areas,
            other => return Err(format!("{other} is not a list")),
        };
        if slot.replace(values).is_some() {
            return Err(format!("{name} given more than once"));
        }
        Ok(())
    }

    pub(super) fn into_entry(self, date: LocalDate) -> Result<Entry, String> {
        let missing = |name: &str| format!("{name} missing");
        let pain_text = self.pain.ok_or_else(|| missing("pain"))?;
        let pain_score = pain_text
            .parse::<u8>()
            .ok()
            .filter(|score| {
                *score <= PAIN_SCORE_MAX && pain_text.bytes().all(|b| b.is_ascii_digit())
            })
            .ok_or_else(|| {
                format!("pain: expected an integer from 0 to {PAIN_SCORE_MAX}, got {pain_text:?}")
            })?;
        let trend_text = self.trend.ok_or_else(|| missing("trend"))?;
        let trend = PainTrend::parse(&trend_text)
            .ok_or_else(|| format!("trend: expected better, same or worse, got {trend_text:?}"))?;
        let mut red_flags = Vec::new();
        for flag in self.flags.ok_or_else(|| missing("red flags"))? {
            let known = RED_FLAGS
                .iter()
                .copied()
                .find(|known| *known == flag)
                .ok_or_else(|| format!("red flags: unknown {flag:?}"))?;
            if red_flags.contains(&known) {
                return Err(format!("red flags: {flag:?} twice"));
            }
            red_flags.push(known);
        }
        red_flags.sort_by_key(|flag| RED_FLAGS.iter().position(|known| known == flag));
        let mut pain_areas = Vec::new();
        for area in self.areas.ok_or_else(|| missing("pain areas"))? {
            let known =
                PainArea::parse(&area).ok_or_else(|| format!("pain areas: unknown {area:?}"))?;
            if pain_areas.contains(&known) {
                return Err(format!("pain areas: {area:?} twice"));
            }
            pain_areas.push(known);
        }
        pain_areas.sort();
        let level_text = self.level.ok_or_else(|| missing("level"))?;
        let level =
            parse_level(&level_text).ok_or_else(|| format!("level: unknown {level_text:?}"))?;
        let note = self.note.unwrap_or_default();
        if note.chars().count() > NOTE_MAX_CHARS || clean_note(&note) != note {
            return Err(format!(
                "note: longer than {NOTE_MAX_CHARS} characters or not plain text"
            ));
        }
        Ok(Entry {
            date,
            pain_score,
            trend,
            red_flags,
            pain_areas,
            note,
            level,
        })
    }
}

fn escape_note(note: &str) -> String {
    note.replace('%', "%25")
        .replace('|', "%7C")
        .replace('\n', "%0A")
        .replace('\r', "%0D")
}

fn unescape_note(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 1..at + 3).ok_or("note: a broken % escape")?;
        out.push(match code {
            "25" => '%',
            "7C" => '|',
            "0A" => '\n',
            "0D" => '\r',
            _ => return Err(format!("note: unknown escape %{code}")),
        });
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    Ok(out)
}
