//! The questionnaire's steps, in the order a clinician would ask: the most dangerous first.
//! Plain data over the engine's field table, shared by the screens and the doctor's handover.

use crate::engine::{field, Answers, FieldKind};

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
    /// How long and which way the pain is going come before where it hurts, so that pain in
    /// both legs (an emergency unless long-standing and stable) is judged the moment it is given.
    pub const ALL: &'static [StepId] = &[
        StepId::RedFlags,
        StepId::Course,
        StepId::PainMap,
        StepId::Nerve,
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
            StepId::Nerve => &[
                "numbness",
                "numbness_sides",
                "weakness",
                "weakness_sides",
                "muscle_wasting",
            ],
            StepId::Course => &[
                "onset_days",
                "pain_trend",
                "rest_relieves",
                "sudden_worse",
                "night_pain",
            ],
            StepId::Feel => &["worse_sitting", "needle_like", "calf_cramps", "pain_score"],
            StepId::Health => &[
                "fever",
                "trauma",
                "serious_accident",
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
    /// situations only choose tips, so none of theirs is required. A `*_sides` question is
    /// required only while it is asked (see [`is_asked`]).
    pub const fn required(self) -> &'static [&'static str] {
        match self {
            StepId::RedFlags | StepId::Situation => &[],
            step => step.fields(),
        }
    }
}

/// Questions asked only after a "yes" to their symptom: (question, symptom). The contract
/// asks which leg is numb or weak only of a reader whose leg is numb or weak.
pub const FOLLOW_UPS: &[(&str, &str)] = &[
    ("numbness_sides", "numbness"),
    ("weakness_sides", "weakness"),
];

/// Whether `field` is asked, given the answers so far. "Which leg" is asked only of a reader
/// with pain in the buttock or the leg: with back pain alone or nothing hurting it means nothing.
pub fn is_asked(field: &str, answers: &Answers) -> bool {
    if field == "sides" {
        return answers.has_leg_pain();
    }
    match FOLLOW_UPS.iter().find(|(question, _)| *question == field) {
        Some((_, symptom)) => answers.flag(symptom) == Some(true),
        None => true,
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

    /// The contract's upper bound, from the field table.
    pub fn max(self) -> u16 {
        match field(self.name()).map(|field| field.kind) {
            Some(FieldKind::Integer { max }) => max,
            _ => 0,
        }
    }

    pub fn get(self, answers: &Answers) -> u16 {
        answers
            .field_texts(self.name())
            .and_then(|texts| texts.first()?.parse().ok())
            .unwrap_or(0)
    }

    /// Stores `value` if it is within the contract's range; returns whether it did.
    pub fn set(self, answers: &mut Answers, value: u16) -> bool {
        answers
            .set_field(self.name(), &[value.to_string().as_str()])
            .is_ok()
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
                ("onset.pick.d15_28", 28),
                ("onset.pick.d29_90", 90),
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
    PainTrend,
    NumbnessSides,
    WeaknessSides,
    CalfCramps,
    AgeBand,
    Situations,
}

impl ChoiceField {
    pub const ALL: [ChoiceField; 8] = [
        ChoiceField::PainAreas,
        ChoiceField::Sides,
        ChoiceField::PainTrend,
        ChoiceField::NumbnessSides,
        ChoiceField::WeaknessSides,
        ChoiceField::CalfCramps,
        ChoiceField::AgeBand,
        ChoiceField::Situations,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            ChoiceField::PainAreas => "pain_areas",
            ChoiceField::Sides => "sides",
            ChoiceField::PainTrend => "pain_trend",
            ChoiceField::NumbnessSides => "numbness_sides",
            ChoiceField::WeaknessSides => "weakness_sides",
            ChoiceField::CalfCramps => "calf_cramps",
            ChoiceField::AgeBand => "age_band",
            ChoiceField::Situations => "situations",
        }
    }

    fn kind(self) -> Option<FieldKind> {
        field(self.name()).map(|field| field.kind)
    }

    /// Several answers allowed (checkboxes) rather than one (radios).
    pub fn multiple(self) -> bool {
        matches!(self.kind(), Some(FieldKind::ListOf(_)))
    }

    /// The contract values, in display order (the field table's).
    pub fn values(self) -> Vec<&'static str> {
        match self.kind() {
            Some(FieldKind::OneOf(values) | FieldKind::ListOf(values)) => values.to_vec(),
            _ => Vec::new(),
        }
    }

    /// The chosen values; a single-answer question shows none until the reader picks.
    pub fn selected(self, answers: &Answers, answered: bool) -> Vec<&'static str> {
        if !self.multiple() && !answered {
            return Vec::new();
        }
        let texts = answers.field_texts(self.name()).unwrap_or_default();
        self.values()
            .into_iter()
            .filter(|value| texts.iter().any(|text| text == value))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::FIELDS;

    fn steps_asking(field: &str) -> Vec<StepId> {
        StepId::ALL
            .iter()
            .copied()
            .filter(|step| step.fields().contains(&field))
            .collect()
    }

    #[test]
    fn every_field_of_the_table_is_asked_by_exactly_one_step() {
        for field in FIELDS {
            let steps = steps_asking(field.name);
            assert_eq!(steps.len(), 1, "{} is asked on {steps:?}", field.name);
        }
        for step in StepId::ALL {
            for name in step.fields() {
                assert!(
                    field(name).is_some(),
                    "{step:?} asks {name}, not a contract field"
                );
            }
        }
    }

    #[test]
    fn a_sides_follow_up_is_asked_on_the_step_of_its_symptom_right_after_it() {
        for (question, symptom) in FOLLOW_UPS {
            let step = steps_asking(question)[0];
            assert_eq!(
                steps_asking(symptom),
                vec![step],
                "{question} and {symptom}"
            );
            let fields = step.fields();
            let at = |name: &str| fields.iter().position(|f| *f == name).unwrap();
            assert_eq!(
                at(question),
                at(symptom) + 1,
                "{question} follows {symptom}"
            );
        }
        let mut answers = Answers::default();
        assert!(!is_asked("numbness_sides", &answers));
        answers.numbness = true;
        assert!(is_asked("numbness_sides", &answers));
        assert!(
            !is_asked("sides", &answers),
            "nothing hurts: no leg to name"
        );
        answers.pain_areas = vec![crate::engine::PainArea::LowBack];
        assert!(
            !is_asked("sides", &answers),
            "back pain alone: no leg to name"
        );
        answers.pain_areas.push(crate::engine::PainArea::Buttock);
        assert!(is_asked("sides", &answers));
    }

    #[test]
    fn every_choice_and_number_question_is_a_table_field_of_its_kind() {
        for choice in ChoiceField::ALL {
            assert!(!choice.values().is_empty(), "{}", choice.name());
        }
        for number in [
            NumberField::OnsetDays,
            NumberField::TreatedMonths,
            NumberField::PainScore,
        ] {
            assert!(number.max() > 0, "{}", number.name());
        }
    }
}
