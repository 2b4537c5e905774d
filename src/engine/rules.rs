//! The level rules as one table, row for row the "Assessment" table of
//! `shared/design/assessment.md` (version 2), so a clinician can review the two side by side.
//!
//! Every row fires on its own; the assessed level is the highest level among the rows
//! that fire. Rows are in the contract's order, which is also the order of the reasons.

use super::answers::{AgeBand, Answers, CalfCramps, PainTrend, Side, Situation};
use super::assessment::Level::{self, Emergency, Prompt, Routine, SelfCare, Urgent};

/// One row of the rules table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable ID; the UI keys its explanation text on it.
    pub id: &'static str,
    pub level: Level,
    /// Fact IDs (`shared/seed/facts.md`) that justify the row.
    pub facts: &'static [&'static str],
    pub fires: fn(&Answers) -> bool,
}

impl Rule {
    pub fn fires_for(&self, answers: &Answers) -> bool {
        (self.fires)(answers)
    }
}

const fn rule(
    id: &'static str,
    level: Level,
    facts: &'static [&'static str],
    fires: fn(&Answers) -> bool,
) -> Rule {
    Rule {
        id,
        level,
        facts,
        fires,
    }
}

/// Days since onset after which pain that rest does not ease needs a prompt review (F60: 2 weeks).
pub const PROMPT_AFTER_DAYS: u16 = 14;
/// Days since onset after which pain that is not improving needs a doctor (F76: about 4 weeks).
pub const NOT_IMPROVING_AFTER_DAYS: u16 = 28;
/// Days since onset after which a doctor's plan is needed (F35: 3 months).
pub const CHRONIC_AFTER_DAYS: u16 = 90;
/// Months of treatment without improvement after which a specialist reviews (F35).
pub const TREATED_MONTHS_FOR_REVIEW: u8 = 3;
/// Worst pain today from which the pain counts as severe (F76, F85).
pub const SEVERE_PAIN_SCORE: u8 = 8;

/// The rules. `self_care` is last and fires only when no other row does, so every
/// assessment carries at least one reason.
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    // ---- emergency: call the emergency number or go to an emergency department now
    rule("bladder_bowel",            Emergency, &["F35", "F62", "F82"], |a| a.bladder_bowel),
    rule("saddle_numbness",          Emergency, &["F70", "F82"],        |a| a.saddle_numbness),
    rule("sexual_dysfunction",       Emergency, &["F70"],               |a| a.sexual_dysfunction),
    // Sciatica in both legs, unless it has been there for months without getting worse.
    rule("both_legs",                Emergency, &["F70", "F82"],        both_legs),
    rule("both_legs_weakness",       Emergency, &["F70", "F82"],        |a| a.weakness && a.weakness_sides == Side::Both),
    rule("both_legs_numbness",       Emergency, &["F70", "F82"],        |a| a.numbness && a.numbness_sides == Side::Both),
    rule("serious_accident",         Emergency, &["F84"],               |a| a.serious_accident),
    rule("cancer_nerve_signs",       Emergency, &["F71", "F85"],        |a| a.cancer_history && (a.numbness || a.weakness || a.has_pain_below_buttock())),

    // ---- urgent: get medical help today
    rule("weakness",                 Urgent,    &["F35", "F61", "F75"], |a| a.weakness),
    rule("fever",                    Urgent,    &["F71", "F75", "F84"], |a| a.fever),
    rule("night_pain",               Urgent,    &["F63", "F84"],        |a| a.night_pain),
    rule("trauma",                   Urgent,    &["F71", "F84"],        |a| a.trauma),
    rule("weight_loss",              Urgent,    &["F71", "F84"],        |a| a.weight_loss),
    rule("cancer_spine_pain",        Urgent,    &["F85"],               |a| a.cancer_history && (a.pain_trend == PainTrend::Worse || a.pain_score >= SEVERE_PAIN_SCORE)),

    // ---- prompt: see a doctor within a day or two
    rule("muscle_wasting",           Prompt,    &["F35"],               |a| a.muscle_wasting),
    rule("numbness",                 Prompt,    &["F61"],               |a| a.numbness),
    rule("sudden_worse",             Prompt,    &["F63"],               |a| a.sudden_worse),
    rule("long_no_relief",           Prompt,    &["F60"],               |a| a.with_pain() && a.onset_days > PROMPT_AFTER_DAYS && !a.rest_relieves),
    rule("cancer_history",           Prompt,    &["F71"],               |a| a.cancer_history),
    rule("steroids",                 Prompt,    &["F74", "F86"],        |a| a.steroids),
    rule("age_not_improving",        Prompt,    &["F74", "F86"],        age_not_improving),

    // ---- routine: book an appointment
    rule("both_legs_review",         Routine,   &["F70"],               |a| a.sides == Side::Both && a.has_pain_below_buttock() && !both_legs(a)),
    // Ask for a lumbar CT or EMG.
    rule("frequent_cramps_leg_pain", Routine,   &["F40", "F64"],        |a| a.calf_cramps == CalfCramps::Frequent && a.has_leg_pain()),
    // F35's "over 3 months" read as at least 3 whole months; surgery may be considered.
    rule("treated_3_months",         Routine,   &["F35"],               |a| a.treated_months >= TREATED_MONTHS_FOR_REVIEW),
    rule("pain_over_90_days",        Routine,   &["F35"],               |a| a.with_pain() && a.onset_days > CHRONIC_AFTER_DAYS),
    rule("age_risk",                 Routine,   &["F74"],               |a| a.age_band == AgeBand::Over50),
    rule("not_improving",            Routine,   &["F76"],               |a| a.with_pain() && a.onset_days > NOT_IMPROVING_AFTER_DAYS && a.pain_trend != PainTrend::Better),
    rule("getting_worse",            Routine,   &["F76"],               |a| a.with_pain() && a.pain_trend == PainTrend::Worse),
    rule("severe_pain",              Routine,   &["F76"],               |a| a.pain_score >= SEVERE_PAIN_SCORE),
    rule("pregnant_leg_pain",        Routine,   &["F80", "F87"],        |a| a.has_situation(Situation::Pregnant) && a.has_radiating_pain()),

    // ---- self_care: look after it at home, check again if anything changes
    rule("self_care",                SelfCare,  &["F34", "F06", "F76", "F77"], no_other_rule_fires),
];

/// Radiating pain in both legs; long-standing pain that is not getting worse (stable
/// stenosis-like pain) is reviewed routinely instead (`both_legs_review`).
fn both_legs(answers: &Answers) -> bool {
    let stable_for_months =
        answers.onset_days > CHRONIC_AFTER_DAYS && answers.pain_trend != PainTrend::Worse;
    answers.sides == Side::Both && answers.has_radiating_pain() && !stable_for_months
}

/// A first episode before 20 or after 50 that is not improving after a month (F74, F86).
fn age_not_improving(answers: &Answers) -> bool {
    matches!(answers.age_band, AgeBand::Under20 | AgeBand::Over50)
        && answers.with_pain()
        && answers.onset_days > NOT_IMPROVING_AFTER_DAYS
        && answers.onset_days <= CHRONIC_AFTER_DAYS
        && answers.pain_trend != PainTrend::Better
}

fn no_other_rule_fires(answers: &Answers) -> bool {
    !RULES
        .iter()
        .any(|rule| rule.level > SelfCare && rule.fires_for(answers))
}

/// The rule with this ID, if any.
pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}
