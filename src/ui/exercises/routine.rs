//! One routine (`data-screen="exercise"`): its card (purpose, steps, who should wait, the stop
//! rule) and the guided timer. The pure `Timer` decides; a gloo interval only feeds it the
//! page clock, and each step change is said in the live region.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::device::{self, WakeLock};
use super::figure::Figure;
use super::standing_key;
use crate::exercise::{routine, Announcement, Cue, Fit, Kind, RoutineId, Status, Step, Timer};
use crate::ui::hooks::use_texts;
use crate::ui::text::Texts;

/// The timer's tick: four times a second keeps the big number on time without busy work.
const TICK_MS: u32 = 250;

fn cue_key(cue: Cue, kind: Kind) -> &'static str {
    match (cue, kind) {
        (Cue::Hold, Kind::Hold) => "timer.hold",
        (Cue::Hold, Kind::Rest) => "timer.rest",
        (Cue::Breath, Kind::Hold) => "timer.breathe_in",
        (Cue::Breath, Kind::Rest) => "timer.breathe_out",
        (Cue::Squeeze, Kind::Hold) => "timer.squeeze",
        (Cue::Squeeze, Kind::Rest) => "timer.relax",
    }
}

/// "Side bend: Hold, left side, 3 of 5".
fn describe_step(texts: &Texts, id: RoutineId, step: &Step) -> String {
    let part = routine(id).parts.get(step.part).map_or("", |part| part.id);
    let mut words = vec![texts.t(cue_key(step.cue, step.kind)).to_string()];
    if let Some(side) = step.side {
        words.push(
            texts
                .t(&format!("timer.side.{}", side.as_str()))
                .to_string(),
        );
    }
    words.push(
        texts
            .fill(
                "timer.count",
                &[
                    ("n", &step.rep.to_string()),
                    ("total", &step.reps.to_string()),
                ],
            )
            .to_string(),
    );
    format!(
        "{}: {}",
        texts.t(&format!("exercise.{}.part.{part}", id.as_str())),
        words.join(", ")
    )
}

