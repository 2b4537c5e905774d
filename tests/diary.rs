//! The recovery diary, natively: the stored format round-trips and refuses bad data, the
//! engine over a simulated diary crosses the 14-, 28- and 90-day rules on the right days,
//! and the exported files (CSV, JSON, .ics) and the chart are right.

use sciatica_check::diary::chart::{chart, summary, y_for};
use sciatica_check::diary::checkin::{Draft, Edit};
use sciatica_check::diary::export::{to_csv, to_json};
use sciatica_check::diary::format::{decode, encode, DiaryError};
use sciatica_check::diary::ics::daily_reminder;
use sciatica_check::diary::json::from_json;
use sciatica_check::diary::{change_on, CheckInAnswers, Diary, NOTE_MAX_CHARS};
use sciatica_check::engine::{Answers, Level, PainArea, PainTrend};
use sciatica_check::engine::LocalDate;
use sciatica_check::ui::check_in_edits::check_in_edit;
use sciatica_check::ui::state::Msg;
use sciatica_check::content::steps::{ChoiceField, NumberField};

fn date(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

fn baseline(onset_days: u16) -> Answers {
    Answers {
        pain_areas: vec![PainArea::LowBack, PainArea::Buttock],
        onset_days,
        rest_relieves: false,
        pain_score: 6,
        ..Answers::default()
    }
}

fn check_in(pain_score: u8, trend: PainTrend) -> CheckInAnswers {
    CheckInAnswers {
        pain_score,
        trend,
        red_flags: vec![],
        pain_areas: vec![PainArea::LowBack, PainArea::Buttock],
        note: String::new(),
    }
}

/// A diary started on `today` with a daily check-in for `days` days; returns it and the
/// first day each rule fired.
fn simulate(onset_days: u16, days: i64, trend: PainTrend) -> (Diary, Vec<(&'static str, u16)>) {
    let today = date("2026-11-01");
    let mut diary = Diary::start(&baseline(onset_days), today);
    let mut first_fired: Vec<(&'static str, u16)> = Vec::new();
    for offset in 0..days {
        let day = today.add_days(offset).unwrap();
        diary.record(&check_in(5, trend), day);
        let change = change_on(&diary, day).unwrap();
        for rule in change.newly_fired {
            if !first_fired.iter().any(|(id, _)| *id == rule) {
                first_fired.push((rule, change.day));
            }
        }
    }
    (diary, first_fired)
}

fn first_day(fired: &[(&str, u16)], rule: &str) -> Option<u16> {
    fired
        .iter()
        .find(|(id, _)| *id == rule)
        .map(|(_, day)| *day)
}

fn sample() -> Diary {
    let mut diary = Diary::start(&baseline(3), date("2026-11-04"));
    diary.record(&check_in(7, PainTrend::Same), date("2026-11-04"));
    let mut second = check_in(4, PainTrend::Better);
    second.note = "walked 20 min | 50% better, \"ok\"; =SUM(A1)".to_owned();
    second.pain_areas = vec![PainArea::Buttock];
    diary.record(&second, date("2026-11-06"));
    diary
}

#[test]
fn the_episode_starts_onset_days_before_opting_in() {
    let diary = Diary::start(&baseline(10), date("2026-11-11"));
    assert_eq!(diary.started_on, date("2026-11-01"));
    assert_eq!(diary.onset_days_on(date("2026-11-30")), 29);
}

#[test]
fn a_35_day_diary_crosses_the_14_and_28_day_rules_on_the_right_days() {
    let (diary, fired) = simulate(0, 35, PainTrend::Same);
    assert_eq!(diary.entries.len(), 35);
    // "More than 14 days" and "more than 28 days": day 15 and day 29, not a day sooner.
    assert_eq!(first_day(&fired, "long_no_relief"), Some(15));
    assert_eq!(first_day(&fired, "not_improving"), Some(29));
    assert_eq!(first_day(&fired, "pain_over_90_days"), None);
    let day_29 = change_on(&diary, date("2026-11-30")).unwrap();
    assert_eq!(day_29.day, 29);
    assert_eq!(day_29.newly_fired, vec!["not_improving"]);
    assert!(day_29.no_longer_fired.is_empty());
}

#[test]
fn a_diary_started_on_day_60_crosses_the_90_day_rule_on_day_91() {
    let (_, fired) = simulate(60, 35, PainTrend::Same);
    assert_eq!(first_day(&fired, "pain_over_90_days"), Some(91));
}

#[test]
fn getting_better_after_day_28_lifts_the_not_improving_rule_and_says_so() {
    let (mut diary, _) = simulate(0, 30, PainTrend::Same);
    let day = date("2026-12-01");
    diary.record(&check_in(3, PainTrend::Better), day);
    let change = change_on(&diary, day).unwrap();
    assert!(
        change.no_longer_fired.contains(&"not_improving"),
        "{change:?}"
    );
    // The phase follows the days by itself.
    let assessment = diary.assess_entry(diary.entries.last().unwrap());
    assert_eq!(assessment.phase.as_str(), "recovery");
}

#[test]
fn a_red_flag_at_a_check_in_is_an_emergency() {
    let mut diary = Diary::start(&baseline(2), date("2026-11-01"));
    let mut answers = check_in(3, PainTrend::Better);
    answers.red_flags = vec!["saddle_numbness"];
    let entry = diary.record(&answers, date("2026-11-02"));
    assert_eq!(entry.level, Level::Emergency);
    let change = change_on(&diary, date("2026-11-02")).unwrap();
    assert!(change.newly_fired.contains(&"saddle_numbness"));
}

#[test]
fn a_second_check_in_on_a_day_replaces_the_first() {
    let mut diary = sample();
    diary.record(&check_in(2, PainTrend::Better), date("2026-11-06"));
    assert_eq!(diary.entries.len(), 2);
    assert_eq!(diary.entries[1].pain_score, 2);
}

#[test]
fn the_stored_format_round_trips() {
    let diary = sample();
    let text = encode(&diary);
    assert!(text.starts_with("sciatica-diary v1\n"), "{text}");
    assert_eq!(decode(&text), Ok(diary));
}

#[test]
fn notes_are_capped_and_plain() {
    let mut diary = sample();
    let mut long = check_in(1, PainTrend::Better);
    long.note = format!("line\nbreak{}", "x".repeat(500));
    let entry = diary.record(&long, date("2026-11-07"));
    assert_eq!(entry.note.chars().count(), NOTE_MAX_CHARS);
    assert!(!entry.note.contains('\n'));
    assert_eq!(decode(&encode(&diary)), Ok(diary));
}

#[test]
fn newer_foreign_and_corrupt_diaries_are_told_apart() {
    let text = encode(&sample());
    let newer = text.replacen("v1", "v7", 1);
    assert_eq!(decode(&newer), Err(DiaryError::Newer { version: 7 }));
    assert!(decode(&newer).unwrap_err().keep_stored());
    assert_eq!(decode("{\"hello\":1}"), Err(DiaryError::Foreign));
    assert_eq!(decode(""), Err(DiaryError::Foreign));
    let cases = [
        (text.replace("pain=7", "pain=11"), "pain"),
        (text.replace("trend=same", "trend=meh"), "trend"),
        (text.replace("level=self_care", "level=fine"), "level"),
        (text.replace("areas=buttock", "areas=elbow"), "pain areas"),
        (
            text.replace("start 2026-11-01", "start 2026-02-30"),
            "start date",
        ),
        (
            text.replace("age_band=20_to_50", "age_band=old"),
            "age_band",
        ),
        (text.replace("|note=", "|note=%ZZ"), "escape"),
        (
            format!("{text}entry 2026-11-05|pain=1|trend=same|flags=|areas=|level=routine\n"),
            "order",
        ),
        (format!("{text}garbage\n"), "not an entry"),
        ("sciatica-diary vX\n".to_owned(), "version"),
    ];
    for (bad, what) in cases {
        match decode(&bad) {
            Err(DiaryError::Corrupt(problem)) => {
                assert!(problem.contains(what), "{what}: {problem}")
            }
            other => panic!("{what}: expected corrupt, got {other:?}"),
        }
    }
}

#[test]
fn csv_has_a_row_per_check_in_and_is_safe_in_a_spreadsheet() {
    let csv = to_csv(&sample());
    let rows: Vec<&str> = csv.split("\r\n").filter(|row| !row.is_empty()).collect();
    assert_eq!(
        rows[0],
        "date,day,pain,trend,red_flags,pain_areas,level,note"
    );
    assert_eq!(rows.len(), 3);
    assert!(
        rows[1].starts_with("2026-11-04,3,7,same,,low_back buttock,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].ends_with(",\"walked 20 min | 50% better, \"\"ok\"\"; =SUM(A1)\""),
        "{}",
        rows[2]
    );
    let mut risky = sample();
    let mut formula = check_in(1, PainTrend::Better);
    formula.note = "=HYPERLINK(\"x\")".to_owned();
    risky.record(&formula, date("2026-11-08"));
    assert!(to_csv(&risky).contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
}

#[test]
fn json_export_imports_back_to_the_same_diary() {
    let diary = sample();
    let json = to_json(&diary);
    assert!(
        json.starts_with("{\"format\":\"sciatica-diary\",\"version\":1,"),
        "{json}"
    );
    assert_eq!(from_json(&json), Ok(diary.clone()));
    // Pretty-printed by another tool, with escapes: still the same diary.
    let spaced = json
        .replace(",\"", ", \"")
        .replace("walked", "w\\u0061lked");
    assert_eq!(from_json(&spaced), Ok(diary));
}

#[test]
fn a_bad_or_foreign_json_file_is_refused_with_what_is_wrong() {
    let json = to_json(&sample());
    let foreign = ["[1,2]", "{\"format\":\"other\"}", "{}", "\"text\""];
    for file in foreign {
        assert_eq!(from_json(file), Err(DiaryError::Foreign), "{file}");
    }
    assert_eq!(
        from_json(&json.replace("\"version\":1", "\"version\":3")),
        Err(DiaryError::Newer { version: 3 })
    );
    let cases = [
        (
            json.replace("\"pain\":7", "\"pain\":\"7\""),
            "entries[0].pain",
        ),
        (json.replace("\"pain\":7", "\"pain\":7.5"), "pain"),
        (json.replace("\"pain\":7", "\"pain\":-1"), "pain"),
        (
            json.replace("\"trend\":\"same\"", "\"trend\":\"meh\""),
            "trend",
        ),
        (
            json.replace("\"level\":\"self_care\"", "\"level\":\"ok\""),
            "level",
        ),
        (
            json.replace("\"red_flags\":[]", "\"red_flags\":[\"fever\"]"),
            "red flags",
        ),
        (
            json.replace("\"date\":\"2026-11-06\"", "\"date\":\"2026-11-04\""),
            "order",
        ),
        (
            json.replace(
                "\"started_on\":\"2026-11-01\"",
                "\"started_on\":\"yesterday\"",
            ),
            "started_on",
        ),
        (
            json.replace("\"age_band\":[\"20_to_50\"]", "\"age_band\":[\"old\"]"),
            "baseline.age_band",
        ),
        (
            json.replace("\"note\":\"\"", "\"note\":\"\",\"extra\":1"),
            "unknown field \"extra\"",
        ),
        (
            json.replace("\"trend\":", "\"trend\":\"same\",\"trend\":"),
            "repeated",
        ),
        (json[..json.len() - 5].to_owned(), "not valid JSON"),
        (format!("{json}x"), "after the JSON"),
    ];
    for (bad, what) in cases {
        match from_json(&bad) {
            Err(DiaryError::Corrupt(problem)) => {
                assert!(problem.contains(what), "{what}: {problem}")
            }
            other => panic!("{what}: expected corrupt, got {other:?}"),
        }
    }
    // Deep nesting is refused, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(from_json(&deep).is_err());
}

#[test]
fn the_daily_reminder_is_a_valid_icalendar_file() {
    let ics = daily_reminder(
        date("2026-11-25"),
        20,
        5,
        "Diary check-in, pain; back",
        "Takes 20 seconds",
    );
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("\r\nDTSTART:20261125T200500\r\n"));
    assert!(ics.contains("\r\nRRULE:FREQ=DAILY\r\n"));
    assert!(ics.contains("SUMMARY:Diary check-in\\, pain\\; back\r\n"));
    assert!(ics.contains("\r\nBEGIN:VALARM\r\n") && ics.contains("\r\nEND:VEVENT\r\n"));
    // No bare LF, and every physical line within 75 octets.
    assert!(!ics.replace("\r\n", "").contains('\n'));
    let long = daily_reminder(date("2026-11-25"), 9, 0, &"疼".repeat(60), "");
    for line in long.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
}

#[test]
fn the_chart_places_points_by_day_and_score_with_level_bands() {
    let diary = sample();
    let week = chart(&diary, date("2026-11-10"), 7);
    assert_eq!(week.first_day, date("2026-11-04"));
    assert_eq!(week.points.len(), 2);
    assert_eq!(week.points[0].x, sciatica_check::diary::chart::LEFT);
    assert_eq!(week.points[0].y, y_for(7));
    assert!(week.points[1].x > week.points[0].x);
    assert!(y_for(10) < y_for(0), "higher pain is higher up");
    assert_eq!(week.bands.len(), 2);
    assert_eq!(week.bands[0].width, week.points[1].x - week.points[0].x);
    assert!(week.path.starts_with('M') && week.path.contains(" L"));
    assert_eq!(summary(&week), Some((2, 4, 7, 7, 4)));
    // An entry outside the window is left out.
    let later = chart(&diary, date("2026-11-11"), 7);
    assert_eq!(later.points.len(), 1);
    assert!(later.path.is_empty());
    for range in [30, 90] {
        let wide = chart(&diary, date("2026-11-10"), range);
        assert!(wide
            .points
            .iter()
            .all(|p| p.x >= 0.0 && p.x <= sciatica_check::diary::chart::WIDTH));
    }
}

/// What the check-in screen does with a question component's message.
fn take(draft: &mut Draft, msg: Msg) {
    if let Some(edit) = check_in_edit(&msg) {
        draft.apply(edit);
    }
}

#[test]
fn the_check_in_form_takes_the_questionnaires_messages() {
    let mut draft = Draft::new(&[PainArea::Buttock]);
    assert_eq!(
        draft.missing(),
        vec!["none_of_these", "pain_score", "pain_trend"]
    );
    take(&mut draft, Msg::SetNoRedFlags(true));
    take(&mut draft, Msg::SetNumber(NumberField::PainScore, 4));
    take(&mut draft, Msg::pick(ChoiceField::PainTrend, PainTrend::Better.as_str()).unwrap());
    take(&mut draft, Msg::pick(ChoiceField::PainAreas, PainArea::LowBack.as_str()).unwrap());
    take(&mut draft, Msg::SetBool("fever", true));
    let answers = draft.finish().unwrap();
    assert_eq!(
        answers.pain_areas,
        vec![PainArea::LowBack, PainArea::Buttock]
    );
    assert!(answers.red_flags.is_empty());
    take(&mut draft, Msg::SetBool("bladder_bowel", true));
    assert!(draft.has_red_flag() && !draft.no_red_flags);
}

#[test]
fn check_in_edits_keep_the_draft_within_the_contract() {
    let mut draft = Draft::new(&[PainArea::Buttock]);
    draft.apply(Edit::PainScore(11));
    assert_eq!(draft.pain_score, None, "above 10 is no score");
    draft.apply(Edit::PainScore(10));
    assert_eq!(draft.pain_score, Some(10));
    draft.apply(Edit::ClearPainScore);
    assert_eq!(draft.pain_score, None);
    draft.apply(Edit::Trend(Some(PainTrend::Same)));
    draft.apply(Edit::Trend(None));
    assert_eq!(draft.trend, None, "an unknown trend leaves it blank");
    draft.apply(Edit::ToggleArea(PainArea::Buttock));
    assert!(draft.pain_areas.is_empty(), "a second tap unmarks");
    draft.apply(Edit::RedFlag("fever", true));
    assert!(!draft.has_red_flag(), "not a check-in red flag");
    draft.apply(Edit::RedFlag("sexual_dysfunction", true));
    draft.apply(Edit::RedFlag("bladder_bowel", true));
    assert_eq!(draft.red_flags, vec!["bladder_bowel", "sexual_dysfunction"]);
    draft.apply(Edit::RedFlag("bladder_bowel", false));
    assert_eq!(draft.red_flags, vec!["sexual_dysfunction"]);
    draft.apply(Edit::NoRedFlags(true));
    assert!(draft.red_flags.is_empty() && draft.no_red_flags);
    draft.apply(Edit::RedFlag("saddle_numbness", true));
    assert!(draft.has_red_flag() && !draft.no_red_flags);
}

#[test]
fn back_returns_to_where_the_reader_came_from() {
    use sciatica_check::content::Locale;
    use sciatica_check::ui::state::{Flow, Screen};
    let mut flow = Flow::new(Locale::En);
    flow.screen = Screen::Result;
    flow.apply(Msg::OpenDiary);
    assert_eq!(flow.screen, Screen::Diary { from_start: false });
    flow.apply(Msg::OpenCheckIn);
    assert_eq!(flow.screen, Screen::CheckIn { from_start: false });
    flow.apply(Msg::Back);
    assert_eq!(flow.screen, Screen::Diary { from_start: false });
    flow.apply(Msg::Back);
    assert_eq!(flow.screen, Screen::Result);
    // From the start card (a returning reader with a diary): Back goes back there.
    flow.apply(Msg::Restart);
    flow.apply(Msg::OpenDiary);
    flow.apply(Msg::OpenCheckIn);
    flow.apply(Msg::Back);
    flow.apply(Msg::Back);
    assert_eq!(flow.screen, Screen::Start);
}
