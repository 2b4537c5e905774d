//! One hook per concern: words, host settings, focus, height reporting, the device memory.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Flow, Screen};
#[cfg(feature = "journeys")]
use super::text::Texts;
use crate::content::Locale;
use crate::platform::config::HostConfig;

/// The words of the full build's screens, provided by the app. The questionnaire build has no
/// provider (see `app`): its components take their `Texts` as a prop, and this hook does not
/// exist there, so none can read a silent default instead.
#[cfg(feature = "journeys")]
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
/// `first_is_change`: the first screen is itself a change (the full build taking over). Then
/// the heading takes focus without scrolling anything: the questionnaire build's loading screen
/// already brought its heading, in the same place, into view, and in a host's iframe then the
/// widget's top (`use_top_in_view_on_change`), which scrolling again to the heading would undo.
#[hook]
pub fn use_focus_on_change(screen: Screen, heading: NodeRef, first_is_change: bool) {
    // None: the first screen, not a change; Some(taking_over): a change, the first one after a
    // takeover or not.
    let state = use_mut_ref(move || first_is_change.then_some(true));
    use_effect_with(screen, move |_| {
        let change = state.borrow_mut().replace(false);
        let Some(taking_over) = change else {
            return;
        };
        if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
            if !taking_over {
                element.scroll_into_view_with_bool(true);
            }
        }
    });
}

/// In a host's iframe, keeps the host told of the widget's height (embed.md), by the policy of
/// platform::height: coarse steps, and during a journey a fixed floor that never shrinks, so the
/// height tells the host nothing about answers or results.
/// Takes the settings directly: the component calling it is the one providing them.
#[hook]
pub fn use_height_reporter(host: Rc<HostConfig>, root: NodeRef, in_journey: bool) {
    use crate::platform::browser::HeightObserver;
    // Shared by the observer (content changes) and the journey effect (screen changes).
    let state = use_mut_ref(|| HeightState {
        id: host.embed_id.clone(),
        told: -1,
        ..HeightState::default()
    });
    // Set as the screen renders, not in the effect below: effects run a task later, and an
    // observer's size of the new screen (the first question, say) arriving in between would
    // otherwise be told as that screen's own height instead of the journey's floor.
    state.borrow_mut().in_journey = in_journey;
    {
        let state = state.clone();
        use_effect_with(in_journey, move |&in_journey| {
            let mut state = state.borrow_mut();
            if !in_journey {
                // The content measured last is the screen just left (a result, say): telling its
                // rounded height now would leak its length. Wait for the observer's next size.
                state.content = 0;
            } else if state.content > 0 {
                state.tell();
            }
        });
    }
    use_effect_with(root, move |root| {
        let observer = match (host.embedded, root.cast::<web_sys::Element>()) {
            (true, Some(element)) => HeightObserver::watch(&element, move |content| {
                let mut state = state.borrow_mut();
                state.content = content;
                state.tell();
            }),
            _ => None,
        };
        move || drop(observer)
    });
}

/// What `use_height_reporter` knows: the policy, the content's last measured height, whether a
/// journey is on, the height last told (`-1`: none yet) and the embed id.
#[derive(Default)]
struct HeightState {
    policy: crate::platform::height::HeightPolicy,
    content: i32,
    in_journey: bool,
    told: i32,
    id: Option<String>,
}

impl HeightState {
    /// Tells the host the height the policy gives, if it differs from the one told last.
    fn tell(&mut self) {
        let height = self.policy.height_for(self.content, self.in_journey);
        if self.told != height {
            self.told = height;
            crate::platform::browser::post_height(self.id.as_deref(), height);
        }
    }
}

/// In a host's iframe, brings the widget's top into view when the reader moves to another
/// screen (not on the app's first screen) while the top is out of view: a shorter screen must
/// not leave the reader looking at empty space below it. The widget scrolls itself into view,
/// which scrolls the host page too; it sends the host no message for it. On the first screen
/// the top is not yet watched; for the full build taking over, `use_focus_on_change` brings the
/// heading into view.
#[hook]
pub fn use_top_in_view_on_change<T: PartialEq + Clone + 'static>(host: Rc<HostConfig>, screen: T) {
    let first = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
        if !host.embedded {
            return;
        }
        if !is_first {
            crate::platform::browser::bring_top_into_view();
        }
        if is_first {
            // The header is the widget's top; it stays in place across screens.
            let top = gloo::utils::document()
                .query_selector(".widget-header")
                .ok()
                .flatten();
            if let Some(top) = top {
                crate::platform::browser::watch_top_in_view(&top);
            }
        }
    });
}

