#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
//! An adversarial no-panic audit of every reader of outside input: host settings, browser
//! languages, the accent colour, saved answers, the diary (stored text and imported JSON), the
//! catalog data file, the flow handed between the two builds, the `assess` input, dates at their
//! extremes and the clocks the timer and the sit-break reminder are given.
//!
//! Each gets arbitrary text (unicode, control characters, huge numbers, empty, long) and, where
//! a valid form exists, that form with one byte changed, removed or duplicated, and cut at every
//! position. The bar: no panic; an error whose text says something, or a documented default;
//! a round-trip format reads its own writing back the same. Run in debug, so overflow panics.

mod support;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use sciatica_check::content::{data_file, parse_data_file, Locale};
use sciatica_check::diary::chart::chart;
use sciatica_check::diary::export::{to_csv, to_json};
use sciatica_check::diary::ics::daily_reminder;
use sciatica_check::handover::qr::QrCode;
use sciatica_check::diary::format::{decode as decode_diary, decode_answers, encode as encode_diary};
use sciatica_check::diary::json::{from_json, parse as parse_json};
use sciatica_check::diary::{CheckInAnswers, Diary, RED_FLAGS};
use sciatica_check::engine::{parse_answers, LocalDate, PainArea, PainTrend, FIELDS};
use sciatica_check::exercise::routines::ROUTINES;
use sciatica_check::exercise::sit_break::SitBreak;
use sciatica_check::exercise::timer::Timer;
use sciatica_check::platform::accent::{scheme_accents, Rgb};
use sciatica_check::platform::config::{is_https_url, HostConfig, SETTING_NAMES};
use sciatica_check::platform::region::{browser_region, locale_from_browser, locale_of_tag, Region};
use sciatica_check::platform::saved::{self, SavedAnswers};
use sciatica_check::ui::handoff;
use sciatica_check::ui::state::Flow;
use support::answers_strategy;

const CASES: u32 = 256;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text built from what the formats use as separators and what breaks byte slicing: ASCII
/// punctuation, digits, multi-byte letters, a byte-order mark, control characters.
fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        select(vec![
            "|", "=", ",", "%", "%2", "%7C", "%25", "\n", "\r\n", "\t", ":", ";", ".", "-", "_", "#",
            "@", "\"", "\\", "{", "}", "[", "]", "\\u", "\\ud800", "v", "v1", "v2", "e", "E", "+",
            " ", "é", "中", "😀", "\u{feff}", "\u{0}", "\u{7f}", "\u{200b}", "\u{85}", "ǅ",
            "true", "false", "null", "entry ", "start ", "base ", "a.", "screen=", "sciatica-diary v1",
            "@entries", "@hong-kong", "@facts", "sciatica-catalog 1 ", "https://", "xn--",
        ])
        .prop_map(str::to_owned),
        "[0-9]{1,25}",
        "[a-zA-Z_]{1,12}",
        any::<char>().prop_map(String::from),
    ];
    vec(pieces, 0..max).prop_map(|pieces| pieces.concat())
}

/// Any text: fully random, or built from the formats' own pieces.
fn junk() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), tricky_text(40), "\\PC{0,300}"]
}

/// One random edit of a valid text, at byte level (the result read back lossily, so a cut
/// inside a multi-byte character shows up as U+FFFD the way a damaged file would).
#[derive(Debug, Clone)]
enum Mutation {
    Remove(usize),
    Duplicate(usize),
    Replace(usize, u8),
    Truncate(usize),
    Insert(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Remove),
        any::<usize>().prop_map(Mutation::Duplicate),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Replace(at, byte)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), tricky_text(3)).prop_map(|(at, text)| Mutation::Insert(at, text)),
    ]
}

