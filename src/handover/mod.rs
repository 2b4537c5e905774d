//! Handing the result to a doctor without a server: a FHIR R4 `QuestionnaireResponse`
//! ([`fhir`]; for the diary, a `Bundle` of it and one `Observation` per check-in, [`diary_fhir`]),
//! a short plain-text summary for a QR code ([`summary`]) and the QR code itself
//! (drawn in the browser by src/web/qr.js; [`qr`] is its natively tested reference, which the
//! tests hold the script to), all made on the device from the reader's answers. Pure Rust;
//! the words come through a lookup so the browser can use its `Texts` and the tests the catalog.
//!
//! The static `Questionnaire` the response points at is generated from the same field table
//! by [`questionnaire`] (native only) and checked against `src/web/questionnaire.json` by a test.

pub mod diary_fhir;
pub mod fhir;
#[cfg(not(target_arch = "wasm32"))]
pub mod qr;
#[cfg(not(target_arch = "wasm32"))]
pub mod questionnaire;
pub mod summary;

use crate::content::{self, Locale};
use crate::engine::{Answers, Assessment};
use crate::engine::LocalDate;
use crate::content::steps::{is_asked, StepId};

/// The catalog text for a key, in the reader's language (the browser fills in the number too).
pub type Lookup<'a> = &'a dyn Fn(&str) -> String;

/// Everything a handover is made from.
pub struct Handover<'a> {
    pub answers: &'a Answers,
    pub assessment: &'a Assessment,
    /// The reader's local calendar date.
    pub date: LocalDate,
    pub locale: Locale,
}

impl Handover<'_> {
    /// Every field the questionnaire asked this reader, in the order it was asked (a side
    /// follow-up only after a "yes" to its symptom).
    pub fn asked_fields(&self) -> Vec<&'static str> {
        StepId::ALL
            .iter()
            .flat_map(|step| step.fields())
            .copied()
            .filter(|field| is_asked(field, self.answers))
            .collect()
    }
}

/// A lookup straight from the compiled catalog (the key itself when missing, as on screen).
pub fn catalog_lookup(locale: Locale) -> impl Fn(&str) -> String {
    move |key: &str| content::entry(locale, key).map_or_else(|| key.to_owned(), |entry| entry.text.to_owned())
}

/// The text a yes/no, choice or number answer shows in the reader's language.
pub(crate) fn value_text(text: Lookup, field: &str, value: &str) -> String {
    match value {
        "true" => text("answer.yes"),
        "false" => text("answer.no"),
        _ if value.bytes().all(|byte| byte.is_ascii_digit()) => value.to_owned(),
        _ => text(&format!("opt.{field}.{value}")),
    }
}
