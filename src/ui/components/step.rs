//! One questionnaire step: its heading, its questions, and Back / Next.

use yew::prelude::*;

use super::chrome::{progress, step_nav};
use crate::ui::state::{Flow, Msg};
use crate::content::steps::StepId;
use crate::ui::text::Texts;

/// Step `index` of the questionnaire. A function, not a component: the flow it shows changes
/// with every answer, so a component's props check would never spare a redraw, while its
/// plumbing costs ~1.5 kB of the first load. The later steps' questions are components, each
/// redrawn only when its own answer changes (`later_steps`). `on_msg`: one callback for every answer and button, the same on
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

/// The questions of `step`.
fn questions(step: StepId, flow: &Flow, on_msg: &Callback<Msg>, texts: &Texts) -> Html {
    #[cfg(feature = "journeys")]
    return super::later_steps::questions(step, flow, on_msg, texts);
    // The first load draws the first step only: it hands every later one to the full build
    // (`ui::handoff::in_questionnaire_build`), so their questions are not in its WebAssembly.
    #[cfg(not(feature = "journeys"))]
    match step {
        StepId::RedFlags => super::red_flags::red_flag_checklist(texts, flow, on_msg),
        _ => Html::default(),
    }
}
