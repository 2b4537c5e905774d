//! One questionnaire step: its heading, its questions, and Back / Next.

use yew::prelude::*;

use super::body_map::BodyMap;
use super::chrome::{Progress, StepNav};
use super::number::NumberQuestion;
use super::question::{CheckItem, Choice, YesNo};
use crate::engine::{AgeBand, CalfCramps, PainArea, Side, Situation};
use crate::ui::hooks::use_texts;
use crate::ui::state::{Flow, Msg};
use crate::ui::steps::{NumberField, StepId, RED_FLAG_CHECKLIST};
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    pub flow: UseReducerHandle<Flow>,
    pub step: StepId,
    pub index: usize,
    pub heading: NodeRef,
}

#[function_component(StepView)]
pub fn step_view(props: &StepViewProps) -> Html {
    let texts = use_texts();
    let flow = &props.flow;
    let send = |msg: Msg| {
        let flow = flow.clone();
        Callback::from(move |_: MouseEvent| flow.dispatch(msg.clone()))
    };
    let total = StepId::ALL.len();
    let is_last = props.index + 1 == total;
    html! {
        <section class="screen screen-step" data-step={props.step.as_str()} aria-labelledby="screen-heading">
            <Progress current={props.index + 1} {total} />
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>
                { texts.t(&props.step.title_key()) }
            </h2>
            <p class="lead">{ texts.t(&props.step.lead_key()) }</p>
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
            <div class="questions">{ questions(props.step, flow, &texts) }</div>
            <StepNav on_back={Some(send(Msg::Back))} on_next={send(Msg::Next)}
                next_key={if is_last { "nav.see_result" } else { "nav.next" }} />
        </section>
    }
}

fn yes_no(flow: &UseReducerHandle<Flow>, field: &'static str) -> Html {
    let value = flow
        .is_answered(field)
        .then(|| flow.answers.flag(field))
        .flatten();
    let flow_handle = flow.clone();
    html! {
        <YesNo {field} {value} invalid={flow.missing.contains(&field)}
            on_answer={Callback::from(move |answer| flow_handle.dispatch(Msg::SetBool(field, answer)))} />
    }
}

fn number(flow: &UseReducerHandle<Flow>, field: NumberField) -> Html {
    let value = flow
        .is_answered(field.name())
        .then(|| field.get(&flow.answers));
    let (on_set_flow, on_clear_flow) = (flow.clone(), flow.clone());
    html! {
        <NumberQuestion {field} {value} invalid={flow.missing.contains(&field.name())}
            on_set={Callback::from(move |number| on_set_flow.dispatch(Msg::SetNumber(field, number)))}
            on_clear={Callback::from(move |()| on_clear_flow.dispatch(Msg::ClearNumber(field)))} />
    }
}

/// A single-answer enum question, shown unanswered until the reader picks.
fn one_of<T: Copy + PartialEq + 'static>(
    flow: &UseReducerHandle<Flow>,
    field: &'static str,
    all: &'static [T],
    as_str: fn(T) -> &'static str,
    current: T,
    to_msg: fn(T) -> Msg,
) -> Html {
    let selected = if flow.is_answered(field) {
        vec![as_str(current)]
    } else {
        Vec::new()
    };
    let flow_handle = flow.clone();
    let on_pick = Callback::from(move |value: &'static str| {
        if let Some(&item) = all.iter().find(|item| as_str(**item) == value) {
            flow_handle.dispatch(to_msg(item));
        }
    });
    html! {
        <Choice {field} values={all.iter().map(|item| as_str(*item)).collect::<Vec<_>>()} {selected}
            invalid={flow.missing.contains(&field)} {on_pick} />
    }
}

/// A several-answers enum question.
fn some_of<T: Copy + PartialEq + 'static>(
    flow: &UseReducerHandle<Flow>,
    field: &'static str,
    all: &'static [T],
    as_str: fn(T) -> &'static str,
    current: &[T],
    to_msg: fn(T) -> Msg,
) -> Html {
    let flow_handle = flow.clone();
    let on_pick = Callback::from(move |value: &'static str| {
        if let Some(&item) = all.iter().find(|item| as_str(**item) == value) {
            flow_handle.dispatch(to_msg(item));
        }
    });
    html! {
        <Choice {field} multiple=true values={all.iter().map(|item| as_str(*item)).collect::<Vec<_>>()}
            selected={current.iter().map(|item| as_str(*item)).collect::<Vec<_>>()}
            invalid={flow.missing.contains(&field)} {on_pick} />
    }
}

