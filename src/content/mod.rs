//! The catalog in three languages and the fact register.
//!
//! Every word on screen lives in `zh-CN.toml`, `zh-Hant.toml` and `en.toml` beside this
//! file, and every fact those words rest on lives in `facts.toml`. `build.rs` checks the
//! files and compiles them into sorted static arrays, so lookups are a binary search and
//! the WebAssembly carries no TOML parser. Native builds use the arrays; the browser gets
//! each language as a content-hashed data file (`data_file.rs`) fetched at start-up, and
//! looks texts up in what it registered (`registry.rs`) the same way. `CONTENT.md`
//! explains how to edit the catalog.
//!
//! The questionnaire's structure (which fields each step asks, with their content keys) is
//! here too ([`steps`]): the screens show it, and the doctor's handover reuses it without
//! reaching up into the user interface.

/// A language the catalog is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Simplified Chinese, as read in mainland China.
    ZhCn,
    /// Traditional Chinese, as read in Taiwan, Hong Kong and Macao; Hong Kong wording
    /// where it differs comes from [`hong_kong_text`].
    ZhHant,
    En,
}

impl Locale {
    /// In the order the language switch offers them.
    pub const ALL: &'static [Locale] = &[Locale::ZhCn, Locale::ZhHant, Locale::En];

    /// The BCP 47 tag, also the name of the locale's catalog file.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::ZhHant => "zh-Hant",
            Locale::En => "en",
        }
    }

    /// The locale whose tag this is; tags are case-insensitive (`zh-hant` is `zh-Hant`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .iter()
            .copied()
            .find(|locale| locale.tag().eq_ignore_ascii_case(tag))
    }
}

/// One text of the catalog and the facts it covers (none for interface words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: &'static str,
    pub text: &'static str,
    pub facts: &'static [&'static str],
}

/// One fact of the register: a stable ID, where it comes from, a summary per language.
#[derive(Debug, PartialEq, Eq)]
pub struct Fact {
    pub id: &'static str,
    pub source: &'static str,
    pub en: &'static str,
    /// In Simplified Chinese.
    pub zh: &'static str,
    /// In Traditional Chinese (from `facts-zh-Hant.toml`).
    pub zh_hant: &'static str,
}

impl Fact {
    /// The one-line summary in the reader's language.
    pub fn summary(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::ZhCn => self.zh,
            Locale::ZhHant => self.zh_hant,
            Locale::En => self.en,
        }
    }
}

mod data_file;
#[cfg(target_arch = "wasm32")]
mod registry;
pub mod steps;

pub use data_file::{data_file, data_file_part, parse_data_file, Catalog, ParseError, Part};
#[cfg(target_arch = "wasm32")]
pub use registry::{register, register_embedded, register_rest};

// Defines `FACTS`, `ZH_CN_ENTRIES`, `ZH_HANT_ENTRIES`, `EN_ENTRIES` and
// `ZH_HANT_HK_TEXTS`, each sorted by its search key. Native builds (tests, `assess`, the
// build's `catalog` command) read them directly; the browser build never refers to them
// (except `register_embedded`, for component tests), so they stay out of its WebAssembly
// and each language arrives as a data file instead (`data_file.rs`, `registry.rs`).
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The compiled-in entries of a locale, sorted by key.
fn embedded_entries(locale: Locale) -> &'static [Entry] {
    match locale {
        Locale::ZhCn => ZH_CN_ENTRIES,
        Locale::ZhHant => ZH_HANT_ENTRIES,
        Locale::En => EN_ENTRIES,
    }
}

fn embedded_hong_kong_texts() -> &'static [(&'static str, &'static str)] {
    ZH_HANT_HK_TEXTS
}

fn embedded_facts() -> &'static [Fact] {
    FACTS
}

/// The key groups (a key's first segment) only the full build reads: the result, its handover,
/// the exercises and the diary's check-ins (README "Two builds"). Their texts, and the fact
/// summaries, make each language's second data file, which the page fetches with the full build;
/// the first file, fetched before the first question, holds every other group.
/// `tests/catalog_file.rs` checks that no questionnaire-build source names one of them.
pub const FULL_BUILD_GROUPS: &[&str] = &[
    "about", "answer", "bodymap", "causes", "change", "checkin", "doctor", "exercise", "handover",
    "level", "myth", "onset", "opt", "pain", "pattern", "pattern_rule", "phase_rule", "plan",
    "print", "result", "selftest", "sitbreak", "surgery", "timer", "tips", "treated", "when", "why",
];

