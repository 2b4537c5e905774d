//! The level's mark: words beside it, and a shape as well as a colour, so the level never rests
//! on colour alone. One icon per level, shared by the result and the emergency screen.

use yew::prelude::*;

use crate::engine::Level;

/// Level icons differ in shape as well as colour, so the level never rests on colour alone.
pub fn level_icon(level: Level) -> Html {
    let shape = match level {
        Level::Emergency => html! { <path d="M12 2 L23 21 H1 Z" /> },
        // A diamond: a road-sign "warning" shape, distinct from emergency's triangle.
        Level::Urgent => html! { <path d="M12 1 L23 12 L12 23 L1 12 Z" /> },
        Level::Prompt => html! { <circle cx="12" cy="12" r="10" /> },
        Level::Routine => html! { <rect x="2" y="4" width="20" height="18" rx="3" /> },
        Level::SelfCare => html! { <path d="M12 2 L22 10 V22 H2 V10 Z" /> },
    };
    let mark = match level {
        Level::Emergency => {
            html! { <><rect class="icon-mark" x="11" y="8" width="2" height="7" /><rect class="icon-mark" x="11" y="17" width="2" height="2" /></> }
        }
        Level::Urgent => html! { <path class="icon-stroke" d="M12 6 V13 M12 16 V18" /> },
        Level::Prompt => html! { <path class="icon-stroke" d="M12 6 V12 L16 14" /> },
        Level::Routine => html! { <path class="icon-stroke" d="M6 10 H18 M6 14 H14" /> },
        Level::SelfCare => html! { <path class="icon-stroke" d="M8 15 L11 18 L16 12" /> },
    };
    html! {
        <svg class="level-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{ shape }{ mark }</svg>
    }
}
