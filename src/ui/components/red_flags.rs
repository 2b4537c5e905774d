//! The questionnaire's first step: the red-flag checklist, each sign a statement to tick, and
//! "none of these" as an explicit answer.

use yew::prelude::*;

use super::check::check_item;
use crate::content::steps::RED_FLAG_CHECKLIST;
use crate::ui::state::{Flow, Msg};
use crate::ui::text::Texts;

/// The checklist as one fieldset. Its boxes are plain functions, not components: an answer
/// redraws the list's few boxes, which costs nothing noticeable, while this step is the only
/// one the first load draws and a component's plumbing costs ~1.5 kB there.
pub fn red_flag_checklist(texts: &Texts, flow: &Flow, on_msg: &Callback<Msg>) -> Html {
    let invalid = flow.missing.contains(&"none_of_these");
    html! {
        <fieldset class="question checklist" id="q-none_of_these" aria-invalid={invalid.then_some("true")}>
            <legend class="visually-hidden">{ texts.t("step.red_flags.title") }</legend>
            { for RED_FLAG_CHECKLIST.iter().map(|&field| check_item(texts, field, flow.answers.flag(field) == Some(true), true, on_msg)) }
            <div class="checklist-divider" aria-hidden="true"></div>
            { check_item(texts, "none_of_these", flow.no_red_flags, false, on_msg) }
            if invalid {
                <p class="field-error">{ texts.t("error.red_flags") }</p>
            }
        </fieldset>
    }
}
