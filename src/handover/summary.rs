//! The short plain-text summary a QR code carries: any phone camera shows it as text, no app
//! and no server needed. In the reader's language: the level, every red flag's answer, where
//! it hurts and for how long, the reasons, the date, and that it is not a diagnosis.
//! It stays within [`MAX_BYTES`] so the code (version 20 at most, error correction M) still
//! scans from a printed page.

use super::{value_text, Handover, Lookup};

/// The most UTF-8 bytes a summary may have.
pub const MAX_BYTES: usize = 600;

/// The red flags (the contract's emergency and urgent signs, and the prompt ones a doctor
/// asks about first), each named in the summary with its answer.
pub const RED_FLAGS: &[&str] = &[
    "bladder_bowel",
    "saddle_numbness",
    "sexual_dysfunction",
    "weakness",
    "numbness",
    "muscle_wasting",
    "serious_accident",
    "trauma",
    "fever",
    "night_pain",
    "weight_loss",
    "cancer_history",
    "steroids",
    "sudden_worse",
];

fn fill(text: Lookup, key: &str, values: &[(&str, &str)]) -> String {
    let mut out = text(key);
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The short name of a red flag, with the side when it has one ("Weakness (both legs)").
fn flag_name(handover: &Handover, text: Lookup, flag: &str) -> String {
    let name = text(&format!("handover.flag.{flag}"));
    let side_field = format!("{flag}_sides");
    match handover.answers.field_texts(&side_field) {
        Some(side) if handover.answers.flag(flag) == Some(true) => {
            format!("{name} ({})", value_text(text, &side_field, &side[0]))
        }
        _ => name,
    }
}

/// The summary's first line: the check, the date and the level (also the QR code's name).
pub fn first_line(handover: &Handover, text: Lookup) -> String {
    let level = handover.assessment.level.as_str();
    fill(
        text,
        "handover.summary.title",
        &[
            ("date", &handover.date.to_string()),
            ("level", &text(&format!("level.{level}.name"))),
        ],
    )
}

/// The whole summary, at most [`MAX_BYTES`]: reasons that do not fit are counted, not cut.
pub fn summary(handover: &Handover, text: Lookup) -> String {
    let answers = handover.answers;
    // The catalog cannot hold a trailing space: Latin punctuation gets one here, CJK none.
    let mut separator = text("handover.summary.separator");
    if separator.is_ascii() {
        separator.push(' ');
    }
    let asked = handover.asked_fields();
    let flags_answered = |yes: bool| {
        RED_FLAGS
            .iter()
            .filter(|flag| asked.contains(flag) && answers.flag(flag) == Some(yes))
            .map(|flag| flag_name(handover, text, flag))
            .collect::<Vec<_>>()
            .join(&separator)
    };
    let mut lines = vec![first_line(handover, text)];
    for (yes, key) in [(true, "handover.summary.yes"), (false, "handover.summary.no")] {
        let flags = flags_answered(yes);
        if !flags.is_empty() {
            lines.push(fill(text, key, &[("flags", &flags)]));
        }
    }
    if answers.with_pain() {
        let areas = answers
            .pain_areas
            .iter()
            .map(|area| value_text(text, "pain_areas", area.as_str()))
            .collect::<Vec<_>>()
            .join(&separator);
        lines.push(fill(
            text,
            "handover.summary.pain",
            &[
                ("areas", &areas),
                ("side", &value_text(text, "sides", answers.sides.as_str())),
                ("days", &answers.onset_days.to_string()),
                ("trend", &value_text(text, "pain_trend", answers.pain_trend.as_str())),
                ("score", &answers.pain_score.to_string()),
            ],
        ));
    } else {
        lines.push(text("handover.summary.no_pain"));
    }
    let footer = text("handover.summary.footer");
    let fits = |lines: &[String], extra: &str| {
        lines.iter().map(|line| line.len() + 1).sum::<usize>() + extra.len() + 1 + footer.len()
            <= MAX_BYTES
    };
    let reasons = &handover.assessment.reasons;
    for (index, reason) in reasons.iter().enumerate() {
        let line = format!("- {}", text(&format!("rule.{}", reason.rule)));
        let left = reasons.len() - index - 1;
        let more = fill(text, "handover.summary.more", &[("count", &left.to_string())]);
        let reserve = if left > 0 { more.as_str() } else { "" };
        if fits(&lines, &format!("{line}\n{reserve}")) {
            lines.push(line);
        } else {
            let more = fill(
                text,
                "handover.summary.more",
                &[("count", &(reasons.len() - index).to_string())],
            );
            if fits(&lines, &more) {
                lines.push(more);
            }
            break;
        }
    }
    lines.push(footer);
    lines.join("\n")
}
