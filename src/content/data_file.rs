//! One locale's catalog as a small text file, the form in which the browser gets it.
//!
//! The WebAssembly carries no catalog: the build (`src/bin/catalog.rs`, run by
//! `src/web/postbuild.mjs`) writes one file per locale from the checked static arrays, and
//! the page fetches the reader's (`platform::catalog_loader`). The format is lines, so the
//! parser is a few dozen lines and every text stays borrowed from the fetched file:
//!
//! ```text
//! sciatica-catalog 1 zh-Hant
//! @entries
//! key<TAB>F01,F02<TAB>text          (sorted by key; the facts field may be empty)
//! @hong-kong
//! key<TAB>text                      (zh-Hant's Hong Kong wording; empty elsewhere)
//! @facts
//! F01<TAB>summary                   (the register's summaries in this language)
//! ```
//!
//! Texts cannot hold a tab or a line break: `build.rs` rejects control characters in every
//! text and fact summary, and the build parses each written file back and compares it with
//! the arrays before shipping it, so a broken catalog fails the build, never a reader's page.

use std::fmt;

use super::{Entry, Locale};

/// The first line starts with this, then the locale's tag.
const HEADER: &str = "sciatica-catalog 1 ";

/// The sections, in the order a file must list them.
const SECTIONS: [&str; 3] = ["@entries", "@hong-kong", "@facts"];

/// One locale's texts, borrowed from the file they were read from.
#[derive(Debug, PartialEq, Eq)]
pub struct Catalog {
    pub locale: Locale,
    /// Sorted by key.
    pub entries: Vec<Entry>,
    /// Hong Kong wording by key, sorted (zh-Hant only).
    pub hong_kong: Vec<(&'static str, &'static str)>,
    /// The register's summary of each fact in this language, sorted by fact ID.
    pub fact_summaries: Vec<(&'static str, &'static str)>,
}

impl Catalog {
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|entry| entry.key.cmp(key))
            .ok()
            .map(|index| &self.entries[index])
    }

    pub fn hong_kong_text(&self, key: &str) -> Option<&'static str> {
        lookup(&self.hong_kong, key)
    }

    pub fn fact_summary(&self, id: &str) -> Option<&'static str> {
        lookup(&self.fact_summaries, id)
    }
}

fn lookup(pairs: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    pairs
        .binary_search_by(|(name, _)| (*name).cmp(key))
        .ok()
        .map(|index| pairs[index].1)
}

/// Why a file is not a catalog: the line (from 1) and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub problem: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "catalog file, line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for ParseError {}

/// Which of a language's two data files (README "Two builds"): the first, fetched before the
/// first question, holds what the questionnaire reads; the rest (the groups of
/// [`super::FULL_BUILD_GROUPS`] and the fact summaries) comes with the full build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    First,
    Rest,
}

/// The whole data file of `locale` (both parts in one), written from the catalog compiled into
/// this program (the static arrays that `build.rs` checked). Used by tests and test set-up.
pub fn data_file(locale: Locale) -> String {
    write_file(locale, |_| true, true)
}

/// One of `locale`'s two data files, as the build ships them.
pub fn data_file_part(locale: Locale, part: Part) -> String {
    let first = part == Part::First;
    write_file(locale, move |key| super::in_first_part(key) == first, !first)
}

fn write_file(locale: Locale, keep: impl Fn(&str) -> bool, with_facts: bool) -> String {
    let mut out = format!("{HEADER}{}\n{}\n", locale.tag(), SECTIONS[0]);
    for entry in super::embedded_entries(locale).iter().filter(|entry| keep(entry.key)) {
        push_line(&mut out, &[entry.key, &entry.facts.join(","), entry.text]);
    }
    out.push_str(SECTIONS[1]);
    out.push('\n');
    if locale == Locale::ZhHant {
        for (key, text) in super::embedded_hong_kong_texts().iter().filter(|(key, _)| keep(key)) {
            push_line(&mut out, &[key, text]);
        }
    }
    out.push_str(SECTIONS[2]);
    out.push('\n');
    if with_facts {
        for fact in super::embedded_facts() {
            push_line(&mut out, &[fact.id, fact.summary(locale)]);
        }
    }
    out
}