fn mutate(valid: &str, mutation: &Mutation) -> String {
    let mut bytes = valid.as_bytes().to_vec();
    if bytes.is_empty() {
        return String::new();
    }
    let at = |index: usize| index % bytes.len();
    match mutation {
        Mutation::Remove(index) => {
            bytes.remove(at(*index));
        }
        Mutation::Duplicate(index) => {
            let index = at(*index);
            bytes.insert(index, bytes[index]);
        }
        Mutation::Replace(index, byte) => {
            let index = at(*index);
            bytes[index] = *byte;
        }
        Mutation::Truncate(index) => bytes.truncate(at(*index)),
        Mutation::Insert(index, text) => {
            let index = at(*index);
            bytes.splice(index..index, text.bytes());
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Every prefix of `valid` that ends on a character boundary (a stored value cut short).
fn prefixes(valid: &str) -> impl Iterator<Item = &str> {
    (0..valid.len()).filter(|end| valid.is_char_boundary(*end)).map(|end| &valid[..end])
}

fn date_strategy() -> impl Strategy<Value = LocalDate> {
    (1i32..=9999, 1u32..=12, 1u32..=31)
        .prop_map(|(year, month, day)| LocalDate::from_ymd(year, month, day.min(28)).expect("a real date"))
}

fn check_in_strategy() -> impl Strategy<Value = CheckInAnswers> {
    (
        0u8..=10,
        select(PainTrend::ALL.to_vec()),
        subsequence(RED_FLAGS.to_vec(), 0..=RED_FLAGS.len()),
        subsequence(PainArea::ALL.to_vec(), 0..=PainArea::ALL.len()),
        prop_oneof![Just(String::new()), any::<String>(), tricky_text(20)],
    )
        .prop_map(|(pain_score, trend, red_flags, pain_areas, note)| CheckInAnswers {
            pain_score,
            trend,
            red_flags,
            pain_areas,
            note,
        })
}

/// A diary as the widget keeps one: started from answers, with check-ins on later days.
fn diary_strategy() -> impl Strategy<Value = Diary> {
    (
        answers_strategy(),
        (2000i32..=2100, 1u32..=12, 1u32..=28),
        vec((1i64..5, check_in_strategy()), 0..6),
    )
        .prop_map(|(baseline, (year, month, day), check_ins)| {
            let today = LocalDate::from_ymd(year, month, day).expect("a real date");
            let mut diary = Diary::start(&baseline, today);
            let mut date = today;
            for (gap, check_in) in check_ins {
                date = date.add_days(gap).expect("within the calendar");
                diary.record(&check_in, date);
            }
            diary
        })
}

fn saved_strategy() -> impl Strategy<Value = SavedAnswers> {
    let names: Vec<&'static str> = FIELDS.iter().map(|field| field.name).collect();
    (answers_strategy(), subsequence(names.clone(), 0..=names.len()), date_strategy()).prop_map(
        |(answers, answered, confirmed_on)| SavedAnswers {
            answers,
            answered,
            confirmed_on,
        },
    )
}

/// Clock readings as a page may give them: ordinary, going backwards, or at the ends of `u64`.
fn clock() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..200_000, any::<u64>(), (u64::MAX - 200_000)..=u64::MAX]
}

fn leaked(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

// ---- host settings (query string and the loader's data- attributes, both as pairs) ----

/// What every accepted setting must look like, whatever came in.
fn assert_safe_config(config: &HostConfig, warnings: &[String]) {
    for warning in warnings {
        assert!(warning.starts_with("sciatica-check: ignored "), "{warning}");
        // A rejected value is quoted at most 80 characters long.
        assert!(warning.chars().count() < 400, "a flooding warning: {} characters", warning.chars().count());
    }
    if let Some(accent) = &config.accent {
        assert!(Rgb::parse(accent).is_some(), "accent {accent:?} accepted but unreadable");
        assert!(scheme_accents(accent).is_some());
    }
    if let Some(number) = &config.emergency {
        assert!((2..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()));
    }
    if let Some(booking) = &config.booking {
        assert!(booking.starts_with("https://") && booking.len() <= 2048 && booking.is_ascii());
    }
    if let Some(id) = &config.embed_id {
        assert!((1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn host_settings_never_panic_and_accept_only_safe_values(
        pairs in vec((prop_oneof![select(SETTING_NAMES.to_vec()).prop_map(str::to_owned), junk()], junk()), 0..8),
    ) {
        let (config, warnings) = HostConfig::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
        assert_safe_config(&config, &warnings);
        // A rejected setting explains itself; an unknown name is not ours to judge.
        for (name, value) in &pairs {
            let (alone, warned) = HostConfig::from_pairs([(name.as_str(), value.as_str())]);
            if warned.is_empty() && SETTING_NAMES.contains(&name.as_str()) {
                prop_assert!(alone != HostConfig::default() || ["theme", "compact", "size", "embed"].contains(&name.as_str()),
                    "{name}={value:?} accepted without effect");
            }
        }
    }

    #[test]
    fn a_long_multibyte_value_is_quoted_whole_characters(repeat in 70usize..200, letter in select(vec!["中", "😀", "é", "a"])) {
        let value = letter.repeat(repeat);
        for name in SETTING_NAMES {
            let (_, warnings) = HostConfig::from_pairs([(*name, value.as_str())]);
            assert_safe_config(&HostConfig::default(), &warnings);
        }
    }

    #[test]
    fn booking_links_never_panic(url in prop_oneof![junk(), tricky_text(20).prop_map(|t| format!("https://{t}"))]) {
        let _ = is_https_url(&url);
    }

    // ---- region and language from the browser ----

    #[test]
    fn browser_language_lists_never_panic(languages in vec(prop_oneof![junk(), "[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{1,8}){0,4}"], 0..6)) {
        let tags: Vec<&str> = languages.iter().map(String::as_str).collect();
        let _ = locale_from_browser(tags.iter().copied());
        if let Some(region) = browser_region(tags.iter().copied()) {
            prop_assert_eq!(Region::parse(region.as_str()), Some(region));
        }
        for tag in &tags {
            let _ = locale_of_tag(tag);
            let _ = Locale::from_tag(tag);
            if let Some(region) = Region::parse(tag) {
                prop_assert_eq!(region.as_str().len(), 2);
            }
        }
    }

    // ---- the accent colour ----

    #[test]
    fn accent_colours_never_panic(text in prop_oneof![junk(), "#[0-9a-fA-F]{0,8}", "#.{0,6}"]) {
        if let Some(colour) = Rgb::parse(&text) {
            prop_assert_eq!(Rgb::parse(&colour.to_hex()), Some(colour));
        }
        let _ = scheme_accents(&text);
    }

    // ---- saved answers ----

    #[test]
    fn saved_answers_junk_gets_a_reason(line in junk()) {
        match saved::decode(&line) {
            Ok(kept) => prop_assert_eq!(saved::encode(&saved::decode(&saved::encode(&kept)).unwrap()), saved::encode(&kept)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    #[test]
    fn saved_answers_damaged_get_a_reason(kept in saved_strategy(), change in mutation(), today in date_strategy()) {
        let line = saved::encode(&kept);
        prop_assert_eq!(saved::decode(&line).map(|read| saved::encode(&read)), Ok(line.clone()));
        let _ = saved::returning(&kept, today);
        match saved::decode(&mutate(&line, &change)) {
            // Only answered fields are kept, so the line, not the whole answers, is stable.
            Ok(read) => prop_assert_eq!(saved::encode(&saved::decode(&saved::encode(&read)).unwrap()), saved::encode(&read)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    // ---- the diary: stored text ----

    #[test]
    fn stored_diary_junk_gets_a_reason(text in prop_oneof![junk(), tricky_text(60).prop_map(|t| format!("sciatica-diary v1\nstart 2026-01-01\nbase \n{t}"))]) {
        match decode_diary(&text) {
            Ok(diary) => prop_assert_eq!(decode_diary(&encode_diary(&diary)), Ok(diary)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
        if let Err(error) = decode_answers(&text) {
            prop_assert!(!error.to_string().trim().is_empty());
        }
    }

    #[test]
    fn stored_diary_damaged_gets_a_reason(diary in diary_strategy(), change in mutation()) {
        let text = encode_diary(&diary);
        prop_assert_eq!(decode_diary(&text), Ok(diary));
        match decode_diary(&mutate(&text, &change)) {
            Ok(read) => prop_assert_eq!(decode_diary(&encode_diary(&read)), Ok(read)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    // ---- the diary: an imported JSON file ----

    #[test]
    fn imported_junk_gets_a_reason(text in prop_oneof![junk(), tricky_text(60).prop_map(|t| format!("{{\"format\":\"sciatica-diary\",\"version\":1,{t}"))]) {
        let _ = parse_json(&text);
        match from_json(&text) {
            Ok(diary) => prop_assert_eq!(from_json(&to_json(&diary)), Ok(diary)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    #[test]
    fn imported_damaged_file_gets_a_reason(diary in diary_strategy(), change in mutation(), today in date_strategy()) {
        let file = to_json(&diary);
        prop_assert_eq!(from_json(&file), Ok(diary));
        match from_json(&mutate(&file, &change)) {
            Ok(read) => {
                // What an imported diary feeds: the chart, the CSV, a day count, at any date.
                for range in [0, 7, 90, u16::MAX] {
                    let _ = chart(&read, today, range);
                }
                let _ = to_csv(&read);
                let _ = read.onset_days_on(today);
                prop_assert_eq!(from_json(&to_json(&read)), Ok(read))
            }
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    // ---- the catalog data file ----

    #[test]
    fn catalog_junk_gets_a_reason(text in prop_oneof![junk(), tricky_text(60).prop_map(|t| format!("sciatica-catalog 1 en\n@entries\n{t}"))]) {
        if let Err(error) = parse_data_file(leaked(text)) {
            prop_assert!(!error.to_string().trim().is_empty());
        }
    }

    #[test]
    fn catalog_damaged_gets_a_reason(locale in select(Locale::ALL.to_vec()), change in mutation()) {
        let damaged = mutate(&catalog_file(locale), &change);
        if let Err(error) = parse_data_file(leaked(damaged)) {
            prop_assert!(error.line >= 1);
            prop_assert!(!error.to_string().trim().is_empty());
        }
    }

    // ---- the flow handed from the questionnaire build to the full build ----

    #[test]
    fn handoff_junk_gets_a_reason(text in prop_oneof![junk(), tricky_text(40).prop_map(|t| format!("screen=start\nlocale=en\n{t}"))]) {
        match handoff::decode(&text) {
            Ok(flow) => prop_assert_eq!(handoff::decode(&handoff::encode(&flow)), Ok(flow)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    #[test]
    fn handoff_damaged_gets_a_reason(answers in answers_strategy(), locale in select(Locale::ALL.to_vec()), change in mutation()) {
        let mut flow = Flow::new(locale);
        flow.answers = answers;
        flow.answered = FIELDS.iter().map(|field| field.name).take(5).collect();
        flow.returned_after_days = Some(3);
        let text = handoff::encode(&flow);
        match handoff::decode(&mutate(&text, &change)) {
            Ok(read) => prop_assert_eq!(handoff::decode(&handoff::encode(&read)), Ok(read)),
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    // ---- the `assess` input ----

    #[test]
    fn assess_input_junk_gets_a_reason(text in prop_oneof![
        junk(),
        tricky_text(30).prop_map(|t| format!("{{\"onset_days\":{t}}}")),
        // Names and values past the 40 characters an error quotes, cut between characters.
        ("[中😀éa]{35,60}", "[中😀éa]{35,60}").prop_map(|(k, v)| format!("{{\"{k}\":1,\"age_band\":\"{v}\"}}")),
        ("[a-z_]{1,20}", prop_oneof!["-?[0-9]{1,40}(\\.[0-9]{0,5})?([eE][-+]?[0-9]{1,5})?", junk().prop_map(|t| format!("{t:?}"))])
            .prop_map(|(name, value)| format!("[{{\"{name}\":{value}}}]")),
    ]) {
        if let Err(error) = parse_answers(&text) {
            prop_assert!(!error.to_string().trim().is_empty());
        }
    }

    #[test]
    fn assess_input_damaged_gets_a_reason(answers in answers_strategy(), change in mutation()) {
        let json = serde_json::to_string(&answers).expect("answers serialize");
        prop_assert!(parse_answers(&json).is_ok(), "{json}");
        if let Err(error) = parse_answers(&mutate(&json, &change)) {
            prop_assert!(!error.to_string().trim().is_empty());
        }
    }

    // ---- the QR code of a handover summary (it carries the reader's own notes) ----

    #[test]
    fn any_text_gets_a_qr_code_or_none(text in prop_oneof![junk(), "[中😀é ]{0,1500}", "[0-9A-Z]{0,5000}"]) {
        if let Some(code) = QrCode::encode(&text) {
            prop_assert!(!code.svg("code").is_empty());
        }
    }

    // ---- the reminder's calendar file: folded at 75 octets, never inside a character ----

    #[test]
    fn any_reminder_text_folds_into_short_lines(day in date_strategy(), hour: u8, minute: u8, summary in junk(), description in "[中😀é,;\\\n]{0,200}") {
        let file = daily_reminder(day, hour, minute, &summary, &description);
        for line in file.split("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
    }

    // ---- dates at their extremes ----

    #[test]
    fn dates_never_panic(text in prop_oneof![junk(), "[0-9+-]{4}-[0-9+-]{2}-[0-9+-]{2}", "[0-9]{4}-[0-9]{2}-[0-9]{2}"],
                         year: i32, month: u32, day: u32, shift: i64, small_shift in -4_000_000i64..4_000_000) {
        if let Some(date) = LocalDate::parse(&text) {
            prop_assert_eq!(date.to_string(), text);
        }
        let _ = LocalDate::from_ymd(year, month, day);
        for edge in [LocalDate::from_ymd(1, 1, 1), LocalDate::from_ymd(9999, 12, 31), LocalDate::from_ymd(2026, 2, 28)] {
            let edge = edge.expect("a real date");
            for days in [shift, small_shift, i64::MAX, i64::MIN, -shift.saturating_abs()] {
                if let Some(moved) = edge.add_days(days) {
                    prop_assert_eq!(moved.days_since(edge), days);
                    prop_assert_eq!(LocalDate::parse(&moved.to_string()), Some(moved));
                }
            }
        }
    }

    // ---- the exercise timer and the sit-break reminder, over any clock ----

    #[test]
    fn timer_and_reminder_survive_any_clock(routine in 0..ROUTINES.len(), actions in vec((0u8..6, clock()), 0..30)) {
        let mut timer = Timer::new(&ROUTINES[routine]);
        let mut reminder = SitBreak::new();
        for (action, now) in actions {
            match action {
                0 => { let _ = timer.start(now); reminder.start(now); }
                1 => { let _ = timer.pause(now); reminder.stop(); }
                2 => { let _ = timer.resume(now); }
                3 => { let _ = timer.skip(now); }
                _ => { let _ = timer.tick(now); let _ = reminder.tick(now); }
            }
            let _ = timer.remaining_seconds(now);
            prop_assert!(timer.position() <= timer.steps().len());
            prop_assert!(!reminder.remaining_clock(now).is_empty());
        }
    }
}

fn catalog_file(locale: Locale) -> String {
    data_file(locale)
}

// ---- regressions found by this audit ----

#[test]
fn a_date_moved_by_more_days_than_the_calendar_holds_is_none_not_a_panic() {
    let first = LocalDate::from_ymd(1, 1, 1).unwrap();
    let last = LocalDate::from_ymd(9999, 12, 31).unwrap();
    for days in [i64::MAX, i64::MAX - 719_468, i64::MIN, i64::MIN + 1, 3_652_059, -3_652_059] {
        assert_eq!(first.add_days(days), None, "{days}");
        assert_eq!(last.add_days(days), None, "{days}");
    }
    assert_eq!(first.add_days(3_652_058), Some(last));
    assert_eq!(last.add_days(-3_652_058), Some(first));
}

// ---- every cut of a valid value, exhaustively ----

#[test]
fn every_cut_of_a_saved_line_gets_a_reason_or_reads() {
    let mut answers = sciatica_check::engine::Answers::default();
    support::set(&mut answers, "pain_areas", &["low_back", "foot"]);
    support::set(&mut answers, "onset_days", &["12"]);
    let kept = SavedAnswers {
        answers,
        answered: vec!["pain_areas", "onset_days"],
        confirmed_on: LocalDate::from_ymd(2026, 11, 1).unwrap(),
    };
    for cut in prefixes(&saved::encode(&kept)) {
        if let Err(error) = saved::decode(cut) {
            assert!(!error.to_string().is_empty(), "{cut:?}");
        }
    }
}

fn sample_diary() -> Diary {
    let mut baseline = sciatica_check::engine::Answers::default();
    support::set(&mut baseline, "onset_days", &["10"]);
    let today = LocalDate::from_ymd(2026, 11, 1).unwrap();
    let mut diary = Diary::start(&baseline, today);
    for (day, note) in [(0, "中文 😀 100%|ok"), (1, ""), (3, "é")] {
        let check_in = CheckInAnswers {
            pain_score: 6,
            trend: PainTrend::Same,
            red_flags: vec![],
            pain_areas: vec![PainArea::Buttock],
            note: note.to_owned(),
        };
        diary.record(&check_in, today.add_days(day).unwrap());
    }
    diary
}

#[test]
fn every_cut_of_a_stored_diary_and_its_file_gets_a_reason_or_reads() {
    let diary = sample_diary();
    let text = encode_diary(&diary);
    for cut in prefixes(&text) {
        if let Err(error) = decode_diary(cut) {
            assert!(!error.to_string().is_empty(), "{cut:?}");
        }
    }
    let file = to_json(&diary);
    for cut in prefixes(file.trim_end()) {
        let error = from_json(cut).expect_err("a cut JSON file is never whole");
        assert!(!error.to_string().is_empty(), "{cut:?}");
    }
}

#[test]
fn every_cut_of_a_handoff_and_an_assess_input_gets_a_reason_or_reads() {
    let flow = Flow::new(Locale::ZhHant);
    for cut in prefixes(&handoff::encode(&flow)) {
        if let Err(error) = handoff::decode(cut) {
            assert!(!error.to_string().is_empty(), "{cut:?}");
        }
    }
    let json = r#"[{"pain_areas":["buttock","foot"],"onset_days":30,"fever":false}]"#;
    for cut in prefixes(json) {
        if let Err(error) = parse_answers(cut) {
            assert!(!error.to_string().is_empty(), "{cut:?}");
        }
    }
}

#[test]
fn every_cut_of_a_catalog_file_gets_a_reason_or_reads() {
    // The start of the English file is enough: each line kind is cut at every byte.
    let file = catalog_file(Locale::En);
    let head: String = file.lines().take(12).map(|line| format!("{line}\n")).collect();
    let tail: String = file.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().map(|l| format!("{l}\n")).collect();
    let sample = format!("{head}@hong-kong\n@facts\n{}", tail.lines().filter(|l| !l.starts_with('@')).map(|l| format!("{l}\n")).collect::<String>());
    assert!(parse_data_file(leaked(sample.clone())).is_ok(), "{sample}");
    for cut in prefixes(&sample) {
        if let Err(error) = parse_data_file(leaked(cut.to_owned())) {
            assert!(!error.to_string().is_empty(), "{cut:?}");
        }
    }
}

#[test]
fn a_paused_timer_resumed_and_read_at_the_end_of_time_does_not_overflow() {
    let routine = ROUTINES.iter().max_by_key(|routine| Timer::new(routine).steps()[0].duration_ms).unwrap();
    let mut timer = Timer::new(routine);
    timer.start(0);
    timer.pause(1_000);
    timer.resume(0);
    let _ = timer.remaining_seconds(u64::MAX);
    let _ = timer.tick(u64::MAX);
    assert!(timer.position() <= timer.steps().len());
}

/// A JSON object of `count` distinct keys, about `count` * 12 bytes.
fn many_keys(count: usize) -> String {
    let keys: Vec<String> = (0..count).map(|i| format!("\"k{i}\":0")).collect();
    format!("{{{}}}", keys.join(","))
}

#[test]
fn an_imported_file_of_countless_keys_is_refused_by_its_member_count() {
    // 2 MB of distinct keys took most of a minute (each key compared with every earlier one):
    // an object is refused once it holds more members than any diary writes.
    let error = from_json(&many_keys(257)).expect_err("not a diary");
    assert!(error.to_string().contains("more than 256 members"), "{error}");
    let error = from_json(&many_keys(160_000)).expect_err("not a diary");
    assert!(error.to_string().contains("more than 256 members"), "{error}");
    // The widest object a diary has, the baseline, stays well inside the bound.
    assert!(FIELDS.len() < 256);
}

#[test]
fn assess_input_of_many_keys_finds_a_repeat_at_the_end() {
    // The repeat check is a set (175,000 keys took 25 s when each was compared with every
    // earlier one); what is tested here is that it still finds the repeat, far from the first.
    let input = many_keys(20_000);
    let error = parse_answers(&input).expect_err("unknown fields");
    assert!(!error.to_string().is_empty());
    let repeated = format!("{},\"k7\":1}}", input.trim_end_matches('}'));
    assert_eq!(parse_answers(&repeated).unwrap_err().to_string(), "field \"k7\": given more than once");
}
