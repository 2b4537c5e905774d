//! The result: the level first, then what to do, the pattern hint, the plan for the phase,
//! what a doctor may discuss, myths, tips, and why. A print-only summary goes with it.

use yew::prelude::*;

use crate::engine::{assess, pattern_basis, phase_basis, Answers, Assessment, Level, Situation};
use crate::ui::hooks::{use_host, use_texts};
use crate::ui::state::Flow;
use crate::ui::steps::StepId;
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub flow: UseReducerHandle<Flow>,
    pub heading: NodeRef,
    pub on_restart: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
    pub on_print: Callback<MouseEvent>,
    pub on_remember: Callback<bool>,
    pub storage_available: bool,
}

fn items(texts: Vec<AttrValue>) -> Html {
    texts
        .into_iter()
        .map(|text| html! { <li>{ text }</li> })
        .collect()
}

/// Level icons differ in shape as well as colour, so the level never rests on colour alone.
fn level_icon(level: Level) -> Html {
    let shape = match level {
        Level::Emergency => html! { <path d="M12 2 L23 21 H1 Z" /> },
        // Placeholder shape until the lead's UI work gives "urgent" its own icon.
        Level::Urgent => html! { <path d="M12 1 L23 12 L12 23 L1 12 Z" /> },
        Level::Prompt => html! { <circle cx="12" cy="12" r="10" /> },
        Level::Routine => html! { <rect x="2" y="4" width="20" height="18" rx="3" /> },
        Level::SelfCare => html! { <path d="M12 2 L22 10 V22 H2 V10 Z" /> },
    };
    let mark = match level {
        Level::Emergency => {
            html! { <><rect class="icon-mark" x="11" y="8" width="2" height="7" /><rect class="icon-mark" x="11" y="17" width="2" height="2" /></> }
        }
        Level::Urgent => html! { <path class="icon-stroke" d="M12 6 V13 M12 16 V18" /> },
        Level::Prompt => html! { <path class="icon-stroke" d="M12 6 V12 L16 14" /> },
        Level::Routine => html! { <path class="icon-stroke" d="M6 10 H18 M6 14 H14" /> },
        Level::SelfCare => html! { <path class="icon-stroke" d="M8 15 L11 18 L16 12" /> },
    };
    html! {
        <svg class="level-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{ shape }{ mark }</svg>
    }
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
        <section class={classes!("screen", "screen-result", format!("level-{level}"))} data-step="result"
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

            <div class="nav nav-result">
                <button type="button" class="button button-secondary" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
                <button type="button" class="button button-secondary" data-action="print" onclick={props.on_print.clone()}>{ texts.t("nav.print") }</button>
                <button type="button" class="button button-primary" data-action="restart" onclick={props.on_restart.clone()}>{ texts.t("nav.restart") }</button>
            </div>
            if props.storage_available {
                <div class="memory">
                    <input type="checkbox" id="remember" name="remember" checked={flow.remember} {onchange} aria-describedby="remember-help" />
                    <label for="remember">{ texts.t("save.label") }</label>
                    <p id="remember-help" class="question-help">{ texts.t("save.help") }</p>
                </div>
            }
            <PrintSummary flow={props.flow.clone()} assessment={assessment} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TipsProps {
    situations: Vec<Situation>,
}

/// Tips for the reader's own situations first; every other situation stays one tap away.
#[function_component(Tips)]
fn tips(props: &TipsProps) -> Html {
    let texts = use_texts();
    let group = |id: &str| {
        html! {
            <div class="tip-group" data-tips={id.to_owned()}>
                <h4>{ texts.t(&format!("tips.{id}.name")) }</h4>
                <ul class="steps-list">{ items(texts.list(&format!("tips.{id}."))) }</ul>
            </div>
        }
    };
    let (mine, others): (Vec<Situation>, Vec<Situation>) = Situation::ALL
        .iter()
        .partition(|situation| props.situations.contains(situation));
    html! {
        <section class="card" aria-labelledby="tips-title">
            <h3 id="tips-title">{ texts.t("tips.title") }</h3>
            if !mine.is_empty() {
                <p class="tips-intro">{ texts.t("tips.for_you") }</p>
                { for mine.iter().map(|situation| group(situation.as_str())) }
            }
            { group("general") }
            if !others.is_empty() {
                <details class="more-tips">
                    <summary>{ texts.t("tips.other") }</summary>
                    { for others.iter().map(|situation| group(situation.as_str())) }
                </details>
            }
        </section>
    }
}

fn facts_line(texts: &Texts, facts: &[&str]) -> Html {
    html! {
        <ul class="fact-list">
            { for facts.iter().map(|id| {
                let summary = crate::content::fact(id).map(|fact| match texts.locale {
                    crate::content::Locale::ZhCn => fact.zh,
                    crate::content::Locale::En => fact.en,
                }).unwrap_or("");
                html! { <li><span class="fact-id">{ *id }</span>{ " " }{ summary }</li> }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct WhyProps {
    assessment: Assessment,
}

/// "Why this advice": every rule that fired and the facts behind it, for readers and reviewers.
#[function_component(WhyPanel)]
fn why_panel(props: &WhyProps) -> Html {
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

#[derive(Properties, PartialEq)]
struct PrintProps {
    flow: UseReducerHandle<Flow>,
    assessment: Assessment,
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
fn print_summary(props: &PrintProps) -> Html {
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
