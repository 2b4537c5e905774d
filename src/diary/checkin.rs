//! The check-in form's state: the answers so far and what is still missing. It changes only
//! through its own [`Edit`]s; the screen turns its question components' messages into these.

use super::{CheckInAnswers, RED_FLAGS};
use crate::engine::{PainArea, PainTrend};

/// One change the reader makes on the check-in form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Today's pain score; a value above 10 leaves it blank.
    PainScore(u16),
    /// The typed pain score is not a number: blank again.
    ClearPainScore,
    /// The trend picked; `None` (a value the contract does not know) leaves it blank.
    Trend(Option<PainTrend>),
    /// A place tapped: marked if it was not, unmarked if it was.
    ToggleArea(PainArea),
    /// "None of these" on the red-flag checklist; ticking it clears the red flags.
    NoRedFlags(bool),
    /// A red flag (a [`RED_FLAGS`] name) ticked or unticked; any other name changes nothing.
    RedFlag(&'static str, bool),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub pain_score: Option<u8>,
    pub trend: Option<PainTrend>,
    pub red_flags: Vec<&'static str>,
    /// "None of these" ticked on the red-flag checklist.
    pub no_red_flags: bool,
    pub pain_areas: Vec<PainArea>,
    pub note: String,
}

impl Draft {
    /// A new check-in, with where it hurt last time already marked (the reader changes it).
    pub fn new(last_areas: &[PainArea]) -> Draft {
        Draft {
            pain_areas: last_areas.to_vec(),
            ..Draft::default()
        }
    }

    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::PainScore(value) => {
                self.pain_score = u8::try_from(value).ok().filter(|score| *score <= 10)
            }
            Edit::ClearPainScore => self.pain_score = None,
            Edit::Trend(trend) => self.trend = trend,
            Edit::ToggleArea(area) => {
                if let Some(at) = self.pain_areas.iter().position(|kept| *kept == area) {
                    self.pain_areas.remove(at);
                } else {
                    self.pain_areas.push(area);
                    self.pain_areas.sort();
                }
            }
            Edit::NoRedFlags(none) => {
                self.no_red_flags = none;
                if none {
                    self.red_flags.clear();
                }
            }
            Edit::RedFlag(field, ticked) => {
                let Some(flag) = RED_FLAGS.iter().copied().find(|flag| *flag == field) else {
                    return;
                };
                self.red_flags.retain(|kept| *kept != flag);
                if ticked {
                    self.red_flags.push(flag);
                    self.red_flags
                        .sort_by_key(|kept| RED_FLAGS.iter().position(|known| known == kept));
                    self.no_red_flags = false;
                }
            }
        }
    }

    /// Any red flag ticked: the emergency screen shows at once.
    pub fn has_red_flag(&self) -> bool {
        !self.red_flags.is_empty()
    }

    /// The required questions still blank (pain score, trend, the red-flag checklist).
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if !self.has_red_flag() && !self.no_red_flags {
            missing.push("none_of_these");
        }
        if self.pain_score.is_none() {
            missing.push("pain_score");
        }
        if self.trend.is_none() {
            missing.push("pain_trend");
        }
        missing
    }

    /// The finished answers, once nothing required is missing.
    pub fn finish(&self) -> Option<CheckInAnswers> {
        if !self.missing().is_empty() {
            return None;
        }
        Some(CheckInAnswers {
            pain_score: self.pain_score?,
            trend: self.trend?,
            red_flags: self.red_flags.clone(),
            pain_areas: self.pain_areas.clone(),
            note: super::clean_note(&self.note),
        })
    }
}
