//! What the browser prints: the answers, the level and the reasons, on one page for the doctor.

use yew::prelude::*;

use crate::engine::{Answers, Assessment};
use crate::ui::hooks::use_texts;
use crate::ui::state::Flow;
use crate::ui::steps::StepId;
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub flow: UseReducerHandle<Flow>,
    pub assessment: Assessment,
}

fn answer_text(texts: &Texts, answers: &Answers, field: &str) -> AttrValue {
    if let Some(flag) = answers.flag(field) {
        return texts.t(if flag { "answer.yes" } else { "answer.no" });
    }
    let option = |value: &str| texts.t(&format!("opt.{field}.{value}"));
    let options = |values: Vec<&str>| {
        AttrValue::from(
            values
                .into_iter()
                .map(|value| option(value).to_string())
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    match field {
        "pain_areas" => options(
            answers
                .pain_areas
                .iter()
                .map(|area| area.as_str())
                .collect(),
        ),
        "situations" => options(
            answers
                .situations
                .iter()
                .map(|situation| situation.as_str())
                .collect(),
        ),
        "sides" => option(answers.sides.as_str()),
        "calf_cramps" => option(answers.calf_cramps.as_str()),
        "age_band" => option(answers.age_band.as_str()),
        "onset_days" => answers.onset_days.to_string().into(),
        "treated_months" => answers.treated_months.to_string().into(),
        "pain_score" => texts.fill("pain.value", &[("score", &answers.pain_score.to_string())]),
        _ => AttrValue::default(),
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
                { for StepId::ALL.iter().flat_map(|step| step.fields()).map(|field| html! {
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
