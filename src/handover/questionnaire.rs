//! The FHIR R4 `Questionnaire` our responses answer, generated from the field table, the
//! steps and the catalog (native only: it is shipped as the static `questionnaire.json`,
//! which `tests/handover.rs` regenerates and compares, so the two cannot drift).
//! Item texts are English with the other languages as FHIR translation extensions.

use serde_json::{json, Value};

use crate::content::{self, Locale};
use crate::engine::{field, FieldKind, Level, RULES};
use crate::content::steps::{StepId, FOLLOW_UPS};

use super::fhir::{
    code_system, ASSESSMENT_GROUP, LEVEL_ITEM, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, REASONS_ITEM,
};

const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

fn text(locale: Locale, key: &str) -> String {
    content::entry(locale, key).map_or_else(|| key.to_owned(), |entry| entry.text.to_owned())
}

/// The English text of `key`, with the Chinese ones as translations.
fn translated(key: &str) -> (Value, Value) {
    let translations: Vec<Value> = [Locale::ZhCn, Locale::ZhHant]
        .into_iter()
        .map(|locale| {
            json!({"url": TRANSLATION, "extension": [
                {"url": "lang", "valueCode": locale.tag()},
                {"url": "content", "valueString": text(locale, key)},
            ]})
        })
        .collect();
    (json!(text(Locale::En, key)), json!({ "extension": translations }))
}

fn coding_options(system_field: &str, codes: &[&str], display_key: impl Fn(&str) -> String) -> Value {
    codes
        .iter()
        .map(|code| {
            json!({"valueCoding": {
                "system": code_system(system_field),
                "code": code,
                "display": text(Locale::En, &display_key(code)),
            }})
        })
        .collect()
}

fn field_item(name: &str, required: bool) -> Value {
    let (label, label_translations) = translated(&format!("q.{name}.label"));
    let mut item = json!({"linkId": name, "text": label, "_text": label_translations, "required": required});
    let kind = field(name).expect("every step field is a table field").kind;
    let object = item.as_object_mut().expect("an item is an object");
    match kind {
        FieldKind::YesNo => {
            object.insert("type".into(), json!("boolean"));
        }
        FieldKind::Integer { max } => {
            object.insert("type".into(), json!("integer"));
            object.insert("extension".into(), json!([{"url": MAX_VALUE, "valueInteger": max}]));
        }
        FieldKind::OneOf(values) | FieldKind::ListOf(values) => {
            object.insert("type".into(), json!("choice"));
            object.insert("repeats".into(), json!(matches!(kind, FieldKind::ListOf(_))));
            object.insert(
                "answerOption".into(),
                coding_options(name, values, |value| format!("opt.{name}.{value}")),
            );
        }
    }
    if let Some((_, symptom)) = FOLLOW_UPS.iter().find(|(question, _)| *question == name) {
        object.insert(
            "enableWhen".into(),
            json!([{"question": symptom, "operator": "=", "answerBoolean": true}]),
        );
    }
    item
}

fn assessment_item() -> Value {
    let levels: Vec<&str> = Level::ALL.iter().map(|level| level.as_str()).collect();
    let rules: Vec<&str> = RULES.iter().map(|rule| rule.id).collect();
    let (group_text, group_translations) = translated("handover.assessment");
    let (level_text, level_translations) = translated("print.level");
    let (reasons_text, reasons_translations) = translated("handover.reasons");
    json!({
        "linkId": ASSESSMENT_GROUP, "type": "group", "readOnly": true,
        "text": group_text, "_text": group_translations,
        "item": [
            {"linkId": LEVEL_ITEM, "type": "choice", "readOnly": true,
             "text": level_text, "_text": level_translations,
             "answerOption": coding_options(LEVEL_ITEM, &levels, |level| format!("level.{level}.name"))},
            {"linkId": REASONS_ITEM, "type": "choice", "repeats": true, "readOnly": true,
             "text": reasons_text, "_text": reasons_translations,
             "answerOption": coding_options(REASONS_ITEM, &rules, |rule| format!("rule.{rule}"))},
        ],
    })
}

/// The `Questionnaire` resource: every field in the order asked, then the assessment.
pub fn questionnaire() -> Value {
    let mut items: Vec<Value> = StepId::ALL
        .iter()
        .flat_map(|step| {
            step.fields()
                .iter()
                .map(move |name| field_item(name, step.required().contains(name)))
        })
        .collect();
    items.push(assessment_item());
    json!({
        "resourceType": "Questionnaire",
        "language": "en",
        "url": QUESTIONNAIRE_URL,
        "version": QUESTIONNAIRE_VERSION,
        "name": "SciaticaSelfCheck",
        "title": "Sciatica self-check (education, not a diagnosis)",
        "status": "active",
        "subjectType": ["Patient"],
        "item": items,
    })
}

/// The file as shipped: pretty-printed, one trailing newline.
pub fn questionnaire_file() -> String {
    let mut text = serde_json::to_string_pretty(&questionnaire()).expect("a JSON value serializes");
    text.push('\n');
    text
}
