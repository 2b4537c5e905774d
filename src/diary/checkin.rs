//! The check-in form's state: the answers so far and what is still missing. It takes the
//! questionnaire's own messages, so the question components are reused as they are.

use super::{CheckInAnswers, RED_FLAGS};
use crate::engine::{PainArea, PainTrend};
use crate::ui::state::Msg;
use crate::ui::steps::{ChoiceField, NumberField};

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

    /// Applies one of the question components' messages; any other message changes nothing.
    pub fn apply(&mut self, msg: &Msg) {
        match *msg {
            Msg::SetNumber(NumberField::PainScore, value) => {
                self.pain_score = u8::try_from(value).ok().filter(|score| *score <= 10)
            }
            Msg::ClearNumber(NumberField::PainScore) => self.pain_score = None,
            Msg::Pick(ChoiceField::PainTrend, value) => self.trend = PainTrend::parse(value),
            Msg::Pick(ChoiceField::PainAreas, value) => {
                let Some(area) = PainArea::parse(value) else {
                    return;
                };
                if let Some(at) = self.pain_areas.iter().position(|kept| *kept == area) {
                    self.pain_areas.remove(at);
                } else {
                    self.pain_areas.push(area);
                    self.pain_areas.sort();
                }
            }
            Msg::SetNoRedFlags(none) => {
                self.no_red_flags = none;
                if none {
                    self.red_flags.clear();
                }
            }
            Msg::SetBool(field, ticked) => {
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
            _ => {}
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
