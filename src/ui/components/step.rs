//! One questionnaire step: its heading, its questions, and Back / Next.

use yew::prelude::*;

use super::chrome::{progress, step_nav};
use super::number::NumberQuestion;
use super::question::{Ask, Question};
use crate::ui::state::{Flow, Msg};
use crate::content::steps::{is_asked, ChoiceField, NumberField, StepId, RED_FLAG_CHECKLIST};
use crate::ui::text::Texts;

/// Step `index` of the questionnaire. A function, not a component: the flow it shows changes
/// with every answer, so a component's props check would never spare a redraw, while its
/// plumbing costs ~1.5 kB of the first load. Its questions stay components, each redrawn only
/// when its own answer changes. `on_msg`: one callback for every answer and button, the same on
/// every render.
pub fn step_view(texts: &Texts, flow: &Flow, index: usize, heading: &NodeRef, on_msg: &Callback<Msg>) -> Html {
    let step = StepId::ALL[index];
    let total = StepId::ALL.len();
    let is_last = index + 1 == total;
    html! {
        <section class="screen screen-step" data-screen="step" data-step={step.as_str()} aria-labelledby="screen-heading">
            { progress(texts, index + 1, total) }
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={heading.clone()}>
                { texts.t(&step.title_key()) }
            </h2>
            <p class="lead">{ texts.t(&step.lead_key()) }</p>
            if flow.is_prefilled(step) {
                <p class="notice notice-prefilled">{ texts.t("save.confirm_step") }</p>
            }
            if !flow.missing.is_empty() {
                <div class="error-summary" role="alert" tabindex="-1">
                    <p>{ texts.t("error.summary") }</p>
                    <ul>
                        { for flow.missing.iter().map(|field| html! {
                            <li><a href={format!("#q-{field}")}>{ texts.t(&format!("q.{field}.label")) }</a></li>
                        }) }
                    </ul>
                </div>
            }
            <div class="questions">{ questions(step, flow, on_msg, texts) }</div>
            { step_nav(texts, on_msg, if is_last { "nav.see_result" } else { "nav.next" }) }
        </section>
    }
}

/// The questions of `step`, each given only its own answer so unchanged ones are not redrawn.
fn questions(step: StepId, flow: &Flow, on_msg: &Callback<Msg>, texts: &Texts) -> Html {
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
        StepId::RedFlags => html! {
            <fieldset class="question checklist" id="q-none_of_these"
                aria-invalid={invalid("none_of_these").then_some("true")}>
                <legend class="visually-hidden">{ texts.t("step.red_flags.title") }</legend>
                { for RED_FLAG_CHECKLIST.iter().map(|&field| check(field, flow.answers.flag(field) == Some(true), true)) }
                <div class="checklist-divider" aria-hidden="true"></div>
                { check("none_of_these", flow.no_red_flags, false) }
                if invalid("none_of_these") {
                    <p class="field-error">{ texts.t("error.red_flags") }</p>
                }
            </fieldset>
        },
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
/// plumbing costs ~1.5 kB of the first load.
fn weakness_self_test(texts: &Texts) -> Html {
    html! {
        <details class="self-test">
            <summary>{ texts.t("selftest.title") }</summary>
            <ol>{ for texts.list("selftest.").into_iter().map(|text| html! { <li>{ text }</li> }) }</ol>
        </details>
    }
}
