//! The level rules as one table, row for row the "Assessment" table of
//! `shared/design/assessment.md`, so a clinician can review the two side by side.
//!
//! Every row fires on its own; the assessed level is the highest level among the rows
//! that fire. Rows are listed most urgent first, which is also the order in which
//! reasons are reported.

use super::answers::{AgeBand, Answers, CalfCramps, Side};
use super::assessment::Level::{self, Emergency, Prompt, Routine, SelfCare};

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
/// Days since onset after which a doctor's plan is needed (F35: 3 months).
pub const CHRONIC_AFTER_DAYS: u16 = 90;
/// Months of treatment without improvement after which a specialist reviews (F35).
pub const TREATED_MONTHS_FOR_REVIEW: u8 = 3;

/// The rules. `self_care` is last and fires only when no other row does, so every
/// assessment carries at least one reason.
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    // ---- emergency: call the emergency number or go to an emergency department now
    // Incontinence or retention of urine or stool: cauda equina syndrome.
    rule("bladder_bowel",            Emergency, &["F35", "F62"], |a| a.bladder_bowel),
    // Saddle-area numbness: cauda equina red flag.
    rule("saddle_numbness",          Emergency, &["F70"],        |a| a.saddle_numbness),
    // New sexual dysfunction: cauda equina red flag.
    rule("sexual_dysfunction",       Emergency, &["F70"],        |a| a.sexual_dysfunction),
    // Sciatica in both legs; back pain alone on both sides does not count.
    rule("both_legs",                Emergency, &["F70"],        |a| a.sides == Side::Both && a.has_leg_pain()),

    // ---- prompt: see orthopaedics or rehabilitation within a day or two
    // Cannot walk on toes or heels, cannot lift the toes.
    rule("weakness",                 Prompt,    &["F35", "F61"], |a| a.weakness),
    // A visibly thinner leg muscle.
    rule("muscle_wasting",           Prompt,    &["F35"],        |a| a.muscle_wasting),
    // Numbness or tingling in the leg or foot.
    rule("numbness",                 Prompt,    &["F61"],        |a| a.numbness),
    // Pain suddenly much worse.
    rule("sudden_worse",             Prompt,    &["F63"],        |a| a.sudden_worse),
    // Night pain that stops sleep.
    rule("night_pain",               Prompt,    &["F63"],        |a| a.night_pain),
    // More than two weeks of pain that rest does not ease.
    rule("long_no_relief",           Prompt,    &["F60"],        |a| a.onset_days > PROMPT_AFTER_DAYS && !a.rest_relieves),
    // Fever or feeling unwell with the pain: possible infection.
    rule("fever",                    Prompt,    &["F71"],        |a| a.fever),
    // Recent fall or accident: possible fracture.
    rule("trauma",                   Prompt,    &["F71"],        |a| a.trauma),
    // Any history of cancer: possible spread to the spine.
    rule("cancer_history",           Prompt,    &["F71"],        |a| a.cancer_history),
    // Unexplained weight loss: possible serious cause.
    rule("weight_loss",              Prompt,    &["F71"],        |a| a.weight_loss),

    // ---- routine: book an appointment
    // Frequent cramps with leg pain: ask for a lumbar CT or EMG.
    rule("frequent_cramps_leg_pain", Routine,   &["F40", "F64"], |a| a.calf_cramps == CalfCramps::Frequent && a.has_leg_pain()),
    // Three months of treatment without improvement: surgery may be considered.
    rule("treated_3_months",         Routine,   &["F35"],        |a| a.treated_months >= TREATED_MONTHS_FOR_REVIEW),
    // Pain for over three months needs a doctor's plan.
    rule("pain_over_90_days",        Routine,   &["F35"],        |a| a.onset_days > CHRONIC_AFTER_DAYS),
    // Long-term steroid medicine.
    rule("steroids",                 Routine,   &["F74"],        |a| a.steroids),
    // First episode before 20 or after 50.
    rule("age_risk",                 Routine,   &["F74"],        |a| matches!(a.age_band, AgeBand::Under20 | AgeBand::Over50)),

    // ---- self_care: look after it at home, re-check if anything changes
    // None of the above.
    rule("self_care",                SelfCare,  &["F34", "F06"], no_other_rule_fires),
];

fn no_other_rule_fires(answers: &Answers) -> bool {
    !RULES
        .iter()
        .any(|rule| rule.level > SelfCare && rule.fires_for(answers))
}

/// The rule with this ID, if any.
pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}
