//! Answers from JSON text, checked field by field against the contract.
//!
//! Every problem becomes an [`InputError`] whose message is one line naming the field
//! and what it accepts; absent fields take the contract's defaults. Nothing here panics.

use std::collections::HashSet;
use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::fields::{field, Answers, FieldError, FieldKind, FIELDS};

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
    // serde_json is built with `arbitrary_precision`, so a number too large for any Rust
    // number (`1e400`) still parses here and is rejected below by the field that holds it.
    let document: Value =
        serde_json::from_str(text).map_err(|error| InputError::InvalidJson(error.to_string()))?;
    // `Value` keeps only the last of repeated keys, which would let
    // `{"fever": true, "fever": false}` pass as "no fever": a second pass looks for them.
    let repeated = serde_json::from_str::<RepeatedKey>(text)
        .map_err(|error| InputError::InvalidJson(error.to_string()))?;
    match (document, repeated.0) {
        (Value::Array(items), repeat) => items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let answers = match &repeat {
                    Some((Some(repeat_index), field)) if *repeat_index == index => {
                        Err(InputError::DuplicateField {
                            field: field.clone(),
                        })
                    }
                    _ => answers_from_value(item),
                };
                answers.map_err(|error| InputError::InItem {
                    index,
                    error: Box::new(error),
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(AnswersInput::Many),
        (_, Some((_, field))) => Err(InputError::DuplicateField { field }),
        (Value::Object(map), None) => answers_from_entries(map.iter()).map(AnswersInput::One),
        (scalar, None) => Err(InputError::NotAnswers {
            expected: "an answers object or a list of them",
            got: describe(&scalar),
        }),
    }
}

/// Validates one answers object already parsed as a JSON value.
pub fn answers_from_value(value: &Value) -> Result<Answers, InputError> {
    match value {
        Value::Object(map) => answers_from_entries(map.iter()),
        other => Err(InputError::NotAnswers {
            expected: "an answers object",
            got: describe(other),
        }),
    }
}

fn answers_from_entries<'a>(
    entries: impl Iterator<Item = (&'a String, &'a Value)>,
) -> Result<Answers, InputError> {
    let mut answers = Answers::default();
    for (key, value) in entries {
        let Some(field) = field(key) else {
            return Err(InputError::UnknownField { field: key.clone() });
        };
        let invalid =
            |index: Option<usize>, expected: String, got: String| InputError::InvalidValue {
                field: match index {
                    Some(i) => format!("{}[{i}]", field.name),
                    None => field.name.to_owned(),
                },
                expected,
                got: clip(&got),
            };
        let texts = contract_texts(field.kind, value)
            .map_err(|(index, expected, got)| invalid(index, expected, got))?;
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        answers
            .set_field(field.name, &texts)
            .map_err(|error| match error {
                FieldError::Invalid {
                    index,
                    expected,
                    got,
                } => invalid(index, expected, got.escaped()),
                // `field` came from the table, so the table knows its name.
                FieldError::Unknown => InputError::UnknownField {
                    field: field.name.to_owned(),
                },
            })?;
    }
    Ok(answers)
}

/// The JSON value as the contract text the field table reads, if it has the field's JSON
/// type: strict, so `null`, `8.0`, `"8"` or `"true"` never pass for another type. The
/// values themselves (range, spelling, repeats) are checked by the table.
fn contract_texts(
    kind: FieldKind,
    value: &Value,
) -> Result<Vec<String>, (Option<usize>, String, String)> {
    let wrong_type = |index: Option<usize>, value: &Value| {
        let expected = match (kind, index) {
            (FieldKind::ListOf(values), Some(_)) => FieldKind::OneOf(values).expected(),
            _ => kind.expected(),
        };
        (index, expected, describe(value))
    };
    match (kind, value) {
        (FieldKind::YesNo, Value::Bool(flag)) => Ok(vec![flag.to_string()]),
        (FieldKind::OneOf(_), Value::String(text)) => Ok(vec![text.clone()]),
        // Only a JSON integer: digits, no fraction or exponent (`8.0` and `1e400` are not).
        // `-0` is a JSON integer too (the grammar allows the sign), and its value is 0.
        (FieldKind::Integer { .. }, Value::Number(number)) if number.to_string() == "-0" => {
            Ok(vec!["0".to_owned()])
        }
        (FieldKind::Integer { .. }, Value::Number(number))
            if number.to_string().bytes().all(|byte| byte.is_ascii_digit()) =>
        {
            Ok(vec![number.to_string()])
        }
        (FieldKind::ListOf(_), Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(index, item)| match item {
                Value::String(text) => Ok(text.clone()),
                other => Err(wrong_type(Some(index), other)),
            })
            .collect(),
        (_, other) => Err(wrong_type(None, other)),
    }
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

/// The first key repeated within one answers object: the top-level object, or an object
/// that is an item of a top-level list (with its index). Values are skipped unread.
struct RepeatedKey(Option<(Option<usize>, String)>);

impl<'de> Deserialize<'de> for RepeatedKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RepeatedKeyVisitor { in_list: false })
    }
}

/// The same search one level down, for the items of a top-level list.
struct ItemRepeatedKey(Option<String>);

impl<'de> Deserialize<'de> for ItemRepeatedKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let found = deserializer.deserialize_any(RepeatedKeyVisitor { in_list: true })?;
        Ok(ItemRepeatedKey(found.0.map(|(_, key)| key)))
    }
}

struct RepeatedKeyVisitor {
    /// Lists nested in list items hold no answers objects, so they are not searched.
    in_list: bool,
}

impl<'de> Visitor<'de> for RepeatedKeyVisitor {
    type Value = RepeatedKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_str<E>(self, _: &str) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_unit<E>(self) -> Result<RepeatedKey, E> {
        Ok(RepeatedKey(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RepeatedKey, A::Error> {
        let mut first = None;
        let mut index = 0;
        if self.in_list {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(RepeatedKey(None));
        }
        while let Some(ItemRepeatedKey(found)) = seq.next_element()? {
            if first.is_none() {
                first = found.map(|key| (Some(index), key));
            }
            index += 1;
        }
        Ok(RepeatedKey(first))
    }

    // A number too large for Rust also arrives here, as serde_json's one-key private map
    // (with `arbitrary_precision`); one key is never a repeat, so it needs no special case.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RepeatedKey, A::Error> {
        // A set, not a list searched per key: 175,000 distinct keys took 25 s to check.
        let mut keys: HashSet<String> = HashSet::new();
        let mut repeated = None;
        while let Some(key) = map.next_key::<String>()? {
            map.next_value::<IgnoredAny>()?;
            if repeated.is_none() && keys.contains(&key) {
                repeated = Some((None, key.clone()));
            }
            keys.insert(key);
        }
        Ok(RepeatedKey(repeated))
    }
}