fn describe(texts: &Texts, id: RoutineId, announcement: Announcement) -> String {
    match announcement {
        Announcement::Step(step) => describe_step(texts, id, &step),
        Announcement::Paused => texts.t("timer.paused").to_string(),
        Announcement::Done => texts.t("timer.done").to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct ExerciseRoutineProps {
    pub heading: NodeRef,
    pub fit: Fit,
    pub on_back: Callback<MouseEvent>,
}

/// What the running timer's interval needs, shared with the buttons.
struct Running {
    timer: Timer,
    ticking: Option<Interval>,
    wake_lock: WakeLock,
    sound: bool,
}

/// Says an announcement and reacts to the end of the routine.
type Announce = Rc<dyn Fn(&mut Running, Announcement)>;

#[function_component(ExerciseRoutine)]
pub fn exercise_routine(props: &ExerciseRoutineProps) -> Html {
    let texts = use_texts();
    let id = props.fit.id;
    let state = use_mut_ref(|| Running {
        timer: Timer::new(routine(id)),
        ticking: None,
        wake_lock: WakeLock::default(),
        sound: false,
    });
    let spoken = use_state(String::new);
    let redraw = use_force_update();
    let toggle_ref = use_node_ref();
    {
        // Leaving the screen stops the clock and lets the screen sleep again.
        let state = state.clone();
        use_effect_with(id, move |_| {
            move || {
                let mut running = state.borrow_mut();
                running.ticking = None;
                running.wake_lock.release();
            }
        });
    }

    // Says `announcement`, beeps if asked, and stops ticking once done.
    let on_announce: Announce = {
        let (spoken, texts, toggle_ref) = (spoken.clone(), texts.clone(), toggle_ref.clone());
        Rc::new(move |running: &mut Running, announcement| {
            spoken.set(describe(&texts, id, announcement));
            if running.sound && matches!(announcement, Announcement::Step(_) | Announcement::Done) {
                device::play_tone();
            }
            if announcement == Announcement::Done {
                running.ticking = None;
                running.wake_lock.release();
                if let Some(button) = toggle_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let start_ticking = {
        let (state, redraw, on_announce) = (state.clone(), redraw.clone(), on_announce.clone());
        move |running: &mut Running| {
            let (state, redraw, on_announce) = (state.clone(), redraw.clone(), on_announce.clone());
            running.wake_lock.acquire();
            running.ticking = Some(Interval::new(TICK_MS, move || {
                let Ok(mut running) = state.try_borrow_mut() else {
                    return;
                };
                if let Some(announcement) = running.timer.tick(device::now_ms()) {
                    on_announce(&mut running, announcement);
                }
                drop(running);
                redraw.force_update();
            }));
        }
    };
    let on_toggle = {
        let (state, redraw, on_announce) = (state.clone(), redraw.clone(), on_announce.clone());
        Callback::from(move |_: MouseEvent| {
            let now = device::now_ms();
            let mut running = state.borrow_mut();
            let announcement = match running.timer.status() {
                Status::Ready => running.timer.start(now),
                Status::Running => running.timer.pause(now),
                Status::Paused => running.timer.resume(now),
                Status::Done => {
                    running.timer = Timer::new(routine(id));
                    running.timer.start(now)
                }
            };
            match running.timer.status() {
                Status::Running => start_ticking(&mut running),
                _ => {
                    running.ticking = None;
                    running.wake_lock.release();
                }
            }
            if let Some(announcement) = announcement {
                on_announce(&mut running, announcement);
            }
            drop(running);
            redraw.force_update();
        })
    };
    let on_skip = {
        let (state, redraw, on_announce) = (state.clone(), redraw.clone(), on_announce.clone());
        Callback::from(move |_: MouseEvent| {
            let mut running = state.borrow_mut();
            if let Some(announcement) = running.timer.skip(device::now_ms()) {
                on_announce(&mut running, announcement);
            }
            drop(running);
            redraw.force_update();
        })
    };
    let on_sound = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let on = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            state.borrow_mut().sound = on;
        })
    };

    let running = state.borrow();
    let timer = &running.timer;
    let now = device::now_ms();
    let status = timer.status();
    let (toggle_key, toggle_action) = match status {
        Status::Ready => ("timer.start", "timer-start"),
        Status::Running => ("timer.pause", "timer-pause"),
        Status::Paused => ("timer.resume", "timer-resume"),
        Status::Done => ("timer.again", "timer-again"),
    };
    let current = timer.current();
    let label = match (status, current) {
        (Status::Ready, _) => texts.t("timer.ready").to_string(),
        (Status::Done, _) | (_, None) => texts.t("timer.done").to_string(),
        (_, Some(step)) => describe_step(&texts, id, &step),
    };
    let seconds = match status {
        Status::Ready => current.map_or(0, |step| u64::from(step.duration_ms).div_ceil(1000)),
        _ => timer.remaining_seconds(now),
    };
    let rid = id.as_str();
    let name = texts.t(&format!("exercise.{rid}.name"));
    let step_count = routine(id).step_count;
    let counts_are_ours = matches!(id, RoutineId::Core | RoutineId::AfterChildbirth);
    html! {
        <section class="screen screen-exercise" data-screen="exercise" data-routine={rid} aria-labelledby="screen-heading">
            <h2 id="screen-heading" class="screen-title" tabindex="-1" ref={props.heading.clone()}>{ name.clone() }</h2>
            <p class="lead">{ texts.t(&format!("exercise.{rid}.purpose")) }</p>
            <p class={classes!("standing", format!("standing-{}", standing_key(props.fit.standing)))}>
                { texts.t(&format!("exercise.standing.{}", standing_key(props.fit.standing))) }
            </p>
            <div class="timer" role="group" aria-labelledby="timer-heading" data-status={format!("{status:?}").to_lowercase()}>
                <h3 id="timer-heading" class="visually-hidden">{ texts.t("exercise.timer_heading") }</h3>
                <Figure routine={id} label={texts.fill("exercise.illustration", &[("value", &name)])}
                    moving={status == Status::Running} />
                <p class="timer-label" data-part="timer-label">{ label }</p>
                <p class="timer-number"><span data-part="timer-seconds">{ seconds }</span>
                    <span class="timer-unit">{ texts.t("timer.seconds") }</span></p>
                <div class="nav nav-wrap">
                    <button type="button" class="button button-primary" data-action={toggle_action} ref={toggle_ref} onclick={on_toggle}>
                        { texts.t(toggle_key) }
                    </button>
                    <button type="button" class="button" data-action="timer-skip" onclick={on_skip}
                        disabled={matches!(status, Status::Ready | Status::Done)}>{ texts.t("timer.skip") }</button>
                </div>
                <label class="check">
                    <input type="checkbox" data-action="timer-sound" checked={running.sound} onchange={on_sound} />
                    { texts.t("timer.sound") }
                </label>
                <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-part="timer-live">{ (*spoken).clone() }</div>
            </div>
            <p class="notice">{ texts.t("exercise.stop_rule") }</p>
            <h3>{ texts.t("exercise.steps_heading") }</h3>
            <ol class="exercise-steps">
                { for (1..=step_count).map(|n| html! { <li>{ texts.t(&format!("exercise.{rid}.steps.{n:02}")) }</li> }) }
            </ol>
            if counts_are_ours { <p class="hint">{ texts.t("exercise.own_counts") }</p> }
            <h3>{ texts.t("exercise.skip_heading") }</h3>
            <p>{ texts.t(&format!("exercise.{rid}.skip")) }</p>
            <ul class="exercise-notes">
                { for props.fit.notes.iter().map(|note| html! { <li>{ texts.t(&format!("exercise.note.{note}")) }</li> }) }
            </ul>
            <div class="nav">
                <button type="button" class="button" data-action="back" onclick={props.on_back.clone()}>{ texts.t("nav.back") }</button>
            </div>
        </section>
    }
}
