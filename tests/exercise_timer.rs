//! The guided timer and the sit-break reminder, driven by a fake clock.

use sciatica_check::exercise::{
    routine, Announcement, Kind, RoutineId, Side, SitBreak, Status, Timer,
};

fn step_of(announcement: Option<Announcement>) -> sciatica_check::exercise::Step {
    match announcement {
        Some(Announcement::Step(step)) => step,
        other => panic!("expected a step, got {other:?}"),
    }
}

#[test]
fn office_stretch_holds_each_side_three_times_then_leans_back_five_times() {
    let timer = Timer::new(routine(RoutineId::OfficeStretch));
    let holds: Vec<_> = timer
        .steps()
        .iter()
        .filter(|s| s.kind == Kind::Hold)
        .collect();
    assert_eq!(holds.len(), 3 + 3 + 5);
    assert!(holds[..3]
        .iter()
        .all(|s| s.side == Some(Side::Left) && s.duration_ms == 15_000));
    assert!(holds[3..6]
        .iter()
        .all(|s| s.side == Some(Side::Right) && s.duration_ms == 15_000));
    assert!(holds[6..]
        .iter()
        .all(|s| s.side.is_none() && s.duration_ms == 10_000 && s.reps == 5));
    assert_eq!(
        holds[8].rep, 3,
        "the ninth hold is the third lean back: 3 of 5"
    );
    assert_eq!(
        timer.steps().last().map(|s| s.kind),
        Some(Kind::Hold),
        "no rest after the last hold"
    );
}

#[test]
fn wall_standing_is_one_five_minute_hold_and_leg_raise_ten_of_ten_seconds() {
    let wall = Timer::new(routine(RoutineId::WallStanding));
    assert_eq!(wall.steps().len(), 1);
    assert_eq!(wall.steps()[0].duration_ms, 5 * 60 * 1000);
    let raise = Timer::new(routine(RoutineId::LegRaise));
    let holds: Vec<_> = raise
        .steps()
        .iter()
        .filter(|s| s.kind == Kind::Hold)
        .collect();
    assert_eq!(holds.len(), 10);
    assert!(holds.iter().all(|s| s.duration_ms == 10_000));
}

#[test]
fn nothing_moves_before_start() {
    let mut timer = Timer::new(routine(RoutineId::LegRaise));
    assert_eq!(timer.tick(60_000), None);
    assert_eq!(timer.status(), Status::Ready);
    assert_eq!(timer.pause(1), None);
    assert_eq!(timer.skip(1), None);
}

#[test]
fn hold_then_rest_then_next_repetition() {
    let mut timer = Timer::new(routine(RoutineId::LegRaise));
    let first = step_of(timer.start(1_000));
    assert_eq!((first.kind, first.rep, first.reps), (Kind::Hold, 1, 10));
    assert_eq!(timer.remaining_seconds(1_000), 10);
    assert_eq!(timer.tick(5_500), None);
    assert_eq!(timer.remaining_seconds(5_500), 6, "rounded up");
    let rest = step_of(timer.tick(11_000));
    assert_eq!((rest.kind, rest.rep), (Kind::Rest, 1));
    assert_eq!(timer.remaining_seconds(11_000), 5);
    let second = step_of(timer.tick(16_000));
    assert_eq!((second.kind, second.rep), (Kind::Hold, 2));
}

#[test]
fn a_late_tick_catches_up_and_carries_the_overshoot() {
    let mut timer = Timer::new(routine(RoutineId::LegRaise));
    timer.start(0);
    // 10 s hold + 5 s rest + 2 s into the second hold.
    let step = step_of(timer.tick(17_000));
    assert_eq!((step.kind, step.rep), (Kind::Hold, 2));
    assert_eq!(timer.remaining_ms(17_000), 8_000);
}

#[test]
fn pause_freezes_the_clock_and_resume_continues() {
    let mut timer = Timer::new(routine(RoutineId::WallStanding));
    timer.start(0);
    assert_eq!(timer.pause(60_000), Some(Announcement::Paused));
    assert_eq!(timer.status(), Status::Paused);
    assert_eq!(timer.tick(10_000_000), None);
    assert_eq!(timer.remaining_ms(10_000_000), 240_000);
    let resumed = step_of(timer.resume(10_000_000));
    assert_eq!(resumed.kind, Kind::Hold);
    assert_eq!(timer.remaining_ms(10_060_000), 180_000);
    assert_eq!(timer.tick(10_240_000), Some(Announcement::Done));
    assert_eq!(timer.status(), Status::Done);
    assert_eq!(timer.resume(10_300_000), None);
}

#[test]
fn skip_moves_to_the_next_step_even_when_paused() {
    let mut timer = Timer::new(routine(RoutineId::LegRaise));
    timer.start(0);
    let rest = step_of(timer.skip(2_000));
    assert_eq!(rest.kind, Kind::Rest);
    assert_eq!(timer.remaining_ms(2_000), 5_000);
    timer.pause(3_000);
    let hold = step_of(timer.skip(4_000));
    assert_eq!((hold.kind, hold.rep), (Kind::Hold, 2));
    assert_eq!(timer.status(), Status::Paused);
    assert_eq!(timer.remaining_ms(99_000), 10_000);
}

#[test]
fn a_full_routine_completes_with_a_done_announcement() {
    let mut timer = Timer::new(routine(RoutineId::OfficeStretch));
    let total: u64 = timer.steps().iter().map(|s| u64::from(s.duration_ms)).sum();
    timer.start(0);
    let mut now = 0;
    let mut announced = Vec::new();
    while timer.status() != Status::Done {
        now += 1_000;
        if let Some(a) = timer.tick(now) {
            announced.push(a);
        }
        assert!(now <= total + 1_000, "the routine must end");
    }
    assert_eq!(now, total);
    assert_eq!(announced.last(), Some(&Announcement::Done));
    assert_eq!(announced.len(), timer.steps().len());
    assert_eq!(timer.current(), None);
    assert_eq!(timer.remaining_ms(now), 0);
}

#[test]
fn skipping_every_step_completes() {
    let mut timer = Timer::new(routine(RoutineId::Core));
    timer.start(0);
    let steps = timer.steps().len();
    for _ in 1..steps {
        assert!(matches!(timer.skip(0), Some(Announcement::Step(_))));
    }
    assert_eq!(timer.skip(0), Some(Announcement::Done));
    assert_eq!(timer.skip(0), None);
}

#[test]
fn a_clock_going_backwards_does_not_panic_or_move() {
    let mut timer = Timer::new(routine(RoutineId::LegRaise));
    timer.start(50_000);
    assert_eq!(timer.tick(10), None);
    assert_eq!(timer.remaining_ms(10), 10_000);
}

#[test]
fn sit_break_fires_once_after_forty_minutes() {
    let mut reminder = SitBreak::new();
    assert!(!reminder.tick(100 * 60_000), "off until turned on");
    reminder.start(0);
    assert_eq!(reminder.remaining_clock(0), "40:00");
    assert!(!reminder.tick(39 * 60_000 + 59_999));
    assert_eq!(reminder.remaining_clock(39 * 60_000 + 59_000), "0:01");
    assert!(reminder.tick(40 * 60_000));
    assert!(reminder.is_due());
    assert!(!reminder.tick(41 * 60_000), "fires once");
    reminder.start(41 * 60_000);
    assert!(!reminder.is_due());
    assert!(reminder.tick(81 * 60_000));
    reminder.stop();
    assert!(!reminder.is_on());
}
