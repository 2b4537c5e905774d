//! What the browser prints: the answers, the level and the reasons, on one page for the doctor.

use yew::prelude::*;

use crate::engine::{field, Answers, Assessment, FieldKind};
use crate::ui::hooks::use_texts;
use crate::ui::state::Flow;
use crate::content::steps::{is_asked, StepId};
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub flow: UseReducerHandle<Flow>,
    pub assessment: Assessment,
}

/// One answer in the reader's words, read through the field table so a new field prints
/// without a new line of code here.
fn answer_text(texts: &Texts, answers: &Answers, name: &str) -> AttrValue {
    let (Some(field), Some(values)) = (field(name), answers.field_texts(name)) else {
        return AttrValue::default();
    };
    let joined = |keys: Vec<String>| {
        AttrValue::from(
            keys.iter()
                .map(|key| texts.t(key).to_string())
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    match field.kind {
        FieldKind::YesNo => texts.t(if values == ["true"] {
            "answer.yes"
        } else {
            "answer.no"
        }),
        FieldKind::ListOf(_) if values.is_empty() && name == "pain_areas" => {
            texts.t("q.no_pain.label")
        }
        FieldKind::OneOf(_) | FieldKind::ListOf(_) => joined(
            values
                .iter()
                .map(|value| format!("opt.{name}.{value}"))
                .collect(),
        ),
        FieldKind::Integer { .. } if name == "pain_score" => {
            texts.fill("pain.value", &[("score", &values.concat())])
        }
        FieldKind::Integer { .. } => values.concat().into(),
    }
}

/// What the browser prints: the answers, the level and the reasons, on one page.
#[function_component(PrintSummary)]
pub fn print_summary(props: &PrintProps) -> Html {
    let texts = use_texts();
    let answers = &props.flow.answers;
    let level = props.assessment.level.as_str();
    html! {
        <div class="print-only print-summary" aria-hidden="true">
            <h2>{ texts.t("print.title") }</h2>
            <p><strong>{ texts.t("print.level") }{ ": " }</strong>{ texts.t(&format!("level.{level}.name")) }</p>
            <ul>{ for props.assessment.reasons.iter().map(|reason| html! {
                <li>{ texts.t(&format!("rule.{}", reason.rule)) }{ " (" }{ reason.facts.join(", ") }{ ")" }</li>
            }) }</ul>
            <h3>{ texts.t("print.answers") }</h3>
            <table>
                { for StepId::ALL.iter().flat_map(|step| step.fields()).filter(|field| is_asked(field, answers)).map(|field| html! {
                    <tr>
                        <th scope="row">{ texts.t(&format!("q.{field}.label")) }</th>
                        <td>{ answer_text(&texts, answers, field) }</td>
                    </tr>
                }) }
            </table>
            <p>{ texts.t("print.date_note") }</p>
            <p>{ texts.t("disclaimer.full") }</p>
        </div>
    }
}
