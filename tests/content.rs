//! The content catalog, checked as data: coverage of the fact register, parity of the three
//! locales (and the Hong Kong wording of zh-Hant), the keys the UI reads, placeholders, exact numbers, clinical-safety wording,
//! and that our text stays our own (no long runs copied from the seed material).
//!
//! The seed material lives outside the repository (`../shared/seed/`); a check that
//! needs it prints a "skipped" line when it is absent, as it is in a user's clone.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;

use sciatica_check::content::{
    self, default_emergency_number, entries, entry, fact, hong_kong_texts, list, text, Entry,
    Locale, FACTS,
};

const REQUIRED_KEYS: &str = include_str!("../src/content/required_keys.txt");
const SEED_FACTS: &str = "../shared/seed/facts.md";
const SEED_ARTICLE: &str = "../shared/seed/article-zh.txt";

/// Placeholders the UI knows how to fill.
const KNOWN_PLACEHOLDERS: &[&str] = &[
    "number", "n", "total", "score", "value", "days",
    // The handover summary (issue 15).
    "name", "date", "level", "flags", "areas", "side", "trend", "count",
    // The recovery diary's chart summary, table and change message.
    "count", "min", "max", "first", "last", "date", "pain", "level", "day", "before",
];

/// Runs this long or longer, shared with the seed material, count as copied.
const COPIED_HAN_RUN: usize = 12;
const COPIED_WORD_RUN: usize = 12;

/// Texts in our own words: every catalog entry plus the register's summaries (and, for
/// zh-Hant, the Hong Kong wording).
fn our_texts(locale: Locale) -> Vec<(String, &'static str)> {
    let summaries = FACTS
        .iter()
        .map(move |fact| (format!("facts [{}]", fact.id), fact.summary(locale)));
    let hong_kong = hong_kong_texts()
        .iter()
        .filter(move |_| locale == Locale::ZhHant)
        .map(|(key, text)| (format!("{key} (text_hk)"), *text));
    entries(locale)
        .iter()
        .map(|entry| (entry.key.to_owned(), entry.text))
        .chain(hong_kong)
        .chain(summaries)
        .collect()
}

/// Every text a reader of `locale` can see for `key`: the entry, and its Hong Kong wording.
fn all_wordings(locale: Locale, key: &str) -> Vec<&'static str> {
    let mut texts: Vec<&'static str> = entry(locale, key)
        .map(|entry| entry.text)
        .into_iter()
        .collect();
    if locale == Locale::ZhHant {
        texts.extend(content::hong_kong_text(key));
    }
    texts
}

fn seed_file(relative: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    match std::fs::read_to_string(&path) {
        Ok(contents) => Some(contents),
        Err(_) => {
            println!("skipped: {relative} not present");
            None
        }
    }
}

fn keys(locale: Locale) -> BTreeSet<&'static str> {
    entries(locale).iter().map(|entry| entry.key).collect()
}

/// The required-keys file without comments and blank lines.
fn required_lines() -> Vec<&'static str> {
    REQUIRED_KEYS
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            names.push(after);
            break;
        };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// Numbers as they read: `40–45`, `70–80%`, `5%`, `15`. Ranges written with a hyphen,
/// en dash or the Chinese wave dash all come out with an en dash.
fn number_tokens(text: &str) -> Vec<String> {
    let normalized: String = text
        .chars()
        .map(|c| match c {
            '-' | '～' | '~' | '〜' => '–',
            other => other,
        })
        .collect();
    let chars: Vec<char> = normalized.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // `70–80%` and `70%–80%` (the usual Chinese form) read as the same range.
        let digits = |i: &mut usize| {
            let start = *i;
            while *i < chars.len() && chars[*i].is_ascii_digit() {
                *i += 1;
            }
            chars[start..*i].iter().collect::<String>()
        };
        let percent = |i: &mut usize| {
            let found = *i < chars.len() && chars[*i] == '%';
            *i += usize::from(found);
            found
        };
        let mut token = digits(&mut i);
        let mut is_percent = percent(&mut i);
        if i + 1 < chars.len() && chars[i] == '–' && chars[i + 1].is_ascii_digit() {
            i += 1;
            token = format!("{token}–{}", digits(&mut i));
            is_percent |= percent(&mut i);
        }
        if is_percent {
            token.push('%');
        }
        tokens.push(token);
    }
    tokens
}

/// Words that, right after a number, would make it a dose.
const DOSE_WORDS: &[&str] = &[
    "mg", "mcg", "g", "ml", "iu", "tablet", "tablets", "capsule", "capsules", "pill", "pills",
    "dose", "doses",
];
const DOSE_SIGNS: &[&str] = &[
    "µg", "μg", "毫克", "微克", "克", "毫升", "片", "粒", "丸", "支",
];

