//! Native form controls whose `name`/`value` are the contract's (embed.md automation hooks).
//!
//! Each control sends its answer as a [`Msg`] through one `on_msg` callback that stays the
//! same across renders, so Yew re-renders only the question whose answer changed.

use yew::prelude::*;

use super::body_map::body_map;
use super::check::check_item;
use crate::engine::{PainArea, Side};
use crate::ui::state::Msg;
use crate::ui::text::Texts;
use crate::content::steps::ChoiceField;

/// Label, "why we ask", the answer's `controls` and an error line: the frame of every question.
/// A function, not a component: it is drawn exactly when its question is, so a component's
/// props check would save nothing, and its plumbing costs ~1.5 kB of WebAssembly.
pub fn question(texts: &Texts, field: &'static str, invalid: bool, controls: Html) -> Html {
    let help_id = format!("help-{field}");
    let error_id = format!("error-{field}");
    let described_by = if invalid {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };
    html! {
        <fieldset class="question" id={format!("q-{field}")}
            aria-describedby={described_by} aria-invalid={invalid.then_some("true")}>
            <legend class="question-label">{ texts.t(&format!("q.{field}.label")) }</legend>
            <p class="question-help" id={help_id}>{ texts.t(&format!("q.{field}.help")) }</p>
            { controls }
            if invalid {
                <p class="field-error" id={error_id}>{ texts.t("error.required") }</p>
            }
        </fieldset>
    }
}

/// What one question of a step asks (or the body map, which answers one), with the answer
/// given so far.
#[derive(Clone, PartialEq)]
pub enum Ask {
    /// A yes/no question.
    YesNo { field: &'static str, value: Option<bool> },
    /// A question with labelled options.
    Choice { field: ChoiceField, selected: Vec<&'static str> },
    /// A single checkbox: a red flag, or one of the explicit "nothing" answers.
    Check { field: &'static str, checked: bool, with_help: bool },
    /// The body map: the pain areas picked on a figure (`body_map`).
    BodyMap { selected: Vec<PainArea>, side: Option<Side> },
}

#[derive(Properties, PartialEq)]
pub struct AskProps {
    /// Given, not read from a context: the step draws its questions with the words it has, as
    /// the first load's red-flag checklist does (that build has no context provider).
    pub texts: Texts,
    pub ask: Ask,
    #[prop_or_default]
    pub invalid: bool,
    pub on_msg: Callback<Msg>,
}

/// One question of a step, of any kind. A component, so that its props check keeps an answer
/// from redrawing the other questions; one for every kind, since each component's plumbing
/// costs ~1.5 kB of WebAssembly.
#[function_component(Question)]
pub fn question_view(props: &AskProps) -> Html {
    let texts = &props.texts;
    match &props.ask {
        Ask::YesNo { field, value } => yes_no(texts, field, *value, props.invalid, &props.on_msg),
        Ask::Choice { field, selected } => choice(texts, *field, selected, props.invalid, &props.on_msg),
        Ask::Check { field, checked, with_help } => check_item(texts, field, *checked, *with_help, &props.on_msg),
        Ask::BodyMap { selected, side } => body_map(texts, selected, *side, &props.on_msg),
    }
}

/// A yes/no question as a pair of radios (values `true` / `false`), none chosen until answered.
fn yes_no(texts: &Texts, field: &'static str, value: Option<bool>, invalid: bool, on_msg: &Callback<Msg>) -> Html {
    let option = |answer: bool, key: &str| {
        let onchange = on_msg.reform(move |_: Event| Msg::SetBool(field, answer));
        let checked = value == Some(answer);
        html! {
            <label class="option">
                <input type="radio" name={field} value={if answer { "true" } else { "false" }}
                    {checked} {onchange} />
                <span>{ texts.t(key) }</span>
            </label>
        }
    };
    let controls = html! {
        <div class="options options-inline">
            { option(true, "answer.yes") }
            { option(false, "answer.no") }
        </div>
    };
    question(texts, field, invalid, controls)
}

/// One question with labelled options (`opt.<field>.<value>`): checkboxes or radios.
fn choice(texts: &Texts, field: ChoiceField, selected: &[&'static str], invalid: bool, on_msg: &Callback<Msg>) -> Html {
    let name = field.name();
    let kind = if field.multiple() {
        "checkbox"
    } else {
        "radio"
    };
    let controls = html! {
        <div class="options">
            { for field.values().into_iter().map(|value| {
                // `value` is one of the field's own, so no check of it is needed (`Msg::pick`).
                let onchange = on_msg.reform(move |_: Event| Msg::Pick(field, value));
                let checked = selected.contains(&value);
                html! {
                    <label class="option">
                        <input type={kind} {name} {value} {checked} {onchange} />
                        <span>{ texts.t(&format!("opt.{name}.{value}")) }</span>
                    </label>
                }
            }) }
        </div>
    };
    question(texts, name, invalid, controls)
}
