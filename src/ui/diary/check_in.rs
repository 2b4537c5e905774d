//! The daily check-in (`data-screen="check-in"`): today's pain, the trend, the red-flag
//! checklist every time (any tick shows the emergency screen at once), where it hurts and
//! an optional note. The questionnaire's own question components are reused as they are:
//! their messages, turned into check-in edits (`ui::check_in_edits`), drive this screen's
//! [`Draft`]. After saving: what changed and why.

use yew::prelude::*;

use super::{keep, session};
use crate::diary::checkin::Draft;
use crate::diary::{change_on, Change, NOTE_MAX_CHARS, RED_FLAGS};
use crate::engine::rule;
use crate::platform::diary_store::today;
use crate::ui::components::emergency::{emergency_screen, EmergencyProps};
use crate::ui::components::number::NumberQuestion;
use crate::ui::components::question::{Ask, Question};
use crate::ui::check_in_edits::check_in_edit;
use crate::ui::hooks::use_texts;
use crate::ui::state::Msg;
use crate::content::steps::{ChoiceField, NumberField};
use crate::ui::text::Texts;

#[derive(Properties, PartialEq)]
pub struct CheckInProps {
    pub heading: NodeRef,
    /// Back to the diary (also after saving).
    pub on_back: Callback<MouseEvent>,
    /// "Start again" on the emergency screen.
    pub on_restart: Callback<MouseEvent>,
}

/// One changed rule with its reason and the facts behind it.
fn rule_item(texts: &Texts, id: &'static str) -> Html {
    let facts = rule(id).map(|rule| rule.facts).unwrap_or_default();
    html! {
        <li data-rule={id}>
            { texts.t(&format!("rule.{id}")) }
            if !facts.is_empty() {
                <span class="change-facts">{ " (" }{ texts.t("change.facts") }{ " " }{ facts.join(", ") }{ ")" }</span>
            }
        </li>
    }
}

/// "What changed since last time, and why".
pub fn change_message(texts: &Texts, change: &Change) -> Html {
    let level = |level: crate::engine::Level| {
        texts
            .t(&format!("level.{}.name", level.as_str()))
            .to_string()
    };
    let day = change.day.to_string();
    let headline = match change.level_before {
        None => texts.t("change.first"),
        Some(before) if before != change.level_now => texts.fill(
            "change.level_changed",
            &[
                ("day", &day),
                ("before", &level(before)),
                ("value", &level(change.level_now)),
            ],
        ),
        Some(_) => texts.fill(
            "change.level_same",
            &[("day", &day), ("value", &level(change.level_now))],
        ),
    };
    let nothing = change.level_before.is_some()
        && change.newly_fired.is_empty()
        && change.no_longer_fired.is_empty();
    html! {
        <section class={classes!("change", "level-card", format!("level-{}", change.level_now.as_str()))}
            data-change="" data-level={change.level_now.as_str()} aria-labelledby="change-title">
            <h3 id="change-title">{ texts.t("change.title") }</h3>
            <p class="change-headline">{ headline }</p>
            if !change.newly_fired.is_empty() {
                <p>{ texts.t("change.new") }</p>
                <ul data-newly-fired="">{ for change.newly_fired.iter().map(|id| rule_item(texts, id)) }</ul>
            }
            if !change.no_longer_fired.is_empty() {
                <p>{ texts.t("change.gone") }</p>
                <ul data-no-longer-fired="">{ for change.no_longer_fired.iter().map(|id| rule_item(texts, id)) }</ul>
            }
            if nothing {
                <p>{ texts.t("change.none") }</p>
            }
        </section>
    }
}

