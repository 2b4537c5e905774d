//! The answers a reader gives, exactly as `shared/design/assessment.md` names them.
//! Every enum knows its contract spelling (`as_str`), all of its values (`ALL`) and their
//! spellings (`NAMES`), so the UI can render form controls whose `name`/`value` are the
//! contract's. The `Answers` struct itself is generated from the field table in `fields.rs`.

use serde::Serialize;

pub use super::fields::*;

macro_rules! contract_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The contract spellings, in the order of `ALL`.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl super::fields::ContractEnum for $name {
            const ALL: &'static [Self] = $name::ALL;
            const NAMES: &'static [&'static str] = $name::NAMES;
            fn as_str(self) -> &'static str { $name::as_str(self) }
            fn parse(text: &str) -> Option<Self> { $name::parse(text) }
        }
    };
}

contract_enum!(
    /// Age at the first episode.
    AgeBand { Under20 => "under_20", From20To50 => "20_to_50", Over50 => "over_50" }
);
contract_enum!(
    /// Life situation; selects prevention tips and cautions.
    Situation { Office => "office", Parent => "parent", Postpartum => "postpartum", OlderAdult => "older_adult", Pregnant => "pregnant" }
);
contract_enum!(
    CalfCramps { None => "none", Occasional => "occasional", Frequent => "frequent" }
);
contract_enum!(
    /// Regions of the body map (back view).
    PainArea { LowBack => "low_back", Buttock => "buttock", BackOfThigh => "back_of_thigh", BackOfCalf => "back_of_calf", OuterCalf => "outer_calf", Foot => "foot" }
);
contract_enum!(
    Side { Left => "left", Right => "right", Both => "both" }
);
contract_enum!(
    /// How the symptoms went over the last few days.
    PainTrend { Better => "better", Same => "same", Worse => "worse" }
);

pub const ONSET_DAYS_MAX: u16 = 3650;
pub const TREATED_MONTHS_MAX: u8 = 120;
pub const PAIN_SCORE_MAX: u8 = 10;

/// `items` as a set in the contract's order: no repeats, `all`'s order, whatever came in.
pub fn in_contract_order<T: Copy + PartialEq>(all: &[T], items: &[T]) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|item| items.contains(item))
        .collect()
}

/// The areas below the buttock (the contract's "pain below the buttock").
const BELOW_BUTTOCK: &[PainArea] = &[
    PainArea::BackOfThigh,
    PainArea::BackOfCalf,
    PainArea::OuterCalf,
    PainArea::Foot,
];

/// The areas below the knee: pain there alone may be cramps, not sciatica.
const BELOW_KNEE: &[PainArea] = &[PainArea::BackOfCalf, PainArea::OuterCalf, PainArea::Foot];

impl Answers {
    pub fn has_area(&self, area: PainArea) -> bool {
        self.pain_areas.contains(&area)
    }

    fn has_any_area(&self, areas: &[PainArea]) -> bool {
        areas.iter().any(|&area| self.has_area(area))
    }

    /// "With pain": something hurts right now.
    pub fn with_pain(&self) -> bool {
        !self.pain_areas.is_empty()
    }

    /// "Leg pain": any painful area from the buttock down.
    pub fn has_leg_pain(&self) -> bool {
        self.has_area(PainArea::Buttock) || self.has_pain_below_buttock()
    }

    /// "Pain below the buttock": the thigh, calf or foot.
    pub fn has_pain_below_buttock(&self) -> bool {
        self.has_any_area(BELOW_BUTTOCK)
    }

    /// "Radiating pain": the back of the thigh, or the calf or foot together with the low
    /// back or buttock. A calf or foot that hurts alone (as after cramps) does not radiate.
    pub fn has_radiating_pain(&self) -> bool {
        self.has_area(PainArea::BackOfThigh)
            || (self.has_any_area(BELOW_KNEE)
                && (self.has_area(PainArea::LowBack) || self.has_area(PainArea::Buttock)))
    }

    /// Whether the reader ticked this life situation.
    pub fn has_situation(&self, situation: Situation) -> bool {
        self.situations.contains(&situation)
    }
}
