//! The routines of the article as data, and which of them suit a reader.
//!
//! Counts and holds come from the fact register (F52, F57, F58). The article names plank,
//! glute bridge, Kegel exercises and belly breathing without counts (F32, F55): for those we
//! use short, gentle starting holds, and the cards say so.

use crate::engine::{Phase, Situation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoutineId {
    /// The 2-minute office stretch for sit breaks: side bends, then leaning back (F51, F52).
    OfficeStretch,
    /// Standing with head, shoulders, buttocks and heels against a wall (F57).
    WallStanding,
    /// Straight-leg raise lying on the back (F58).
    LegRaise,
    /// Plank and glute bridge (F32).
    Core,
    /// Pelvic floor and belly breathing after childbirth (F55).
    AfterChildbirth,
}

impl RoutineId {
    /// The id used in content keys (`exercise.<id>.name`) and in the page (`data-routine`).
    pub fn as_str(self) -> &'static str {
        match self {
            RoutineId::OfficeStretch => "office_stretch",
            RoutineId::WallStanding => "wall_standing",
            RoutineId::LegRaise => "leg_raise",
            RoutineId::Core => "core",
            RoutineId::AfterChildbirth => "after_childbirth",
        }
    }

    pub fn parse(text: &str) -> Option<RoutineId> {
        ROUTINES.iter().map(|r| r.id).find(|id| id.as_str() == text)
    }
}

/// What the timer says during a hold and a rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// "Hold" / "Rest".
    Hold,
    /// "Breathe in" / "Breathe out".
    Breath,
    /// "Squeeze" / "Relax" (pelvic floor).
    Squeeze,
}

/// One exercise of a routine: `reps` holds of `hold_ms`, with `rest_ms` between them, done
/// on each side in turn when `sided`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Content key part: `exercise.<routine>.part.<id>`.
    pub id: &'static str,
    pub hold_ms: u32,
    pub rest_ms: u32,
    pub reps: u8,
    pub sided: bool,
    pub cue: Cue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Routine {
    pub id: RoutineId,
    pub parts: &'static [Part],
    /// Number of numbered steps in the catalog (`exercise.<id>.steps.01` ..).
    pub step_count: u8,
    /// Facts the routine's numbers and purpose rest on.
    pub facts: &'static [&'static str],
}

const SECOND: u32 = 1000;

pub const ROUTINES: &[Routine] = &[
    Routine {
        id: RoutineId::OfficeStretch,
        parts: &[
            Part {
                id: "side_bend",
                hold_ms: 15 * SECOND,
                rest_ms: 3 * SECOND,
                reps: 3,
                sided: true,
                cue: Cue::Hold,
            },
            Part {
                id: "lean_back",
                hold_ms: 10 * SECOND,
                rest_ms: 3 * SECOND,
                reps: 5,
                sided: false,
                cue: Cue::Hold,
            },
        ],
        step_count: 4,
        facts: &["F51", "F52"],
    },
    Routine {
        id: RoutineId::WallStanding,
        parts: &[Part {
            id: "wall",
            hold_ms: 5 * 60 * SECOND,
            rest_ms: 0,
            reps: 1,
            sided: false,
            cue: Cue::Hold,
        }],
        step_count: 3,
        facts: &["F57"],
    },
    Routine {
        id: RoutineId::LegRaise,
        parts: &[Part {
            id: "raise",
            hold_ms: 10 * SECOND,
            rest_ms: 5 * SECOND,
            reps: 10,
            sided: false,
            cue: Cue::Hold,
        }],
        step_count: 3,
        facts: &["F58"],
    },
    Routine {
        id: RoutineId::Core,
        parts: &[
            Part {
                id: "plank",
                hold_ms: 10 * SECOND,
                rest_ms: 10 * SECOND,
                reps: 3,
                sided: false,
                cue: Cue::Hold,
            },
            Part {
                id: "bridge",
                hold_ms: 5 * SECOND,
                rest_ms: 5 * SECOND,
                reps: 8,
                sided: false,
                cue: Cue::Hold,
            },
        ],
        step_count: 4,
        facts: &["F32"],
    },
    Routine {
        id: RoutineId::AfterChildbirth,
        parts: &[
            Part {
                id: "breathing",
                hold_ms: 4 * SECOND,
                rest_ms: 6 * SECOND,
                reps: 6,
                sided: false,
                cue: Cue::Breath,
            },
            Part {
                id: "pelvic_floor",
                hold_ms: 5 * SECOND,
                rest_ms: 5 * SECOND,
                reps: 8,
                sided: false,
                cue: Cue::Squeeze,
            },
        ],
        step_count: 4,
        facts: &["F55"],
    },
];

