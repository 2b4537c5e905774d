//! The emergency screen: it takes over the moment an answer is a red flag.

use yew::prelude::*;

use super::level::level_icon;
use crate::engine::Level;
use crate::ui::text::Texts;

/// What the emergency screen shows and where its buttons lead.
pub struct EmergencyProps {
    pub heading: NodeRef,
    pub on_review: Callback<MouseEvent>,
    pub on_restart: Callback<MouseEvent>,
    /// The emergency rules that fired, in table order: the screen says why, and adds what
    /// matters for some of them while help is on its way (none named from a diary check-in).
    pub rules: Vec<&'static str>,
}

/// The emergency screen. A function in the app, not a component: its callbacks are new on every
/// render of the app, so a component's props check never spared a redraw, and its plumbing costs
/// ~1.5 kB of the first load. The key keeps the section from being patched into another
/// screen's (as a component's would not be).
pub fn emergency_screen(texts: &Texts, props: &EmergencyProps) -> Html {
    let number = texts.number.clone();
    html! {
        <section key="emergency" class="screen screen-emergency level-emergency" data-screen="emergency" data-step="emergency" data-level="emergency"
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
            <ul class="steps-list emergency-reasons">
                { for props.rules.iter().map(|rule| html! { <li data-rule={*rule}>{ texts.t(&format!("rule.{rule}")) }</li> }) }
            </ul>
            if props.rules.contains(&"serious_accident") {
                <p class="notice notice-emergency" data-note="serious_accident">{ texts.t("emergency.accident_still") }</p>
            }
            if props.rules.contains(&"cancer_nerve_signs") {
                <p class="notice notice-emergency" data-note="cancer_nerve_signs">{ texts.t("emergency.cancer_team") }</p>
            }
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
