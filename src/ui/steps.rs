//! The questionnaire's steps, in the order a clinician would ask: the most dangerous first.

use crate::engine::{AgeBand, Answers, CalfCramps, PainArea, Side, Situation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepId {
    RedFlags,
    PainMap,
    Nerve,
    Course,
    Feel,
    Health,
    Treatment,
    Situation,
}

impl StepId {
    pub const ALL: &'static [StepId] = &[
        StepId::RedFlags,
        StepId::PainMap,
        StepId::Nerve,
        StepId::Course,
        StepId::Feel,
        StepId::Health,
        StepId::Treatment,
        StepId::Situation,
    ];

    /// The `data-step` value hosts' QA scripts rely on.
    pub const fn as_str(self) -> &'static str {
        match self {
            StepId::RedFlags => "red_flags",
            StepId::PainMap => "pain_map",
            StepId::Nerve => "nerve",
            StepId::Course => "course",
            StepId::Feel => "feel",
            StepId::Health => "health",
            StepId::Treatment => "treatment",
            StepId::Situation => "situation",
        }
    }

    pub fn title_key(self) -> String {
        format!("step.{}.title", self.as_str())
    }

    pub fn lead_key(self) -> String {
        format!("step.{}.lead", self.as_str())
    }

    /// Every contract field asked on this step, in the order it is asked.
    pub const fn fields(self) -> &'static [&'static str] {
        match self {
            StepId::RedFlags => RED_FLAG_CHECKLIST,
            StepId::PainMap => &["pain_areas", "sides"],
            StepId::Nerve => &["numbness", "weakness", "muscle_wasting"],
            StepId::Course => &["onset_days", "rest_relieves", "sudden_worse", "night_pain"],
            StepId::Feel => &["worse_sitting", "needle_like", "calf_cramps", "pain_score"],
            StepId::Health => &[
                "fever",
                "trauma",
                "cancer_history",
                "weight_loss",
                "steroids",
                "age_band",
            ],
            StepId::Treatment => &["treated_months"],
            StepId::Situation => &["situations"],
        }
    }

    /// Fields the reader must answer explicitly before going on: a question left blank is
    /// not a "no". The red flags are a checklist with "none of these" instead, and the
    /// situations only choose tips, so none of theirs is required.
    pub const fn required(self) -> &'static [&'static str] {
        match self {
            StepId::RedFlags | StepId::Situation => &[],
            step => step.fields(),
        }
    }
}

/// The red flags asked as a checklist on the first step (the contract's emergency fields).
pub const RED_FLAG_CHECKLIST: &[&str] = &["bladder_bowel", "saddle_numbness", "sexual_dysfunction"];

/// The number questions, with their contract bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberField {
    OnsetDays,
    TreatedMonths,
    PainScore,
}

impl NumberField {
    pub const fn name(self) -> &'static str {
        match self {
            NumberField::OnsetDays => "onset_days",
            NumberField::TreatedMonths => "treated_months",
            NumberField::PainScore => "pain_score",
        }
    }

    pub const fn max(self) -> u16 {
        match self {
            NumberField::OnsetDays => crate::engine::ONSET_DAYS_MAX,
            NumberField::TreatedMonths => crate::engine::TREATED_MONTHS_MAX as u16,
            NumberField::PainScore => crate::engine::PAIN_SCORE_MAX as u16,
        }
    }

    pub fn get(self, answers: &Answers) -> u16 {
        match self {
            NumberField::OnsetDays => answers.onset_days,
            NumberField::TreatedMonths => answers.treated_months.into(),
            NumberField::PainScore => answers.pain_score.into(),
        }
    }

    /// Stores `value` if it is within the contract's range; returns whether it did.
    pub fn set(self, answers: &mut Answers, value: u16) -> bool {
        if value > self.max() {
            return false;
        }
        match self {
            NumberField::OnsetDays => answers.onset_days = value,
            NumberField::TreatedMonths => answers.treated_months = value as u8,
            NumberField::PainScore => answers.pain_score = value as u8,
        }
        true
    }

    /// Quick picks: (content key, value). Each value sits inside its label's range and the
    /// contract's boundaries (14 and 90 days, 3 months) fall exactly between two picks.
    pub const fn picks(self) -> &'static [(&'static str, u16)] {
        match self {
            NumberField::OnsetDays => &[
                ("onset.pick.today", 0),
                ("onset.pick.d1_2", 2),
                ("onset.pick.d3_7", 7),
                ("onset.pick.d8_14", 14),
                ("onset.pick.d15_30", 30),
                ("onset.pick.d31_90", 90),
                ("onset.pick.over_90", 91),
            ],
            NumberField::TreatedMonths => &[
                ("treated.pick.none", 0),
                ("treated.pick.under_3", 2),
                ("treated.pick.three_plus", 3),
            ],
            NumberField::PainScore => &[],
        }
    }
}

impl NumberField {
    /// The quick pick whose range holds `value`: pick i covers the values above pick i-1 up to
    /// its own value; the last pick covers everything from its value up.
    pub fn pick_for(self, value: u16) -> Option<usize> {
        let picks = self.picks();
        let last = picks.len().checked_sub(1)?;
        if value >= picks[last].1 {
            return Some(last);
        }
        picks.iter().position(|&(_, upper)| value <= upper)
    }
}

/// The questions answered by picking among the contract's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceField {
    PainAreas,
    Sides,
    CalfCramps,
    AgeBand,
    Situations,
}

impl ChoiceField {
    pub const fn name(self) -> &'static str {
        match self {
            ChoiceField::PainAreas => "pain_areas",
            ChoiceField::Sides => "sides",
            ChoiceField::CalfCramps => "calf_cramps",
            ChoiceField::AgeBand => "age_band",
            ChoiceField::Situations => "situations",
        }
    }

    /// Several answers allowed (checkboxes) rather than one (radios).
    pub const fn multiple(self) -> bool {
        matches!(self, ChoiceField::PainAreas | ChoiceField::Situations)
    }

    /// The contract values, in display order.
    pub fn values(self) -> Vec<&'static str> {
        match self {
            ChoiceField::PainAreas => PainArea::ALL.iter().map(|v| v.as_str()).collect(),
            ChoiceField::Sides => Side::ALL.iter().map(|v| v.as_str()).collect(),
            ChoiceField::CalfCramps => CalfCramps::ALL.iter().map(|v| v.as_str()).collect(),
            ChoiceField::AgeBand => AgeBand::ALL.iter().map(|v| v.as_str()).collect(),
            ChoiceField::Situations => Situation::ALL.iter().map(|v| v.as_str()).collect(),
        }
    }

    /// The chosen values; a single-answer question shows none until the reader picks.
    pub fn selected(self, answers: &Answers, answered: bool) -> Vec<&'static str> {
        match self {
            ChoiceField::PainAreas => answers.pain_areas.iter().map(|v| v.as_str()).collect(),
            ChoiceField::Situations => answers.situations.iter().map(|v| v.as_str()).collect(),
            _ if !answered => Vec::new(),
            ChoiceField::Sides => vec![answers.sides.as_str()],
            ChoiceField::CalfCramps => vec![answers.calf_cramps.as_str()],
            ChoiceField::AgeBand => vec![answers.age_band.as_str()],
        }
    }
}