/// The first "number + unit" that reads like a medicine dose, if any.
fn dose_like(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let mut unit_start = i;
        while unit_start < chars.len() && chars[unit_start].is_whitespace() {
            unit_start += 1;
        }
        let rest: String = chars[unit_start..].iter().collect();
        let word: String = rest
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_lowercase();
        if DOSE_WORDS.contains(&word.as_str())
            || DOSE_SIGNS.iter().any(|sign| rest.starts_with(sign))
        {
            let end = (unit_start + 4).min(chars.len());
            return Some(chars[start..end].iter().collect());
        }
    }
    None
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Every window of `width` consecutive Han characters inside the text's Han runs.
fn han_windows(text: &str, width: usize) -> Vec<String> {
    let mut windows = Vec::new();
    for run in text.split(|c: char| !is_han(c)) {
        let run: Vec<char> = run.chars().collect();
        for window in run.windows(width) {
            windows.push(window.iter().collect());
        }
    }
    windows
}

/// Every window of `width` consecutive words, lowercased, punctuation ignored.
fn word_windows(text: &str, width: usize) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .windows(width)
        .map(|window| window.join(" "))
        .collect()
}

/// The key whose Hong Kong wording is `text`.
fn hong_kong_key(text: &str) -> &'static str {
    hong_kong_texts()
        .iter()
        .find(|(_, wording)| *wording == text)
        .map_or("", |(key, _)| key)
}

fn joined(locale: Locale, prefix: &str) -> String {
    list(locale, prefix)
        .iter()
        .map(|entry| entry.text)
        .collect::<Vec<_>>()
        .join(" ")
}

// ---- The register and its coverage ---------------------------------------------------

