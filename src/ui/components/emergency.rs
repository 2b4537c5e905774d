//! The emergency screen: it takes over the moment an answer is a red flag.

use yew::prelude::*;

use super::level::level_icon;
use crate::engine::Level;
use crate::ui::hooks::use_texts;

#[derive(Properties, PartialEq)]
pub struct EmergencyProps {
    pub heading: NodeRef,
    pub on_review: Callback<MouseEvent>,
    pub on_restart: Callback<MouseEvent>,
}

#[function_component(EmergencyScreen)]
pub fn emergency_screen(props: &EmergencyProps) -> Html {
    let texts = use_texts();
    let number = texts.number.clone();
    html! {
        <section class="screen screen-emergency level-emergency" data-screen="emergency" data-step="emergency" data-level="emergency"
            aria-labelledby="screen-heading">
            <div class="level-banner">
                { level_icon(Level::Emergency) }
                <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>
                    { texts.t("emergency.title") }
                </h2>
            </div>
            <p class="emergency-call">{ texts.t("emergency.call") }</p>
            <a class="button button-emergency" href={format!("tel:{number}")}>
                <span class="visually-hidden">{ texts.t("emergency.number_label") }{ ": " }</span>
                <span aria-hidden="true">{ "☎ " }</span>{ number.clone() }
            </a>
            <p>{ texts.t("emergency.why") }</p>
            <ul class="steps-list">
                { for texts.list("emergency.do.").into_iter().map(|text| html! { <li>{ text }</li> }) }
            </ul>
            <p class="disclaimer">{ texts.t("disclaimer.short") }</p>
            <p class="review-hint">{ texts.t("emergency.review_hint") }</p>
            <div class="nav nav-stack">
                <button type="button" class="button button-secondary" data-action="review" onclick={props.on_review.clone()}>
                    { texts.t("nav.review") }
                </button>
                <button type="button" class="button button-secondary" data-action="restart" onclick={props.on_restart.clone()}>
                    { texts.t("nav.restart") }
                </button>
            </div>
        </section>
    }
}
