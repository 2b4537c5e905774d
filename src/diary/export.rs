//! Files the reader saves: CSV for a spreadsheet or a doctor, JSON for moving to a new phone.
//! Both are written by hand: a few lines here instead of a serializer in the widget.

use super::Diary;
use crate::engine::FIELDS;

/// The JSON shape's name and version, checked on import.
pub const JSON_FORMAT: &str = "sciatica-diary";
pub const JSON_VERSION: u32 = 1;

/// CSV (RFC 4180, CRLF line ends): one row per check-in.
pub fn to_csv(diary: &Diary) -> String {
    let mut csv = String::from("date,day,pain,trend,red_flags,pain_areas,level,note\r\n");
    for entry in &diary.entries {
        let areas: Vec<&str> = entry.pain_areas.iter().map(|area| area.as_str()).collect();
        let row = [
            entry.date.to_string(),
            diary.onset_days_on(entry.date).to_string(),
            entry.pain_score.to_string(),
            entry.trend.as_str().to_owned(),
            entry.red_flags.join(" "),
            areas.join(" "),
            entry.level.as_str().to_owned(),
            entry.note.clone(),
        ];
        let cells: Vec<String> = row.iter().map(|cell| csv_cell(cell)).collect();
        csv.push_str(&cells.join(","));
        csv.push_str("\r\n");
    }
    csv
}

/// Quotes a cell when needed; a cell a spreadsheet would run as a formula gets a leading `'`.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(json_string).collect();
    format!("[{}]", items.join(","))
}

/// The diary as JSON, the shape [`super::json::from_json`] reads back.
pub fn to_json(diary: &Diary) -> String {
    let baseline: Vec<String> = FIELDS
        .iter()
        .map(|field| {
            let texts = diary.baseline.field_texts(field.name).unwrap_or_default();
            format!(
                "{}:{}",
                json_string(field.name),
                json_list(texts.iter().map(String::as_str))
            )
        })
        .collect();
    let entries: Vec<String> = diary
        .entries
        .iter()
        .map(|entry| {
            format!(
                "{{\"date\":\"{}\",\"pain\":{},\"trend\":\"{}\",\"red_flags\":{},\"pain_areas\":{},\"level\":\"{}\",\"note\":{}}}",
                entry.date,
                entry.pain_score,
                entry.trend.as_str(),
                json_list(entry.red_flags.iter().copied()),
                json_list(entry.pain_areas.iter().map(|area| area.as_str())),
                entry.level.as_str(),
                json_string(&entry.note),
            )
        })
        .collect();
    format!(
        "{{\"format\":\"{JSON_FORMAT}\",\"version\":{JSON_VERSION},\"started_on\":\"{}\",\"baseline\":{{{}}},\"entries\":[\n{}\n]}}\n",
        diary.started_on,
        baseline.join(","),
        entries.join(",\n"),
    )
}
