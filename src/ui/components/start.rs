//! The start card: what this is, how long it takes, that answers stay here, that it is no diagnosis.

use yew::prelude::*;

use crate::ui::text::Texts;

// Small line icons drawn inline: no icon font, no emoji that a phone may lack.
const CLOCK: &str = "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2";
const LOCK: &str = "M6 11h12v9H6zM9 11V8a3 3 0 0 1 6 0v3";
const INFO: &str = "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v6M12 7.5v.5";

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="bullet-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={path} /></svg>
    }
}

/// What the start card shows, and the app's callbacks for its buttons.
pub struct StartCardProps {
    pub heading: NodeRef,
    pub on_start: Callback<MouseEvent>,
    /// Answers were brought back from this device: offer to delete them.
    pub remembered: bool,
    /// Days since the kept answers were last confirmed, when they came back on this visit.
    pub returned_after_days: Option<u16>,
    pub on_forget: Callback<MouseEvent>,
    /// "Just the exercises", without the questionnaire.
    pub on_exercises: Callback<MouseEvent>,
    /// Opens the recovery diary; given only when this device keeps one.
    pub on_diary: Option<Callback<MouseEvent>>,
}

/// The start screen. A function, not a component: its callbacks are new on every render of the
/// app, so a component's props check never spared a redraw, and its plumbing costs ~1.5 kB of
/// the first load. The key keeps the section from being patched into another screen's (as a
/// component's would not be).
pub fn start_card(texts: &Texts, props: StartCardProps) -> Html {
    html! {
        <section key="start" class="screen screen-start" data-screen="start" data-step="start" aria-labelledby="screen-heading">
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading}>{ texts.t("start.title") }</h2>
            <p class="lead">{ texts.t("start.lead") }</p>
            <ul class="facts-list">
                <li>{ icon(CLOCK) }{ texts.t("start.time") }</li>
                <li>{ icon(LOCK) }{ texts.t("start.privacy") }</li>
                <li>{ icon(INFO) }{ texts.t("start.disclaimer") }</li>
            </ul>
            if let Some(days) = props.returned_after_days {
                <p class="notice notice-returning">{ texts.fill("save.returning", &[("days", &days.to_string())]) }</p>
            }
            <p class="notice notice-emergency">
                { texts.t("start.emergency_hint") }
            </p>
            <div class="nav">
                <button type="button" class="button button-primary" data-action="start" onclick={props.on_start}>
                    { texts.t("nav.start") }
                </button>
                <button type="button" class="button" data-action="exercises" onclick={props.on_exercises}>
                    { texts.t("entry.exercises") }
                </button>
                if let Some(on_diary) = props.on_diary {
                    <button type="button" class="button button-secondary" data-action="diary" onclick={on_diary}>{ texts.t("diary.title") }</button>
                }
            </div>
            if props.remembered {
                <p class="memory-note">
                    { texts.t("save.help") }{ " " }
                    <button type="button" class="button-link" data-action="forget" onclick={props.on_forget}>
                        { texts.t("save.wipe") }
                    </button>
                </p>
            }
        </section>
    }
}
