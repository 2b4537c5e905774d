//! The guided timer: a routine unrolled into holds and rests, walked by elapsed milliseconds
//! from a clock the caller supplies (the browser's `Date.now()`, a fake clock in tests).
//! Every change of step yields an [`Announcement`] for the live region.

use super::routines::{Cue, Routine};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Hold,
    Rest,
}

/// One timed stretch of a routine: "hold, left side, 2 of 3" or the rest after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Index of the part in the routine.
    pub part: usize,
    pub kind: Kind,
    pub side: Option<Side>,
    /// 1-based repetition and the part's count ("3 of 5").
    pub rep: u8,
    pub reps: u8,
    pub duration_ms: u32,
    pub cue: Cue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    Running,
    Paused,
    Done,
}

/// What to say when the timer moves on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Announcement {
    Step(Step),
    Paused,
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    steps: Vec<Step>,
    index: usize,
    status: Status,
    /// Time spent in the current step before `since` (kept across a pause).
    banked_ms: u64,
    /// When the current run began; meaningful while running.
    since_ms: u64,
}

/// The routine as a list of steps: each hold followed by its rest, no rest after the last hold.
fn unroll(routine: &Routine) -> Vec<Step> {
    let mut steps = Vec::new();
    for (part_index, part) in routine.parts.iter().enumerate() {
        let sides: &[Option<Side>] = if part.sided {
            &[Some(Side::Left), Some(Side::Right)]
        } else {
            &[None]
        };
        for &side in sides {
            for rep in 1..=part.reps.max(1) {
                let step = Step {
                    part: part_index,
                    kind: Kind::Hold,
                    side,
                    rep,
                    reps: part.reps.max(1),
                    duration_ms: part.hold_ms.max(1),
                    cue: part.cue,
                };
                steps.push(step);
                if part.rest_ms > 0 {
                    steps.push(Step {
                        kind: Kind::Rest,
                        duration_ms: part.rest_ms,
                        ..step
                    });
                }
            }
        }
    }
    if steps.last().is_some_and(|step| step.kind == Kind::Rest) {
        steps.pop();
    }
    steps
}

impl Timer {
    pub fn new(routine: &Routine) -> Timer {
        Timer {
            steps: unroll(routine),
            index: 0,
            status: Status::Ready,
            banked_ms: 0,
            since_ms: 0,
        }
    }

    pub fn status(&self) -> Status {
        self.status
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The step under way (or about to start); None once done.
    pub fn current(&self) -> Option<Step> {
        match self.status {
            Status::Done => None,
            _ => self.steps.get(self.index).copied(),
        }
    }

    /// Index of the current step, for "step 4 of 20" style progress.
    pub fn position(&self) -> usize {
        self.index.min(self.steps.len())
    }

    fn elapsed_ms(&self, now_ms: u64) -> u64 {
        match self.status {
            // Saturating: a clock that jumps to the end of `u64` must not overflow (a panic in debug).
            Status::Running => self.banked_ms.saturating_add(now_ms.saturating_sub(self.since_ms)),
            _ => self.banked_ms,
        }
    }

    /// Milliseconds left in the current step.
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        match self.current() {
            Some(step) => u64::from(step.duration_ms).saturating_sub(self.elapsed_ms(now_ms)),
            None => 0,
        }
    }

    /// Whole seconds left, rounded up, as shown in large numbers.
    pub fn remaining_seconds(&self, now_ms: u64) -> u64 {
        self.remaining_ms(now_ms).div_ceil(1000)
    }

    fn announce_current(&self) -> Announcement {
        match self.current() {
            Some(step) => Announcement::Step(step),
            None => Announcement::Done,
        }
    }

    pub fn start(&mut self, now_ms: u64) -> Option<Announcement> {
        if self.status != Status::Ready {
            return None;
        }
        if self.steps.is_empty() {
            self.status = Status::Done;
            return Some(Announcement::Done);
        }
        self.status = Status::Running;
        self.since_ms = now_ms;
        self.banked_ms = 0;
        Some(self.announce_current())
    }

    pub fn pause(&mut self, now_ms: u64) -> Option<Announcement> {
        if self.status != Status::Running {
            return None;
        }
        // Steps finished before the pause count as done.
        let moved = self.tick(now_ms);
        if self.status == Status::Done {
            return moved;
        }
        self.banked_ms = self.elapsed_ms(now_ms);
        self.status = Status::Paused;
        Some(Announcement::Paused)
    }

    pub fn resume(&mut self, now_ms: u64) -> Option<Announcement> {
        if self.status != Status::Paused {
            return None;
        }
        self.status = Status::Running;
        self.since_ms = now_ms;
        Some(self.announce_current())
    }

    /// Ends the current step at once; a paused timer stays paused at the next step.
    pub fn skip(&mut self, now_ms: u64) -> Option<Announcement> {
        if !matches!(self.status, Status::Running | Status::Paused) {
            return None;
        }
        self.advance(now_ms, 0);
        Some(self.announce_current())
    }

    /// Moves on as far as the clock says; the announcement of the latest step entered, if any.
    pub fn tick(&mut self, now_ms: u64) -> Option<Announcement> {
        if self.status != Status::Running {
            return None;
        }
        let mut elapsed = self.elapsed_ms(now_ms);
        let mut moved = false;
        while let Some(step) = self.current() {
            let duration = u64::from(step.duration_ms);
            if elapsed < duration {
                break;
            }
            elapsed -= duration;
            self.advance(now_ms, elapsed);
            moved = true;
        }
        moved.then(|| self.announce_current())
    }

    fn advance(&mut self, now_ms: u64, carried_ms: u64) {
        self.index += 1;
        self.banked_ms = carried_ms;
        self.since_ms = now_ms;
        if self.index >= self.steps.len() {
            self.index = self.steps.len();
            self.banked_ms = 0;
            self.status = Status::Done;
        }
    }
}
