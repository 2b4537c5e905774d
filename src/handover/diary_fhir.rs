//! The diary for a doctor: a FHIR R4 `Bundle` (type `collection`) holding the
//! `QuestionnaireResponse` of the answers the diary started from (the same resource the result's
//! file holds, [`super::fhir`]) and one `Observation` per check-in: the worst pain that day as a
//! LOINC 0-10 pain score, with the trend, each red flag's answer, where it hurt and the advice
//! given that day as components, and the reader's note as `note`. Plain JSON text, like the
//! result's file: no FHIR crate, no JSON library in the WebAssembly.

use crate::content::Locale;
use crate::diary::{Diary, Entry, RED_FLAGS};
use crate::engine::assess;
use crate::engine::LocalDate;

use super::fhir::{code_system, json_string, questionnaire_response};
use super::{Handover, Lookup};

/// LOINC's "pain severity, 0-10 verbal numeric rating, reported": what a check-in's score is.
pub const PAIN_SYSTEM: &str = "http://loinc.org";
pub const PAIN_CODE: &str = "72514-3";
pub const PAIN_DISPLAY: &str = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
/// HL7's observation category code system (a code system's name, never fetched).
pub const CATEGORY_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
/// The code system naming each component: the contract's field names, and `level` for the
/// advice given that day (a URN, never fetched).
pub const COMPONENT_SYSTEM: &str = "urn:sciatica-check:fhir:CodeSystem:diary-component";

/// A `CodeableConcept` with one coding and the reader's words as its text.
fn concept(system: &str, code: &str, display: &str) -> String {
    format!(
        r#"{{"coding":[{{"system":{},"code":{},"display":{}}}],"text":{}}}"#,
        json_string(system),
        json_string(code),
        json_string(display),
        json_string(display)
    )
}

/// One component: its code (a field name) and its value, already written as `"value…":…`.
fn component(code: &str, label: &str, value: &str) -> String {
    format!(
        r#"{{"code":{},{value}}}"#,
        concept(COMPONENT_SYSTEM, code, label)
    )
}

/// A component whose value is one of a field's contract values, shown in the reader's words.
fn coded_component(
    text: Lookup,
    code: &str,
    label: &str,
    value_field: &str,
    value: &str,
) -> String {
    let display = text(&format!("opt.{value_field}.{value}"));
    let value = format!(
        r#""valueCodeableConcept":{}"#,
        concept(&code_system(value_field), value, &display)
    );
    component(code, label, &value)
}

/// What a check-in holds besides the score: the trend, every red flag asked (ticked or not),
/// each painful area, and the level the reader was given that day.
fn components(entry: &Entry, text: Lookup) -> Vec<String> {
    let mut out = vec![coded_component(
        text,
        "pain_trend",
        &text("diary.table.trend"),
        "pain_trend",
        entry.trend.as_str(),
    )];
    for flag in RED_FLAGS {
        let ticked = entry.red_flags.contains(flag);
        out.push(component(
            flag,
            &text(&format!("handover.flag.{flag}")),
            &format!(r#""valueBoolean":{ticked}"#),
        ));
    }
    for area in &entry.pain_areas {
        out.push(coded_component(
            text,
            "pain_areas",
            &text("q.pain_areas.label"),
            "pain_areas",
            area.as_str(),
        ));
    }
    let level = entry.level.as_str();
    let level_name = text(&format!("level.{level}.name"));
    out.push(component(
        "level",
        &text("diary.table.level"),
        &format!(
            r#""valueCodeableConcept":{}"#,
            concept(&code_system("level"), level, &level_name)
        ),
    ));
    out
}

/// One check-in as an `Observation`.
pub fn observation(entry: &Entry, locale: Locale, text: Lookup) -> String {
    let note = if entry.note.is_empty() {
        String::new()
    } else {
        format!(r#","note":[{{"text":{}}}]"#, json_string(&entry.note))
    };
    let code = format!(
        r#"{{"coding":[{{"system":{},"code":{},"display":{}}}],"text":{}}}"#,
        json_string(PAIN_SYSTEM),
        json_string(PAIN_CODE),
        json_string(PAIN_DISPLAY),
        json_string(&text("diary.table.pain"))
    );
    format!(
        r#"{{"resourceType":"Observation","language":{},"status":"final","category":[{{"coding":[{{"system":{},"code":"survey","display":"Survey"}}]}}],"code":{code},"effectiveDateTime":{},"valueInteger":{},"component":[{}]{note}}}"#,
        json_string(locale.tag()),
        json_string(CATEGORY_SYSTEM),
        json_string(&entry.date.to_string()),
        entry.pain_score.min(10),
        components(entry, text).join(","),
    )
}

/// The day the reader answered the questionnaire the diary started from: the episode's start
/// plus the days since onset they gave then (never after `today`).
pub fn answered_on(diary: &Diary, today: LocalDate) -> LocalDate {
    diary
        .started_on
        .add_days(i64::from(diary.baseline.onset_days))
        .map_or(today, |day| day.min(today))
}

/// The whole diary as a FHIR R4 `Bundle` of type `collection`: the baseline's
/// `QuestionnaireResponse` first, then the check-ins in date order.
pub fn diary_bundle(diary: &Diary, today: LocalDate, locale: Locale, text: Lookup) -> String {
    let assessment = assess(&diary.baseline);
    let handover = Handover {
        answers: &diary.baseline,
        assessment: &assessment,
        date: answered_on(diary, today),
        locale,
    };
    let mut resources = vec![questionnaire_response(&handover, text)];
    resources.extend(
        diary
            .entries
            .iter()
            .map(|entry| observation(entry, locale, text)),
    );
    let entries: Vec<String> = resources
        .iter()
        .map(|resource| format!(r#"{{"resource":{resource}}}"#))
        .collect();
    format!(
        r#"{{"resourceType":"Bundle","language":{},"type":"collection","entry":[{}]}}"#,
        json_string(locale.tag()),
        entries.join(",")
    )
}

/// The name of the downloaded file: `.fhir.json`, so it is not mistaken for (or saved over)
/// the diary's own JSON file of the same day, which is the one that imports back.
pub fn diary_file_name(today: LocalDate) -> String {
    format!("sciatica-diary-{today}.fhir.json")
}
