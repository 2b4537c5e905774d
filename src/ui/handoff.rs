//! What the questionnaire build hands to the full build when the reader goes past the
//! questionnaire (to a result, the exercises, the diary): the whole flow, as text.
//!
//! The two builds are two WebAssembly instances of the same code with their own memory, so the
//! flow crosses between them as a string held by the page (never stored, never sent). Both come
//! from one build of the same source, so the format needs no versions; it is still read as
//! untrusted input: anything it cannot read is an error, never a panic.
//!
//! One `name=value` per line: `screen`, the settings (`locale`, `remember`), the flow's lists
//! (`answered`, `prefilled`, `missing`, comma-separated field names), `no_red_flags`, `no_pain`,
//! `returned`, and every contract field as `a.<field>=<value>,<value>` (the field table's text,
//! so every field, answered or not, comes back exactly as it was).

use std::fmt::{self, Write};

use super::screens::Screen;
use super::state::Flow;
use crate::content::Locale;
use crate::engine::FIELDS;
use crate::exercise::RoutineId;

/// Why a handed-over flow could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoffError(pub String);

impl fmt::Display for HandoffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the handed-over flow could not be read: {}", self.0)
    }
}

/// Writes `screen`'s text (`step:3`, `exercise:result:<routine>`, ...) at the end of `out`.
fn write_screen(out: &mut String, screen: Screen) {
    let origin = |from_result: bool| if from_result { "result" } else { "start" };
    let _ = match screen {
        Screen::Start => write!(out, "start"),
        Screen::Step(index) => write!(out, "step:{index}"),
        Screen::Emergency { from } => write!(out, "emergency:{from}"),
        Screen::Result => write!(out, "result"),
        Screen::Exercises { from_result } => write!(out, "exercises:{}", origin(from_result)),
        Screen::Exercise { routine, from_result } => {
            write!(out, "exercise:{}:{}", origin(from_result), routine.as_str())
        }
        Screen::Diary { from_start } => write!(out, "diary:{}", origin(!from_start)),
        Screen::CheckIn { from_start } => write!(out, "check-in:{}", origin(!from_start)),
    };
}

fn parse_screen(text: &str) -> Option<Screen> {
    let mut parts = text.split(':');
    let name = parts.next()?;
    let arg = parts.next();
    let routine = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let index = || arg?.parse::<usize>().ok().filter(|index| *index < crate::content::steps::StepId::ALL.len());
    let from_result = || match arg? {
        "result" => Some(true),
        "start" => Some(false),
        _ => None,
    };
    let screen = match (name, routine) {
        ("start", None) if arg.is_none() => Screen::Start,
        ("result", None) if arg.is_none() => Screen::Result,
        ("step", None) => Screen::Step(index()?),
        ("emergency", None) => Screen::Emergency { from: index()? },
        ("exercises", None) => Screen::Exercises { from_result: from_result()? },
        ("exercise", Some(routine)) => Screen::Exercise {
            routine: RoutineId::parse(routine)?,
            from_result: from_result()?,
        },
        ("diary", None) => Screen::Diary { from_start: !from_result()? },
        ("check-in", None) => Screen::CheckIn { from_start: !from_result()? },
        _ => return None,
    };
    Some(screen)
}

/// The flow as text for the full build. Written line by line into one string (the
/// questionnaire build carries this): a `format!` per line, joined, cost twice the code.
pub fn encode(flow: &Flow) -> String {
    let mut text = String::from("screen=");
    write_screen(&mut text, flow.screen);
    let _ = write!(
        text,
        "\nlocale={}\nremember={}\nno_red_flags={}\nno_pain={}",
        flow.settings.locale.tag(),
        flow.settings.remember,
        flow.no_red_flags,
        flow.no_pain
    );
    for (name, list) in [
        ("answered", &flow.answered),
        ("prefilled", &flow.prefilled),
        ("missing", &flow.missing),
    ] {
        push_line(&mut text, "", name, list.iter().copied());
    }
    if let Some(days) = flow.returned_after_days {
        let _ = write!(text, "\nreturned={days}");
    }
    for field in FIELDS {
        let texts = flow.answers.field_texts(field.name).unwrap_or_default();
        push_line(&mut text, "a.", field.name, texts.iter().map(String::as_str));
    }
    text
}