/// Whether `key` is in a language's first data file (see [`FULL_BUILD_GROUPS`]). Four groups are
/// split by key, since the questionnaire build reads only a few of theirs: of `rule.*`, the
/// emergency screen names only the rules that make an emergency (the rest explain a result); of
/// `diary.*`, the start card names only the diary's title (the rest is the diary's own screen);
/// of `step.*` and `q.*`, the first load asks only the first step, the red-flag checklist (the
/// later steps come with the full build: `ui::handoff::in_questionnaire_build`).
pub fn in_first_part(key: &str) -> bool {
    let (group, name) = key.split_once('.').unwrap_or((key, ""));
    match group {
        "rule" => crate::engine::rule(name).is_some_and(|rule| rule.level == crate::engine::Level::Emergency),
        "diary" => name == "title",
        "step" => name.split('.').next() == Some(steps::StepId::ALL[0].as_str()),
        "q" => name.split('.').next().is_some_and(|field| steps::StepId::ALL[0].fields().contains(&field) || field == "none_of_these"),
        _ => !FULL_BUILD_GROUPS.contains(&group),
    }
}

/// Whether `locale`'s first data file is registered (always natively).
pub fn is_first_loaded(locale: Locale) -> bool {
    #[cfg(target_arch = "wasm32")]
    return registry::get(locale).is_some();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        true
    }
}

/// Whether `locale`'s texts are at hand: always natively; in the browser once its data file
/// has been fetched and registered (`platform::catalog_loader`), in the full build both files.
pub fn is_loaded(locale: Locale) -> bool {
    #[cfg(all(target_arch = "wasm32", feature = "journeys"))]
    return registry::has_whole(locale);
    #[cfg(all(target_arch = "wasm32", not(feature = "journeys")))]
    return registry::get(locale).is_some();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        true
    }
}

/// Every entry of a locale, sorted by key (none in the browser before it is loaded).
pub fn entries(locale: Locale) -> &'static [Entry] {
    #[cfg(target_arch = "wasm32")]
    return registry::get(locale).map_or(&[], |catalog| catalog.entries.as_slice());
    #[cfg(not(target_arch = "wasm32"))]
    embedded_entries(locale)
}

/// The Hong Kong wording of a `zh-Hant` entry, where it differs from the Taiwan wording
/// in `text` (an entry's `text_hk`: department names, "print", scans, ...). Hong Kong and
/// Macao readers get it; everyone else reading `zh-Hant` gets `text`.
pub fn hong_kong_text(key: &str) -> Option<&'static str> {
    #[cfg(target_arch = "wasm32")]
    return registry::get(Locale::ZhHant).and_then(|catalog| catalog.hong_kong_text(key));
    #[cfg(not(target_arch = "wasm32"))]
    ZH_HANT_HK_TEXTS
        .binary_search_by(|(variant_key, _)| (*variant_key).cmp(key))
        .ok()
        .map(|index| ZH_HANT_HK_TEXTS[index].1)
}

/// Every key that has a Hong Kong wording, with that wording, sorted by key.
#[cfg(not(target_arch = "wasm32"))]
pub fn hong_kong_texts() -> &'static [(&'static str, &'static str)] {
    ZH_HANT_HK_TEXTS
}

/// The text for `key`, or the key itself when it is missing, so a gap shows on screen
/// in review instead of failing at run time.
pub fn text(locale: Locale, key: &'static str) -> &'static str {
    entry(locale, key).map_or(key, |entry| entry.text)
}

pub fn entry(locale: Locale, key: &str) -> Option<&'static Entry> {
    let entries = entries(locale);
    entries
        .binary_search_by(|entry| entry.key.cmp(key))
        .ok()
        .map(|index| &entries[index])
}

/// All entries whose key starts with `prefix`, in key order (`"plan.acute."` gives
/// `plan.acute.01`, `plan.acute.02`, ... and also `plan.acute.goal`, `plan.acute.name`).
pub fn list(locale: Locale, prefix: &str) -> Vec<&'static Entry> {
    let entries = entries(locale);
    // Keys sharing a prefix sit next to each other in sorted order, starting at the
    // first key not less than the prefix itself.
    let start = entries.partition_point(|entry| entry.key < prefix);
    entries[start..]
        .iter()
        .take_while(|entry| entry.key.starts_with(prefix))
        .collect()
}

/// The whole record of a fact (its source and every summary): native only, since the
/// browser gets only the summaries in the reader's language ([`fact_summary`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS
        .binary_search_by(|fact| fact.id.cmp(id))
        .ok()
        .map(|index| &FACTS[index])
}

/// The register's one-line summary of fact `id` in `locale`'s language.
pub fn fact_summary(locale: Locale, id: &str) -> Option<&'static str> {
    #[cfg(target_arch = "wasm32")]
    return registry::get(locale).and_then(|catalog| catalog.fact_summary(id));
    #[cfg(not(target_arch = "wasm32"))]
    fact(id).map(|fact| fact.summary(locale))
}

/// The number shown when neither the host nor the browser says where the reader is: the
/// text then adds "or your local emergency number" (F81). 120 in mainland China, 112 across
/// the EU (F73). For Traditional Chinese, 119: Taiwan holds most of its readers (about
/// 23 million against about 8 million in Hong Kong and Macao) and 119 is also Japan's
/// ambulance number (F81); Hong Kong and Macao browsers name their region, so their
/// readers get 999 from the region, not from here.
pub fn default_emergency_number(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "120",
        Locale::ZhHant => "119",
        Locale::En => "112",
    }
}
