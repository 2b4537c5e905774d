//! The start card: what this is, how long it takes, that answers stay here, that it is no diagnosis.

use yew::prelude::*;

use crate::ui::hooks::{use_host, use_texts};

#[derive(Properties, PartialEq)]
pub struct StartCardProps {
    pub heading: NodeRef,
    pub on_start: Callback<MouseEvent>,
    /// Answers were brought back from this device: offer to delete them.
    pub remembered: bool,
    pub on_forget: Callback<MouseEvent>,
}

#[function_component(StartCard)]
pub fn start_card(props: &StartCardProps) -> Html {
    let texts = use_texts();
    let host = use_host();
    let number = host.emergency_number(texts.locale).to_owned();
    html! {
        <section class="screen screen-start" data-step="start" aria-labelledby="screen-heading">
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.t("start.title") }</h2>
            <p class="lead">{ texts.t("start.lead") }</p>
            <ul class="facts-list">
                <li><span class="bullet-icon" aria-hidden="true">{ "⏱" }</span>{ texts.t("start.time") }</li>
                <li><span class="bullet-icon" aria-hidden="true">{ "🔒" }</span>{ texts.t("start.privacy") }</li>
                <li><span class="bullet-icon" aria-hidden="true">{ "ℹ" }</span>{ texts.t("start.disclaimer") }</li>
            </ul>
            <p class="notice notice-emergency">
                { texts.fill("start.emergency_hint", &[("number", &number)]) }
            </p>
            <div class="nav">
                <button type="button" class="button button-primary" data-action="start" onclick={props.on_start.clone()}>
                    { texts.t("nav.start") }
                </button>
            </div>
            if props.remembered {
                <p class="memory-note">
                    { texts.t("save.help") }{ " " }
                    <button type="button" class="button-link" data-action="forget" onclick={props.on_forget.clone()}>
                        { texts.t("save.wipe") }
                    </button>
                </p>
            }
        </section>
    }
}