#[test]
fn register_holds_exactly_the_seed_fact_ids() {
    let Some(seed) = seed_file(SEED_FACTS) else {
        return;
    };
    let seed_ids: BTreeSet<&str> = seed
        .lines()
        .filter_map(|line| line.strip_prefix("- "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|id| id.len() == 3 && id.starts_with('F'))
        .collect();
    let register: BTreeSet<&str> = FACTS.iter().map(|fact| fact.id).collect();
    assert!(!seed_ids.is_empty(), "no fact IDs found in {SEED_FACTS}");
    assert_eq!(
        register, seed_ids,
        "facts.toml must hold exactly the IDs of {SEED_FACTS}"
    );
}

#[test]
fn register_is_sorted_and_every_fact_has_a_source_and_both_summaries() {
    assert!(FACTS.windows(2).all(|pair| pair[0].id < pair[1].id));
    for fact in FACTS {
        assert!(!fact.source.trim().is_empty(), "{} has no source", fact.id);
        assert!(
            !fact.en.trim().is_empty(),
            "{} has no English summary",
            fact.id
        );
        assert!(
            !fact.zh.trim().is_empty(),
            "{} has no Chinese summary",
            fact.id
        );
        assert!(
            !fact.zh_hant.trim().is_empty(),
            "{} has no Traditional Chinese summary",
            fact.id
        );
        assert!(
            fact.source == "article"
                || ["NICE", "NHS", "official"]
                    .iter()
                    .any(|origin| fact.source.contains(origin)),
            "{} has an unexpected source: {}",
            fact.id,
            fact.source
        );
    }
}

#[test]
fn every_fact_is_covered_in_each_locale() {
    for &locale in Locale::ALL {
        let covered: BTreeSet<&str> = entries(locale)
            .iter()
            .flat_map(|entry| entry.facts.iter().copied())
            .collect();
        let uncovered: Vec<&str> = FACTS
            .iter()
            .map(|fact| fact.id)
            .filter(|id| !covered.contains(id))
            .collect();
        assert!(
            uncovered.is_empty(),
            "{}: no entry covers {uncovered:?}",
            locale.tag()
        );
    }
}

#[test]
fn every_fact_an_entry_names_is_in_the_register() {
    for &locale in Locale::ALL {
        for entry in entries(locale) {
            for id in entry.facts {
                assert!(
                    fact(id).is_some(),
                    "{} {}: unknown fact {id}",
                    locale.tag(),
                    entry.key
                );
            }
        }
    }
}

// ---- Locale parity and the keys the UI reads ----------------------------------------

#[test]
fn all_locales_have_the_same_keys_and_no_blank_text() {
    assert_eq!(keys(Locale::ZhCn), keys(Locale::En));
    assert_eq!(keys(Locale::ZhCn), keys(Locale::ZhHant));
    for &locale in Locale::ALL {
        for entry in entries(locale) {
            assert!(
                !entry.text.trim().is_empty(),
                "{} {} is blank",
                locale.tag(),
                entry.key
            );
        }
    }
}

#[test]
fn every_required_key_is_in_both_locales() {
    let lines = required_lines();
    assert!(lines.len() > 100, "required_keys.txt looks truncated");
    for &locale in Locale::ALL {
        for line in &lines {
            match line.strip_suffix('*') {
                Some(prefix) => assert!(
                    !list(locale, prefix).is_empty(),
                    "{}: no key matches `{line}`",
                    locale.tag()
                ),
                None => assert!(
                    entry(locale, line).is_some(),
                    "{}: required key `{line}` is missing",
                    locale.tag()
                ),
            }
        }
    }
}

#[test]
fn numbered_lists_run_from_01_without_gaps() {
    // `pain.scale.10` is a point on the pain scale, not the tenth item of a list.
    const NOT_LISTS: &[&str] = &["pain.scale"];
    for &locale in Locale::ALL {
        let mut lists: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
        for entry in entries(locale) {
            let Some((parent, last)) = entry.key.rsplit_once('.') else {
                continue;
            };
            let is_item = last.len() == 2 && last.bytes().all(|b| b.is_ascii_digit());
            if is_item && !NOT_LISTS.contains(&parent) {
                lists.entry(parent).or_default().push(last.parse().unwrap());
            }
        }
        assert!(!lists.is_empty());
        for (parent, numbers) in lists {
            let expected: Vec<u32> = (1..=numbers.len() as u32).collect();
            assert_eq!(
                numbers,
                expected,
                "{}: items of `{parent}.` must be numbered 01, 02, ... without gaps",
                locale.tag()
            );
        }
    }
}

#[test]
fn there_are_exactly_three_myths() {
    for &locale in Locale::ALL {
        let claims: Vec<&Entry> = list(locale, "myth.")
            .into_iter()
            .filter(|entry| entry.key.ends_with(".claim"))
            .collect();
        assert_eq!(claims.len(), 3, "{}", locale.tag());
    }
}

// ---- Placeholders and the emergency number ------------------------------------------

#[test]
fn placeholders_come_from_the_known_set_and_match_across_locales() {
    for &locale in Locale::ALL {
        for entry in entries(locale) {
            for name in placeholders(entry.text) {
                assert!(
                    KNOWN_PLACEHOLDERS.contains(&name),
                    "{} {}: unknown placeholder {{{name}}}",
                    locale.tag(),
                    entry.key
                );
            }
            assert_eq!(
                entry.text.matches('{').count(),
                entry.text.matches('}').count(),
                "{} {}: unbalanced braces",
                locale.tag(),
                entry.key
            );
        }
    }
    let names = |text: &str| {
        let mut names: Vec<String> = placeholders(text).into_iter().map(str::to_owned).collect();
        names.sort_unstable();
        names.dedup();
        names
    };
    for zh in entries(Locale::ZhCn) {
        for &locale in &Locale::ALL[1..] {
            for text in all_wordings(locale, zh.key) {
                assert_eq!(
                    names(zh.text),
                    names(text),
                    "{} {}: placeholders differ from zh-CN",
                    locale.tag(),
                    zh.key
                );
            }
        }
    }
}

#[test]
fn zh_hant_names_the_same_facts_as_zh_cn_and_its_hong_kong_wording_is_for_real_keys() {
    for zh in entries(Locale::ZhCn) {
        let hant = entry(Locale::ZhHant, zh.key).expect("same keys");
        assert_eq!(
            hant.facts, zh.facts,
            "zh-Hant {}: facts differ from zh-CN",
            zh.key
        );
    }
    assert!(hong_kong_texts()
        .windows(2)
        .all(|pair| pair[0].0 < pair[1].0));
    for (key, text) in hong_kong_texts() {
        let base = entry(Locale::ZhHant, key).expect("text_hk belongs to an entry");
        assert_ne!(base.text, *text, "{key}: text_hk repeats text");
    }
    // The usages that differ most for a reader looking for help.
    assert!(text(Locale::ZhHant, "emergency.call").contains("急診"));
    assert!(content::hong_kong_text("emergency.call").is_some_and(|t| t.contains("急症室")));
    assert_eq!(text(Locale::ZhHant, "nav.print"), "列印摘要");
    assert_eq!(content::hong_kong_text("nav.print"), Some("打印摘要"));
}

#[test]
fn the_or_local_wording_names_the_number_once_in_every_locale() {
    for &locale in Locale::ALL {
        for wording in all_wordings(locale, "emergency.or_local") {
            assert_eq!(wording.matches("{number}").count(), 1, "{}", locale.tag());
        }
    }
    assert!(text(Locale::En, "emergency.or_local").contains("your local emergency number"));
}

#[test]
fn emergency_texts_use_the_number_placeholder_and_never_a_fixed_number() {
    const MUST_NAME_THE_NUMBER: &[&str] = &[
        "emergency.call",
        "start.emergency_hint",
        "level.emergency.headline",
    ];
    const EMERGENCY_NUMBERS: &[&str] = &["000", "110", "112", "119", "120", "911", "995", "999"];
    for &locale in Locale::ALL {
        for key in MUST_NAME_THE_NUMBER {
            for wording in all_wordings(locale, key) {
                assert!(
                    wording.contains("{number}"),
                    "{} {key} must use {{number}}",
                    locale.tag()
                );
            }
        }
        for entry in entries(locale) {
            for wording in all_wordings(locale, entry.key) {
                for number in number_tokens(wording) {
                    assert!(
                        !EMERGENCY_NUMBERS.contains(&number.as_str()),
                        "{} {}: hard-coded emergency number {number}; use {{number}}",
                        locale.tag(),
                        entry.key
                    );
                }
            }
        }
    }
}

// ---- Exact numbers of the facts ------------------------------------------------------

#[test]
fn the_facts_exact_numbers_survive_in_both_locales() {
    // (where, numbers that must appear there), ranges written with an en dash.
    const EXPECTED: &[(&str, &[&str])] = &[
        ("tips.office.", &["8", "40", "15", "3", "10", "5"]),
        ("plan.acute.", &["1–2", "40–45", "15–20", "2–3", "3–5", "2"]),
        ("plan.recovery.", &["2", "1–3"]),
        ("plan.chronic.", &["3"]),
        ("tips.general.", &["5", "10"]),
        ("tips.postpartum.", &["6"]),
        ("causes.", &["70–80%", "15–20%", "5%"]),
        ("about.", &["1–2", "30%"]),
        ("myth.02.answer", &["1–3"]),
        ("doctor.", &["1–3"]),
        ("surgery.", &["3"]),
        ("when.", &["2"]),
        ("rule.long_no_relief", &["2"]),
    ];
    for &locale in Locale::ALL {
        for (prefix, numbers) in EXPECTED {
            let found = number_tokens(&joined(locale, prefix));
            if locale == Locale::ZhHant {
                let hong_kong: Vec<&str> = hong_kong_texts()
                    .iter()
                    .filter(|(key, _)| key.starts_with(prefix))
                    .map(|(_, text)| *text)
                    .collect();
                for text in hong_kong {
                    let found = number_tokens(text);
                    let base = entry(locale, hong_kong_key(text)).map_or("", |e| e.text);
                    assert_eq!(
                        found,
                        number_tokens(base),
                        "zh-Hant text_hk changes a number: {text}"
                    );
                }
            }
            for number in *numbers {
                assert!(
                    found.iter().any(|token| token == number),
                    "{} `{prefix}` should mention {number}; found {found:?}",
                    locale.tag()
                );
            }
        }
    }
    assert!(joined(Locale::En, "tips.office.").contains("15 cm"));
    assert!(joined(Locale::ZhCn, "tips.office.").contains("15厘米"));
    assert!(joined(Locale::ZhHant, "tips.office.").contains("15公分"));
    assert_eq!(
        content::hong_kong_text("tips.office.04").map(|t| t.contains("15厘米")),
        Some(true)
    );
    assert!(joined(Locale::ZhHant, "plan.acute.").contains('℃'));
    assert!(joined(Locale::En, "plan.acute.").contains("°C"));
    assert!(joined(Locale::ZhCn, "plan.acute.").contains('℃'));
}

// ---- Clinical safety -----------------------------------------------------------------

#[test]
fn no_text_gives_a_medicine_dose() {
    for &locale in Locale::ALL {
        for (key, text) in our_texts(locale) {
            assert_eq!(
                dose_like(text),
                None,
                "{} {key}: looks like a dose; never give doses",
                locale.tag()
            );
        }
    }
}

#[test]
fn the_dose_detector_catches_doses_and_spares_exercise_counts() {
    for dose in [
        "take 400 mg",
        "400mg twice",
        "2 tablets",
        "1 pill",
        "500 µg",
        "每次1片",
        "0.5克",
        "2粒",
    ] {
        assert!(dose_like(dose).is_some(), "missed {dose}");
    }
    for safe in [
        "hold 10 seconds, 10 times",
        "2 glute bridges",
        "15 cm",
        "维生素B12",
        "每天2～3次",
    ] {
        assert_eq!(dose_like(safe), None, "false alarm on {safe}");
    }
}

#[test]
fn no_text_states_a_diagnosis() {
    const EN: &[&str] = &[
        "you have sciatica",
        "you have a herniated",
        "you have a slipped",
        "you have a disc",
        "you have piriformis",
        "you have cauda",
        "you are suffering from",
        "you are diagnosed",
    ];
    const ZH: &[&str] = &[
        "你患有",
        "你得了坐骨",
        "你有坐骨神经痛",
        "你是腰椎间盘突出",
        "确诊为",
    ];
    for entry in entries(Locale::En) {
        let lower = entry.text.to_lowercase();
        for phrase in EN {
            assert!(!lower.contains(phrase), "en {}: says “{phrase}”", entry.key);
        }
    }
    for entry in entries(Locale::ZhCn) {
        for phrase in ZH {
            assert!(
                !entry.text.contains(phrase),
                "zh-CN {}: says “{phrase}”",
                entry.key
            );
        }
    }
    // zh-Hant is checked in Simplified form, so one list of phrases serves both scripts.
    for (key, text) in our_texts(Locale::ZhHant) {
        let simplified = fast2s::convert(text);
        for phrase in ZH {
            assert!(
                !simplified.contains(phrase),
                "zh-Hant {key}: says “{phrase}”"
            );
        }
    }
    for pattern in ["root", "trunk"] {
        let key = format!("pattern.{pattern}.text");
        let en = entry(Locale::En, &key).expect("required key").text;
        let zh = entry(Locale::ZhCn, &key).expect("required key").text;
        assert!(
            en.contains("look like") && en.contains("doctor"),
            "en {key}: {en}"
        );
        assert!(
            zh.contains("看起来像") && zh.contains("医生"),
            "zh-CN {key}: {zh}"
        );
        for hant in all_wordings(Locale::ZhHant, &key) {
            assert!(
                hant.contains("看起來像") && (hant.contains("醫生") || hant.contains("醫師")),
                "zh-Hant {key}: {hant}"
            );
        }
    }
}

#[test]
fn the_disclaimer_is_tagged_and_says_it_is_not_a_diagnosis() {
    for key in [
        "start.disclaimer",
        "disclaimer.short",
        "pattern.not_diagnosis",
    ] {
        for &locale in Locale::ALL {
            let entry = entry(locale, key).expect("required key");
            assert!(
                entry.facts.contains(&"F72"),
                "{} {key} must cite F72",
                locale.tag()
            );
        }
        assert!(
            text(Locale::En, key).contains("not a diagnosis"),
            "en {key}"
        );
        assert!(text(Locale::ZhCn, key).contains("不是诊断"), "zh-CN {key}");
        for wording in all_wordings(Locale::ZhHant, key) {
            assert!(wording.contains("不是診斷"), "zh-Hant {key}: {wording}");
        }
    }
}

/// In Chinese, 以上/以下 (and 以前/以后/以内) include the number they follow, so after a
/// boundary the engine treats as strict (14, 28 and 90 days, ages 20 and 50) they would
/// make neighbouring ranges overlap. Such boundaries use 超过/不满 instead.
#[test]
fn chinese_boundaries_do_not_overlap() {
    const BOUNDARIES: &[&str] = &["14天", "28天", "90天", "2周", "4周", "20岁", "50岁"];
    const INCLUSIVE: &[&str] = &["以上", "以下", "以前", "以后", "以内", "之前", "之后"];
    for entry in entries(Locale::ZhCn) {
        for boundary in BOUNDARIES {
            for (at, _) in entry.text.match_indices(boundary) {
                let rest = &entry.text[at + boundary.len()..];
                let preceded_by_digit = entry.text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit());
                assert!(
                    preceded_by_digit || !INCLUSIVE.iter().any(|word| rest.starts_with(word)),
                    "zh-CN {}: “{boundary}” followed by an inclusive word; use 超过/不满",
                    entry.key
                );
            }
        }
    }
}

