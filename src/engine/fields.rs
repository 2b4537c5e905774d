//! The contract's answer fields, declared once.
//!
//! Adding a field to the contract means adding one row to [`answer_fields!`] below. The
//! row generates the `Answers` struct and its defaults, the metadata list [`FIELDS`] and
//! the by-name access ([`Answers::field_texts`], [`Answers::set_field`]); JSON input, the
//! saved format and the questionnaire steps read those, so none of them lists fields by
//! hand and none can fall out of step with the others.

use std::fmt;

use serde::Serialize;

use super::answers::{
    AgeBand, CalfCramps, PainArea, PainTrend, Side, Situation, ONSET_DAYS_MAX, PAIN_SCORE_MAX,
    TREATED_MONTHS_MAX,
};

/// What the generic field code needs from a contract enum (implemented by `contract_enum!`).
pub trait ContractEnum: Copy + PartialEq + Sized + 'static {
    const ALL: &'static [Self];
    const NAMES: &'static [&'static str];
    fn as_str(self) -> &'static str;
    fn parse(text: &str) -> Option<Self>;
}

/// The kind of answer a field holds, with what it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// `true` or `false`.
    YesNo,
    /// Exactly one of these contract values.
    OneOf(&'static [&'static str]),
    /// Any number of these contract values, each at most once.
    ListOf(&'static [&'static str]),
    /// A whole number from 0 to `max`.
    Integer { max: u16 },
}

impl FieldKind {
    /// What the field accepts, worded for an error message.
    pub fn expected(self) -> String {
        match self {
            FieldKind::YesNo => "true or false".to_owned(),
            FieldKind::OneOf(values) => format!("one of {}", quoted(values)),
            FieldKind::ListOf(values) => format!("a list of {}", quoted(values)),
            FieldKind::Integer { max } => format!("an integer from 0 to {max}"),
        }
    }
}

/// `"a", "b", "c"`: pushed into one string, not a `format!` per value joined.
fn quoted(values: &[&str]) -> String {
    let mut text = String::new();
    for (position, value) in values.iter().enumerate() {
        if position > 0 {
            text.push_str(", ");
        }
        text.push('"');
        text.push_str(value);
        text.push('"');
    }
    text
}

/// One contract field: its name and what it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldKind,
}

/// The field with this contract name.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|field| field.name == name)
}

/// Why a field could not be set from contract text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    /// No contract field has this name.
    Unknown,
    /// A value the field does not accept; `index` is its position when the field is a list.
    Invalid {
        index: Option<usize>,
        expected: String,
        got: Got,
    },
}

/// What a field was given, as an error message names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Got {
    /// A text that is not one of the field's values: messages quote it.
    Text(String),
    /// A value given twice in a list: quoted, then "again".
    Repeated(String),
    /// Said as it is: how many values came, or the digits of an integer out of range.
    Plain(String),
}

impl Got {
    /// As the `assess` command names it (assessment.md): a text quoted and escaped the way
    /// Rust writes a string (`"improving"`), so no input can break its one-line message.
    pub fn escaped(&self) -> String {
        match self {
            Got::Text(text) => format!("{text:?}"),
            Got::Repeated(text) => format!("{text:?} again"),
            Got::Plain(said) => said.clone(),
        }
    }
}

/// Quoted, not escaped: only the browser's console warnings show it (a saved line or handed-over
/// flow that cannot be read), and escaping would link Rust's `Debug` formatting of strings into
/// the questionnaire build's WebAssembly for their sake alone.
impl fmt::Display for Got {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Got::Text(text) => write!(f, "\"{text}\""),
            Got::Repeated(text) => write!(f, "\"{text}\" again"),
            Got::Plain(said) => f.write_str(said),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Unknown => f.write_str("unknown field"),
            FieldError::Invalid { expected, got, .. } => {
                write!(f, "expected {expected}, got {got}")
            }
        }
    }
}

fn invalid(index: Option<usize>, kind: FieldKind, got: Got) -> FieldError {
    FieldError::Invalid {
        index,
        expected: match (kind, index) {
            // A bad list item is judged as one value, not as the whole list.
            (FieldKind::ListOf(values), Some(_)) => FieldKind::OneOf(values).expected(),
            _ => kind.expected(),
        },
        got,
    }
}

/// The one text a single-value field needs.
fn single<'t>(kind: FieldKind, texts: &[&'t str]) -> Result<&'t str, FieldError> {
    match texts {
        [text] => Ok(text),
        _ => Err(invalid(None, kind, Got::Plain(format!("{} values", texts.len())))),
    }
}

fn parse_yes_no(kind: FieldKind, texts: &[&str]) -> Result<bool, FieldError> {
    match single(kind, texts)? {
        "true" => Ok(true),
        "false" => Ok(false),
        other => Err(invalid(None, kind, Got::Text(other.to_owned()))),
    }
}

