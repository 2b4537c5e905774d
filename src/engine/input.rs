//! Answers from JSON text, checked field by field against the contract.
//!
//! Every problem becomes an [`InputError`] whose message is one line naming the field
//! and what it accepts; absent fields take the contract's defaults. Nothing here panics.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::answers::{
    AgeBand, Answers, CalfCramps, PainArea, Side, Situation, ONSET_DAYS_MAX, PAIN_SCORE_MAX,
    TREATED_MONTHS_MAX,
};

/// A JSON document holds either one reader's answers or a list of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersInput {
    One(Answers),
    Many(Vec<Answers>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Nothing but whitespace.
    Empty,
    /// Not JSON; the parser's message, with line and column.
    InvalidJson(String),
    /// Valid JSON of the wrong shape, e.g. a number where answers were expected.
    NotAnswers {
        expected: &'static str,
        got: String,
    },
    UnknownField {
        field: String,
    },
    /// The same key twice in one object: neither value may silently win.
    DuplicateField {
        field: String,
    },
    /// A known field with a value it does not accept; `field` is `name[i]` for a list item.
    InvalidValue {
        field: String,
        expected: String,
        got: String,
    },
    /// An error in item `index` (counted from 0) of a list of answers.
    InItem {
        index: usize,
        error: Box<InputError>,
    },
}

impl InputError {
    /// The field the error is about, if it is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            InputError::UnknownField { field }
            | InputError::DuplicateField { field }
            | InputError::InvalidValue { field, .. } => Some(field),
            InputError::InItem { error, .. } => error.field(),
            _ => None,
        }
    }

    /// The list index the error is in, if the input was a list.
    pub fn item(&self) -> Option<usize> {
        match self {
            InputError::InItem { index, .. } => Some(*index),
            _ => None,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => {
                f.write_str("empty input: expected an answers object or a list of them")
            }
            InputError::InvalidJson(message) => write!(f, "invalid JSON: {message}"),
            InputError::NotAnswers { expected, got } => write!(f, "expected {expected}, got {got}"),
            InputError::UnknownField { field } => {
                write!(f, "field {:?}: unknown field; the fields are ", clip(field))?;
                for (i, known) in FIELDS.iter().enumerate() {
                    let separator = if i == 0 { "" } else { ", " };
                    write!(f, "{separator}{}", known.name)?;
                }
                Ok(())
            }
            InputError::DuplicateField { field } => {
                write!(f, "field {:?}: given more than once", clip(field))
            }
            InputError::InvalidValue {
                field,
                expected,
                got,
            } => {
                write!(f, "field {field:?}: expected {expected}, got {got}")
            }
            InputError::InItem { index, error } => write!(f, "item {index}: {error}"),
        }
    }
}

impl std::error::Error for InputError {}

/// Parses JSON text holding one answers object or a list of them.
pub fn parse_answers(text: &str) -> Result<AnswersInput, InputError> {
    // Editors on some systems start UTF-8 files with a byte-order mark; JSON forbids it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let document: Raw =
        serde_json::from_str(text).map_err(|error| InputError::InvalidJson(error.to_string()))?;
    match document {
        Raw::Object(entries) => answers_from_entries(entries.iter().map(|(k, v)| (k.as_str(), v)))
            .map(AnswersInput::One),
        Raw::List(items) => items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let answers = match item {
                    Raw::Object(entries) => {
                        answers_from_entries(entries.iter().map(|(k, v)| (k.as_str(), v)))
                    }
                    other => Err(InputError::NotAnswers {
                        expected: "an answers object",
                        got: other.describe(),
                    }),
                };
                answers.map_err(|error| InputError::InItem {
                    index,
                    error: Box::new(error),
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(AnswersInput::Many),
        Raw::Scalar(value) => Err(InputError::NotAnswers {
            expected: "an answers object or a list of them",
            got: describe(&value),
        }),
    }
}

/// Validates one answers object already parsed as a JSON value.
pub fn answers_from_value(value: &Value) -> Result<Answers, InputError> {
    match value {
        Value::Object(map) => answers_from_entries(map.iter().map(|(k, v)| (k.as_str(), v))),
        other => Err(InputError::NotAnswers {
            expected: "an answers object",
            got: describe(other),
        }),
    }
}

fn answers_from_entries<'a>(
    entries: impl Iterator<Item = (&'a str, &'a Value)>,
) -> Result<Answers, InputError> {
    let mut answers = Answers::default();
    let mut seen: u32 = 0; // one bit per field in FIELDS
    for (key, value) in entries {
        let Some(index) = FIELDS.iter().position(|field| field.name == key) else {
            return Err(InputError::UnknownField {
                field: key.to_owned(),
            });
        };
        if seen & (1 << index) != 0 {
            return Err(InputError::DuplicateField {
                field: key.to_owned(),
            });
        }
        seen |= 1 << index;
        let field = &FIELDS[index];
        (field.apply)(&mut answers, value).map_err(|mismatch| InputError::InvalidValue {
            field: match mismatch.list_index {
                Some(i) => format!("{}[{i}]", field.name),
                None => field.name.to_owned(),
            },
            expected: mismatch.expected,
            got: mismatch.got,
        })?;
    }
    Ok(answers)
}

/// How one field is read: its contract name and a setter that validates the JSON value.
struct Field {
    name: &'static str,
    apply: fn(&mut Answers, &Value) -> Result<(), Mismatch>,
}

macro_rules! field {
    ($name:ident, |$value:ident| $parse:expr) => {
        Field {
            name: stringify!($name),
            apply: |answers, $value| {
                answers.$name = $parse?;
                Ok(())
            },
        }
    };
}

/// One row per contract field, in the contract's order.
#[rustfmt::skip]
static FIELDS: &[Field] = &[
    field!(age_band,           |v| choice(v, AgeBand::ALL, AgeBand::as_str)),
    field!(situations,         |v| choices(v, Situation::ALL, Situation::as_str)),
    field!(calf_cramps,        |v| choice(v, CalfCramps::ALL, CalfCramps::as_str)),
    field!(pain_areas,         |v| choices(v, PainArea::ALL, PainArea::as_str)),
    field!(sides,              |v| choice(v, Side::ALL, Side::as_str)),
    field!(onset_days,         |v| integer(v, ONSET_DAYS_MAX)),
    field!(rest_relieves,      |v| boolean(v)),
    field!(worse_sitting,      |v| boolean(v)),
    field!(needle_like,        |v| boolean(v)),
    field!(numbness,           |v| boolean(v)),
    field!(weakness,           |v| boolean(v)),
    field!(muscle_wasting,     |v| boolean(v)),
    field!(bladder_bowel,      |v| boolean(v)),
    field!(saddle_numbness,    |v| boolean(v)),
    field!(sexual_dysfunction, |v| boolean(v)),
    field!(sudden_worse,       |v| boolean(v)),
    field!(night_pain,         |v| boolean(v)),
    field!(fever,              |v| boolean(v)),
    field!(trauma,             |v| boolean(v)),
    field!(cancer_history,     |v| boolean(v)),
    field!(weight_loss,        |v| boolean(v)),
    field!(steroids,           |v| boolean(v)),
    field!(treated_months,     |v| integer(v, TREATED_MONTHS_MAX)),
    field!(pain_score,         |v| integer(v, PAIN_SCORE_MAX)),
];

/// A value a field does not accept.
struct Mismatch {
    /// Set when the offending value is one item of a list field.
    list_index: Option<usize>,
    expected: String,
    got: String,
}

impl Mismatch {
    fn new(expected: String, got: &Value) -> Self {
        Mismatch {
            list_index: None,
            expected,
            got: describe(got),
        }
    }
}

fn boolean(value: &Value) -> Result<bool, Mismatch> {
    value
        .as_bool()
        .ok_or_else(|| Mismatch::new("true or false".to_owned(), value))
}

fn integer<T>(value: &Value, max: T) -> Result<T, Mismatch>
where
    T: Copy + Into<u64> + TryFrom<u64>,
{
    value
        .as_u64()
        .filter(|&n| n <= max.into())
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| Mismatch::new(format!("an integer from 0 to {}", max.into()), value))
}

