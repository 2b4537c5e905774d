//! The exercise list (`data-screen="exercises"`): every routine as a card, the reader's first,
//! with whether to try it now, and the sit-break reminder.

use yew::prelude::*;

use super::figure::Figure;
use super::reminder::SitBreakReminder;
use super::standing_key;
use crate::exercise::{Fit, RoutineId};
use crate::ui::hooks::use_texts;

#[derive(Properties, PartialEq)]
pub struct ExerciseListProps {
    pub heading: NodeRef,
    pub fits: Vec<Fit>,
    pub on_open: Callback<RoutineId>,
    pub on_back: Callback<MouseEvent>,
}

#[function_component(ExerciseList)]
pub fn exercise_list(props: &ExerciseListProps) -> Html {
    let texts = use_texts();
    let cards = props.fits.iter().map(|fit| {
        let id = fit.id.as_str();
        let name = texts.t(&format!("exercise.{id}.name"));
        let open = {
            let (on_open, routine) = (props.on_open.clone(), fit.id);
            Callback::from(move |_: MouseEvent| on_open.emit(routine))
        };
        html! {
            <li class={classes!("exercise-card", fit.suggested.then_some("is-suggested"))} data-routine={id}>
                <Figure routine={fit.id} label={texts.fill("exercise.illustration", &[("value", &name)])} />
                <div class="exercise-card-body">
                    <h3>{ name.clone() }</h3>
                    if fit.suggested { <p class="tag">{ texts.t("exercise.list.suggested") }</p> }
                    <p class={classes!("standing", format!("standing-{}", standing_key(fit.standing)))}>
                        { texts.t(&format!("exercise.standing.{}", standing_key(fit.standing))) }
                    </p>
                    <p>{ texts.t(&format!("exercise.{id}.purpose")) }</p>
                    <ul class="exercise-notes">
                        { for fit.notes.iter().map(|note| html! { <li>{ texts.t(&format!("exercise.note.{note}")) }</li> }) }
                    </ul>
                    <button type="button" class="button" data-action="open-exercise" data-routine={id} onclick={open}
                        aria-label={texts.fill("exercise.list.open", &[("value", &name)])}>
                        { name }
                    </button>
                </div>
            </li>
        }
    });
    html! {
        <section class="screen screen-exercises" data-screen="exercises" aria-labelledby="screen-heading">
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ texts.t("exercise.list.title") }</h2>
            <p class="lead">{ texts.t("exercise.list.intro") }</p>
            <p class="notice">{ texts.t("exercise.stop_rule") }</p>
            <ul class="exercise-cards">{ for cards }</ul>
            <SitBreakReminder on_open={props.on_open.clone()} />
            <div class="nav">
                <button type="button" class="button" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
            </div>
        </section>
    }
}