/// A self-check can neither confirm nor exclude a serious cause (F72): no text may claim
/// that it, or its questions, rule one out. Saying it cannot is fine.
#[test]
fn no_text_claims_to_rule_out_a_cause() {
    for entry in entries(Locale::En) {
        let lower = entry.text.to_lowercase();
        for phrase in ["rule out", "rules out", "ruled out", "ruling out"] {
            assert!(
                !lower.contains(phrase),
                "en {}: says “{phrase}” (F72)",
                entry.key
            );
        }
    }
    for entry in entries(Locale::ZhCn) {
        for (at, _) in entry.text.match_indices("排除") {
            let before: String = entry.text[..at].chars().rev().take(6).collect();
            let before: String = before.chars().rev().collect();
            assert!(
                ["无法", "不能", "不可能"]
                    .iter()
                    .any(|negation| before.contains(negation)),
                "zh-CN {}: claims to 排除 a cause (F72): “{}”",
                entry.key,
                entry.text
            );
        }
    }
}

/// A text that tells the reader to use the emergency number names it through `{number}`,
/// so the host's or the locale's number appears; only the label beside the number does not.
#[test]
fn every_text_naming_the_emergency_number_fills_it_in() {
    // start.emergency_local is what the static start card says in place of {number} before
    // the app knows where the reader is ("your local emergency number"; tests/start_card.rs).
    const LABELS: &[&str] = &["emergency.number_label", "start.emergency_local"];
    for &locale in Locale::ALL {
        let names: &[&str] = match locale {
            Locale::En => &["emergency number", "emergency services"],
            Locale::ZhCn => &["急救电话", "急救号码", "120"],
            Locale::ZhHant => &["緊急電話", "緊急求助電話", "急救電話", "119", "999"],
        };
        for entry in entries(locale) {
            if LABELS.contains(&entry.key) {
                continue;
            }
            // zh-Hant: the Taiwan wording and any Hong Kong wording alike.
            for wording in all_wordings(locale, entry.key) {
                let lower = wording.to_lowercase();
                if names.iter().any(|name| lower.contains(name)) {
                    assert!(
                        wording.contains("{number}"),
                        "{} {}: names the emergency number without {{number}}",
                        locale.tag(),
                        entry.key
                    );
                }
            }
        }
    }
}

