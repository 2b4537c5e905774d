//! The result: the level first, then what to do, the pattern hint, the plan for the phase,
//! what a doctor may discuss, myths, tips, and why. A print-only summary goes with it.

use yew::prelude::*;

use crate::engine::{assess, Level};
use crate::ui::hooks::{use_host, use_texts};
use crate::ui::state::Flow;

use super::level::level_icon;
use print::PrintSummary;
use tips::Tips;
use why::WhyPanel;

mod print;
mod tips;
mod why;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub flow: UseReducerHandle<Flow>,
    pub heading: NodeRef,
    pub on_restart: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
    /// "Do these now": the guided exercises, the reader's first.
    #[prop_or_default]
    pub on_exercises: Callback<MouseEvent>,
    pub on_print: Callback<MouseEvent>,
    pub on_remember: Callback<bool>,
    pub storage_available: bool,
    /// Opens the recovery diary ("Track how it goes").
    pub on_diary: Callback<MouseEvent>,
}

/// Texts as list items.
pub(super) fn items(texts: Vec<AttrValue>) -> Html {
    texts
        .into_iter()
        .map(|text| html! { <li>{ text }</li> })
        .collect()
}

#[function_component(ResultScreen)]
pub fn result_screen(props: &ResultProps) -> Html {
    let texts = use_texts();
    let host = use_host();
    let flow = &props.flow;
    let assessment = assess(&flow.answers);
    let level = assessment.level.as_str();
    let show_booking = matches!(assessment.level, Level::Prompt | Level::Routine);
    let on_remember = props.on_remember.clone();
    let onchange = Callback::from(move |event: Event| {
        on_remember.emit(
            event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    html! {
        <section class={classes!("screen", "screen-result", format!("level-{level}"))} data-screen="result" data-step="result"
            data-level={level} data-pattern={assessment.pattern.as_str()} data-phase={assessment.phase.as_str()}
            aria-labelledby="screen-heading">
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.t("result.title") }</h2>
            <div class="level-card">
                <div class="level-banner">
                    { level_icon(assessment.level) }
                    <p class="level-name"><span class="visually-hidden">{ texts.t("result.your_level") }{ ": " }</span>
                        { texts.t(&format!("level.{level}.name")) }</p>
                </div>
                <p class="level-headline">{ texts.t(&format!("level.{level}.headline")) }</p>
                <ul class="steps-list">
                    { items(texts.list(&format!("level.{level}.now."))) }
                </ul>
                if let (true, Some(booking)) = (show_booking, host.booking.clone()) {
                    <a class="button button-primary" href={booking} target="_blank" rel="noopener noreferrer">
                        { texts.t("result.booking") }
                    </a>
                }
                <p class="recheck">{ texts.t("result.recheck") }</p>
            </div>
            <p class="disclaimer">{ texts.t("disclaimer.short") }</p>

            <section class="card" aria-labelledby="pattern-title">
                <h3 id="pattern-title">{ texts.t("pattern.title") }</h3>
                <p class="pattern-name">{ texts.t(&format!("pattern.{}.name", assessment.pattern.as_str())) }</p>
                <p>{ texts.t(&format!("pattern.{}.text", assessment.pattern.as_str())) }</p>
                <p class="not-diagnosis">{ texts.t("pattern.not_diagnosis") }</p>
            </section>

            <section class="card" aria-labelledby="plan-title">
                <h3 id="plan-title">{ texts.t("plan.title") }{ ": " }{ texts.t(&format!("plan.{}.name", assessment.phase.as_str())) }</h3>
                <p class="plan-goal">{ texts.t(&format!("plan.{}.goal", assessment.phase.as_str())) }</p>
                <ul class="steps-list">{ items(texts.list(&format!("plan.{}.", assessment.phase.as_str()))) }</ul>
                <p class="caution">{ texts.t("plan.caution") }</p>
            </section>

            <section class="card" aria-labelledby="when-title">
                <h3 id="when-title">{ texts.t("when.title") }</h3>
                <ul class="steps-list">{ items(texts.list("when.")) }</ul>
            </section>

            <Tips situations={flow.answers.situations.clone()} />

            <details class="card more">
                <summary><h3>{ texts.t("doctor.title") }</h3></summary>
                <ul class="steps-list">{ items(texts.list("doctor.")) }</ul>
                <h4>{ texts.t("surgery.title") }</h4>
                <ul class="steps-list">{ items(texts.list("surgery.")) }</ul>
            </details>

            <details class="card more">
                <summary><h3>{ texts.t("myths.title") }</h3></summary>
                <dl class="myths">
                    { for ["01", "02", "03"].iter().map(|n| html! { <>
                        <dt>{ texts.t(&format!("myth.{n}.claim")) }</dt>
                        <dd>{ texts.t(&format!("myth.{n}.answer")) }</dd>
                    </> }) }
                </dl>
            </details>

            <details class="card more">
                <summary><h3>{ texts.t("about.title") }</h3></summary>
                <ul class="steps-list">{ items(texts.list("about.")) }</ul>
                <h4>{ texts.t("causes.title") }</h4>
                <ul class="steps-list">{ items(texts.list("causes.")) }</ul>
            </details>

            <WhyPanel assessment={assessment.clone()} />
            <super::handover::HandoverPanel answers={flow.answers.clone()} />

            <div class="nav nav-result">
                <button type="button" class="button button-secondary" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
                <button type="button" class="button button-secondary" data-action="exercises" onclick={props.on_exercises.clone()}>{ texts.t("entry.exercises_now") }</button>
                <button type="button" class="button button-secondary" data-action="print" onclick={props.on_print.clone()}>{ texts.t("nav.print") }</button>
                <button type="button" class="button button-secondary" data-action="diary" onclick={props.on_diary.clone()}>{ texts.t("diary.track") }</button>
                <button type="button" class="button button-primary" data-action="restart" onclick={props.on_restart.clone()}>{ texts.t("nav.restart") }</button>
            </div>
            if props.storage_available {
                <div class="memory">
                    <input type="checkbox" id="remember" name="remember" checked={flow.settings.remember} {onchange} aria-describedby="remember-help" />
                    <label for="remember">{ texts.t("save.label") }</label>
                    <p id="remember-help" class="question-help">{ texts.t("save.help") }</p>
                </div>
            }
            <PrintSummary flow={props.flow.clone()} assessment={assessment} />
        </section>
    }
}
