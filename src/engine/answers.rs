//! The answers a reader gives, exactly as `shared/design/assessment.md` names them.
//! Every enum knows its contract spelling (`as_str`) and all of its values (`ALL`),
//! so the UI can render form controls whose `name`/`value` are the contract's.

use serde::{Deserialize, Serialize};

macro_rules! contract_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

contract_enum!(
    /// Age at the first episode.
    AgeBand { Under20 => "under_20", From20To50 => "20_to_50", Over50 => "over_50" }
);
contract_enum!(
    /// Life situation; selects prevention tips only.
    Situation { Office => "office", Parent => "parent", Postpartum => "postpartum", OlderAdult => "older_adult" }
);
contract_enum!(
    CalfCramps { None => "none", Occasional => "occasional", Frequent => "frequent" }
);
contract_enum!(
    /// Regions of the body map (back view).
    PainArea { LowBack => "low_back", Buttock => "buttock", BackOfThigh => "back_of_thigh", OuterCalf => "outer_calf", Foot => "foot" }
);
contract_enum!(
    Side { Left => "left", Right => "right", Both => "both" }
);

pub const ONSET_DAYS_MAX: u16 = 3650;
pub const TREATED_MONTHS_MAX: u8 = 120;
pub const PAIN_SCORE_MAX: u8 = 10;

/// One reader's answers. `Default` is the contract's "absent" value for every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    pub age_band: AgeBand,
    pub situations: Vec<Situation>,
    pub calf_cramps: CalfCramps,
    pub pain_areas: Vec<PainArea>,
    pub sides: Side,
    pub onset_days: u16,
    pub rest_relieves: bool,
    pub worse_sitting: bool,
    pub needle_like: bool,
    pub numbness: bool,
    pub weakness: bool,
    pub muscle_wasting: bool,
    pub bladder_bowel: bool,
    pub saddle_numbness: bool,
    pub sexual_dysfunction: bool,
    pub sudden_worse: bool,
    pub night_pain: bool,
    pub fever: bool,
    pub trauma: bool,
    pub cancer_history: bool,
    pub weight_loss: bool,
    pub steroids: bool,
    pub treated_months: u8,
    pub pain_score: u8,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            age_band: AgeBand::From20To50,
            situations: Vec::new(),
            calf_cramps: CalfCramps::None,
            pain_areas: Vec::new(),
            sides: Side::Left,
            onset_days: 0,
            rest_relieves: true,
            worse_sitting: false,
            needle_like: false,
            numbness: false,
            weakness: false,
            muscle_wasting: false,
            bladder_bowel: false,
            saddle_numbness: false,
            sexual_dysfunction: false,
            sudden_worse: false,
            night_pain: false,
            fever: false,
            trauma: false,
            cancer_history: false,
            weight_loss: false,
            steroids: false,
            treated_months: 0,
            pain_score: 0,
        }
    }
}

/// `items` as a set in the contract's order: no repeats, `all`'s order, whatever came in.
pub fn in_contract_order<T: Copy + PartialEq>(all: &[T], items: &[T]) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|item| items.contains(item))
        .collect()
}

impl Answers {
    /// "Leg pain" in the contract: any painful area below the low back.
    pub fn has_leg_pain(&self) -> bool {
        self.pain_areas
            .iter()
            .any(|area| *area != PainArea::LowBack)
    }

    pub fn has_area(&self, area: PainArea) -> bool {
        self.pain_areas.contains(&area)
    }
}

/// Lists the yes/no fields once, so the name list and both accessors cannot drift apart.
macro_rules! flag_fields {
    ($($field:ident),+ $(,)?) => {
        /// The yes/no fields, by their contract names.
        pub const FLAG_FIELDS: &[&str] = &[$(stringify!($field)),+];

        impl Answers {
            /// A yes/no answer by its contract name (`None` for any other name).
            pub fn flag(&self, field: &str) -> Option<bool> {
                $(if field == stringify!($field) { return Some(self.$field); })+
                None
            }

            /// Sets a yes/no answer by its contract name; returns false, changing nothing,
            /// for any other name.
            pub fn set_flag(&mut self, field: &str, value: bool) -> bool {
                $(if field == stringify!($field) { self.$field = value; return true; })+
                false
            }
        }
    };
}

flag_fields!(
    rest_relieves,
    worse_sitting,
    needle_like,
    numbness,
    weakness,
    muscle_wasting,
    bladder_bowel,
    saddle_numbness,
    sexual_dysfunction,
    sudden_worse,
    night_pain,
    fever,
    trauma,
    cancer_history,
    weight_loss,
    steroids,
);