/// Exercise advice carries the stop rule (F83): every item of the recovery plan, and every
/// plan or tip item that describes an exercise, cites F83 and says when to stop.
#[test]
fn exercise_advice_carries_the_stop_rule() {
    const EXERCISE_WORDS: &[&str] = &[
        "exercise",
        "training",
        "plank",
        "bridge",
        "raise one",
        "bend slowly",
        "lean back",
    ];
    let items =
        |locale: Locale| -> Vec<&'static Entry> {
            entries(locale)
                .iter()
                .filter(|entry| entry.key.starts_with("plan.") || entry.key.starts_with("tips."))
                .filter(|entry| {
                    entry.key.rsplit('.').next().is_some_and(|last| {
                        last.len() == 2 && last.bytes().all(|b| b.is_ascii_digit())
                    })
                })
                .collect()
        };
    let mut checked = 0;
    for en in items(Locale::En) {
        let lower = en.text.to_lowercase();
        let is_exercise = en.key.starts_with("plan.recovery.")
            || EXERCISE_WORDS.iter().any(|word| lower.contains(word));
        if !is_exercise {
            continue;
        }
        checked += 1;
        let zh = entry(Locale::ZhCn, en.key).expect("same keys");
        for (locale, item, stop) in [("en", en, "stop"), ("zh-CN", zh, "停")] {
            assert!(
                item.facts.contains(&"F83"),
                "{locale} {}: exercise advice must cite F83",
                item.key
            );
            assert!(
                item.text.to_lowercase().contains(stop),
                "{locale} {}: exercise advice must say when to stop (F83)",
                item.key
            );
        }
    }
    assert!(
        checked >= 6,
        "only {checked} exercise items found: is the detector still working?"
    );
    for &locale in Locale::ALL {
        assert!(entry(locale, "plan.caution").is_some_and(|e| e.facts.contains(&"F83")));
    }
}