fn parse_one<E: ContractEnum>(kind: FieldKind, texts: &[&str]) -> Result<E, FieldError> {
    let text = single(kind, texts)?;
    E::parse(text).ok_or_else(|| invalid(None, kind, Got::Text(text.to_string())))
}

/// A list is a set: a repeated value is an error (it is a mistake, not a stronger answer),
/// and the result is kept in the contract's order so equal sets compare equal.
fn parse_list<E: ContractEnum>(kind: FieldKind, texts: &[&str]) -> Result<Vec<E>, FieldError> {
    let mut chosen = Vec::with_capacity(texts.len());
    for (index, text) in texts.iter().enumerate() {
        let value =
            E::parse(text).ok_or_else(|| invalid(Some(index), kind, Got::Text(text.to_string())))?;
        if chosen.contains(&value) {
            return Err(FieldError::Invalid {
                index: Some(index),
                expected: "each value at most once".to_owned(),
                got: Got::Repeated(text.to_string()),
            });
        }
        chosen.push(value);
    }
    Ok(super::answers::in_contract_order(E::ALL, &chosen))
}

/// Digits only (Rust's integer parsing would also take a leading `+`), from 0 to `max`.
fn parse_integer<T: TryFrom<u32>>(kind: FieldKind, texts: &[&str]) -> Result<T, FieldError> {
    let text = single(kind, texts)?;
    // Only integer fields come here; any other kind would refuse every text, not panic.
    let max = match kind {
        FieldKind::Integer { max } => u32::from(max),
        _ => return Err(invalid(None, kind, Got::Plain(text.to_owned()))),
    };
    super::decimal(text)
        .filter(|&number| number <= max)
        .and_then(|number| T::try_from(number).ok())
        .ok_or_else(|| invalid(None, kind, Got::Plain(text.to_owned())))
}

/// A field's value as contract text, read and written: implemented once per Rust type (`bool`,
/// the integers, each contract enum and a list of one) and reached through `dyn`, so that
/// `set_field` and `field_texts` hold one small arm per field rather than the parsing and its
/// error handling inlined into every arm.
pub(super) trait ContractValue {
    /// Sets the value from contract text the field (`kind`) accepts; on an error, nothing changes.
    fn set_from(&mut self, kind: FieldKind, texts: &[&str]) -> Result<(), FieldError>;
    /// One text per value.
    fn texts(&self) -> Vec<String>;
}

impl ContractValue for bool {
    fn set_from(&mut self, kind: FieldKind, texts: &[&str]) -> Result<(), FieldError> {
        *self = parse_yes_no(kind, texts)?;
        Ok(())
    }

    fn texts(&self) -> Vec<String> {
        vec![self.to_string()]
    }
}

macro_rules! integer_value {
    ($($int:ty),+) => {$(
        impl ContractValue for $int {
            fn set_from(&mut self, kind: FieldKind, texts: &[&str]) -> Result<(), FieldError> {
                *self = parse_integer::<$int>(kind, texts)?;
                Ok(())
            }

            fn texts(&self) -> Vec<String> {
                vec![self.to_string()]
            }
        }
    )+};
}

integer_value!(u8, u16);

/// Implements [`ContractValue`] for a contract enum and for a list of it.
macro_rules! enum_value {
    ($enum:ty) => {
        impl ContractValue for $enum {
            fn set_from(&mut self, kind: FieldKind, texts: &[&str]) -> Result<(), FieldError> {
                *self = parse_one::<$enum>(kind, texts)?;
                Ok(())
            }

            fn texts(&self) -> Vec<String> {
                vec![self.as_str().to_owned()]
            }
        }

        impl ContractValue for Vec<$enum> {
            fn set_from(&mut self, kind: FieldKind, texts: &[&str]) -> Result<(), FieldError> {
                *self = parse_list::<$enum>(kind, texts)?;
                Ok(())
            }

            fn texts(&self) -> Vec<String> {
                self.iter().map(|value| value.as_str().to_owned()).collect()
            }
        }
    };
}

enum_value!(AgeBand);
enum_value!(Situation);
enum_value!(CalfCramps);
enum_value!(PainArea);
enum_value!(Side);
enum_value!(PainTrend);

/// Per-kind pieces of the table: the Rust type, the metadata, reading and writing.
macro_rules! kind {
    (type yes_no) => { bool };
    (type one($enum:ident)) => { $enum };
    (type list($enum:ident)) => { Vec<$enum> };
    (type integer($int:ident, $max:expr)) => { $int };

    (meta yes_no) => { FieldKind::YesNo };
    (meta one($enum:ident)) => { FieldKind::OneOf($enum::NAMES) };
    (meta list($enum:ident)) => { FieldKind::ListOf($enum::NAMES) };
    (meta integer($int:ident, $max:expr)) => { FieldKind::Integer { max: $max as u16 } };

}

