//! Tells the reader the truth about the device memory: when keeping or deleting their answers
//! failed, and (on the result screen) when this browser gives the widget no memory at all.

use yew::prelude::*;

use crate::ui::hooks::MemoryProblem;
use crate::ui::text::Texts;

/// The notice, or nothing. `problem`: keeping or deleting the answers failed; `unavailable`: no
/// storage here (a sandboxed iframe, a strict privacy mode); `on_result`: only the result screen
/// offers to remember, so only there is "no memory" worth saying. A function, not a component:
/// the app redraws it with the screen at no noticeable cost, and a component's plumbing costs
/// ~1.5 kB of the first load.
pub fn memory_notice(texts: &Texts, problem: Option<MemoryProblem>, unavailable: bool, on_result: bool) -> Html {
    let (key, role) = match problem {
        Some(MemoryProblem::NotKept) => ("memory.not_kept", "alert"),
        Some(MemoryProblem::NotDeleted) => ("memory.not_deleted", "alert"),
        None if unavailable && on_result => ("memory.unavailable", "status"),
        None => return Html::default(),
    };
    html! {
        <p class="notice memory-problem" data-memory-problem={key} {role}>{ texts.t(key) }</p>
    }
}