/// Heat advice warns about numb skin (F78); painkiller advice says who should ask first (F79).
#[test]
fn heat_and_painkiller_advice_carry_their_cautions() {
    for &locale in Locale::ALL {
        for entry in entries(locale) {
            let lower = entry.text.to_lowercase();
            let advises_heat = match locale {
                Locale::En => lower.contains("hot-water") || lower.contains("gentle heat"),
                Locale::ZhCn => entry.text.contains("热敷") || entry.text.contains("热水袋"),
                Locale::ZhHant => entry.text.contains("熱敷") || entry.text.contains("熱水袋"),
            };
            if advises_heat {
                assert!(
                    entry.facts.contains(&"F78"),
                    "{} {}: heat advice must carry F78 (never on numb skin)",
                    locale.tag(),
                    entry.key
                );
            }
            let names_nsaids = match locale {
                Locale::En => lower.contains("anti-inflammatory painkiller"),
                Locale::ZhCn => {
                    entry.text.contains("抗炎止痛药") || entry.text.contains("消炎止痛药")
                }
                Locale::ZhHant => entry.text.contains("消炎止痛藥"),
            };
            if names_nsaids && entry.key.starts_with("doctor.") {
                assert!(
                    entry.facts.contains(&"F79"),
                    "{} {}: painkiller advice must carry F79",
                    locale.tag(),
                    entry.key
                );
            }
        }
    }
}