fn choice<T: Copy>(value: &Value, all: &[T], name: fn(T) -> &'static str) -> Result<T, Mismatch> {
    value
        .as_str()
        .and_then(|text| all.iter().copied().find(|&option| name(option) == text))
        .ok_or_else(|| Mismatch::new(format!("one of {}", quoted_list(all, name)), value))
}

/// A list of choices; repeats are dropped, keeping the first occurrence's order.
fn choices<T: Copy + PartialEq>(
    value: &Value,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<Vec<T>, Mismatch> {
    let Some(items) = value.as_array() else {
        return Err(Mismatch::new(
            format!("a list of {}", quoted_list(all, name)),
            value,
        ));
    };
    let mut chosen = Vec::with_capacity(items.len().min(all.len()));
    for (index, item) in items.iter().enumerate() {
        let option = choice(item, all, name).map_err(|mismatch| Mismatch {
            list_index: Some(index),
            ..mismatch
        })?;
        if !chosen.contains(&option) {
            chosen.push(option);
        }
    }
    Ok(chosen)
}

fn quoted_list<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> String {
    all.iter()
        .map(|&option| format!("\"{}\"", name(option)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A short one-line rendering of an offending value for an error message.
fn describe(value: &Value) -> String {
    match value {
        Value::Object(_) => "an object".to_owned(),
        Value::Array(_) => "a list".to_owned(),
        // JSON text escapes control characters, so the rendering stays on one line.
        scalar => clip(&scalar.to_string()),
    }
}

/// Keeps error messages short when the input holds a huge string.
fn clip(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    match text.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

/// A JSON document read with every object key kept in order. `serde_json::Value` keeps
/// only the last of repeated keys, which would let `{"fever": true, "fever": false}` pass
/// as "no fever"; reading the top levels through this type lets us reject the repeat.
enum Raw {
    Object(Vec<(String, Value)>),
    List(Vec<Raw>),
    Scalar(Value),
}

impl Raw {
    fn describe(&self) -> String {
        match self {
            Raw::Object(_) => "an object".to_owned(),
            Raw::List(_) => "a list".to_owned(),
            Raw::Scalar(value) => describe(value),
        }
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Raw, E> {
        Ok(Raw::Scalar(Value::Bool(value)))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Raw, E> {
        Ok(Raw::Scalar(Value::from(value)))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Raw, E> {
        Ok(Raw::Scalar(Value::from(value)))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Raw, E> {
        Ok(Raw::Scalar(Value::from(value)))
    }

    fn visit_str<E>(self, value: &str) -> Result<Raw, E> {
        Ok(Raw::Scalar(Value::String(value.to_owned())))
    }

    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Scalar(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Raw::Object(entries))
    }
}

const _: () = assert!(
    FIELDS.len() <= u32::BITS as usize,
    "the seen-field mask holds one bit per field"
);
