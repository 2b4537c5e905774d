//! A daily reminder the reader adds to their own calendar: an iCalendar file (RFC 5545) made
//! on the device. It holds no health data, only the reminder's words and time.

use crate::engine::LocalDate;

/// The `.ics` text: one event at `hour:minute` local ("floating") time from `first_day`,
/// repeating daily, with an alarm at its start. Lines end in CRLF and fold at 75 octets.
pub fn daily_reminder(
    first_day: LocalDate,
    hour: u8,
    minute: u8,
    summary: &str,
    description: &str,
) -> String {
    let (year, month, day) = first_day.ymd();
    let date = format!("{year:04}{month:02}{day:02}");
    let (hour, minute) = (hour.min(23), minute.min(59));
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//sciatica-check//diary reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:diary-reminder-{date}@sciatica-check.invalid"),
        format!("DTSTAMP:{date}T000000Z"),
        format!("DTSTART:{date}T{hour:02}{minute:02}00"),
        "DURATION:PT5M".to_owned(),
        "RRULE:FREQ=DAILY".to_owned(),
        format!("SUMMARY:{}", escape_text(summary)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        "TRIGGER:PT0M".to_owned(),
        format!("DESCRIPTION:{}", escape_text(summary)),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|line| fold(line)).collect()
}

/// TEXT escaping (RFC 5545 3.3.11).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line into pieces of at most 75 octets (RFC 5545 3.1), never inside a
/// UTF-8 character; continuation lines start with a space.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
    out
}
