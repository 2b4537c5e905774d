//! The sit-break reminder: a 40-minute countdown while the page is open (F51), as plain
//! state over the caller's clock.

/// Every 40 minutes (F51).
pub const SIT_BREAK_MS: u64 = 40 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SitBreak {
    /// When the current countdown began; None while the reminder is off.
    started_at: Option<u64>,
    /// The reminder has fired for this countdown and waits for the reader.
    due: bool,
}

impl SitBreak {
    /// Off until the reader turns it on.
    pub fn new() -> SitBreak {
        SitBreak::default()
    }

    pub fn is_on(&self) -> bool {
        self.started_at.is_some()
    }

    pub fn is_due(&self) -> bool {
        self.due
    }

    /// Starts (or restarts, after a break) a fresh 40 minutes.
    pub fn start(&mut self, now_ms: u64) {
        self.started_at = Some(now_ms);
        self.due = false;
    }

    pub fn stop(&mut self) {
        *self = SitBreak::new();
    }

    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        match self.started_at {
            Some(start) if !self.due => SIT_BREAK_MS.saturating_sub(now_ms.saturating_sub(start)),
            _ => 0,
        }
    }

    /// "39:59" style minutes and seconds left, rounded up to the second.
    pub fn remaining_clock(&self, now_ms: u64) -> String {
        let seconds = self.remaining_ms(now_ms).div_ceil(1000);
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }

    /// True exactly once per countdown: the moment 40 minutes have passed.
    pub fn tick(&mut self, now_ms: u64) -> bool {
        match self.started_at {
            Some(start) if !self.due && now_ms.saturating_sub(start) >= SIT_BREAK_MS => {
                self.due = true;
                true
            }
            _ => false,
        }
    }
}