macro_rules! answer_fields {
    ($( $(#[$doc:meta])* $name:ident : $kind:ident $(($($arg:tt)*))? = $default:expr ),+ $(,)?) => {
        /// One reader's answers. `Default` is the contract's "absent" value for every field.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        pub struct Answers {
            $( $(#[$doc])* pub $name: kind!(type $kind $(($($arg)*))?), )+
        }

        impl Default for Answers {
            fn default() -> Self {
                Answers { $( $name: $default, )+ }
            }
        }

        /// Every contract field, in the contract's order.
        pub static FIELDS: &[Field] = &[
            $( Field { name: stringify!($name), kind: kind!(meta $kind $(($($arg)*))?) }, )+
        ];

        /// The fields by their place in [`FIELDS`]: a field found by name once (one loop over
        /// the table) is then reached by a jump, where one `match` arm per field name compared
        /// the name with each field's in turn, in `field_texts` and in `set_field` alike.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum FieldId {
            $( $name, )+
        }

        impl FieldId {
            const ALL: &'static [FieldId] = &[ $( FieldId::$name, )+ ];

            /// The field with this contract name, and what it accepts.
            fn of(name: &str) -> Option<(FieldId, FieldKind)> {
                let position = FIELDS.iter().position(|field| field.name == name)?;
                Some((*FieldId::ALL.get(position)?, FIELDS[position].kind))
            }
        }

        impl Answers {
            /// A field's answer as contract text: one text per value (none for an empty
            /// list), e.g. `["true"]`, `["8"]`, `["buttock", "foot"]`. `None` for an
            /// unknown name.
            pub fn field_texts(&self, name: &str) -> Option<Vec<String>> {
                let (id, _) = FieldId::of(name)?;
                let value: &dyn ContractValue = match id {
                    $( FieldId::$name => &self.$name, )+
                };
                Some(value.texts())
            }

            /// Sets a field from contract text (as [`Answers::field_texts`] gives it),
            /// validated; on an error nothing changes.
            pub fn set_field(&mut self, name: &str, texts: &[&str]) -> Result<(), FieldError> {
                let (id, kind) = FieldId::of(name).ok_or(FieldError::Unknown)?;
                let value: &mut dyn ContractValue = match id {
                    $( FieldId::$name => &mut self.$name, )+
                };
                value.set_from(kind, texts)
            }
        }
    };
}

// The contract's Answers table, row for row (`shared/design/assessment.md`): name, kind, default.
answer_fields! {
    /// Age when the reader first ever had back pain or sciatica.
    age_band: one(AgeBand) = AgeBand::From20To50,
    situations: list(Situation) = Vec::new(),
    calf_cramps: one(CalfCramps) = CalfCramps::None,
    /// Where it hurts now; empty means nothing hurts right now.
    pain_areas: list(PainArea) = Vec::new(),
    /// Which leg has the pain below the buttock (else which buttock hurts).
    sides: one(Side) = Side::Left,
    onset_days: integer(u16, ONSET_DAYS_MAX) = 0,
    pain_trend: one(PainTrend) = PainTrend::Same,
    rest_relieves: yes_no = true,
    worse_sitting: yes_no = false,
    needle_like: yes_no = false,
    numbness: yes_no = false,
    numbness_sides: one(Side) = Side::Left,
    weakness: yes_no = false,
    weakness_sides: one(Side) = Side::Left,
    muscle_wasting: yes_no = false,
    bladder_bowel: yes_no = false,
    saddle_numbness: yes_no = false,
    sexual_dysfunction: yes_no = false,
    sudden_worse: yes_no = false,
    night_pain: yes_no = false,
    fever: yes_no = false,
    trauma: yes_no = false,
    serious_accident: yes_no = false,
    cancer_history: yes_no = false,
    weight_loss: yes_no = false,
    steroids: yes_no = false,
    treated_months: integer(u8, TREATED_MONTHS_MAX) = 0,
    pain_score: integer(u8, PAIN_SCORE_MAX) = 0,
}

impl Answers {
    /// A yes/no answer by its contract name (`None` for any other name).
    pub fn flag(&self, name: &str) -> Option<bool> {
        match field(name)?.kind {
            FieldKind::YesNo => self.field_texts(name).map(|texts| texts == ["true"]),
            _ => None,
        }
    }

    /// Sets a yes/no answer by its contract name; returns false, changing nothing, for any
    /// other name.
    pub fn set_flag(&mut self, name: &str, value: bool) -> bool {
        field(name).is_some_and(|field| field.kind == FieldKind::YesNo)
            && self
                .set_field(name, &[if value { "true" } else { "false" }])
                .is_ok()
    }
}

/// The yes/no fields, by their contract names, in the contract's order.
pub fn flag_fields() -> impl Iterator<Item = &'static str> {
    FIELDS
        .iter()
        .filter(|field| field.kind == FieldKind::YesNo)
        .map(|field| field.name)
}
