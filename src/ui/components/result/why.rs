//! "Why this advice": every rule that fired and the facts behind it, for readers and reviewers.

use yew::prelude::*;

use crate::engine::{pattern_basis, phase_basis, Assessment};
use crate::ui::hooks::use_texts;
use crate::ui::text::Texts;

fn facts_line(texts: &Texts, facts: &[&str]) -> Html {
    html! {
        <ul class="fact-list">
            { for facts.iter().map(|id| {
                let summary = texts.fact_summary(id);
                html! { <li><span class="fact-id">{ *id }</span>{ " " }{ summary }</li> }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub assessment: Assessment,
}

/// "Why this advice": every rule that fired and the facts behind it, for readers and reviewers.
#[function_component(WhyPanel)]
pub fn why_panel(props: &WhyProps) -> Html {
    let texts = use_texts();
    let assessment = &props.assessment;
    html! {
        <details class="card more why" data-why="">
            <summary><h3>{ texts.t("why.title") }</h3></summary>
            <ul class="why-rules">
                { for assessment.reasons.iter().map(|reason| html! {
                    <li data-rule={reason.rule}>
                        <p class="why-rule">{ texts.t(&format!("rule.{}", reason.rule)) }</p>
                        <p class="why-label">{ texts.t("why.facts") }</p>
                        { facts_line(&texts, reason.facts) }
                    </li>
                }) }
            </ul>
            <h4>{ texts.t("why.pattern") }</h4>
            <p>{ texts.t(&format!("pattern_rule.{}", assessment.pattern.as_str())) }</p>
            { facts_line(&texts, pattern_basis(assessment.pattern)) }
            <h4>{ texts.t("why.phase") }</h4>
            <p>{ texts.t(&format!("phase_rule.{}", assessment.phase.as_str())) }</p>
            { facts_line(&texts, phase_basis(assessment.phase)) }
        </details>
    }
}
