//! The "Larger text" toggle: a larger-text, higher-contrast mode (styles/widget.css, custom
//! properties only). Starts on with the host's `size=large`; the reader's own choice is kept on
//! the device with the other settings only while they keep their answers (`remember`).

use yew::prelude::*;

use crate::platform::browser::{applied_text_size, apply_text_size, keep_text_size, load_text_size};
use crate::ui::hooks::use_texts;

#[derive(Properties, PartialEq)]
pub struct TextSizeProps {
    /// The reader keeps answers on this device: keep this setting too.
    pub remember: bool,
    /// The host asked for larger text (`size=large`). A prop, not the host's settings from
    /// context: the questionnaire build then needs no provider for them (~1.5 kB of the first load).
    pub large_by_default: bool,
    /// The full build took over (ui::handoff): the page already shows the reader's choice, which
    /// need not have been kept, so it goes on as it is.
    #[prop_or_default]
    pub carried_over: bool,
}

#[function_component(TextSizeToggle)]
pub fn text_size_toggle(props: &TextSizeProps) -> Html {
    let texts = use_texts();
    let default = props.large_by_default;
    let carried_over = props.carried_over;
    let large = use_state(|| if carried_over { applied_text_size() } else { load_text_size().unwrap_or(default) });
    // Forgotten only when the reader turns memory off, not while memory is still being read.
    let remembered = use_mut_ref(|| false);
    {
        let remember = props.remember;
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
    }
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
