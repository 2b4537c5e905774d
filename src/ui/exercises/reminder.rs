//! The sit-break reminder (F51): a 40-minute countdown that keeps running while the page is
//! open, even while the reader is on another screen, so it lives outside any component; the
//! panel shows it and redraws on each tick. A notification only if the reader asked for it.

use std::cell::RefCell;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::device;
use crate::exercise::{RoutineId, SitBreak};
use crate::ui::hooks::use_texts;

struct Reminder {
    sit_break: SitBreak,
    ticking: Option<Interval>,
    /// The panel on screen, if any, to redraw on each tick.
    redraw: Option<Callback<()>>,
    /// Notification title and body, in the reader's language at the time they started it.
    notice: (String, String),
}

thread_local! {
    static REMINDER: RefCell<Reminder> = RefCell::new(Reminder {
        sit_break: SitBreak::new(),
        ticking: None,
        redraw: None,
        notice: (String::new(), String::new()),
    });
}

fn tick() {
    let (fired, redraw, notice) = REMINDER.with(|cell| {
        let mut reminder = cell.borrow_mut();
        let fired = reminder.sit_break.tick(device::now_ms());
        (fired, reminder.redraw.clone(), reminder.notice.clone())
    });
    if fired {
        device::notify(&notice.0, &notice.1);
    }
    if let Some(redraw) = redraw {
        redraw.emit(());
    }
}

fn start(notice: (String, String)) {
    REMINDER.with(|cell| {
        let mut reminder = cell.borrow_mut();
        reminder.sit_break.start(device::now_ms());
        reminder.notice = notice;
        if reminder.ticking.is_none() {
            reminder.ticking = Some(Interval::new(1_000, tick));
        }
    });
}

fn stop() {
    REMINDER.with(|cell| {
        let mut reminder = cell.borrow_mut();
        reminder.sit_break.stop();
        reminder.ticking = None;
    });
}

fn snapshot() -> SitBreak {
    REMINDER.with(|cell| cell.borrow().sit_break)
}

#[derive(Properties, PartialEq)]
pub struct SitBreakProps {
    /// "Do the 2-minute office stretch now".
    pub on_open: Callback<RoutineId>,
}

#[function_component(SitBreakReminder)]
pub fn sit_break_reminder(props: &SitBreakProps) -> Html {
    let texts = use_texts();
    let redraw = use_force_update();
    // What the reader's notification request came to: None until they ask.
    let permission = use_state(device::notification_permission);
    {
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            REMINDER.with(|cell| {
                cell.borrow_mut().redraw = Some(Callback::from(move |_| redraw.force_update()))
            });
            || REMINDER.with(|cell| cell.borrow_mut().redraw = None)
        });
    }
    let sit_break = snapshot();
    let now = device::now_ms();
    let notice = (
        texts.t("sitbreak.due").to_string(),
        texts.t("sitbreak.stretch_now").to_string(),
    );
    let on_start = {
        let (redraw, notice) = (redraw.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            start(notice.clone());
            redraw.force_update();
        })
    };
    let on_stop = {
        let redraw = redraw.clone();
        Callback::from(move |_: MouseEvent| {
            stop();
            redraw.force_update();
        })
    };
    let on_notify = {
        let permission = permission.clone();
        Callback::from(move |_: MouseEvent| {
            let permission = permission.clone();
            device::request_notification_permission(move |granted| {
                permission.set(Some(if granted { "granted" } else { "denied" }.to_owned()));
            });
        })
    };
    let on_stretch = {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| {
            // Taking the break starts the next 40 minutes.
            if snapshot().is_on() {
                REMINDER.with(|cell| cell.borrow_mut().sit_break.start(device::now_ms()));
            }
            on_open.emit(RoutineId::OfficeStretch)
        })
    };
    let notifications = match permission.as_deref() {
        None => html! {},
        Some("granted") => html! { <p class="hint">{ texts.t("sitbreak.notify_on") }</p> },
        Some("denied") => html! { <p class="hint">{ texts.t("sitbreak.notify_off") }</p> },
        Some(_) => html! {
            <button type="button" class="button" data-action="sitbreak-notify" onclick={on_notify}>
                { texts.t("sitbreak.notify") }
            </button>
        },
    };
    html! {
        <section class="sit-break" aria-labelledby="sit-break-title" data-part="sit-break">
            <h3 id="sit-break-title">{ texts.t("sitbreak.title") }</h3>
            <p>{ texts.t("sitbreak.intro") }</p>
            if sit_break.is_on() && !sit_break.is_due() {
                <p class="sit-break-clock" data-part="sit-break-clock">
                    { texts.fill("sitbreak.remaining", &[("value", &sit_break.remaining_clock(now))]) }
                </p>
            }
            <div role="status" class="sit-break-due" data-part="sit-break-due">
                if sit_break.is_due() { <p class="notice">{ texts.t("sitbreak.due") }</p> }
            </div>
            <div class="nav nav-wrap">
                if sit_break.is_due() || !sit_break.is_on() {
                    <button type="button" class="button button-primary" data-action="office-stretch" onclick={on_stretch}>
                        { texts.t("sitbreak.stretch_now") }
                    </button>
                }
                if !sit_break.is_on() {
                    <button type="button" class="button" data-action="sitbreak-start" onclick={on_start}>{ texts.t("sitbreak.start") }</button>
                } else {
                    if sit_break.is_due() {
                        <button type="button" class="button" data-action="sitbreak-start" onclick={on_start}>{ texts.t("sitbreak.later") }</button>
                    }
                    <button type="button" class="button" data-action="sitbreak-stop" onclick={on_stop}>{ texts.t("sitbreak.stop") }</button>
                    { notifications }
                }
            </div>
        </section>
    }
}
