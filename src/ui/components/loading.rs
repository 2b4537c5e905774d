//! In the questionnaire build, the screen shown on the way to a screen of the full build (the
//! later steps, the result, the exercises, the diary): it hands the flow over (platform::full_build) and, if the
//! full build cannot be loaded, says so with a way to try again; the answers stay.

use yew::prelude::*;

use crate::platform::full_build::hand_over;
use crate::ui::handoff::encode;
use crate::ui::text::Texts;
use crate::ui::state::Flow;

#[derive(Properties, PartialEq)]
pub struct FullBuildLoaderProps {
    /// Given, not read from a context (see `question::AskProps`).
    pub texts: Texts,
    pub flow: Flow,
    pub heading: NodeRef,
    /// Back to where the reader came from (the last step, the start card).
    pub on_back: Callback<MouseEvent>,
}

#[function_component(FullBuildLoader)]
pub fn full_build_loader(props: &FullBuildLoaderProps) -> Html {
    let texts = &props.texts;
    let failed = use_state_eq(|| false);
    // Hands the flow over: once as the screen shows, and again on each "Try again" tap.
    let hand_over_now = {
        let (flow, failed) = (props.flow.clone(), failed.clone());
        std::rc::Rc::new(move || {
            failed.set(false);
            let failed = failed.clone();
            hand_over(encode(&flow), crate::ui::stop, move || failed.set(true));
        })
    };
    {
        let hand_over_now = hand_over_now.clone();
        use_effect_with((), move |_| hand_over_now());
    }
    let retry = Callback::from(move |_: MouseEvent| hand_over_now());
    html! {
        // No `data-screen`: this is not one of embed.md's screens but the way to one, so a host's
        // QA script waiting for `[data-screen]` waits for the screen the full build shows.
        <section class="screen screen-loading" data-loading="" aria-labelledby="screen-heading" aria-busy={if *failed { "false" } else { "true" }}>
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.t("loading.title") }</h2>
            if *failed {
                <p role="alert">{ texts.t("loading.failed") }</p>
                <div class="nav nav-stack">
                    <button type="button" class="button button-primary" data-action="retry" onclick={retry}>{ texts.t("loading.retry") }</button>
                    <button type="button" class="button button-secondary" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
                </div>
            }
        </section>
    }
}
