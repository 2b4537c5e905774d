//! The bilingual catalog and the fact register.
//!
//! Every word on screen lives in `en.toml` and `zh-CN.toml` beside this file, and every
//! fact those words rest on lives in `facts.toml`. `build.rs` checks the three files and
//! compiles them into sorted static arrays, so lookups are a binary search and the
//! WebAssembly carries no parser. `CONTENT.md` explains how to edit them.

/// A language the catalog is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    ZhCn,
    En,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::ZhCn, Locale::En];

    /// The BCP 47 tag, also the name of the locale's catalog file.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .iter()
            .copied()
            .find(|locale| locale.tag() == tag)
    }
}

/// One text of the catalog and the facts it covers (none for interface words).
#[derive(Debug, PartialEq, Eq)]
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
    pub zh: &'static str,
}

// Defines `FACTS`, `ZH_CN_ENTRIES` and `EN_ENTRIES`, each sorted by its search key.
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// Every entry of a locale, sorted by key.
pub fn entries(locale: Locale) -> &'static [Entry] {
    match locale {
        Locale::ZhCn => ZH_CN_ENTRIES,
        Locale::En => EN_ENTRIES,
    }
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

pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS
        .binary_search_by(|fact| fact.id.cmp(id))
        .ok()
        .map(|index| &FACTS[index])
}

/// The number shown when the host sets none (F73): 120 in mainland China, 112 across
/// the EU. Hosts elsewhere set their own.
pub fn default_emergency_number(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhCn => "120",
        Locale::En => "112",
    }
}