/// The re-check text is what the reader keeps; it must list every emergency sign.
#[test]
fn the_recheck_text_lists_every_emergency_sign() {
    // One phrase per emergency rule of assessment.md v2.
    const EN: &[(&str, &str)] = &[
        ("bladder_bowel", "peeing or pooing"),
        ("saddle_numbness", "between your legs"),
        ("sexual_dysfunction", "erection"),
        ("both_legs", "down both legs"),
        ("both_legs_weakness", "both legs go weak"),
        ("both_legs_numbness", "weak or numb"),
        ("serious_accident", "serious accident"),
        ("cancer_nerve_signs", "cancer"),
    ];
    const ZH: &[(&str, &str)] = &[
        ("bladder_bowel", "大小便"),
        ("saddle_numbness", "两腿之间"),
        ("sexual_dysfunction", "勃起"),
        ("both_legs", "两条腿都有放射痛"),
        ("both_legs_weakness", "没力气"),
        ("both_legs_numbness", "两条腿都发麻"),
        ("serious_accident", "严重事故"),
        ("cancer_nerve_signs", "癌症"),
    ];
    for (locale, phrases) in [(Locale::En, EN), (Locale::ZhCn, ZH)] {
        let recheck = text(locale, "result.recheck");
        assert!(
            recheck.contains("{number}"),
            "{} result.recheck",
            locale.tag()
        );
        for (rule, phrase) in phrases {
            assert!(
                recheck.contains(phrase),
                "{} result.recheck does not mention the `{rule}` sign (“{phrase}”)",
                locale.tag()
            );
        }
        let facts = entry(locale, "result.recheck").unwrap().facts;
        for id in ["F62", "F70", "F82", "F84", "F85"] {
            assert!(
                facts.contains(&id),
                "{} result.recheck must cite {id}",
                locale.tag()
            );
        }
    }
}

/// Plain English: no clinical jargon a reader in pain has to look up.
#[test]
fn english_avoids_unexplained_jargon() {
    const JARGON: &[&str] = &[
        "conservative care",
        "conservative treatment",
        "corticosteroid",
        "pass stool",
    ];
    for entry in entries(Locale::En) {
        let lower = entry.text.to_lowercase();
        for word in JARGON {
            assert!(
                !lower.contains(word),
                "en {}: “{word}”; say it plainly",
                entry.key
            );
        }
    }
}

/// The prompt level names who to see and when, with the family doctor outside mainland China.
#[test]
fn the_prompt_level_names_who_to_see() {
    let en = text(Locale::En, "level.prompt.headline");
    assert!(
        en.contains("orthopaedics") && en.contains("rehabilitation") && en.contains("day or two")
    );
    assert!(en.contains("family doctor"));
    let zh = text(Locale::ZhCn, "level.prompt.headline");
    assert!(zh.contains("骨科") && zh.contains("康复科") && zh.contains("一两天"));
    assert!(zh.contains("家庭医生"));
}

// ---- Our own words -------------------------------------------------------------------

