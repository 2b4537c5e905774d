//! What the engine returns: level, pattern, phase and the reasons behind them.

use serde::Serialize;

/// Ordered from least to most urgent, so `max` picks the level to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Level {
    #[serde(rename = "self_care")]
    SelfCare,
    #[serde(rename = "routine")]
    Routine,
    #[serde(rename = "prompt")]
    Prompt,
    /// Medical help today (same-day doctor or urgent care).
    #[serde(rename = "urgent")]
    Urgent,
    #[serde(rename = "emergency")]
    Emergency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Pattern {
    #[serde(rename = "root")]
    Root,
    #[serde(rename = "trunk")]
    Trunk,
    #[serde(rename = "unclear")]
    Unclear,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Phase {
    #[serde(rename = "acute")]
    Acute,
    #[serde(rename = "recovery")]
    Recovery,
    #[serde(rename = "chronic")]
    Chronic,
}

impl Level {
    pub const ALL: &'static [Level] = &[
        Level::SelfCare,
        Level::Routine,
        Level::Prompt,
        Level::Urgent,
        Level::Emergency,
    ];
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::SelfCare => "self_care",
            Level::Routine => "routine",
            Level::Prompt => "prompt",
            Level::Urgent => "urgent",
            Level::Emergency => "emergency",
        }
    }
}

impl Pattern {
    pub const ALL: &'static [Pattern] = &[Pattern::Root, Pattern::Trunk, Pattern::Unclear];
    pub const fn as_str(self) -> &'static str {
        match self {
            Pattern::Root => "root",
            Pattern::Trunk => "trunk",
            Pattern::Unclear => "unclear",
        }
    }
}

impl Phase {
    pub const ALL: &'static [Phase] = &[Phase::Acute, Phase::Recovery, Phase::Chronic];
    pub const fn as_str(self) -> &'static str {
        match self {
            Phase::Acute => "acute",
            Phase::Recovery => "recovery",
            Phase::Chronic => "chronic",
        }
    }
}

/// One rule that fired, with the fact IDs that justify it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub facts: &'static [&'static str],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub level: Level,
    pub pattern: Pattern,
    pub phase: Phase,
    pub reasons: Vec<Reason>,
}
