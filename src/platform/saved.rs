//! The format of answers kept on this device: one short line, `v1|field=value|...`.
//!
//! Deliberately not JSON: the widget would otherwise ship a JSON parser for this alone.
//! Reading is as strict as the engine's input validation: any unknown field, bad value or
//! other version rejects the whole line, and the caller discards it.

use crate::engine::{
    in_contract_order, AgeBand, Answers, CalfCramps, PainArea, Side, Situation, FLAG_FIELDS,
};
use crate::engine::{ONSET_DAYS_MAX, PAIN_SCORE_MAX, TREATED_MONTHS_MAX};

const VERSION: &str = "v1";

pub fn encode(answers: &Answers) -> String {
    let list = |values: Vec<&str>| values.join(",");
    let mut fields = vec![
        format!("age_band={}", answers.age_band.as_str()),
        format!(
            "situations={}",
            list(answers.situations.iter().map(|s| s.as_str()).collect())
        ),
        format!("calf_cramps={}", answers.calf_cramps.as_str()),
        format!(
            "pain_areas={}",
            list(answers.pain_areas.iter().map(|a| a.as_str()).collect())
        ),
        format!("sides={}", answers.sides.as_str()),
        format!("onset_days={}", answers.onset_days),
        format!("treated_months={}", answers.treated_months),
        format!("pain_score={}", answers.pain_score),
    ];
    fields.extend(
        FLAG_FIELDS
            .iter()
            .map(|field| format!("{field}={}", answers.flag(field) == Some(true))),
    );
    format!("{VERSION}|{}", fields.join("|"))
}

/// Reads a saved line back; the error names the first thing that was wrong.
pub fn decode(line: &str) -> Result<Answers, String> {
    let mut parts = line.split('|');
    if parts.next() != Some(VERSION) {
        return Err("saved answers: unknown format version".to_owned());
    }
    let mut answers = Answers::default();
    for part in parts {
        let (field, value) = part
            .split_once('=')
            .ok_or_else(|| format!("saved answers: \"{part}\" is not field=value"))?;
        let bad = || format!("saved answers: bad value \"{value}\" for {field}");
        let list = |value: &str| {
            value
                .split(',')
                .filter(|item| !item.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        match field {
            "age_band" => answers.age_band = AgeBand::parse(value).ok_or_else(bad)?,
            "calf_cramps" => answers.calf_cramps = CalfCramps::parse(value).ok_or_else(bad)?,
            "sides" => answers.sides = Side::parse(value).ok_or_else(bad)?,
            "situations" => {
                answers.situations = list(value)
                    .iter()
                    .map(|item| Situation::parse(item))
                    .collect::<Option<_>>()
                    .ok_or_else(bad)?
            }
            "pain_areas" => {
                answers.pain_areas = list(value)
                    .iter()
                    .map(|item| PainArea::parse(item))
                    .collect::<Option<_>>()
                    .ok_or_else(bad)?
            }
            "onset_days" => answers.onset_days = number(value, ONSET_DAYS_MAX).ok_or_else(bad)?,
            "treated_months" => {
                answers.treated_months =
                    number(value, TREATED_MONTHS_MAX.into()).ok_or_else(bad)? as u8
            }
            "pain_score" => {
                answers.pain_score = number(value, PAIN_SCORE_MAX.into()).ok_or_else(bad)? as u8
            }
            flag => {
                let value = match value {
                    "true" => true,
                    "false" => false,
                    _ => return Err(bad()),
                };
                if !answers.set_flag(flag, value) {
                    return Err(format!("saved answers: unknown field \"{flag}\""));
                }
            }
        }
    }
    answers.situations = in_contract_order(Situation::ALL, &answers.situations);
    answers.pain_areas = in_contract_order(PainArea::ALL, &answers.pain_areas);
    Ok(answers)
}

fn number(text: &str, max: u16) -> Option<u16> {
    text.parse::<u16>().ok().filter(|value| *value <= max)
}
