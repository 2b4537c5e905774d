//! The diary check-in reuses the questionnaire's question components, which speak in the
//! reducer's [`Msg`]s; the check-in's own state takes [`Edit`]s. This is the one place that
//! turns the first into the second, so the diary never depends on the user interface.

use super::state::Msg;
use crate::content::steps::{ChoiceField, NumberField};
use crate::diary::checkin::Edit;
use crate::engine::{PainArea, PainTrend};

/// The check-in edit a question component's message stands for; `None` for a message of a
/// question the check-in does not ask (or a place the contract does not know), which then
/// changes nothing.
pub fn check_in_edit(msg: &Msg) -> Option<Edit> {
    match *msg {
        Msg::SetNumber(NumberField::PainScore, value) => Some(Edit::PainScore(value)),
        Msg::ClearNumber(NumberField::PainScore) => Some(Edit::ClearPainScore),
        Msg::Pick(ChoiceField::PainTrend, value) => Some(Edit::Trend(PainTrend::parse(value))),
        Msg::Pick(ChoiceField::PainAreas, value) => PainArea::parse(value).map(Edit::ToggleArea),
        Msg::SetNoRedFlags(none) => Some(Edit::NoRedFlags(none)),
        Msg::SetBool(field, ticked) => Some(Edit::RedFlag(field, ticked)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_in_questions_messages_become_their_edits() {
        let pick = |field, value| Msg::pick(field, value).unwrap();
        let cases = [
            (
                Msg::SetNumber(NumberField::PainScore, 4),
                Some(Edit::PainScore(4)),
            ),
            (
                Msg::ClearNumber(NumberField::PainScore),
                Some(Edit::ClearPainScore),
            ),
            (
                pick(ChoiceField::PainTrend, "worse"),
                Some(Edit::Trend(Some(PainTrend::Worse))),
            ),
            (
                pick(ChoiceField::PainAreas, "buttock"),
                Some(Edit::ToggleArea(PainArea::Buttock)),
            ),
            (Msg::SetNoRedFlags(true), Some(Edit::NoRedFlags(true))),
            (
                Msg::SetBool("saddle_numbness", false),
                Some(Edit::RedFlag("saddle_numbness", false)),
            ),
        ];
        for (msg, edit) in cases {
            assert_eq!(check_in_edit(&msg), edit, "{msg:?}");
        }
    }

    #[test]
    fn messages_of_questions_the_check_in_does_not_ask_change_nothing() {
        for msg in [
            Msg::SetNumber(NumberField::OnsetDays, 3),
            Msg::ClearNumber(NumberField::TreatedMonths),
            Msg::pick(ChoiceField::Sides, "left").unwrap(),
            Msg::Pick(ChoiceField::PainAreas, "elbow"),
            Msg::SetNoPain(true),
            Msg::Next,
        ] {
            assert_eq!(check_in_edit(&msg), None, "{msg:?}");
        }
        // An unknown trend is passed on as a blank one: the state, not this mapping, decides.
        assert_eq!(
            check_in_edit(&Msg::Pick(ChoiceField::PainTrend, "sideways")),
            Some(Edit::Trend(None))
        );
    }
}
