//! Guided exercises and the sit-break reminder, as plain Rust: the routines as data
//! ([`routines`]), who should skip or wait ([`routines::routines_for`]), and two clocks
//! driven by the caller's milliseconds ([`timer`], [`sit_break`]) so tests use a fake clock
//! and the browser feeds `Date.now()`.

pub mod routines;
pub mod sit_break;
pub mod timer;

pub use routines::{routine, routines_for, Cue, Fit, Part, Routine, RoutineId, Standing, ROUTINES};
pub use sit_break::SitBreak;
pub use timer::{Announcement, Kind, Side, Status, Step, Timer};
