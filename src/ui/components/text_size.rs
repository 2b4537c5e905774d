//! The "Larger text" toggle: a larger-text, higher-contrast mode (styles/widget.css, custom
//! properties only). Starts on with the host's `size=large`; the reader's own choice is kept on
//! the device with the other settings only while they keep their answers (`remember`).
//!
//! A hook the app calls and a plain function for the button, not a component: a tap redraws the
//! app (whose questions are spared by their own props check), and a component's plumbing costs
//! ~1.5 kB of the first load.

use yew::prelude::*;

use crate::platform::browser::{applied_text_size, apply_text_size, keep_text_size, load_text_size};
use crate::ui::text::Texts;

/// Whether the larger text is on, applied to the page and kept while the reader keeps answers.
/// `remember`: the reader keeps answers on this device, so keep this setting too.
/// `large_by_default`: the host asked for larger text (`size=large`).
/// `carried_over`: the full build took over (ui::handoff): the page already shows the reader's
/// choice, which need not have been kept, so it goes on as it is.
#[hook]
pub fn use_text_size(remember: bool, large_by_default: bool, carried_over: bool) -> UseStateHandle<bool> {
    let default = large_by_default;
    let large = use_state(|| if carried_over { applied_text_size() } else { load_text_size().unwrap_or(default) });
    // Forgotten only when the reader turns memory off, not while memory is still being read.
    let remembered = use_mut_ref(|| false);
    use_effect_with((*large, remember), move |&(large, remember)| {
        apply_text_size(large);
        if remember {
            // Only a choice that differs from the default is a setting worth keeping.
            keep_text_size((large != default).then_some(large));
        } else if std::mem::replace(&mut *remembered.borrow_mut(), false) {
            keep_text_size(None);
        }
        *remembered.borrow_mut() |= remember;
    });
    large
}

/// The toggle button for the state [`use_text_size`] keeps.
pub fn text_size_toggle(texts: &Texts, large: &UseStateHandle<bool>) -> Html {
    let onclick = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(!*large))
    };
    html! {
        <button type="button" class="text-size-button" data-action="text-size"
            aria-pressed={large.to_string()} {onclick}>
            { texts.t("text_size.larger") }
        </button>
    }
}