fn push_line(out: &mut String, fields: &[&str]) {
    out.push_str(&fields.join("\t"));
    out.push('\n');
}

/// Reads a data file. Every text of the result borrows from `text`, which therefore lives
/// as long as the program (the loader leaks each fetched file once: a few dozen kilobytes
/// per language, read once). Anything that is not a well-formed file, sorted as written,
/// is an error naming the line; nothing panics.
pub fn parse_data_file(text: &'static str) -> Result<Catalog, ParseError> {
    let mut lines = text.lines().zip(1..);
    let locale = lines
        .next()
        .and_then(|(header, _)| header.strip_prefix(HEADER))
        .and_then(Locale::from_tag)
        .ok_or(ParseError {
            line: 1,
            problem: "not a catalog file (the first line names the format and the locale)",
        })?;
    // Entries are read as (key, range of `fact_ids`, text), then given their slice of the
    // one list of fact IDs, so the whole catalog costs three vectors and no string copies.
    let mut raw_entries: Vec<(&'static str, std::ops::Range<usize>, &'static str)> = Vec::new();
    let mut fact_ids: Vec<&'static str> = Vec::new();
    let mut hong_kong = Vec::new();
    let mut fact_summaries = Vec::new();
    let mut section: Option<usize> = None;
    let mut previous_key = "";
    for (line, number) in lines {
        let fail = |problem| {
            Err(ParseError {
                line: number,
                problem,
            })
        };
        if line.starts_with('@') {
            let next = section.map_or(0, |index| index + 1);
            if SECTIONS.get(next) != Some(&line) {
                return fail(
                    "unexpected section (expected @entries, @hong-kong, @facts in this order)",
                );
            }
            section = Some(next);
            previous_key = "";
            continue;
        }
        let mut fields = line.split('\t');
        let key = fields.next().unwrap_or_default();
        if key.is_empty() {
            return fail("a line without a key");
        }
        if key <= previous_key {
            return fail("keys out of order or repeated");
        }
        previous_key = key;
        let (facts, value) = match (section, fields.next(), fields.next(), fields.next()) {
            (Some(0), Some(facts), Some(value), None) => (Some(facts), value),
            (Some(1 | 2), Some(value), None, None) => (None, value),
            (None, ..) => return fail("a line before the first section"),
            _ => return fail("wrong number of tab-separated fields"),
        };
        if value.is_empty() {
            return fail("an empty text");
        }
        match (section, facts) {
            (Some(0), Some(facts)) => {
                let start = fact_ids.len();
                if !facts.is_empty() {
                    for id in facts.split(',') {
                        if id.is_empty() {
                            return fail("an empty fact ID");
                        }
                        fact_ids.push(id);
                    }
                }
                raw_entries.push((key, start..fact_ids.len(), value));
            }
            (Some(1), _) => hong_kong.push((key, value)),
            _ => fact_summaries.push((key, value)),
        }
    }
    if section != Some(SECTIONS.len() - 1) {
        return Err(ParseError {
            line: text.lines().count(),
            problem: "the file ends early (a section is missing)",
        });
    }
    if raw_entries.is_empty() {
        return Err(ParseError {
            line: 2,
            problem: "the catalog holds no entries",
        });
    }
    let fact_ids: &'static [&'static str] = fact_ids.leak();
    let entries = raw_entries
        .into_iter()
        .map(|(key, facts, text)| Entry {
            key,
            text,
            facts: &fact_ids[facts],
        })
        .collect();
    Ok(Catalog {
        locale,
        entries,
        hong_kong,
        fact_summaries,
    })
}