#[function_component(CheckInScreen)]
pub fn check_in_screen(props: &CheckInProps) -> Html {
    let texts = use_texts();
    let draft = use_state(|| {
        let last_areas = session()
            .diary
            .and_then(|diary| diary.entries.last().map(|entry| entry.pain_areas.clone()))
            .unwrap_or_default();
        Draft::new(&last_areas)
    });
    let tried = use_state(|| false);
    // The emergency screen was left with "Review": show the form until another tick.
    let reviewing = use_state(|| false);
    let saved = use_state(|| None::<Change>);
    let on_msg = {
        let (draft, reviewing) = (draft.clone(), reviewing.clone());
        Callback::from(move |msg: Msg| {
            let mut next = (*draft).clone();
            if let Some(edit) = check_in_edit(&msg) {
                next.apply(edit);
            }
            if matches!(msg, Msg::SetBool(_, true)) {
                reviewing.set(false);
            }
            draft.set(next);
        })
    };
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let text = event
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            let mut next = (*draft).clone();
            next.note = text;
            draft.set(next);
        })
    };
    let on_save = {
        let (draft, tried, saved) = (draft.clone(), tried.clone(), saved.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            tried.set(true);
            let Some(answers) = draft.finish() else {
                return;
            };
            let Some(mut diary) = session().diary else {
                return;
            };
            let day = today();
            diary.record(&answers, day);
            let change = change_on(&diary, day);
            keep(diary, change.clone());
            saved.set(change);
        })
    };
    let showing_emergency = draft.has_red_flag() && !*reviewing;
    // The emergency screen and the "what changed" message replace the form without a screen
    // change, so focus goes to their heading here, as it would for a new screen.
    {
        let heading = props.heading.clone();
        use_effect_with((showing_emergency, saved.is_some()), move |&(emergency, done)| {
            if emergency || done {
                if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    if showing_emergency {
        let on_review = {
            let reviewing = reviewing.clone();
            Callback::from(move |_: MouseEvent| reviewing.set(true))
        };
        return emergency_screen(
            &texts,
            &EmergencyProps { heading: props.heading.clone(), on_review, on_restart: props.on_restart.clone(), rules: Vec::new() },
        );
    }
    let heading = html! {
        <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.t("checkin.title") }</h2>
    };
    if let Some(change) = saved.as_ref() {
        let unsaved = session().unsaved;
        return html! {
            <section class="screen screen-check-in" data-screen="check-in" data-saved="" aria-labelledby="screen-heading">
                { heading }
                if unsaved {
                    <p class="notice notice-warning" role="alert" data-storage-problem="">{ texts.t("diary.storage.failed") }</p>
                }
                { change_message(&texts, change) }
                <div class="nav">
                    <button type="button" class="button button-primary" data-action="back" onclick={props.on_back.clone()}>{ texts.t("change.see_diary") }</button>
                </div>
            </section>
        };
    }
    let missing = if *tried { draft.missing() } else { Vec::new() };
    let invalid = |field: &str| missing.contains(&field);
    html! {
        <section class="screen screen-check-in" data-screen="check-in" aria-labelledby="screen-heading">
            { heading }
            <p class="lead">{ texts.t("checkin.lead") }</p>
            <form onsubmit={on_save} novalidate=true>
                <fieldset class="question checklist"
                    aria-invalid={invalid("none_of_these").then_some("true")}>
                    <legend class="question-label">{ texts.t("checkin.red_flags") }</legend>
                    { for RED_FLAGS.iter().map(|&field| html! {
                        <Question texts={texts.clone()} ask={Ask::Check { field, checked: draft.red_flags.contains(&field), with_help: true }}
                            on_msg={on_msg.clone()} />
                    }) }
                    <div class="checklist-divider" aria-hidden="true"></div>
                    <Question texts={texts.clone()} ask={Ask::Check { field: "none_of_these", checked: draft.no_red_flags, with_help: false }}
                        on_msg={on_msg.clone()} />
                    if invalid("none_of_these") {
                        <p class="field-error">{ texts.t("error.red_flags") }</p>
                    }
                </fieldset>
                <NumberQuestion texts={texts.clone()} field={NumberField::PainScore} value={draft.pain_score.map(u16::from)}
                    invalid={invalid("pain_score")} on_msg={on_msg.clone()} />
                <Question texts={texts.clone()} ask={Ask::Choice { field: ChoiceField::PainTrend,
                    selected: draft.trend.map(|trend| vec![trend.as_str()]).unwrap_or_default() }}
                    invalid={invalid("pain_trend")} on_msg={on_msg.clone()} />
                <Question texts={texts.clone()} ask={Ask::Choice { field: ChoiceField::PainAreas,
                    selected: draft.pain_areas.iter().map(|area| area.as_str()).collect::<Vec<_>>() }}
                    on_msg={on_msg.clone()} />
                <Question texts={texts.clone()} ask={Ask::BodyMap { selected: draft.pain_areas.clone(), side: None }}
                    on_msg={on_msg.clone()} />
                <div class="question">
                    <label class="question-label" for="check-in-note">{ texts.t("checkin.note.label") }</label>
                    <p class="question-help" id="help-note">{ texts.t("checkin.note.help") }</p>
                    <textarea id="check-in-note" name="note" rows="2" maxlength={NOTE_MAX_CHARS.to_string()}
                        aria-describedby="help-note" value={draft.note.clone()} oninput={on_note} />
                </div>
                if !missing.is_empty() {
                    <p class="field-error" role="alert">{ texts.t("checkin.missing") }</p>
                }
                <div class="nav">
                    <button type="button" class="button button-secondary" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
                    <button type="submit" class="button button-primary" data-action="save-check-in">{ texts.t("checkin.save") }</button>
                </div>
            </form>
        </section>
    }
}
