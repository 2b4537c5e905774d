//! One hook per concern: words, host settings, focus, height reporting, the device memory.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Flow, Screen};
use super::text::Texts;
use crate::content::Locale;
use crate::platform::config::HostConfig;

#[hook]
pub fn use_texts() -> Texts {
    use_context::<Texts>().unwrap_or_else(|| {
        Texts::new(
            Locale::ZhCn,
            crate::content::default_emergency_number(Locale::ZhCn),
        )
    })
}

#[hook]
pub fn use_host() -> Rc<HostConfig> {
    use_context::<Rc<HostConfig>>().unwrap_or_default()
}

/// Moves keyboard and screen-reader focus to the new screen's heading whenever `screen`
/// changes, but not on first load: a widget inside an article must not steal the page's focus.
#[hook]
pub fn use_focus_on_change(screen: Screen, heading: NodeRef) {
    let first = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
            element.scroll_into_view_with_bool(true);
        }
    });
}

/// In a host's iframe, keeps the host told of the content's height (embed.md).
/// Takes the settings directly: the component calling it is the one providing them.
#[hook]
pub fn use_height_reporter(host: Rc<HostConfig>, root: NodeRef) {
    use_effect_with(root, move |root| {
        let observer = match (host.embedded, root.cast::<web_sys::Element>()) {
            (true, Some(element)) => {
                let id = host.embed_id.clone().unwrap_or_default();
                crate::platform::browser::HeightObserver::watch(&element, move |height| {
                    crate::platform::browser::post_height(&id, height)
                })
            }
            _ => None,
        };
        move || drop(observer)
    });
}

/// Applies the host's accent colour. Set through the CSSOM, because the widget's own
/// Content-Security-Policy (rightly) refuses inline `style` attributes.
#[hook]
pub fn use_accent(accent: Option<String>, root: NodeRef) {
    use_effect_with(accent, move |accent| {
        if let (Some(accent), Some(element)) = (accent, root.cast::<web_sys::HtmlElement>()) {
            let _ = element.style().set_property("--accent", accent);
        }
    });
}

/// Brings back answers the reader chose to keep, and keeps them in step afterwards.
/// Nothing is written unless `remember` is on; turning it off deletes what was kept.
#[hook]
pub fn use_device_memory(flow: UseReducerHandle<Flow>, available: bool) {
    {
        let flow = flow.clone();
        use_effect_with((), move |_| {
            if let Some(returning) = available.then(crate::platform::storage::load).flatten() {
                flow.dispatch(super::state::Msg::Restore(returning));
            }
        });
    }
    // Turning memory off deletes what was kept: only on that change, never on every render.
    let was_remembering = use_mut_ref(|| false);
    use_effect_with(flow.remember, move |&remember| {
        let was = std::mem::replace(&mut *was_remembering.borrow_mut(), remember);
        if available && was && !remember {
            crate::platform::storage::wipe();
        }
    });
    // While memory is on, every changed answer is kept.
    let kept = flow
        .remember
        .then(|| (flow.answers.clone(), flow.answered.clone()));
    use_effect_with(kept, move |kept| {
        if let (true, Some((answers, answered))) = (available, kept) {
            crate::platform::storage::save(answers, answered);
        }
    });
}
