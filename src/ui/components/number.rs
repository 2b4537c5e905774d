//! A number question: quick picks for a thumb, plus an exact input that hosts' QA can type into.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::question::question;
use crate::ui::text::Texts;
use crate::ui::state::Msg;
use crate::content::steps::NumberField;

#[derive(Properties, PartialEq)]
pub struct NumberQuestionProps {
    /// Given, not read from a context (see `question::AskProps`).
    pub texts: Texts,
    pub field: NumberField,
    /// The answer, once given.
    pub value: Option<u16>,
    #[prop_or_default]
    pub invalid: bool,
    pub on_msg: Callback<Msg>,
}

#[function_component(NumberQuestion)]
pub fn number_question(props: &NumberQuestionProps) -> Html {
    let texts = &props.texts;
    // Text the reader typed that is not (yet) a valid number: shown as typed, never lost.
    let draft = use_state(|| None::<String>);
    let field = props.field;
    let name = field.name();
    let max = field.max();
    let input_id = format!("input-{name}");
    let draft_error = draft.as_ref().is_some_and(|text| !text.is_empty());

    let oninput = {
        let (draft, on_msg) = (draft.clone(), props.on_msg.clone());
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            match text.trim().parse::<u16>() {
                Ok(number) if number <= max => {
                    draft.set(None);
                    on_msg.emit(Msg::SetNumber(field, number));
                }
                _ => {
                    draft.set(Some(text));
                    on_msg.emit(Msg::ClearNumber(field));
                }
            }
        })
    };
    let pick = |value: u16| {
        let (draft, on_msg) = (draft.clone(), props.on_msg.clone());
        Callback::from(move |_: MouseEvent| {
            draft.set(None);
            on_msg.emit(Msg::SetNumber(field, value));
        })
    };
    let shown = match (draft.as_ref(), props.value) {
        (Some(text), _) => text.clone(),
        (None, Some(number)) => number.to_string(),
        (None, None) => String::new(),
    };
    let pressed_pick = props.value.and_then(|value| field.pick_for(value));
    let pick_buttons = field.picks().iter().enumerate().map(|(index, &(key, value))| {
        html! {
            <button type="button" class="pick" aria-pressed={(pressed_pick == Some(index)).to_string()}
                data-pick={value.to_string()} onclick={pick(value)}>{ texts.t(key) }</button>
        }
    });
    // The pain score is a 0-10 scale: every value is its own quick pick.
    let scale_buttons = (field == NumberField::PainScore).then(|| {
        (0..=max)
            .map(|score| html! {
                <button type="button" class="pick pick-score" aria-pressed={(props.value == Some(score)).to_string()}
                    data-pick={score.to_string()} onclick={pick(score)}>{ score }</button>
            })
            .collect::<Html>()
    });
    let controls = html! { <>
        <div class="picks" role="group" aria-label={texts.t(&format!("q.{name}.label"))}>
            { for pick_buttons }
            { scale_buttons.unwrap_or_default() }
        </div>
        if field == NumberField::PainScore {
            <div class="scale-words" aria-hidden="true">
                <span>{ texts.t("pain.scale.0") }</span>
                <span>{ texts.t("pain.scale.5") }</span>
                <span>{ texts.t("pain.scale.10") }</span>
            </div>
        }
        <div class="exact">
            <label for={input_id.clone()}>{ texts.t(&format!("q.{name}.exact")) }</label>
            <input id={input_id} type="number" inputmode="numeric" {name} min="0" max={max.to_string()}
                step="1" value={shown} {oninput} />
        </div>
        if draft_error {
            <p class="field-error" role="alert">{ texts.fill("error.number", &[("value", &max.to_string())]) }</p>
        }
    </> };
    question(texts, name, props.invalid && !draft_error, controls)
}
