//! The FHIR R4 `QuestionnaireResponse` for the reader's answers, written as plain JSON text:
//! a few hundred bytes do not need a FHIR crate or a JSON library in the WebAssembly.
//! Each item's `linkId` is the contract's field name and each coded answer the contract's
//! value, so a clinic system maps them without our words; the words travel along as `text`
//! and `display` in the reader's language.

use crate::engine::{field, FieldKind};

use super::{value_text, Handover, Lookup};

/// The canonical URL of our `Questionnaire` (a URN: it names the questionnaire, it is not
/// an address anything is fetched from). Its version is the contract's.
pub const QUESTIONNAIRE_URL: &str = "urn:sciatica-check:fhir:Questionnaire:self-check";
pub const QUESTIONNAIRE_VERSION: &str = "2";
/// The `linkId` of the group holding the assessment, and of its two items.
pub const ASSESSMENT_GROUP: &str = "assessment";
pub const LEVEL_ITEM: &str = "level";
pub const REASONS_ITEM: &str = "reasons";

/// The code system of a field's contract values (also a URN, never fetched).
pub fn code_system(field: &str) -> String {
    format!("urn:sciatica-check:fhir:CodeSystem:{field}")
}

/// `text` as a JSON string literal: the diary's exports write theirs the same way.
pub(crate) use crate::diary::export::json_string;

fn coding(field: &str, code: &str, display: &str) -> String {
    format!(
        r#"{{"valueCoding":{{"system":{},"code":{},"display":{}}}}}"#,
        json_string(&code_system(field)),
        json_string(code),
        json_string(display)
    )
}

fn item(link_id: &str, text: &str, answers: &[String]) -> String {
    let mut out = format!(r#"{{"linkId":{},"text":{}"#, json_string(link_id), json_string(text));
    if !answers.is_empty() {
        out.push_str(r#","answer":["#);
        out.push_str(&answers.join(","));
        out.push(']');
    }
    out.push('}');
    out
}

/// One asked field as an item; `None` for a name outside the field table.
fn field_item(handover: &Handover, text: Lookup, name: &str) -> Option<String> {
    let kind = field(name)?.kind;
    let values = handover.answers.field_texts(name)?;
    let answers = values
        .iter()
        .map(|value| match kind {
            FieldKind::YesNo => format!(r#"{{"valueBoolean":{}}}"#, value == "true"),
            FieldKind::Integer { .. } => format!(r#"{{"valueInteger":{value}}}"#),
            FieldKind::OneOf(_) | FieldKind::ListOf(_) => {
                coding(name, value, &value_text(text, name, value))
            }
        })
        .collect::<Vec<_>>();
    Some(item(name, &text(&format!("q.{name}.label")), &answers))
}

/// The assessment as a group: the level, and every rule that fired with its explanation.
fn assessment_item(handover: &Handover, text: Lookup) -> String {
    let level = handover.assessment.level.as_str();
    let level_item = item(
        LEVEL_ITEM,
        &text("print.level"),
        &[coding(LEVEL_ITEM, level, &text(&format!("level.{level}.name")))],
    );
    let reasons = handover
        .assessment
        .reasons
        .iter()
        .map(|reason| coding(REASONS_ITEM, reason.rule, &text(&format!("rule.{}", reason.rule))))
        .collect::<Vec<_>>();
    let reasons_item = item(REASONS_ITEM, &text("handover.reasons"), &reasons);
    format!(
        r#"{{"linkId":{},"text":{},"item":[{level_item},{reasons_item}]}}"#,
        json_string(ASSESSMENT_GROUP),
        json_string(&text("handover.assessment"))
    )
}

/// The `QuestionnaireResponse`, complete (`status` `completed`), authored on the reader's date.
pub fn questionnaire_response(handover: &Handover, text: Lookup) -> String {
    let mut items: Vec<String> = handover
        .asked_fields()
        .into_iter()
        .filter_map(|name| field_item(handover, text, name))
        .collect();
    items.push(assessment_item(handover, text));
    format!(
        r#"{{"resourceType":"QuestionnaireResponse","language":{},"questionnaire":{},"status":"completed","authored":{},"item":[{}]}}"#,
        json_string(handover.locale.tag()),
        json_string(&format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}")),
        json_string(&handover.date.to_string()),
        items.join(",")
    )
}

/// The name of the downloaded file.
pub fn file_name(handover: &Handover) -> String {
    format!("sciatica-check-{}.json", handover.date)
}
