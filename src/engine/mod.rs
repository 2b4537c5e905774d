//! The clinical core: answers in, assessment out. Pure Rust, no web dependencies,
//! so the browser, the native tests and the `assess` command share one set of rules.

mod answers;
mod assessment;

pub use answers::*;
pub use assessment::*;

/// STUB until the rules table lands: everything is self-care.
pub fn assess(_answers: &Answers) -> Assessment {
    Assessment { level: Level::SelfCare, pattern: Pattern::Unclear, phase: Phase::Acute, reasons: Vec::new() }
}
