//! The questions of every step after the first, drawn only by the full build: the first load
//! asks the red-flag checklist alone (`red_flags`) and hands the later steps to the full build
//! (`ui::handoff::in_questionnaire_build`), which it fetches and compiles while the reader is on
//! the first question. So the yes/no, choice, number and body-map questions, and their words,
//! cost the first load nothing.

use yew::prelude::*;

use super::number::NumberQuestion;
use super::question::{Ask, Question};
use crate::content::steps::{is_asked, ChoiceField, NumberField, StepId};
use crate::ui::state::{Flow, Msg};
use crate::ui::text::Texts;

/// The questions of `step` (any but the first), each given only its own answer so unchanged
/// ones are not redrawn.
pub fn questions(step: StepId, flow: &Flow, on_msg: &Callback<Msg>, texts: &Texts) -> Html {
    let invalid = |field: &str| flow.missing.contains(&field);
    let yes_no = |field: &'static str| {
        let value = flow
            .is_answered(field)
            .then(|| flow.answers.flag(field))
            .flatten();
        html! { <Question texts={texts.clone()} ask={Ask::YesNo { field, value }} invalid={invalid(field)} on_msg={on_msg.clone()} /> }
    };
    let number = |field: NumberField| {
        let value = flow
            .is_answered(field.name())
            .then(|| field.get(&flow.answers));
        html! { <NumberQuestion texts={texts.clone()} {field} {value} invalid={invalid(field.name())} on_msg={on_msg.clone()} /> }
    };
    let check = |field: &'static str, checked: bool, with_help: bool| {
        html! { <Question texts={texts.clone()} ask={Ask::Check { field, checked, with_help }} on_msg={on_msg.clone()} /> }
    };
    let choice = |field: ChoiceField| {
        let selected = field.selected(&flow.answers, flow.is_answered(field.name()));
        html! { <Question texts={texts.clone()} ask={Ask::Choice { field, selected }} invalid={invalid(field.name())} on_msg={on_msg.clone()} /> }
    };
    match step {
        // The first step is drawn by both builds (`red_flags`).
        StepId::RedFlags => super::red_flags::red_flag_checklist(texts, flow, on_msg),
        StepId::PainMap => html! { <>
            <Question texts={texts.clone()} ask={Ask::BodyMap { selected: flow.answers.pain_areas.clone(),
                side: flow.is_answered("sides").then_some(flow.answers.sides) }} on_msg={on_msg.clone()} />
            { choice(ChoiceField::PainAreas) }
            <div class="checklist no-pain">
                { check("no_pain", flow.no_pain, true) }
            </div>
            if is_asked("sides", &flow.answers) { { choice(ChoiceField::Sides) } }
        </> },
        StepId::Nerve => html! { <>
            { yes_no("numbness") }
            if is_asked("numbness_sides", &flow.answers) { { choice(ChoiceField::NumbnessSides) } }
            { weakness_self_test(texts) }
            { yes_no("weakness") }
            if is_asked("weakness_sides", &flow.answers) { { choice(ChoiceField::WeaknessSides) } }
            { yes_no("muscle_wasting") }
        </> },
        StepId::Course => html! { <>
            { number(NumberField::OnsetDays) }
            { choice(ChoiceField::PainTrend) }
            { yes_no("rest_relieves") }
            { yes_no("sudden_worse") }
            { yes_no("night_pain") }
        </> },
        StepId::Feel => html! { <>
            { yes_no("worse_sitting") }
            { yes_no("needle_like") }
            { choice(ChoiceField::CalfCramps) }
            { number(NumberField::PainScore) }
        </> },
        StepId::Health => html! { <>
            { yes_no("fever") }
            { yes_no("trauma") }
            { yes_no("serious_accident") }
            { yes_no("cancer_history") }
            { yes_no("weight_loss") }
            { yes_no("steroids") }
            { choice(ChoiceField::AgeBand) }
        </> },
        StepId::Treatment => number(NumberField::TreatedMonths),
        StepId::Situation => choice(ChoiceField::Situations),
    }
}

/// The guided heel-and-toe walk that makes the weakness question answerable at home. A
/// function, not a component: redrawn with its step at no noticeable cost, and a component's
/// plumbing costs ~1.5 kB of WebAssembly.
fn weakness_self_test(texts: &Texts) -> Html {
    html! {
        <details class="self-test">
            <summary>{ texts.t("selftest.title") }</summary>
            <ol>{ for texts.list("selftest.").into_iter().map(|text| html! { <li>{ text }</li> }) }</ol>
        </details>
    }
}
