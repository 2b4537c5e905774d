//! A single checkbox with value `true`: a red flag, or one of the two explicit "nothing"
//! answers (`none_of_these`, `no_pain`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::state::Msg;
use crate::ui::text::Texts;

/// One checkbox and its label. `with_help`: show the "why" line under the label (the red-flag
/// checklist explains each sign). A function, not a component: the red-flag checklist of the
/// first load draws its boxes with it directly (a component's plumbing costs ~1.5 kB there), and
/// the full build's questions wrap it in their own component (`question::Ask::Check`).
pub fn check_item(texts: &Texts, field: &'static str, checked: bool, with_help: bool, on_msg: &Callback<Msg>) -> Html {
    let onchange = on_msg.reform(move |event: Event| {
        let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
        match field {
            "none_of_these" => Msg::SetNoRedFlags(checked),
            "no_pain" => Msg::SetNoPain(checked),
            _ => Msg::SetBool(field, checked),
        }
    });
    let help_id = format!("help-{field}");
    html! {
        <div class="option option-block">
            <input type="checkbox" id={format!("check-{field}")} name={field} value="true"
                {checked} {onchange}
                aria-describedby={with_help.then(|| help_id.clone())} />
            <label for={format!("check-{field}")}>
                <span class="option-label">{ texts.t(&format!("q.{field}.label")) }</span>
                if with_help {
                    <span class="option-help" id={help_id}>{ texts.t(&format!("q.{field}.help")) }</span>
                }
            </label>
        </div>
    }
}