/// Adds the line `<prefix><name>=<value>,<value>...` to `text`.
fn push_line<'v>(text: &mut String, prefix: &str, name: &str, values: impl Iterator<Item = &'v str>) {
    text.push('\n');
    text.push_str(prefix);
    text.push_str(name);
    text.push('=');
    for (position, value) in values.enumerate() {
        if position > 0 {
            text.push(',');
        }
        text.push_str(value);
    }
}

/// A field name as the field table spells it (so the flow's lists keep `&'static str`);
/// `none_of_these` is the red-flag step's own "None of these", not a contract field.
fn field_name(name: &str) -> Option<&'static str> {
    if name == "none_of_these" {
        return Some("none_of_these");
    }
    FIELDS.iter().map(|field| field.name).find(|known| *known == name)
}

fn names(value: &str) -> Result<Vec<&'static str>, HandoffError> {
    value
        .split(',')
        .filter(|name| !name.is_empty())
        .map(|name| field_name(name).ok_or_else(|| HandoffError(format!("unknown field `{name}`"))))
        .collect()
}

fn flag(name: &str, value: &str) -> Result<bool, HandoffError> {
    match value {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(HandoffError(format!("`{name}` must be true or false, not `{value}`"))),
    }
}

/// The flow the questionnaire build handed over.
pub fn decode(text: &str) -> Result<Flow, HandoffError> {
    let mut flow = Flow::new(Locale::ZhCn);
    let mut screen = None;
    let mut locale = None;
    for line in text.lines() {
        let (name, value) = line
            .split_once('=')
            .ok_or_else(|| HandoffError(format!("a line without `=`: `{line}`")))?;
        if let Some(field) = name.strip_prefix("a.") {
            let texts: Vec<&str> = value.split(',').filter(|text| !text.is_empty()).collect();
            flow.answers
                .set_field(field, &texts)
                .map_err(|error| HandoffError(format!("field `{field}`: {error}")))?;
            continue;
        }
        match name {
            "screen" => screen = Some(parse_screen(value).ok_or_else(|| HandoffError(format!("unknown screen `{value}`")))?),
            "locale" => locale = Some(Locale::from_tag(value).ok_or_else(|| HandoffError(format!("unknown locale `{value}`")))?),
            "remember" => flow.settings.remember = flag(name, value)?,
            "no_red_flags" => flow.no_red_flags = flag(name, value)?,
            "no_pain" => flow.no_pain = flag(name, value)?,
            "answered" => flow.answered = names(value)?,
            "prefilled" => flow.prefilled = names(value)?,
            "missing" => flow.missing = names(value)?,
            "returned" => {
                flow.returned_after_days = Some(
                    value
                        .parse()
                        .map_err(|_| HandoffError(format!("`returned` must be a number of days, not `{value}`")))?,
                )
            }
            _ => return Err(HandoffError(format!("unknown line `{name}`"))),
        }
    }
    flow.screen = screen.ok_or_else(|| HandoffError("no screen".to_owned()))?;
    flow.settings.locale = locale.ok_or_else(|| HandoffError("no locale".to_owned()))?;
    Ok(flow)
}

/// Whether `screen` is in the questionnaire build (the first load); every other screen is the
/// full build's. The first load carries the start card, the first step (the red-flag checklist)
/// and the emergency screen its answers may call for: the reader can answer the first question,
/// and be sent for help, before anything else arrives. The later steps come with the full build,
/// which the page fetches and compiles while the reader is on that first question.
pub const fn in_questionnaire_build(screen: Screen) -> bool {
    matches!(screen, Screen::Start | Screen::Step(0) | Screen::Emergency { .. })
}
