//! Calendar dates without a time zone, computed exactly with no crate and no table: the
//! saved answers, the diary and the doctor's handover all count days with them.

use std::fmt;

/// A calendar date without a time zone: the reader's local date, as their device shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    days: i64,
}

impl LocalDate {
    /// The date, if it exists; years 1 to 9999 so that it prints as `YYYY-MM-DD`.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<LocalDate> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then(|| LocalDate {
            days: days_from_civil(year.into(), month.into(), day.into()),
        })
    }

    /// Reads `YYYY-MM-DD` exactly.
    pub fn parse(text: &str) -> Option<LocalDate> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return None;
        }
        // Digits checked above, so each part reads; `get` as slicing could panic.
        let part = |range: std::ops::Range<usize>| super::decimal(text.get(range)?);
        LocalDate::from_ymd(i32::try_from(part(0..4)?).ok()?, part(5..7)?, part(8..10)?)
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        let (year, month, day) = civil_from_days(self.days);
        (year as i32, month as u32, day as u32)
    }

    /// Whole days from `earlier` to `self` (negative if `earlier` is later).
    pub fn days_since(self, earlier: LocalDate) -> i64 {
        self.days - earlier.days
    }

    /// The date `days` later (or earlier, if negative), if it stays within years 1 to 9999.
    pub fn add_days(self, days: i64) -> Option<LocalDate> {
        // Years 1 to 9999 hold 3,652,059 days: a longer move leaves them, and refusing it here
        // keeps the calendar arithmetic below from overflowing (`i64::MAX` days panicked).
        const CALENDAR_DAYS: i64 = 3_652_059;
        if !(-CALENDAR_DAYS..=CALENDAR_DAYS).contains(&days) {
            return None;
        }
        let (year, month, day) = civil_from_days(self.days + days);
        LocalDate::from_ymd(i32::try_from(year).ok()?, month as u32, day as u32)
    }
}

impl fmt::Display for LocalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil algorithms (public domain): exact for every
// Gregorian date, with no table and no crate.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}