/// The routine with `id` (every id has one).
pub fn routine(id: RoutineId) -> &'static Routine {
    ROUTINES.iter().find(|r| r.id == id).unwrap_or(&ROUTINES[0])
}

/// Whether a reader should go ahead, ask a professional first, or wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    Go,
    AskFirst,
    Wait,
}

/// One routine as offered to a reader: whether to do it now, and the notes that say why
/// (content keys `exercise.note.<note>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub id: RoutineId,
    pub standing: Standing,
    pub notes: Vec<&'static str>,
    /// Suggested for the reader's situation or phase: shown first.
    pub suggested: bool,
}

/// Routines that load the spine: not in the acute phase (F32's recovery phase comes first).
fn loads_spine(id: RoutineId) -> bool {
    matches!(
        id,
        RoutineId::OfficeStretch | RoutineId::LegRaise | RoutineId::Core
    )
}

/// Routines done lying on the back, which pregnancy advice limits from about 16 weeks (F80).
fn lies_on_back(id: RoutineId) -> bool {
    matches!(id, RoutineId::LegRaise | RoutineId::Core)
}

/// 0: suggested by the reader's situation, 1: by the phase, 2: not suggested.
fn suggestion_rank(id: RoutineId, phase: Option<Phase>, situations: &[Situation]) -> u8 {
    let by_situation = situations.iter().any(|s| match s {
        Situation::Office => id == RoutineId::OfficeStretch,
        Situation::Postpartum | Situation::Parent => id == RoutineId::AfterChildbirth,
        Situation::OlderAdult => matches!(id, RoutineId::WallStanding | RoutineId::LegRaise),
        Situation::Pregnant => false,
    });
    let by_phase = matches!(phase, Some(Phase::Recovery | Phase::Chronic)) && id == RoutineId::Core;
    match (by_situation, by_phase) {
        (true, _) => 0,
        (false, true) => 1,
        _ => 2,
    }
}

/// Every routine, with its standing for a reader in `phase` (None: no questionnaire answered)
/// and `situations`; suggested ones first, then the rest, those to wait for last.
pub fn routines_for(phase: Option<Phase>, situations: &[Situation]) -> Vec<Fit> {
    let pregnant = situations.contains(&Situation::Pregnant);
    let mut fits: Vec<(u8, Fit)> = ROUTINES
        .iter()
        .map(|routine| {
            let id = routine.id;
            let mut notes = Vec::new();
            let mut standing = Standing::Go;
            if phase == Some(Phase::Acute) && loads_spine(id) {
                notes.push("acute_wait");
                standing = Standing::Wait;
            }
            if pregnant {
                notes.push(if lies_on_back(id) {
                    "pregnant_back"
                } else {
                    "pregnant_ask"
                });
                standing = standing.max(Standing::AskFirst);
            }
            if id == RoutineId::AfterChildbirth {
                notes.push("after_six_weeks");
            }
            if id == RoutineId::Core {
                notes.push("no_superman");
            }
            let rank = match standing {
                Standing::Wait => 3,
                _ => suggestion_rank(id, phase, situations),
            };
            (
                rank,
                Fit {
                    id,
                    standing,
                    notes,
                    suggested: rank < 2,
                },
            )
        })
        .collect();
    // Stable: within a rank, the article's order.
    fits.sort_by_key(|(rank, _)| *rank);
    fits.into_iter().map(|(_, fit)| fit).collect()
}