fn questions(step: StepId, flow: &UseReducerHandle<Flow>, texts: &Texts) -> Html {
    let answers = &flow.answers;
    match step {
        StepId::RedFlags => {
            let items = RED_FLAG_CHECKLIST.iter().map(|&field| {
                let flow_handle = flow.clone();
                html! {
                    <CheckItem {field} checked={answers.flag(field) == Some(true)}
                        on_toggle={Callback::from(move |checked| flow_handle.dispatch(Msg::SetBool(field, checked)))} />
                }
            });
            let flow_handle = flow.clone();
            html! {
                <fieldset class={classes!("question", "checklist", flow.missing.contains(&"none_of_these").then_some("is-invalid"))}
                    id="q-none_of_these">
                    <legend class="visually-hidden">{ texts.t("step.red_flags.title") }</legend>
                    { for items }
                    <div class="checklist-divider" aria-hidden="true"></div>
                    <CheckItem field="none_of_these" checked={flow.no_red_flags} with_help={false}
                        on_toggle={Callback::from(move |checked| flow_handle.dispatch(Msg::SetNoRedFlags(checked)))} />
                    if flow.missing.contains(&"none_of_these") {
                        <p class="field-error">{ texts.t("error.red_flags") }</p>
                    }
                </fieldset>
            }
        }
        StepId::PainMap => {
            let flow_handle = flow.clone();
            let side = flow.is_answered("sides").then_some(answers.sides);
            html! { <>
                <BodyMap selected={answers.pain_areas.clone()} {side}
                    on_toggle={Callback::from(move |area| flow_handle.dispatch(Msg::TogglePainArea(area)))} />
                { some_of(flow, "pain_areas", PainArea::ALL, PainArea::as_str, &answers.pain_areas, Msg::TogglePainArea) }
                { one_of(flow, "sides", Side::ALL, Side::as_str, answers.sides, Msg::SetSide) }
            </> }
        }
        StepId::Nerve => html! { <>
            { yes_no(flow, "numbness") }
            <WeaknessSelfTest />
            { yes_no(flow, "weakness") }
            { yes_no(flow, "muscle_wasting") }
        </> },
        StepId::Course => html! { <>
            { number(flow, NumberField::OnsetDays) }
            { yes_no(flow, "rest_relieves") }
            { yes_no(flow, "sudden_worse") }
            { yes_no(flow, "night_pain") }
        </> },
        StepId::Feel => html! { <>
            { yes_no(flow, "worse_sitting") }
            { yes_no(flow, "needle_like") }
            { one_of(flow, "calf_cramps", CalfCramps::ALL, CalfCramps::as_str, answers.calf_cramps, Msg::SetCalfCramps) }
            { number(flow, NumberField::PainScore) }
        </> },
        StepId::Health => html! { <>
            { yes_no(flow, "fever") }
            { yes_no(flow, "trauma") }
            { yes_no(flow, "cancer_history") }
            { yes_no(flow, "weight_loss") }
            { yes_no(flow, "steroids") }
            { one_of(flow, "age_band", AgeBand::ALL, AgeBand::as_str, answers.age_band, Msg::SetAgeBand) }
        </> },
        StepId::Treatment => number(flow, NumberField::TreatedMonths),
        StepId::Situation => some_of(
            flow,
            "situations",
            Situation::ALL,
            Situation::as_str,
            &answers.situations,
            Msg::ToggleSituation,
        ),
    }
}

/// The guided heel-and-toe walk that makes the weakness question answerable at home.
#[function_component(WeaknessSelfTest)]
fn weakness_self_test() -> Html {
    let texts = use_texts();
    html! {
        <details class="self-test">
            <summary>{ texts.t("selftest.title") }</summary>
            <ol>{ for texts.list("selftest.").into_iter().map(|text| html! { <li>{ text }</li> }) }</ol>
        </details>
    }
}
