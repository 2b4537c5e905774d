//! The recovery diary: an opt-in record of daily check-ins kept on this device only.
//!
//! Pure Rust, tested natively: the model and the engine over it (this file), the stored
//! text format ([`format`]), the files a reader saves ([`export`], [`json`], [`ics`]) and the
//! chart's geometry ([`chart`]). The browser parts live in `platform::diary_store` and
//! `ui::diary`.

pub mod chart;
pub mod checkin;
pub mod export;
pub mod format;
pub mod ics;
pub mod json;

use crate::engine::{assess, Answers, Assessment, Level, PainArea, PainTrend, ONSET_DAYS_MAX};
use crate::engine::LocalDate;

/// The red flags asked at every check-in: the contract's emergency checklist.
pub const RED_FLAGS: &[&str] = &["bladder_bowel", "saddle_numbness", "sexual_dysfunction"];

/// Longest note kept with an entry, in characters: a reminder, not a journal.
pub const NOTE_MAX_CHARS: usize = 140;

/// One check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub date: LocalDate,
    /// Worst pain today, 0-10.
    pub pain_score: u8,
    pub trend: PainTrend,
    /// The red flags ticked (contract names, in [`RED_FLAGS`] order); empty is "none of these".
    pub red_flags: Vec<&'static str>,
    pub pain_areas: Vec<PainArea>,
    /// At most [`NOTE_MAX_CHARS`] characters.
    pub note: String,
    /// The level the engine gave that day, kept so the chart shows what the reader was told.
    pub level: Level,
}

/// One episode's diary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diary {
    /// The day the episode began (today minus `onset_days` when the reader opted in).
    pub started_on: LocalDate,
    /// The questionnaire's answers, carried forward into every check-in.
    pub baseline: Answers,
    /// In date order, at most one per date (a second check-in on a day replaces the first).
    pub entries: Vec<Entry>,
}

/// Cuts a note to [`NOTE_MAX_CHARS`] characters and drops control characters.
pub fn clean_note(note: &str) -> String {
    note.chars()
        .filter(|c| !c.is_control())
        .take(NOTE_MAX_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The level a contract spelling names.
pub fn parse_level(text: &str) -> Option<Level> {
    Level::ALL
        .iter()
        .copied()
        .find(|level| level.as_str() == text)
}

impl Diary {
    /// A new diary for a reader opting in on `today` with these questionnaire answers.
    pub fn start(baseline: &Answers, today: LocalDate) -> Diary {
        let started_on = today
            .add_days(-i64::from(baseline.onset_days))
            .unwrap_or(today);
        Diary {
            started_on,
            baseline: baseline.clone(),
            entries: Vec::new(),
        }
    }

    /// Days from the episode's start to `date` (never negative, capped at the contract's max).
    pub fn onset_days_on(&self, date: LocalDate) -> u16 {
        date.days_since(self.started_on)
            .clamp(0, i64::from(ONSET_DAYS_MAX)) as u16
    }

    /// The engine's answers for a check-in: the baseline carried forward, with today's pain,
    /// trend, red flags and areas, and `onset_days` counted from the start date.
    pub fn answers_for(&self, check_in: &CheckInAnswers, date: LocalDate) -> Answers {
        let mut answers = self.baseline.clone();
        answers.onset_days = self.onset_days_on(date);
        answers.pain_score = check_in.pain_score;
        answers.pain_trend = check_in.trend;
        answers.pain_areas = check_in.pain_areas.clone();
        for flag in RED_FLAGS {
            answers.set_flag(flag, check_in.red_flags.contains(flag));
        }
        answers
    }

    /// The assessment behind an entry, recomputed with today's engine.
    pub fn assess_entry(&self, entry: &Entry) -> Assessment {
        assess(&self.answers_for(&CheckInAnswers::from(entry), entry.date))
    }

    /// Adds a check-in for `date` (replacing one already made that day) and returns the new
    /// entry with its assessed level.
    pub fn record(&mut self, check_in: &CheckInAnswers, date: LocalDate) -> Entry {
        let level = assess(&self.answers_for(check_in, date)).level;
        let entry = Entry {
            date,
            pain_score: check_in.pain_score,
            trend: check_in.trend,
            red_flags: check_in.red_flags.clone(),
            pain_areas: check_in.pain_areas.clone(),
            note: clean_note(&check_in.note),
            level,
        };
        self.entries.retain(|kept| kept.date != date);
        self.entries.push(entry.clone());
        self.entries.sort_by_key(|kept| kept.date);
        entry
    }

    /// The entry before the one on `date`, if any.
    pub fn previous(&self, date: LocalDate) -> Option<&Entry> {
        self.entries.iter().rev().find(|entry| entry.date < date)
    }
}

/// What a check-in asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInAnswers {
    pub pain_score: u8,
    pub trend: PainTrend,
    pub red_flags: Vec<&'static str>,
    pub pain_areas: Vec<PainArea>,
    pub note: String,
}

impl From<&Entry> for CheckInAnswers {
    fn from(entry: &Entry) -> Self {
        CheckInAnswers {
            pain_score: entry.pain_score,
            trend: entry.trend,
            red_flags: entry.red_flags.clone(),
            pain_areas: entry.pain_areas.clone(),
            note: entry.note.clone(),
        }
    }
}

/// What changed between two check-ins, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub level_before: Option<Level>,
    pub level_now: Level,
    /// Rule IDs that fire now and did not last time (all of today's for a first check-in).
    pub newly_fired: Vec<&'static str>,
    /// Rule IDs that fired last time and no longer do.
    pub no_longer_fired: Vec<&'static str>,
    /// Days since the episode began, for "day 29 and not better".
    pub day: u16,
}

impl Change {
    pub fn level_changed(&self) -> bool {
        self.level_before != Some(self.level_now)
    }
}

/// Compares the check-in on `date` with the one before it ("what changed since last time").
/// `None` when there is no entry on `date`.
pub fn change_on(diary: &Diary, date: LocalDate) -> Option<Change> {
    let entry = diary.entries.iter().find(|entry| entry.date == date)?;
    let now = diary.assess_entry(entry);
    let before = diary
        .previous(date)
        .map(|earlier| diary.assess_entry(earlier));
    Some(compare(before.as_ref(), &now, diary.onset_days_on(date)))
}

/// The rules newly fired and no longer fired from `before` to `now`. `self_care` is a
/// summary of "nothing else", so it is named only when nothing else changed into it.
pub fn compare(before: Option<&Assessment>, now: &Assessment, day: u16) -> Change {
    let ids = |assessment: &Assessment| -> Vec<&'static str> {
        assessment
            .reasons
            .iter()
            .map(|reason| reason.rule)
            .collect()
    };
    let now_ids = ids(now);
    let before_ids = before.map(ids).unwrap_or_default();
    Change {
        level_before: before.map(|assessment| assessment.level),
        level_now: now.level,
        newly_fired: now_ids
            .iter()
            .copied()
            .filter(|id| !before_ids.contains(id))
            .collect(),
        no_longer_fired: before_ids
            .iter()
            .copied()
            .filter(|id| !now_ids.contains(id))
            .collect(),
        day,
    }
}
