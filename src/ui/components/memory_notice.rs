//! Tells the reader the truth about the device memory: when keeping or deleting their answers
//! failed, and (on the result screen) when this browser gives the widget no memory at all.

use yew::prelude::*;

use crate::ui::hooks::{use_texts, MemoryProblem};

#[derive(Properties, PartialEq)]
pub struct MemoryNoticeProps {
    pub problem: Option<MemoryProblem>,
    /// No storage here (a sandboxed iframe, a strict privacy mode).
    pub unavailable: bool,
    /// Only the result screen offers to remember, so only there is "no memory" worth saying.
    pub on_result: bool,
}

#[function_component(MemoryNotice)]
pub fn memory_notice(props: &MemoryNoticeProps) -> Html {
    let texts = use_texts();
    let (key, role) = match props.problem {
        Some(MemoryProblem::NotKept) => ("memory.not_kept", "alert"),
        Some(MemoryProblem::NotDeleted) => ("memory.not_deleted", "alert"),
        None if props.unavailable && props.on_result => ("memory.unavailable", "status"),
        None => return Html::default(),
    };
    html! {
        <p class="notice memory-problem" data-memory-problem={key} {role}>{ texts.t(key) }</p>
    }
}