/// Applies the host's accent colour, one per colour scheme, each adjusted where needed to keep
/// 4.5:1 contrast (platform::accent); the stylesheet picks the one of the scheme shown. Set
/// through the CSSOM, because the widget's Content-Security-Policy refuses inline `style`.
/// `handed_over`: the full build taking over, whose questionnaire build has already said what it
/// changed (one warning, not one per build).
#[hook]
pub fn use_accent(accent: Option<String>, root: NodeRef, handed_over: bool) {
    use_effect_with(accent, move |accent| {
        let element = root.cast::<web_sys::HtmlElement>();
        let derived = accent.as_deref().and_then(crate::platform::accent::scheme_accents);
        if let (Some((accents, warnings)), Some(element)) = (derived, element) {
            if !handed_over {
                for warning in &warnings {
                    crate::platform::browser::warn(warning);
                }
            }
            for (scheme, colour) in accents {
                let _ = element.style().set_property(scheme.css_property(), &colour);
            }
        }
    });
}

/// What went wrong with the device memory, for the reader to be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryProblem {
    /// Saving was refused: nothing is kept, and the "remember" box is unticked again.
    NotKept,
    /// Deleting was refused: the answers are still kept, and the box stays ticked.
    NotDeleted,
}

/// Brings back answers the reader chose to keep (when `restore`: not when the full build takes
/// over a flow that already has them), and keeps them in step afterwards.
/// Nothing is written unless `remember` is on; turning it off deletes what was kept.
/// The "remember" box always shows what is really stored: when the storage refuses a write or a
/// delete, the box is put back and the problem returned, for the screen to say so.
#[hook]
pub fn use_device_memory(flow: UseReducerHandle<Flow>, available: bool, restore: bool) -> Option<MemoryProblem> {
    use crate::platform::storage;
    use super::state::Msg;
    let problem = use_state_eq(|| None::<MemoryProblem>);
    // Set when the box is put back to the truth: that change must not itself delete.
    let correcting = use_mut_ref(|| false);
    // Turning memory off deletes what was kept: only on that change, never on every render.
    // `None` until the first run, which brings the kept answers back.
    let was_remembering = use_mut_ref(|| None::<bool>);
    // Set when the kept answers are brought back: the change that brings them is not the
    // reader's confirmation, so it is not saved. What is kept keeps the date of the last
    // confirmation (assessment.md, "Answers kept on the device"), which the returning notice
    // counts from; the aged `onset_days` is saved with today's date at the reader's next change.
    let restoring = use_mut_ref(|| false);
    // While memory is on, every changed answer is kept. One effect for keeping and deleting:
    // `kept` is there exactly while memory is on, so it changes whenever the box does.
    let kept = flow
        .settings
        .remember
        .then(|| (flow.answers.clone(), flow.answered.clone()));
    {
        let problem = problem.clone();
        use_effect_with(kept, move |kept| {
            let was = was_remembering.borrow_mut().replace(kept.is_some());
            let correcting_now = std::mem::take(&mut *correcting.borrow_mut());
            if !available {
                return;
            }
            if was.is_none() {
                // The first run, as the widget mounts: the returning reader's answers come back
                // (the full build taking over a flow that has them does not restore).
                if let Some(returning) = restore.then(storage::load).flatten() {
                    *restoring.borrow_mut() = true;
                    flow.dispatch(Msg::Restore(returning));
                    return;
                }
                // A takeover of answers just brought back (the exercises or the diary opened from
                // the start card) is no confirmation either; any change to them was kept already.
                if flow.only_brought_back_answers() {
                    return;
                }
            }
            if std::mem::take(&mut *restoring.borrow_mut()) {
                return;
            }
            match kept {
                Some((answers, answered)) => match storage::save(answers, answered) {
                    // A delete that failed is still true after a save: only a wipe clears it.
                    Ok(()) if *problem == Some(MemoryProblem::NotKept) => problem.set(None),
                    Ok(()) => {}
                    Err(_) => {
                        // Whatever an earlier save left must not stay behind an unticked box.
                        let _ = storage::wipe();
                        problem.set(Some(MemoryProblem::NotKept));
                        *correcting.borrow_mut() = true;
                        flow.dispatch(Msg::SetRemember(false));
                    }
                },
                None if was == Some(true) && !correcting_now => match storage::wipe() {
                    Ok(()) => problem.set(None),
                    Err(_) => {
                        problem.set(Some(MemoryProblem::NotDeleted));
                        *correcting.borrow_mut() = true;
                        flow.dispatch(Msg::SetRemember(true));
                    }
                },
                None => {}
            }
        });
    }
    *problem
}

/// In the questionnaire build, from the first question on, loads the full build (the later steps,
/// the result and the journeys) and the rest of the reader's catalog in the background, for every
/// reader alike: by the end of the first step they are ready, and their requests tell nothing about an answer (a language
/// switch after that asks for the new language's rest). Nothing to do in the full build itself.
#[hook]
pub fn use_full_build_prefetch(questionnaire_started: bool, locale: Locale) {
    use_effect_with((questionnaire_started, locale), |&(started, locale)| {
        #[cfg(not(feature = "journeys"))]
        if started {
            crate::platform::full_build::prefetch();
            crate::platform::catalog_loader::prefetch_rest(locale);
        }
        #[cfg(feature = "journeys")]
        let _ = (started, locale);
    });
}
