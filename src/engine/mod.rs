//! The clinical core: answers in, assessment out. Pure Rust, no web dependencies,
//! so the browser, the native tests and the `assess` command share one set of rules.
//! The contract is `shared/design/assessment.md`.

mod answers;
mod assessment;
mod date;
mod digits;
mod fields;
mod input;
mod rules;

pub use answers::*;
pub use assessment::*;
pub use date::LocalDate;
pub use digits::decimal;
pub use input::{answers_from_value, parse_answers, AnswersInput, InputError};
pub use rules::{
    Rule, CHRONIC_AFTER_DAYS, NOT_IMPROVING_AFTER_DAYS, PROMPT_AFTER_DAYS, RULES,
    SEVERE_PAIN_SCORE, TREATED_MONTHS_FOR_REVIEW,
};

/// Assesses one reader's answers: the most urgent level that fires, the pattern hint,
/// the phase, and every rule that fired in table order (`self_care` alone if none did).
pub fn assess(answers: &Answers) -> Assessment {
    let fired: Vec<&Rule> = RULES
        .iter()
        .filter(|rule| rule.fires_for(answers))
        .collect();
    Assessment {
        level: fired
            .iter()
            .map(|rule| rule.level)
            .max()
            .unwrap_or(Level::SelfCare),
        pattern: pattern(answers),
        phase: phase(answers),
        reasons: fired
            .iter()
            .map(|rule| Reason {
                rule: rule.id,
                facts: rule.facts,
            })
            .collect(),
    }
}

/// The pattern the answers resemble; a hint, never a diagnosis (F72).
/// Root wins over trunk: a disc can cause buttock pain too (F13). Trunk needs the low back
/// to be free: low-back and buttock pain worse on sitting is typical of a disc.
pub fn pattern(answers: &Answers) -> Pattern {
    let below_knee = [PainArea::BackOfCalf, PainArea::OuterCalf, PainArea::Foot]
        .into_iter()
        .any(|area| answers.has_area(area));
    let back_and_thigh =
        answers.has_area(PainArea::LowBack) && answers.has_area(PainArea::BackOfThigh);
    if below_knee || back_and_thigh {
        Pattern::Root
    } else if answers.has_area(PainArea::Buttock)
        && !answers.has_area(PainArea::LowBack)
        && (answers.worse_sitting || answers.needle_like)
    {
        Pattern::Trunk
    } else {
        Pattern::Unclear
    }
}

/// The phase that selects the self-care plan. Chronic wins: months of failed treatment
/// outweigh a recent flare. Recovery follows the easing of the pain (F30), so it needs the
/// pain to be getting better; with nothing hurting, the duration of an episode says nothing.
pub fn phase(answers: &Answers) -> Phase {
    if answers.treated_months >= TREATED_MONTHS_FOR_REVIEW
        || (answers.with_pain() && answers.onset_days > CHRONIC_AFTER_DAYS)
    {
        Phase::Chronic
    } else if answers.with_pain()
        && answers.onset_days > PROMPT_AFTER_DAYS
        && answers.pain_trend == PainTrend::Better
    {
        Phase::Recovery
    } else {
        Phase::Acute
    }
}

/// Fact IDs behind each pattern, for the "why" panel.
pub fn pattern_basis(pattern: Pattern) -> &'static [&'static str] {
    match pattern {
        Pattern::Root => &["F10", "F11", "F13"],
        Pattern::Trunk => &["F14", "F15", "F16"],
        Pattern::Unclear => &["F72"],
    }
}

/// Fact IDs behind each phase's plan, for the "why" panel.
pub fn phase_basis(phase: Phase) -> &'static [&'static str] {
    match phase {
        Phase::Acute => &["F26", "F27", "F28", "F29", "F78"],
        Phase::Recovery => &["F30", "F31", "F32", "F33"],
        Phase::Chronic => &["F35"],
    }
}

/// The level rule with this ID (`self_care` included), for its level and facts.
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules::rule_by_id(id)
}

/// Every fact ID the engine names, sorted and without repeats, so a test can check each
/// one against the fact register.
pub fn fact_ids() -> Vec<&'static str> {
    let rule_facts = RULES.iter().flat_map(|rule| rule.facts.iter());
    let pattern_facts = Pattern::ALL
        .iter()
        .flat_map(|&pattern| pattern_basis(pattern).iter());
    let phase_facts = Phase::ALL
        .iter()
        .flat_map(|&phase| phase_basis(phase).iter());
    let mut ids: Vec<&'static str> = rule_facts
        .chain(pattern_facts)
        .chain(phase_facts)
        .copied()
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}