#[test]
fn chinese_text_copies_no_long_run_from_the_article() {
    let Some(article) = seed_file(SEED_ARTICLE) else {
        return;
    };
    let article_windows: HashSet<String> =
        han_windows(&article, COPIED_HAN_RUN).into_iter().collect();
    assert!(
        !article_windows.is_empty(),
        "{SEED_ARTICLE} has no Han text"
    );
    // zh-Hant is compared after mapping Traditional to Simplified, as the article is written.
    let simplified_hant = our_texts(Locale::ZhHant)
        .into_iter()
        .map(|(key, text)| (format!("zh-Hant {key}"), fast2s::convert(text)));
    let copied: Vec<String> = our_texts(Locale::ZhCn)
        .into_iter()
        .map(|(key, text)| (format!("zh-CN {key}"), text.to_owned()))
        .chain(simplified_hant)
        .flat_map(|(key, text)| {
            han_windows(&text, COPIED_HAN_RUN)
                .into_iter()
                .filter(|window| article_windows.contains(window))
                .map(move |window| format!("{key}: “{window}”"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        copied.is_empty(),
        "copied from the article, rewrite in our own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn english_text_copies_no_long_run_from_the_fact_list() {
    let Some(seed) = seed_file(SEED_FACTS) else {
        return;
    };
    let seed_windows: HashSet<String> = word_windows(&seed, COPIED_WORD_RUN).into_iter().collect();
    assert!(!seed_windows.is_empty());
    let copied: Vec<String> = our_texts(Locale::En)
        .into_iter()
        .flat_map(|(key, text)| {
            word_windows(text, COPIED_WORD_RUN)
                .into_iter()
                .filter(|window| seed_windows.contains(window))
                .map(move |window| format!("en {key}: “{window}”"))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "copied from {SEED_FACTS}, rewrite in our own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_copy_detectors_find_a_copied_run() {
    let article = "前言。坐骨神经是人体最长最粗的神经，从腰臀部一路延伸";
    let ours = "我们说：坐骨神经是人体最长最粗的神经。";
    let theirs: HashSet<String> = han_windows(article, COPIED_HAN_RUN).into_iter().collect();
    assert!(han_windows(ours, COPIED_HAN_RUN)
        .iter()
        .any(|w| theirs.contains(w)));
    assert!(han_windows("短句，不长。", COPIED_HAN_RUN).is_empty());

    let seed = "The sciatic nerve is the longest and thickest nerve of the body, running far.";
    let copy = "Note: the sciatic nerve is the longest and thickest nerve of the body, running.";
    let theirs: HashSet<String> = word_windows(seed, COPIED_WORD_RUN).into_iter().collect();
    assert!(word_windows(copy, COPIED_WORD_RUN)
        .iter()
        .any(|w| theirs.contains(w)));
}

// ---- The lookup API -------------------------------------------------------------------

#[test]
fn entries_are_sorted_so_lookups_can_binary_search() {
    for &locale in Locale::ALL {
        assert!(entries(locale)
            .windows(2)
            .all(|pair| pair[0].key < pair[1].key));
    }
}

#[test]
fn lookups_find_texts_and_show_missing_keys_as_themselves() {
    assert_eq!(text(Locale::En, "nav.next"), "Next");
    assert_eq!(text(Locale::ZhCn, "nav.next"), "下一步");
    assert_eq!(text(Locale::En, "no.such.key"), "no.such.key");
    assert_eq!(entry(Locale::ZhCn, "no.such.key"), None);
    // Each language is named in itself, the same in every locale.
    for &locale in Locale::ALL {
        assert_eq!(text(locale, "lang.zh-CN"), "简体中文");
        assert_eq!(text(locale, "lang.zh-Hant"), "繁體中文");
        assert_eq!(text(locale, "lang.en"), "English");
    }
    let disclaimer = entry(Locale::En, "start.disclaimer").unwrap();
    assert_eq!(disclaimer.key, "start.disclaimer");
    assert_eq!(disclaimer.facts, ["F72"]);
    assert_eq!(fact("F72").map(|fact| fact.id), Some("F72"));
    assert!(fact("F08").is_none());
}

#[test]
fn list_returns_every_entry_with_the_prefix_in_key_order() {
    let keys: Vec<&str> = list(Locale::En, "plan.acute.")
        .iter()
        .map(|entry| entry.key)
        .collect();
    assert_eq!(
        keys,
        [
            "plan.acute.01",
            "plan.acute.02",
            "plan.acute.03",
            "plan.acute.04",
            "plan.acute.goal",
            "plan.acute.name"
        ]
    );
    assert!(list(Locale::En, "plan.acute.9").is_empty());
    assert!(list(Locale::En, "zzz").is_empty());
    assert_eq!(list(Locale::ZhCn, "").len(), entries(Locale::ZhCn).len());
}

#[test]
fn locales_round_trip_and_have_their_own_emergency_number() {
    for &locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
    assert_eq!(Locale::from_tag("fr"), None);
    assert_eq!(Locale::from_tag("zh-TW"), None);
    assert_eq!(Locale::from_tag("zh-hant"), Some(Locale::ZhHant));
    assert_eq!(default_emergency_number(Locale::ZhCn), "120");
    assert_eq!(default_emergency_number(Locale::ZhHant), "119");
    assert_eq!(default_emergency_number(Locale::En), "112");
    assert_eq!(content::Locale::ALL.len(), 3);
}

#[test]
fn the_copy_check_maps_traditional_to_simplified() {
    assert_eq!(fast2s::convert("坐骨神經痛"), "坐骨神经痛");
    assert_eq!(fast2s::convert("醫生檢查"), "医生检查");
}
